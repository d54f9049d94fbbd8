#include "reportcontext.h"

#include "localeformat.h"

#include "agreementformat.h"
#include "conclusionscontext.h"
#include "headlineconfidence.h"
#include "progresscontext.h"
#include "reportsources.h"
#include "roundcomparison.h"
#include "teamagreement.h"
#include "teamratings.h"
#include "templatemanifest.h"

#include <QCollator>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace dpi {

namespace {

const QString kDash = QStringLiteral("\u2014");

// The template's labels for this project: a label written `KEY@CC` (e.g.
// `concepts_examples_dpi@KG`) replaces `KEY` in reports on country CC and is
// left out of all others.
std::map<QString, QString> labelsForCountry(const std::map<QString, QString> &labels, const QString &country)
{
    std::map<QString, QString> result;
    for (const auto &[key, text] : labels) {
        if (!key.contains(QLatin1Char('@')))
            result[key] = text;
    }
    for (const auto &[key, text] : labels) {
        const qsizetype at = key.indexOf(QLatin1Char('@'));
        if (at > 0 && !country.isEmpty() && key.mid(at + 1).compare(country, Qt::CaseInsensitive) == 0)
            result[key.left(at)] = text;
    }
    return result;
}

// Sets `last` on every item of a list of maps (true on the final one), so
// that a template can write separators: {{#items}}{{x}}{{^last}}; {{/last}}{{/items}}.
void markLast(QVariantList &list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        QVariantMap item = list[i].toMap();
        item[QStringLiteral("last")] = i + 1 == list.size();
        list[i] = item;
    }
}

class ContextBuilder
{
public:
    ContextBuilder(const Project &project, const ProjectResult &result, const ReportContextOptions &options)
        : m_project(project), m_result(result), m_options(options), m_lang(options.language),
          m_labels(labelsForCountry(options.labels, project.metadata.country)),
          m_sources(project, options.templateSources, options.language, m_labels)
    {
    }

    QVariantMap build() const
    {
        QVariantMap root;
        root[QStringLiteral("lang")] = m_lang;
        QVariantMap labels;
        for (const auto &[key, text] : m_labels)
            labels[key] = text;
        root[QStringLiteral("labels")] = labels;
        root[QStringLiteral("generated_date")] = dateText();
        root[QStringLiteral("project")] = projectMap();
        root[QStringLiteral("team")] = teamMap();
        root[QStringLiteral("frameworks")] = frameworksList();
        root[QStringLiteral("framework_count")] = QString::number(m_project.frameworks.size());
        root[QStringLiteral("has_several_frameworks")] = m_project.frameworks.size() > 1;

        QVariantList sectors;
        QVariantList allRedFlags;
        QVariantList allRecommendations;
        QVariantList allToVerify;
        QVariantList allGates;
        for (std::size_t i = 0; i < m_project.sectors.size() && i < m_result.sectors.size(); ++i) {
            QVariantMap sector = sectorMap(m_project.sectors[i], m_result.sectors[i]);
            for (const QVariant &flag : sector.value(QStringLiteral("red_flags")).toList())
                allRedFlags << flag;
            for (const QVariant &item : sector.value(QStringLiteral("recommendations")).toList())
                allRecommendations << item;
            for (const QVariant &item : sector.value(QStringLiteral("to_verify")).toList())
                allToVerify << item;
            for (const QVariant &item : sector.value(QStringLiteral("gates")).toList())
                allGates << item;
            sectors << sector;
        }
        bool anyUnscored = false;
        for (const QVariant &sector : std::as_const(sectors))
            anyUnscored = anyUnscored || sector.toMap().value(QStringLiteral("has_unscored_criteria")).toBool();
        root[QStringLiteral("has_unscored_criteria")] = anyUnscored;
        markLast(sectors);
        root[QStringLiteral("sectors")] = sectors;
        addConclusions(root, sectors);
        addProgress(root);
        // The same results framework-major: frameworks[i].results[j] is sector j on framework i.
        QVariantList frameworks = root.value(QStringLiteral("frameworks")).toList();
        for (QVariant &framework : frameworks) {
            QVariantMap fwMap = framework.toMap();
            QVariantList results;
            for (const QVariant &sector : std::as_const(sectors)) {
                const QVariantList sectorFrameworks = sector.toMap().value(QStringLiteral("frameworks")).toList();
                for (const QVariant &entry : sectorFrameworks) {
                    QVariantMap result = entry.toMap();
                    if (result.value(QStringLiteral("id")) != fwMap.value(QStringLiteral("id")))
                        continue;
                    // Lets a template keep the first sector on the page of the framework's chart.
                    result[QStringLiteral("first")] = results.isEmpty();
                    results << result;
                }
            }
            fwMap[QStringLiteral("results")] = results;
            framework = fwMap;
        }
        root[QStringLiteral("frameworks")] = frameworks;
        root[QStringLiteral("sector_count")] = QString::number(sectors.size());
        root[QStringLiteral("red_flags")] = allRedFlags;
        root[QStringLiteral("has_red_flags")] = !allRedFlags.isEmpty();
        root[QStringLiteral("recommendations")] = allRecommendations;
        root[QStringLiteral("has_recommendations")] = !allRecommendations.isEmpty();
        root[QStringLiteral("to_verify")] = allToVerify;
        root[QStringLiteral("has_to_verify")] = !allToVerify.isEmpty();
        root[QStringLiteral("gate_results")] = allGates;
        root[QStringLiteral("has_gates")] = !allGates.isEmpty();
        QVariantList gaps = topGaps();
        markLast(gaps);
        root[QStringLiteral("top_gaps")] = gaps;
        root[QStringLiteral("has_top_gaps")] = !gaps.isEmpty();
        root[QStringLiteral("gap_threshold")] = formatReportPercent(m_options.gapThreshold, m_lang);

        QVariantMap charts;
        charts[QStringLiteral("overview")] = overviewChartName();
        charts[QStringLiteral("coverage")] = coverageChartName();
        root[QStringLiteral("charts")] = charts;

        const QVariantList maps = mapsList();
        root[QStringLiteral("maps")] = maps;
        root[QStringLiteral("has_maps")] = !maps.isEmpty();
        root[QStringLiteral("map_score_legend")] = mapScoreLegendList();

        addSources(root);
        const QVariantList glossary = glossaryList();
        root[QStringLiteral("glossary")] = glossary;
        root[QStringLiteral("has_glossary")] = !glossary.isEmpty();
        addTotals(root);

        setReportContextToc(root, m_options.toc);
        return root;
    }

private:
    void addProgress(QVariantMap &root) const
    {
        const bool known = m_options.previousRound && m_options.previousResult;
        root[QStringLiteral("has_progress")] = known;
        root[QStringLiteral("progress_unavailable")] = !known && !m_options.previousRoundProblem.isEmpty();
        root[QStringLiteral("progress_problem")] = m_options.previousRoundProblem;
        if (!known)
            return;
        const RoundComparison comparison =
            compareRounds(*m_options.previousRound, *m_options.previousResult, m_project, m_result);
        root[QStringLiteral("progress")] = progressContext(*m_options.previousRound, m_project, comparison, m_lang, m_labels);
    }

    QString label(const QString &key, const QString &fallback) const
    {
        const auto found = m_labels.find(key);
        return found == m_labels.end() || found->second.isEmpty() ? fallback : found->second;
    }

    QString dateText() const
    {
        QDate date = QDate::fromString(m_options.date, Qt::ISODate);
        if (!date.isValid())
            date = QDate::currentDate();
        return localeformat::date(date, localeformat::localeFor(m_lang));
    }

    QString countryName() const
    {
        // A template may name a country as its people do (CLDR's Russian name
        // for KG is "Киргизия"; in the country itself it is "Кыргызстан").
        const auto named = m_options.labels.find(QStringLiteral("country_") + m_project.metadata.country.toUpper());
        if (named != m_options.labels.end() && !named->second.isEmpty())
            return named->second;
        const QLocale::Territory territory = QLocale::codeToTerritory(m_project.metadata.country);
        if (territory == QLocale::AnyTerritory)
            return m_project.metadata.country;
        const QLocale local(QLocale::codeToLanguage(m_lang), territory);
        if (local.territory() == territory && local.language() == QLocale::codeToLanguage(m_lang))
            return local.nativeTerritoryName();
        return QLocale::territoryToString(territory);
    }

    QVariantMap projectMap() const
    {
        const ProjectMetadata &meta = m_project.metadata;
        QVariantMap map;
        map[QStringLiteral("title")] = meta.title.text(m_lang);
        map[QStringLiteral("country")] = meta.country;
        map[QStringLiteral("country_name")] = countryName();
        map[QStringLiteral("period")] = meta.period;
        QVariantList team;
        for (const QString &name : meta.team)
            team << QVariantMap{{QStringLiteral("name"), name}};
        map[QStringLiteral("team")] = team;
        map[QStringLiteral("team_text")] = meta.team.join(QLatin1String(", "));
        map[QStringLiteral("has_team")] = !meta.team.isEmpty();
        map[QStringLiteral("status")] = meta.status;
        map[QStringLiteral("status_label")] = label(QStringLiteral("status_") + QString(meta.status).replace(QLatin1Char('-'), QLatin1Char('_')), meta.status);
        map[QStringLiteral("illustrative")] = meta.illustrative;
        map[QStringLiteral("notice")] = meta.notice.text(m_lang);
        map[QStringLiteral("has_notice")] = !meta.notice.isEmpty();
        return map;
    }

    // Team assessments: how many analysts rated how many items, and how far
    // they agree (the numbers of `dpiw agree`). Always present, so that a
    // template can test team.has_ratings and the variable check knows the names.
    QVariantMap teamMap() const
    {
        const bool team = hasRatings(m_project);
        const TeamAgreement agreement = team ? computeTeamAgreement(m_project) : TeamAgreement();
        const AgreementSummary &overall = agreement.overall;
        int open = 0;
        int reconciled = 0;
        for (const Sector &sector : m_project.sectors) {
            for (const auto &framework : sector.scores) {
                for (const auto &entry : framework.second) {
                    open += isOpenDisagreement(entry.second) ? 1 : 0;
                    reconciled += ratingsDisagree(entry.second) && !isOpenDisagreement(entry.second) ? 1 : 0;
                }
            }
        }
        const auto interval = [](const AlphaInterval &value) {
            return value.isDefined() ? formatInterval(value) : QString();
        };
        QVariantMap map;
        map[QStringLiteral("has_ratings")] = team;
        map[QStringLiteral("analyst_count")] = QString::number(agreement.analysts.size());
        map[QStringLiteral("analysts_text")] = agreement.analysts.join(QLatin1String(", "));
        map[QStringLiteral("items")] = QString::number(overall.items);
        map[QStringLiteral("alpha_ordinal")] = formatCoefficient(overall.alphaOrdinal, kDash);
        map[QStringLiteral("alpha_ordinal_ci")] = interval(overall.alphaOrdinalInterval);
        map[QStringLiteral("alpha_interval")] = formatCoefficient(overall.alphaInterval, kDash);
        map[QStringLiteral("alpha_interval_ci")] = interval(overall.alphaIntervalInterval);
        map[QStringLiteral("alpha_undefined")] = team && !overall.alphaOrdinal.isDefined();
        map[QStringLiteral("alpha_reason")] = overall.alphaOrdinal.undefinedReason;
        map[QStringLiteral("percent_agreement")] = formatReportPercent(overall.percentAgreement.value, m_lang);
        map[QStringLiteral("percent_within_one")] = formatReportPercent(overall.percentWithinOne.value, m_lang);
        map[QStringLiteral("has_kappa")] = overall.hasKappa;
        map[QStringLiteral("kappa_quadratic")] = formatCoefficient(overall.kappaQuadratic, kDash);
        map[QStringLiteral("open_disagreements")] = QString::number(open);
        map[QStringLiteral("reconciled_disagreements")] = QString::number(reconciled);
        return map;
    }

    QVariantList frameworksList() const
    {
        QVariantList list;
        for (const ProjectFramework &entry : m_project.frameworks) {
            const Framework &fw = entry.framework;
            QVariantMap map;
            map[QStringLiteral("id")] = entry.id;
            map[QStringLiteral("version")] = entry.version;
            map[QStringLiteral("pin")] = fw.pin();
            map[QStringLiteral("title")] = fw.title.text(m_lang);
            map[QStringLiteral("description")] = fw.description.text(m_lang);
            map[QStringLiteral("has_description")] = !fw.description.isEmpty();
            map[QStringLiteral("weight")] = QString::number(entry.weight);
            map[QStringLiteral("authors_text")] = fw.authors.join(QLatin1String(", "));
            map[QStringLiteral("licence")] = fw.licence;
            map[QStringLiteral("criterion_count")] = QString::number(fw.criterionCount());
            map[QStringLiteral("dimension_count")] = QString::number(fw.dimensions.size());
            map[QStringLiteral("allows_na")] = fw.scale.allowNotApplicable;
            map[QStringLiteral("gates")] = fw.isGates();
            map[QStringLiteral("scale_min")] = QString::number(fw.scale.minLevel());
            map[QStringLiteral("scale_max")] = QString::number(fw.scale.maxLevel());
            QVariantList levels;
            for (const ScaleLevel &level : fw.scale.levels) {
                levels << QVariantMap{{QStringLiteral("value"), QString::number(level.value)},
                                      {QStringLiteral("label"), level.label.text(m_lang)},
                                      {QStringLiteral("description"), level.description.text(m_lang)},
                                      {QStringLiteral("percent"), formatReportPercent(levelPercent(fw.scale, level.value), m_lang)}};
            }
            map[QStringLiteral("scale")] = levels;
            QVariantList dimensions;
            for (const Dimension &dimension : fw.dimensions) {
                dimensions << QVariantMap{{QStringLiteral("id"), dimension.id},
                                          {QStringLiteral("title"), dimension.title.text(m_lang)},
                                          {QStringLiteral("description"), dimension.description.text(m_lang)},
                                          {QStringLiteral("weight"), QString::number(dimension.weight)},
                                          {QStringLiteral("criterion_count"), QString::number(dimension.criteria.size())}};
            }
            map[QStringLiteral("dimensions")] = dimensions;
            QVariantList sources;
            std::vector<int> numbers;
            for (const Source &source : fw.sources) {
                const int number = m_sources.frameworkSource(source);
                numbers.push_back(number);
                sources << QVariantMap{{QStringLiteral("id"), source.id},
                                       {QStringLiteral("title"), source.title},
                                       {QStringLiteral("url"), source.url},
                                       {QStringLiteral("accessed"), source.accessed},
                                       {QStringLiteral("number"), QString::number(number)},
                                       {QStringLiteral("cite"), formatCitation({number})}};
            }
            map[QStringLiteral("sources")] = sources;
            map[QStringLiteral("has_sources")] = !sources.isEmpty();
            map[QStringLiteral("sources_cite")] = formatCitation(numbers);
            map[QStringLiteral("chart_bars")] = frameworkBarsChartName(entry.id);
            list << map;
        }
        return list;
    }

    QVariantMap coverageMap(const Coverage &coverage) const
    {
        return {{QStringLiteral("percent"), formatReportPercent(coverage.percent(), m_lang)},
                {QStringLiteral("scored"), QString::number(coverage.scored)},
                {QStringLiteral("total"), QString::number(coverage.total)},
                {QStringLiteral("not_applicable"), QString::number(coverage.notApplicable)},
                {QStringLiteral("unverified"), QString::number(coverage.unverified)},
                {QStringLiteral("has_unverified"), coverage.unverified > 0},
                {QStringLiteral("unscored"), QString::number(coverage.unscored())}};
    }

    QVariantMap confidenceMap(const ConfidenceMix &mix) const
    {
        const int total = mix.total();
        auto share = [this, total](int count) {
            return total > 0 ? formatReportPercent(100.0 * count / total, m_lang) : kDash;
        };
        return {{QStringLiteral("high"), QString::number(mix.high)},
                {QStringLiteral("medium"), QString::number(mix.medium)},
                {QStringLiteral("low"), QString::number(mix.low)},
                {QStringLiteral("unset"), QString::number(mix.unset)},
                {QStringLiteral("high_percent"), share(mix.high)},
                {QStringLiteral("medium_percent"), share(mix.medium)},
                {QStringLiteral("low_percent"), share(mix.low)},
                {QStringLiteral("unset_percent"), share(mix.unset)},
                {QStringLiteral("level"), headlineConfidenceName(headlineConfidence(mix))},
                {QStringLiteral("label"), headlineConfidenceLabel(headlineConfidence(mix))}};
    }

    // The confidence a headline figure can claim (headlineconfidence.h), in the report's words.
    QString headlineConfidenceLabel(HeadlineConfidence confidence) const
    {
        switch (confidence) {
        case HeadlineConfidence::High: return confidenceLabel(Confidence::High);
        case HeadlineConfidence::Medium: return confidenceLabel(Confidence::Medium);
        case HeadlineConfidence::Low: return confidenceLabel(Confidence::Low);
        case HeadlineConfidence::None: break;
        }
        return kDash;
    }

    QString confidenceLabel(Confidence confidence) const
    {
        switch (confidence) {
        case Confidence::High: return label(QStringLiteral("confidence_high"), QStringLiteral("high"));
        case Confidence::Medium: return label(QStringLiteral("confidence_medium"), QStringLiteral("medium"));
        case Confidence::Low: return label(QStringLiteral("confidence_low"), QStringLiteral("low"));
        case Confidence::Unset: break;
        }
        return kDash;
    }

    static QString gateState(const CriterionResult &result)
    {
        if (result.notApplicable)
            return QStringLiteral("n/a");
        if (result.unverified)
            return QStringLiteral("unverified");
        if (!result.gatePassed)
            return QStringLiteral("unscored");
        return *result.gatePassed ? QStringLiteral("pass") : QStringLiteral("fail");
    }

    QString gateStateLabel(const QString &state) const
    {
        if (state == QLatin1String("pass"))
            return label(QStringLiteral("gate_pass"), QStringLiteral("passed"));
        if (state == QLatin1String("fail"))
            return label(QStringLiteral("gate_fail"), QStringLiteral("failed"));
        if (state == QLatin1String("unverified"))
            return label(QStringLiteral("unverified"), QStringLiteral("unverified"));
        if (state == QLatin1String("n/a"))
            return label(QStringLiteral("not_applicable"), QStringLiteral("N/A"));
        return label(QStringLiteral("not_scored"), QStringLiteral("not scored"));
    }

    // One gate framework's checklist for one sector; `items` are the gates
    // as criterion maps (with gate_state).
    QVariantMap gateMap(const Sector &sector, const ProjectFramework &entry, const GateResult &gate,
                        const QVariantList &items) const
    {
        const QString status = gateStatusName(gate.status());
        QString statusLabel = label(QStringLiteral("gates_undetermined"), QStringLiteral("not determined"));
        if (gate.status() == GateResult::Status::Meets)
            statusLabel = label(QStringLiteral("gates_meets"), QStringLiteral("meets"));
        else if (gate.status() == GateResult::Status::DoesNotMeet)
            statusLabel = label(QStringLiteral("gates_does_not_meet"), QStringLiteral("does not meet"));
        return {{QStringLiteral("framework_id"), entry.id},
                {QStringLiteral("title"), entry.framework.title.text(m_lang)},
                {QStringLiteral("sector_id"), sector.id},
                {QStringLiteral("sector_title"), sector.title.text(m_lang)},
                {QStringLiteral("passed"), QString::number(gate.passed)},
                {QStringLiteral("failed"), QString::number(gate.failed)},
                {QStringLiteral("unverified"), QString::number(gate.unverified)},
                {QStringLiteral("unscored"), QString::number(gate.unscored)},
                {QStringLiteral("not_applicable"), QString::number(gate.notApplicable)},
                {QStringLiteral("total"), QString::number(gate.total())},
                {QStringLiteral("meets"), gate.meets()},
                {QStringLiteral("does_not_meet"), gate.status() == GateResult::Status::DoesNotMeet},
                {QStringLiteral("undetermined"), gate.status() == GateResult::Status::Undetermined},
                {QStringLiteral("status"), status},
                {QStringLiteral("status_label"), statusLabel},
                {QStringLiteral("items"), items}};
    }

    QVariantMap criterionMap(const Sector &sector, const ProjectFramework &entry, const Dimension &dimension,
                             const Criterion &criterion, const CriterionResult &result) const
    {
        const Framework &fw = entry.framework;
        const Score *score = sector.score(entry.id, criterion.id);
        QVariantMap map;
        map[QStringLiteral("id")] = criterion.id;
        map[QStringLiteral("title")] = criterion.title.text(m_lang);
        map[QStringLiteral("question")] = criterion.question.text(m_lang);
        map[QStringLiteral("weight")] = QString::number(criterion.weight);
        map[QStringLiteral("critical")] = criterion.critical.has_value();
        map[QStringLiteral("sector_title")] = sector.title.text(m_lang);
        map[QStringLiteral("framework_title")] = fw.title.text(m_lang);
        map[QStringLiteral("dimension_title")] = dimension.title.text(m_lang);
        QString level = kDash;
        QString levelLabel = label(QStringLiteral("not_scored"), QStringLiteral("not scored"));
        if (result.notApplicable) {
            level = label(QStringLiteral("not_applicable"), QStringLiteral("N/A"));
            levelLabel = level;
        } else if (result.unverified) {
            level = label(QStringLiteral("unverified"), QStringLiteral("unverified"));
            levelLabel = level;
        } else if (result.level) {
            level = QString::number(*result.level);
            const ScaleLevel *scaleLevel = fw.scale.level(*result.level);
            levelLabel = scaleLevel ? scaleLevel->label.text(m_lang) : QString();
        }
        map[QStringLiteral("level")] = level;
        map[QStringLiteral("level_label")] = levelLabel;
        map[QStringLiteral("scored")] = result.level.has_value();
        map[QStringLiteral("not_applicable")] = result.notApplicable;
        map[QStringLiteral("unverified")] = result.unverified;
        map[QStringLiteral("unscored")] = !result.level && !result.notApplicable && !result.unverified;
        map[QStringLiteral("percent")] = formatReportPercent(result.percent, m_lang);
        map[QStringLiteral("level_colour")] = m_options.levelColour ? m_options.levelColour(result) : QString();
        map[QStringLiteral("red_flag")] = result.redFlag;
        map[QStringLiteral("confidence")] = confidenceLabel(result.confidence);
        if (fw.isGates()) {
            const QString state = gateState(result);
            map[QStringLiteral("gate_state")] = state;
            map[QStringLiteral("gate_state_label")] = gateStateLabel(state);
            map[QStringLiteral("gate_passed")] = result.gatePassed.value_or(false);
            map[QStringLiteral("gate_failed")] = result.gatePassed.has_value() && !*result.gatePassed;
        }
        if (result.level) {
            const auto rubric = criterion.rubric.find(*result.level);
            map[QStringLiteral("rubric")] = rubric == criterion.rubric.end() ? QString() : rubric->second.text(m_lang);
        }
        QVariantList evidence;
        if (score) {
            for (const EvidenceItem &item : score->evidence) {
                const int number = m_sources.url(item.url);
                evidence << QVariantMap{{QStringLiteral("text"), item.text},
                                        {QStringLiteral("url"), item.url},
                                        {QStringLiteral("has_url"), !item.url.isEmpty()},
                                        {QStringLiteral("date"), item.date},
                                        {QStringLiteral("has_date"), !item.date.isEmpty()},
                                        {QStringLiteral("number"), number > 0 ? QString::number(number) : QString()},
                                        {QStringLiteral("cite"), formatCitation({number})}};
            }
            map[QStringLiteral("notes")] = score->notes;
            map[QStringLiteral("to_verify")] = score->toVerify;
            map[QStringLiteral("analyst")] = score->analyst;
            map[QStringLiteral("scored_at")] = score->scoredAt;
        }
        map[QStringLiteral("has_notes")] = score && !score->notes.isEmpty();
        // Where the recommendation became an action, the action speaks for it.
        QString recommendation = score ? score->recommendation : QString();
        if (recommendation.isEmpty())
            recommendation = linkedActionsText(sector.conclusions, entry.id, criterion.id, m_lang);
        map[QStringLiteral("recommendation")] = recommendation;
        map[QStringLiteral("has_recommendation")] = !recommendation.isEmpty();
        map[QStringLiteral("has_to_verify")] = score && !score->toVerify.isEmpty();
        map[QStringLiteral("evidence")] = evidence;
        map[QStringLiteral("has_evidence")] = !evidence.isEmpty();
        QVariantList references = referencesList(criterion);
        markLast(references);
        map[QStringLiteral("references")] = references;
        map[QStringLiteral("has_references")] = !references.isEmpty();
        return map;
    }

    // A criterion's framework references: cited by number with the part of
    // the source they name, or as a note when they name no source.
    QVariantList referencesList(const Criterion &criterion) const
    {
        QVariantList list;
        for (const Reference &reference : criterion.references) {
            const auto citation = m_sources.reference(reference);
            if (citation) {
                list << QVariantMap{{QStringLiteral("cite"), formatCitation({citation->number})},
                                    {QStringLiteral("number"), QString::number(citation->number)},
                                    {QStringLiteral("locator"), citation->locator},
                                    {QStringLiteral("note"), QString()}};
            } else if (!reference.fields.empty()) {
                QStringList values;
                for (const auto &field : reference.fields)
                    values << field.second;
                list << QVariantMap{{QStringLiteral("cite"), QString()},
                                    {QStringLiteral("number"), QString()},
                                    {QStringLiteral("locator"), QString()},
                                    {QStringLiteral("note"), values.join(QLatin1String("; "))}};
            }
        }
        return list;
    }

    QVariantMap sectorMap(const Sector &sector, const SectorResult &result) const
    {
        QVariantMap map;
        map[QStringLiteral("id")] = sector.id;
        map[QStringLiteral("title")] = sector.title.text(m_lang);
        map[QStringLiteral("description")] = sector.description.text(m_lang);
        map[QStringLiteral("has_description")] = !sector.description.isEmpty();
        map[QStringLiteral("overall")] = formatReportPercent(result.overall, m_lang);
        map[QStringLiteral("has_overall")] = result.overall.has_value();
        map[QStringLiteral("coverage")] = coverageMap(result.coverage);
        map[QStringLiteral("confidence")] = confidenceMap(result.confidence);

        QVariantList frameworks;
        QVariantList gates;
        QVariantList gaps;
        QVariantList recommendations;
        QVariantList toVerify;  // marked unverified: looked for, not found
        QVariantList unscored;  // not scored at all (unverified ones excluded)
        struct Gap { double percent; double weight; QVariantMap item; };
        std::vector<Gap> gapItems;
        for (const FrameworkResult &fwResult : result.frameworks) {
            const ProjectFramework *entry = m_project.findFramework(fwResult.frameworkId);
            if (!entry)
                continue;
            QVariantMap fwMap;
            fwMap[QStringLiteral("id")] = entry->id;
            fwMap[QStringLiteral("title")] = entry->framework.title.text(m_lang);
            fwMap[QStringLiteral("percent")] = formatReportPercent(fwResult.percent, m_lang);
            fwMap[QStringLiteral("has_percent")] = fwResult.percent.has_value();
            fwMap[QStringLiteral("coverage")] = coverageMap(fwResult.coverage);
            fwMap[QStringLiteral("confidence")] = confidenceMap(fwResult.confidence);
            fwMap[QStringLiteral("chart_radar")] = radarChartName(sector.id, entry->id);
            fwMap[QStringLiteral("sector_title")] = sector.title.text(m_lang);
            fwMap[QStringLiteral("sector_id")] = sector.id;
            fwMap[QStringLiteral("sector_overall")] = formatReportPercent(result.overall, m_lang);
            fwMap[QStringLiteral("red_flag_count")] = QString::number(fwResult.redFlags.size());
            fwMap[QStringLiteral("gates")] = fwResult.gates;
            QVariantList gateItems;
            QVariantList dimensions;
            for (const DimensionResult &dimResult : fwResult.dimensions) {
                const Dimension *dimension = entry->framework.findDimension(dimResult.dimensionId);
                if (!dimension)
                    continue;
                QVariantMap dimMap;
                dimMap[QStringLiteral("id")] = dimension->id;
                dimMap[QStringLiteral("title")] = dimension->title.text(m_lang);
                dimMap[QStringLiteral("weight")] = QString::number(dimension->weight);
                dimMap[QStringLiteral("percent")] = formatReportPercent(dimResult.percent, m_lang);
                dimMap[QStringLiteral("has_percent")] = dimResult.percent.has_value();
                dimMap[QStringLiteral("uncapped_percent")] = formatReportPercent(dimResult.uncappedPercent, m_lang);
                dimMap[QStringLiteral("capped")] = dimResult.capped;
                dimMap[QStringLiteral("coverage")] = coverageMap(dimResult.coverage);
                dimMap[QStringLiteral("confidence")] = confidenceMap(dimResult.confidence);
                QVariantList criteria;
                for (const CriterionResult &critResult : dimResult.criteria) {
                    const Criterion *criterion = entry->framework.findCriterion(critResult.criterionId);
                    if (!criterion)
                        continue;
                    QVariantMap critMap = criterionMap(sector, *entry, *dimension, *criterion, critResult);
                    if (critMap.value(QStringLiteral("has_recommendation")).toBool())
                        recommendations << critMap;
                    if (critResult.unverified)
                        toVerify << critMap;
                    else if (critMap.value(QStringLiteral("unscored")).toBool())
                        unscored << critMap;
                    if (fwResult.gates)
                        gateItems << critMap;
                    if (critResult.redFlag || (critResult.percent && *critResult.percent < m_options.gapThreshold))
                        gapItems.push_back({critResult.percent.value_or(0), criterion->weight, critMap});
                    criteria << critMap;
                }
                dimMap[QStringLiteral("criteria")] = criteria;
                dimensions << dimMap;
            }
            fwMap[QStringLiteral("dimensions")] = dimensions;
            if (fwResult.gates) {
                const QVariantMap gate = gateMap(sector, *entry, fwResult.gate, gateItems);
                fwMap[QStringLiteral("gate")] = gate;
                gates << gate;
            }
            frameworks << fwMap;
        }
        std::stable_sort(gapItems.begin(), gapItems.end(), [](const Gap &a, const Gap &b) {
            return a.percent != b.percent ? a.percent < b.percent : a.weight > b.weight;
        });
        for (const Gap &gap : gapItems)
            gaps << gap.item;
        map[QStringLiteral("frameworks")] = frameworks;
        map[QStringLiteral("gates")] = gates;
        map[QStringLiteral("has_gates")] = !gates.isEmpty();
        map[QStringLiteral("gaps")] = gaps;
        map[QStringLiteral("has_gaps")] = !gaps.isEmpty();
        map[QStringLiteral("recommendations")] = recommendations;
        map[QStringLiteral("has_recommendations")] = !recommendations.isEmpty();
        map[QStringLiteral("unscored_criteria")] = unscored;
        map[QStringLiteral("has_unscored_criteria")] = !unscored.isEmpty();
        // The report body lists the recommendations of the weakest criteria;
        // the full gap table in the annex has the rest.
        QVariantList bodyRecommendations;
        int moreRecommendations = 0;
        for (const QVariant &gap : std::as_const(gaps)) {
            if (!gap.toMap().value(QStringLiteral("has_recommendation")).toBool())
                continue;
            if (bodyRecommendations.size() < m_options.bodyActionCount)
                bodyRecommendations << gap;
            else
                ++moreRecommendations;
        }
        map[QStringLiteral("body_recommendations")] = bodyRecommendations;
        map[QStringLiteral("has_body_recommendations")] = !bodyRecommendations.isEmpty();
        map[QStringLiteral("more_recommendations")] = QString::number(moreRecommendations);
        map[QStringLiteral("has_more_recommendations")] = moreRecommendations > 0;
        map[QStringLiteral("to_verify")] = toVerify;
        map[QStringLiteral("has_to_verify")] = !toVerify.isEmpty();

        QVariantList flags;
        for (const RedFlag &flag : result.redFlags)
            flags << redFlagItem(m_project, sector.title.text(m_lang), flag, m_lang);
        map[QStringLiteral("red_flags")] = flags;
        map[QStringLiteral("has_red_flags")] = !flags.isEmpty();
        map[QStringLiteral("red_flag_count")] = QString::number(flags.size());
        map.insert(conclusionsContext(sector.conclusions, m_project, m_lang, m_options.labels, sector.title.text(m_lang)));
        return map;
    }

    // The whole assessment's findings, strengths and actions, the context
    // text, and whether any sector has actions beyond the body's share.
    void addConclusions(QVariantMap &root, const QVariantList &sectors) const
    {
        const QVariantMap assessment = conclusionsContext(m_project.conclusions, m_project, m_lang, m_options.labels,
                                                          QString());
        bool anyConclusions = assessment.value(QStringLiteral("has_conclusions")).toBool();
        bool anyActions = assessment.value(QStringLiteral("has_actions")).toBool();
        bool moreActions = assessment.value(QStringLiteral("has_more_actions")).toBool();
        for (const QVariant &sector : sectors) {
            anyConclusions = anyConclusions || sector.toMap().value(QStringLiteral("has_conclusions")).toBool();
            anyActions = anyActions || sector.toMap().value(QStringLiteral("has_actions")).toBool();
            moreActions = moreActions || sector.toMap().value(QStringLiteral("has_more_actions")).toBool();
        }
        root[QStringLiteral("assessment")] = assessment;
        root[QStringLiteral("has_conclusions")] = anyConclusions;
        root[QStringLiteral("has_actions")] = anyActions;
        root[QStringLiteral("has_more_actions")] = moreActions;
        const QVariantMap context = projectContextContext(m_project.context, m_lang, &m_sources);
        root[QStringLiteral("context")] = context;
        root[QStringLiteral("has_context")] = context.value(QStringLiteral("has_text")).toBool()
            || context.value(QStringLiteral("has_sources")).toBool();
    }

    QVariantList topGaps() const
    {
        struct Item { double percent; QVariantMap map; };
        std::vector<Item> items;
        for (std::size_t i = 0; i < m_project.sectors.size() && i < m_result.sectors.size(); ++i) {
            const Sector &sector = m_project.sectors[i];
            for (const FrameworkResult &fwResult : m_result.sectors[i].frameworks) {
                const ProjectFramework *entry = m_project.findFramework(fwResult.frameworkId);
                if (!entry)
                    continue;
                for (const DimensionResult &dimResult : fwResult.dimensions) {
                    const Dimension *dimension = entry->framework.findDimension(dimResult.dimensionId);
                    if (!dimension || !dimResult.percent || *dimResult.percent >= m_options.gapThreshold)
                        continue;
                    items.push_back({*dimResult.percent,
                                     {{QStringLiteral("sector_title"), sector.title.text(m_lang)},
                                      {QStringLiteral("framework_title"), entry->framework.title.text(m_lang)},
                                      {QStringLiteral("dimension_title"), dimension->title.text(m_lang)},
                                      {QStringLiteral("percent"), formatReportPercent(dimResult.percent, m_lang)},
                                      {QStringLiteral("capped"), dimResult.capped}}});
                }
            }
        }
        std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.percent < b.percent; });
        QVariantList list;
        for (std::size_t i = 0; i < items.size() && int(i) < m_options.topGapCount; ++i)
            list << items[i].map;
        return list;
    }

    QVariantList mapsList() const
    {
        QVariantList list;
        const QString scoreSector = m_project.report.showScoresOnMaps
            ? (m_project.report.mapSector.isEmpty() && !m_project.sectors.empty() ? m_project.sectors.front().id
                                                                                  : m_project.report.mapSector)
            : QString();
        const Sector *sector = scoreSector.isEmpty() ? nullptr : m_project.findSector(scoreSector);
        for (const WardleyMap &map : m_project.maps) {
            QVariantMap item{{QStringLiteral("id"), map.id},
                             {QStringLiteral("title"), map.title.text(m_lang)},
                             {QStringLiteral("object"), mapObjectName(map.id, sector ? sector->id : QString())},
                             {QStringLiteral("scored"), sector != nullptr},
                             {QStringLiteral("score_sector_title"), sector ? sector->title.text(m_lang) : QString()}};
            // What the map says, paragraph by paragraph (a blank line starts one).
            static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
            QVariantList explanation;
            for (const QString &paragraph : map.explanation.text(m_lang).split(blankLine, Qt::SkipEmptyParts))
                explanation << QVariantMap{{QStringLiteral("text"), paragraph.trimmed()}};
            item[QStringLiteral("explanation")] = explanation;
            item[QStringLiteral("has_explanation")] = !explanation.isEmpty();
            addMapSymbols(item, map);
            list << item;
        }
        return list;
    }

    // What the map draws, so that its legend explains only the symbols that
    // appear, and its notes and annotations as text.
    void addMapSymbols(QVariantMap &item, const WardleyMap &map) const
    {
        bool anchors = false;
        bool components = false;
        bool inertia = false;
        bool linked = false;
        WardleyDecorators methods; // which of build, buy, outsource appear
        for (const WardleyComponent &component : map.components) {
            methods.build = methods.build || component.decorators.build;
            methods.buy = methods.buy || component.decorators.buy;
            methods.outsource = methods.outsource || component.decorators.outsource;
            if (component.type == WardleyComponentType::Anchor)
                anchors = true;
            else
                components = true;
            inertia = inertia || component.inertia;
            linked = linked || !component.criteria.isEmpty();
        }
        item[QStringLiteral("has_anchors")] = anchors;
        item[QStringLiteral("has_components")] = components;
        item[QStringLiteral("has_links")] = !map.links.empty();
        item[QStringLiteral("has_evolves")] = !map.evolves.empty();
        item[QStringLiteral("has_inertia")] = inertia;
        item[QStringLiteral("has_pipelines")] = !map.pipelines.empty();
        item[QStringLiteral("has_build")] = methods.build;
        item[QStringLiteral("has_buy")] = methods.buy;
        item[QStringLiteral("has_outsource")] = methods.outsource;
        item[QStringLiteral("has_linked_criteria")] = linked;
        QVariantList notes;
        for (const WardleyNote &note : map.notes)
            notes << QVariantMap{{QStringLiteral("text"), QString(note.text).replace(QLatin1Char('\n'), QLatin1Char(' '))}};
        item[QStringLiteral("notes")] = notes;
        item[QStringLiteral("has_notes")] = !notes.isEmpty();
        std::vector<const WardleyAnnotation *> sorted;
        for (const WardleyAnnotation &annotation : map.annotations)
            sorted.push_back(&annotation);
        std::stable_sort(sorted.begin(), sorted.end(), [](const WardleyAnnotation *a, const WardleyAnnotation *b) {
            return a->number < b->number;
        });
        QVariantList annotations;
        for (const WardleyAnnotation *annotation : sorted) {
            annotations << QVariantMap{{QStringLiteral("number"), QString::number(annotation->number)},
                                       {QStringLiteral("text"), annotation->text}};
        }
        item[QStringLiteral("annotations")] = annotations;
        item[QStringLiteral("has_annotations")] = !annotations.isEmpty();
    }

    QVariantList mapScoreLegendList() const
    {
        QVariantList list;
        for (const auto &[colour, label] : m_options.mapScoreLegend)
            list << QVariantMap{{QStringLiteral("colour"), colour}, {QStringLiteral("label"), label}};
        return list;
    }

    void addSources(QVariantMap &root) const
    {
        QVariantList list;
        for (const ReportSource &source : m_sources.sources()) {
            list << QVariantMap{{QStringLiteral("number"), QString::number(source.number)},
                                {QStringLiteral("cite"), formatCitation({source.number})},
                                {QStringLiteral("title"), source.title},
                                {QStringLiteral("has_title"), !source.title.isEmpty()},
                                {QStringLiteral("url"), source.url},
                                {QStringLiteral("has_url"), !source.url.isEmpty()},
                                {QStringLiteral("accessed"), source.accessed},
                                {QStringLiteral("has_accessed"), !source.accessed.isEmpty()}};
        }
        root[QStringLiteral("sources")] = list;
        root[QStringLiteral("has_sources")] = !list.isEmpty();
        root[QStringLiteral("source_count")] = QString::number(list.size());
        // {{cite.ID}} for the template's own sources; empty when a source is
        // not in this report (another country's).
        QVariantMap cite;
        for (const TemplateSource &source : m_options.templateSources)
            cite[source.id] = formatCitation({m_sources.templateSource(source.id)});
        root[QStringLiteral("cite")] = cite;
    }

    // The glossary terms for the project's country, in the alphabetical
    // order of the report language.
    QVariantList glossaryList() const
    {
        std::vector<const GlossaryTerm *> terms;
        for (const GlossaryTerm &term : m_options.glossary) {
            if (term.appliesTo(m_project.metadata.country))
                terms.push_back(&term);
        }
        QCollator collator{QLocale(m_lang)};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(terms.begin(), terms.end(), [&](const GlossaryTerm *a, const GlossaryTerm *b) {
            return collator.compare(a->term.text(m_lang), b->term.text(m_lang)) < 0;
        });
        QVariantList list;
        for (const GlossaryTerm *term : terms) {
            std::vector<int> numbers;
            for (const QString &id : term->sources)
                numbers.push_back(m_sources.templateSource(id));
            list << QVariantMap{{QStringLiteral("id"), term->id},
                                {QStringLiteral("term"), term->term.text(m_lang)},
                                {QStringLiteral("definition"), term->definition.text(m_lang)},
                                {QStringLiteral("cite"), formatCitation(numbers)}};
        }
        return list;
    }

    // Counts over every sector, and the date of the newest evidence: the
    // scope a reader needs to weigh the figures.
    void addTotals(QVariantMap &root) const
    {
        Coverage coverage;
        ConfidenceMix confidence;
        int redFlags = 0;
        for (const SectorResult &sector : m_result.sectors) {
            coverage.add(sector.coverage);
            confidence.add(sector.confidence);
            redFlags += int(sector.redFlags.size());
        }
        QString latest;
        int evidenceItems = 0;
        for (const Sector &sector : m_project.sectors) {
            for (const auto &framework : sector.scores) {
                for (const auto &entry : framework.second) {
                    for (const EvidenceItem &item : entry.second.evidence) {
                        ++evidenceItems;
                        if (item.date > latest)
                            latest = item.date;
                    }
                }
            }
        }
        QString latestText;
        if (const QDate date = QDate::fromString(latest, Qt::ISODate); date.isValid())
            latestText = localeformat::date(date, localeformat::localeFor(m_lang));
        root[QStringLiteral("totals")] = QVariantMap{{QStringLiteral("coverage"), coverageMap(coverage)},
                                                     {QStringLiteral("confidence"), confidenceMap(confidence)},
                                                     {QStringLiteral("red_flags"), QString::number(redFlags)},
                                                     {QStringLiteral("evidence_items"), QString::number(evidenceItems)},
                                                     {QStringLiteral("latest_evidence_date"), latestText},
                                                     {QStringLiteral("has_latest_evidence_date"), !latestText.isEmpty()}};
    }

    const Project &m_project;
    const ProjectResult &m_result;
    const ReportContextOptions &m_options;
    QString m_lang;
    std::map<QString, QString> m_labels; // resolved for the project's country
    ReportSourceIndex m_sources;
};

} // namespace

QVariantMap redFlagItem(const Project &project, const QString &sectorTitle, const RedFlag &flag, const QString &language)
{
    const ProjectFramework *entry = project.findFramework(flag.frameworkId);
    const Criterion *criterion = entry ? entry->framework.findCriterion(flag.criterionId) : nullptr;
    const Dimension *dimension = entry ? entry->framework.findDimension(flag.dimensionId) : nullptr;
    return {{QStringLiteral("sector_title"), sectorTitle},
            {QStringLiteral("framework_title"), entry ? entry->framework.title.text(language) : flag.frameworkId},
            {QStringLiteral("dimension_title"), dimension ? dimension->title.text(language) : flag.dimensionId},
            {QStringLiteral("criterion_id"), flag.criterionId},
            {QStringLiteral("criterion_title"), criterion ? criterion->title.text(language) : flag.criterionId},
            {QStringLiteral("level"), QString::number(flag.level)},
            {QStringLiteral("threshold"), QString::number(flag.threshold)}};
}

QSet<QString> redFlagItemVariableNames()
{
    // Built by the same function as the real items, from an empty example.
    const QVariantMap item = redFlagItem(Project(), QString(), RedFlag(), QStringLiteral("en"));
    QSet<QString> names;
    for (auto it = item.cbegin(); it != item.cend(); ++it)
        names.insert(it.key());
    return names;
}

QString formatReportPercent(const std::optional<double> &percent, const QString &language)
{
    return percent ? localeformat::number(*percent, 1, localeformat::localeFor(language)) : kDash;
}

QString radarChartName(const QString &sectorId, const QString &frameworkId)
{
    return QStringLiteral("chart:radar/%1/%2").arg(sectorId, frameworkId);
}

QString overviewChartName()
{
    return QStringLiteral("chart:overview");
}

QString coverageChartName()
{
    return QStringLiteral("chart:coverage");
}

QString frameworkBarsChartName(const QString &frameworkId)
{
    return QStringLiteral("chart:bars/%1").arg(frameworkId);
}

QString mapObjectName(const QString &mapId, const QString &scoreSectorId)
{
    return scoreSectorId.isEmpty() ? QStringLiteral("map:%1").arg(mapId)
                                   : QStringLiteral("map:%1/%2").arg(mapId, scoreSectorId);
}

void setReportContextToc(QVariantMap &context, const QVariantList &toc)
{
    context[QStringLiteral("toc")] = toc;
    context[QStringLiteral("has_toc")] = !toc.isEmpty();
}

ReportContextOptions reportContextOptions(const TemplateManifest &manifest, const QString &language)
{
    ReportContextOptions options;
    options.language = language;
    options.labels = manifest.labelsFor(language);
    options.templateSources = manifest.sources;
    options.glossary = manifest.glossary;
    return options;
}

QVariantMap buildReportContext(const Project &project, const ProjectResult &result, const ReportContextOptions &options)
{
    return ContextBuilder(project, result, options).build();
}

} // namespace dpi
