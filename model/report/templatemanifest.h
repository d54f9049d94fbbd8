#pragma once

#include "diagnostic.h"
#include "glossaryterm.h"
#include "localizedtext.h"
#include "templatesource.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace dpi {

inline const QString kReportTemplateSchema = QStringLiteral("dpi-workbench/report-template/1");

// What a report template folder declares about itself in manifest.yaml.
struct TemplateManifest
{
    QString name;
    LocalizedText title;
    LocalizedText description;
    QString mainFile = QStringLiteral("report.html");
    QString pageSize = QStringLiteral("A4");       // A4 | Letter
    QStringList languages{QStringLiteral("en")};
    int tocLevels = 2;                             // headings h1..hN go into the contents
    int headerFromPage = 2;                        // running header/footer start here (1-based)
    double marginMm = 18.0;
    std::map<QString, LocalizedText> labels;       // label key -> text per language
    std::vector<TemplateSource> sources;           // what the template's own text cites
    QString glossaryFile;                          // relative to the folder; empty = no glossary
    std::vector<GlossaryTerm> glossary;            // read from glossaryFile

    // Labels in `language` (falling back to English), keyed as in the manifest.
    std::map<QString, QString> labelsFor(const QString &language) const;
    QString label(const QString &key, const QString &language) const;
};

// Reads FOLDER/manifest.yaml (and the glossary file it names). Problems are reported as FILE:LINE:COL diagnostics;
// the result is empty only when the manifest is unusable.
std::optional<TemplateManifest> readTemplateManifest(const QString &path, Diagnostics &diagnostics);

} // namespace dpi
