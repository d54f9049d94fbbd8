#pragma once

#include "diagnostic.h"
#include "reporttemplate.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <map>
#include <optional>

namespace dpi {

class TemplateSourceSet;

/**
 * Loads a template from the editor's unsaved buffers. ReportTemplate reads
 * from disk (that is where its safety checks live: partial names, symlinks,
 * external resources), so the buffers are mirrored into a private temporary
 * folder and loaded from there; only files that changed are rewritten.
 * Diagnostics come back with the template's real folder in their paths, so
 * "report.html:3:13" means the file the partner is editing.
 */
class TemplateMirror
{
public:
    TemplateMirror();

    bool isValid() const { return m_dir.isValid(); }
    QString mirrorFolder() const { return m_dir.path(); }

    std::optional<ReportTemplate> load(const TemplateSourceSet &sources, Diagnostics &diagnostics);

    /** Replaces the mirror folder in diagnostics' file paths by `realFolder`. */
    void mapPaths(Diagnostics &diagnostics, const QString &realFolder) const;

private:
    QTemporaryDir m_dir;
    std::map<QString, QByteArray> m_written;
};

} // namespace dpi
