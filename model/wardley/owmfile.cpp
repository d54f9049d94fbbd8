#include "owmfile.h"

#include <QFile>

namespace dpi {

std::optional<OwmParseResult> readOwmFile(const QString &path, Diagnostics *readErrors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        readErrors->error(path, 0, 0, QStringLiteral("cannot open file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    if (file.size() > kMaxOwmFileBytes) {
        readErrors->error(path, 0, 0, QStringLiteral("file is larger than %1 MB").arg(kMaxOwmFileBytes / (1024 * 1024)));
        return std::nullopt;
    }
    return parseOwm(QString::fromUtf8(file.readAll()), path);
}

} // namespace dpi
