#pragma once

#include <QByteArray>

namespace dpi {

enum class FileKind { Framework, Project, Unknown };

// Tells frameworks from projects by their `schema:` key, without a full parse.
FileKind detectFileKind(const QByteArray &text);

} // namespace dpi
