#pragma once

#include "diagnostic.h"
#include "textposition.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace YAML {
class Node;
struct Mark;
}

namespace dpi {

// What a YAML reader needs to report problems: the file name for
// FILE:LINE:COL and the diagnostics being collected. yaml-cpp marks are
// 0-based; these functions convert to the 1-based positions users see.
class YamlContext
{
public:
    YamlContext(const QString &fileName, Diagnostics &diagnostics)
        : m_fileName(fileName), m_diagnostics(diagnostics) {}

    const QString &fileName() const { return m_fileName; }
    Diagnostics &diagnostics() { return m_diagnostics; }

    // yaml-cpp counts columns in bytes; with the source text known, columns
    // are reported in characters, as editors count them (Cyrillic is two
    // bytes per letter).
    void setSource(const QByteArray &text);

    void error(const YAML::Node &at, const QString &message);
    void warning(const YAML::Node &at, const QString &message);
    void error(const YAML::Mark &at, const QString &message);
    void warning(const YAML::Mark &at, const QString &message);
    // Positions already 1-based (e.g. from a byte offset).
    void errorAt(int line, int column, const QString &message);
    // Where a mark is as users count (1-based, columns in characters), for
    // checks that run after reading, such as validateFramework().
    TextPosition position(const YAML::Mark &at) const;

    // Orders the diagnostics by position (stable), so that a reader that
    // checks keys in its own order still reports top to bottom.
    static void sortByPosition(Diagnostics &diagnostics);

    // 1-based line of a mark, for messages such as "first defined at line 3".
    static int lineOf(const YAML::Mark &mark);
    static int lineOf(const YAML::Node &node);

private:
    int userColumn(const YAML::Mark &at) const;

    QString m_fileName;
    Diagnostics &m_diagnostics;
    QByteArray m_source;
    std::vector<int> m_lineStarts; // byte offset of each line in m_source
};

} // namespace dpi
