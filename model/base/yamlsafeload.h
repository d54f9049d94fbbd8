#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace YAML {
class Node;
}

namespace dpi {

class YamlContext;

// Larger inputs are refused before parsing: no partner file comes close, and
// the cap bounds the time and memory any input can cost.
inline constexpr qint64 kMaxYamlBytes = 16 * 1024 * 1024;
// Fixed inside yaml-cpp 0.7 (DepthGuard<500> in its parser); deeper input
// throws YAML::DeepRecursion, which we report as a syntax error.
inline constexpr int kMaxYamlDepth = 500;

// Reads a file for parsing, refusing unreadable and oversized files with a
// diagnostic. Returns false when there is nothing to parse.
bool readYamlFile(const QString &path, YamlContext &context, QByteArray &text);

// Parses exactly one YAML document from `text` into `root`, refusing what the
// model must never see: invalid UTF-8, oversized input, several documents,
// anchors and aliases (alias bombs and cyclic nodes), and duplicate mapping
// keys (reported at the second key). Never throws. Returns false when the
// document is unusable; recoverable problems (duplicate keys, anchors without
// aliases) are reported and the document is still returned.
bool loadYamlSafely(const QByteArray &text, YamlContext &context, YAML::Node &root);

// Loads `text` as above and, when usable, hands its root to `read`. Never
// throws: an exception escaping `read` becomes an error at 1:1 (the readers
// check every node before use; this is the last guard). The diagnostics end
// sorted by position.
void readYamlDocument(const QByteArray &text, YamlContext &context, const std::function<void(const YAML::Node &)> &read);

} // namespace dpi
