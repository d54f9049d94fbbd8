#include "templatemirror.h"

#include "templatesourceset.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace dpi {

TemplateMirror::TemplateMirror()
    : m_dir(QDir::tempPath() + QStringLiteral("/dpiw-template-XXXXXX"))
{
}

std::optional<ReportTemplate> TemplateMirror::load(const TemplateSourceSet &sources, Diagnostics &diagnostics)
{
    if (!m_dir.isValid()) {
        diagnostics.error(sources.folder(), 0, 0, QStringLiteral("cannot create a temporary folder for the preview"));
        return std::nullopt;
    }
    const QDir root(m_dir.path());
    const QStringList files = sources.files();
    for (const QString &file : files) {
        const QByteArray content = sources.bytes(file);
        const auto written = m_written.find(file);
        if (written != m_written.end() && written->second == content)
            continue;
        const QString path = root.absoluteFilePath(file);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit()) {
            diagnostics.error(sources.folder(), 0, 0, QStringLiteral("cannot write the preview copy of %1").arg(file));
            return std::nullopt;
        }
        m_written[file] = content;
    }
    Diagnostics loaded;
    auto reportTemplate = ReportTemplate::load(m_dir.path(), loaded);
    mapPaths(loaded, sources.folder());
    diagnostics.append(loaded);
    return reportTemplate;
}

void TemplateMirror::mapPaths(Diagnostics &diagnostics, const QString &realFolder) const
{
    const QString mirror = QFileInfo(m_dir.path()).absoluteFilePath();
    const QString canonical = QFileInfo(m_dir.path()).canonicalFilePath();
    Diagnostics mapped;
    for (Diagnostic item : diagnostics.items()) {
        for (const QString &prefix : {mirror, canonical}) {
            if (!prefix.isEmpty() && (item.file == prefix || item.file.startsWith(prefix + QLatin1Char('/')))) {
                item.file = realFolder + item.file.mid(prefix.size());
                break;
            }
        }
        item.message.replace(mirror, realFolder);
        mapped.add(item);
    }
    diagnostics = mapped;
}

} // namespace dpi
