#pragma once

#include "diagnostic.h"

#include <QString>

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

    void error(const YAML::Node &at, const QString &message);
    void warning(const YAML::Node &at, const QString &message);
    void error(const YAML::Mark &at, const QString &message);
    void warning(const YAML::Mark &at, const QString &message);

private:
    QString m_fileName;
    Diagnostics &m_diagnostics;
};

} // namespace dpi
