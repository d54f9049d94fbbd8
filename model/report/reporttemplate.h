#pragma once

#include "diagnostic.h"
#include "templatemanifest.h"

#include <QString>
#include <QVariantMap>

#include <map>
#include <optional>
#include <string>

namespace kainjow::mustache {
template <typename string_type>
class basic_data;
} // namespace kainjow::mustache

namespace dpi {

// A report template folder: manifest.yaml, the main Mustache-HTML file and the
// partials it includes. Loading checks everything a partner can get wrong
// (syntax, partial names, external resources) so that rendering cannot fail
// half-way; every problem is reported as FILE:LINE:COL.
//
// Safety rules: partials come only from files inside the folder (no "..",
// no absolute paths, no symlinks leading out); the template may not refer to
// any resource except the report's own "chart:" and "map:" objects.
class ReportTemplate
{
public:
    static std::optional<ReportTemplate> load(const QString &folder, Diagnostics &diagnostics);

    const TemplateManifest &manifest() const { return m_manifest; }
    const QString &folder() const { return m_folder; }
    QString mainPath() const { return m_main.path; }

    // Renders the main file with `context`. Rendered HTML that still refers to
    // an external resource (e.g. through a triple-brace value) is cleaned and
    // a warning is added.
    std::optional<QString> render(const QVariantMap &context, Diagnostics &diagnostics) const;
    // The same with a context already converted by toMustacheData(), for a
    // caller that renders one context several times and replaces a few values
    // in between (converting the whole context is most of a render's cost).
    // The template's partials are added to `data`.
    std::optional<QString> render(kainjow::mustache::basic_data<std::string> &data, Diagnostics &diagnostics) const;

    struct SourceFile
    {
        QString path;
        std::string text; // UTF-8
    };

private:
    QString m_folder;
    TemplateManifest m_manifest;
    SourceFile m_main;
    std::map<std::string, SourceFile> m_partials; // partial name -> file
};

// Line and column (1-based, columns in characters) of a byte offset in UTF-8 text.
std::pair<int, int> lineColumnOfOffset(const std::string &utf8, std::size_t offset);

// Removes references to anything but "chart:"/"map:" objects from rendered HTML.
// Returns how many references were removed.
int stripExternalResources(QString &html);

} // namespace dpi
