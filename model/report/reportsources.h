#pragma once

#include "project.h"
#include "templatesource.h"

#include <QHash>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace dpi {

// One entry of the report's numbered source list.
struct ReportSource
{
    int number = 0;      // 1-based
    QString title;       // empty for a bare web address (evidence)
    QString url;         // empty for a law or a standard named by its title
    QString accessed;    // ISO date, may be empty
};

// Where a framework reference points: the numbered source and the part of it
// (a requirement, a section) the reference names.
struct ReportCitation
{
    int number = 0;
    QString locator;
};

// Every source a report cites, numbered once in one pass over the project in
// a stable order: the template's own sources (those for the project's
// country), the project's context sources, the frameworks' sources, the criteria's references (framework,
// dimension, criterion order), then the evidence of each sector's scores
// (sector, framework, dimension, criterion order). A web address is one
// source however often it is used (compared without a trailing slash and
// with the host in lower case); a reference without an address is one
// source per name (its first key and value, e.g. `law: ...`).
class ReportSourceIndex
{
public:
    // `labels` (the template's labels in `language`) name reference kinds:
    // label `reference_KEY` titles a reference `{KEY: value}` as "label: value".
    ReportSourceIndex(const Project &project, const std::vector<TemplateSource> &templateSources,
                      const QString &language, const std::map<QString, QString> &labels);

    const std::vector<ReportSource> &sources() const { return m_sources; }

    // 0 when the source is not numbered (unknown id, other country, empty URL).
    int templateSource(const QString &id) const { return m_templateIds.value(id); }
    int frameworkSource(const Source &source) const;
    int url(const QString &url) const;
    // Empty for a reference that names no source (only a `note`).
    std::optional<ReportCitation> reference(const Reference &reference) const;

private:
    struct ReferenceSource
    {
        QString key;
        QString title;
        QString url;
        QString locator;
    };
    std::optional<ReferenceSource> describe(const Reference &reference) const;
    int add(const QString &key, const QString &title, const QString &url, const QString &accessed);

    QString m_language;
    std::map<QString, QString> m_labels;
    std::vector<ReportSource> m_sources;
    QHash<QString, int> m_byKey;       // dedup key -> number
    QHash<QString, int> m_templateIds; // template source id -> number
};

// "[3]", "[3, 5–7, 9]": numbers sorted, duplicates dropped, runs of three or
// more joined by an en dash; empty text for no numbers.
QString formatCitation(std::vector<int> numbers);

// The form under which two web addresses count as one source.
QString sourceUrlKey(const QString &url);

} // namespace dpi
