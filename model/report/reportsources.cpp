#include "reportsources.h"

#include <QUrl>

#include <algorithm>

namespace dpi {

namespace {

const QString kUrl = QStringLiteral("url");
const QString kTitle = QStringLiteral("title");
const QString kNote = QStringLiteral("note");

// Keys whose value is already a full title ("Law No. 127 ...").
bool isTitleKey(const QString &key)
{
    return key == QLatin1String("law") || key == QLatin1String("standard") || key == kTitle;
}

// Framework sources without an address are told apart by their titles.
QString frameworkSourceKey(const Source &source)
{
    return source.url.trimmed().isEmpty() ? QStringLiteral("title\n") + source.title : sourceUrlKey(source.url);
}

} // namespace

QString sourceUrlKey(const QString &url)
{
    const QString trimmed = url.trimmed();
    QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty())
        return QStringLiteral("url\n") + trimmed;
    // Scheme and host are case-insensitive (QUrl lowers the host itself); one
    // trailing slash makes no other page.
    parsed.setScheme(parsed.scheme().toLower());
    QString key = parsed.toString(QUrl::FullyEncoded);
    if (key.endsWith(QLatin1Char('/'))) // QUrl::StripTrailingSlash keeps the root path's slash
        key.chop(1);
    return QStringLiteral("url\n") + key;
}

QString formatCitation(std::vector<int> numbers)
{
    numbers.erase(std::remove_if(numbers.begin(), numbers.end(), [](int n) { return n <= 0; }), numbers.end());
    if (numbers.empty())
        return {};
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    QStringList parts;
    for (std::size_t i = 0; i < numbers.size();) {
        std::size_t end = i;
        while (end + 1 < numbers.size() && numbers[end + 1] == numbers[end] + 1)
            ++end;
        if (end - i >= 2) {
            parts << QStringLiteral("%1\u2013%2").arg(numbers[i]).arg(numbers[end]);
        } else {
            for (std::size_t k = i; k <= end; ++k)
                parts << QString::number(numbers[k]);
        }
        i = end + 1;
    }
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

ReportSourceIndex::ReportSourceIndex(const Project &project, const std::vector<TemplateSource> &templateSources,
                                     const QString &language, const std::map<QString, QString> &labels)
    : m_language(language), m_labels(labels)
{
    for (const TemplateSource &source : templateSources) {
        if (!source.appliesTo(project.metadata.country))
            continue;
        const QString key = source.url.isEmpty() ? QStringLiteral("template\n") + source.id : sourceUrlKey(source.url);
        m_templateIds.insert(source.id, add(key, source.title.text(language), source.url, source.accessed));
    }
    // The context chapter comes first in the body, so its sources come next.
    for (const ContextSource &source : project.context.sources) {
        if (!source.url.trimmed().isEmpty())
            add(sourceUrlKey(source.url), source.title, source.url.trimmed(), QString());
    }
    for (const ProjectFramework &entry : project.frameworks) {
        for (const Source &source : entry.framework.sources)
            add(frameworkSourceKey(source), source.title, source.url, source.accessed);
    }
    for (const ProjectFramework &entry : project.frameworks) {
        for (const Dimension &dimension : entry.framework.dimensions) {
            for (const Criterion &criterion : dimension.criteria) {
                for (const Reference &reference : criterion.references) {
                    if (const auto source = describe(reference))
                        add(source->key, source->title, source->url, QString());
                }
            }
        }
    }
    for (const Sector &sector : project.sectors) {
        for (const ProjectFramework &entry : project.frameworks) {
            for (const Dimension &dimension : entry.framework.dimensions) {
                for (const Criterion &criterion : dimension.criteria) {
                    const Score *score = sector.score(entry.id, criterion.id);
                    if (!score)
                        continue;
                    for (const EvidenceItem &item : score->evidence) {
                        if (!item.url.trimmed().isEmpty())
                            add(sourceUrlKey(item.url), QString(), item.url.trimmed(), QString());
                    }
                }
            }
        }
    }
}

int ReportSourceIndex::add(const QString &key, const QString &title, const QString &url, const QString &accessed)
{
    const auto found = m_byKey.constFind(key);
    if (found != m_byKey.cend()) {
        // A later use may know what the first did not (an evidence address
        // that a framework source also names with a title).
        ReportSource &source = m_sources[std::size_t(*found - 1)];
        if (source.title.isEmpty())
            source.title = title;
        if (source.accessed.isEmpty())
            source.accessed = accessed;
        return *found;
    }
    ReportSource source;
    source.number = int(m_sources.size()) + 1;
    source.title = title;
    source.url = url.trimmed();
    source.accessed = accessed;
    m_sources.push_back(source);
    m_byKey.insert(key, source.number);
    return source.number;
}

int ReportSourceIndex::frameworkSource(const Source &source) const
{
    return m_byKey.value(frameworkSourceKey(source));
}

int ReportSourceIndex::url(const QString &url) const
{
    return url.trimmed().isEmpty() ? 0 : m_byKey.value(sourceUrlKey(url));
}

std::optional<ReportSourceIndex::ReferenceSource> ReportSourceIndex::describe(const Reference &reference) const
{
    if (reference.fields.empty())
        return std::nullopt;
    ReferenceSource source;
    QStringList locator;
    const QString url = reference.value(kUrl).trimmed();
    if (!url.isEmpty()) {
        source.key = sourceUrlKey(url);
        source.url = url;
        source.title = reference.value(kTitle);
        for (const auto &[key, value] : reference.fields) {
            if (key != kUrl && key != kTitle && !value.isEmpty())
                locator << value;
        }
    } else {
        const auto &[key, value] = reference.fields.front();
        if (key == kNote || value.trimmed().isEmpty())
            return std::nullopt;
        source.key = QStringLiteral("ref\n%1\n%2").arg(key, value);
        if (isTitleKey(key)) {
            source.title = value;
        } else {
            const auto label = m_labels.find(QStringLiteral("reference_") + key);
            const QString kind = label == m_labels.end() || label->second.isEmpty() ? key : label->second;
            source.title = QStringLiteral("%1: %2").arg(kind, value);
        }
        for (std::size_t i = 1; i < reference.fields.size(); ++i) {
            if (!reference.fields[i].second.isEmpty())
                locator << reference.fields[i].second;
        }
    }
    source.locator = locator.join(QLatin1String("; "));
    return source;
}

std::optional<ReportCitation> ReportSourceIndex::reference(const Reference &reference) const
{
    const auto source = describe(reference);
    if (!source)
        return std::nullopt;
    const int number = m_byKey.value(source->key);
    if (number == 0)
        return std::nullopt;
    return ReportCitation{number, source->locator};
}

} // namespace dpi
