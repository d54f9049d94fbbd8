#pragma once

#include <QString>

#include <vector>

namespace dpi {

enum class Severity { Warning, Error };

// One problem found in a file, positioned GCC-style so editors can jump to it.
// Lines and columns are 1-based; 0 means "unknown".
struct Diagnostic
{
    QString file;
    int line = 0;
    int column = 0;
    Severity severity = Severity::Error;
    QString message;

    // "FILE:LINE:COL: error: MESSAGE"
    QString toString() const;
};

class Diagnostics
{
public:
    void error(const QString &file, int line, int column, const QString &message);
    void warning(const QString &file, int line, int column, const QString &message);
    void add(Diagnostic diagnostic) { m_items.push_back(std::move(diagnostic)); }
    void append(const Diagnostics &other);

    bool hasErrors() const { return errorCount() > 0; }
    int errorCount() const;
    int warningCount() const;
    bool isEmpty() const { return m_items.empty(); }
    const std::vector<Diagnostic> &items() const { return m_items; }

    // All diagnostics, one per line, in the order found.
    QString toString() const;

private:
    std::vector<Diagnostic> m_items;
};

} // namespace dpi
