#include "projectreader.h"

#include "findingsyaml.h"
#include "frameworkvalidator.h"
#include "previousround.h"
#include "wardleymapyaml.h"
#include "yamlcontext.h"
#include "yamlframework.h"
#include "yamlmapping.h"
#include "yamlsafeload.h"
#include "yamlvalues.h"

#include <yaml-cpp/yaml.h>

#include <QRegularExpression>
#include <QSet>

#include <map>

namespace dpi {

namespace {

const QStringList &projectStatuses()
{
    static const QStringList statuses = {QStringLiteral("draft"), QStringLiteral("in-review"),
                                         QStringLiteral("final")};
    return statuses;
}

const QStringList &pageSizes()
{
    static const QStringList sizes = {QStringLiteral("A4"), QStringLiteral("A3"), QStringLiteral("A5"),
                                      QStringLiteral("Letter"), QStringLiteral("Legal")};
    return sizes;
}

class ProjectParser
{
public:
    explicit ProjectParser(YamlContext &context) : m_context(context) {}

    std::optional<Project> read(const YAML::Node &node)
    {
        YamlMapping root(node, m_context, QStringLiteral("the project"));
        if (!root.isMapping())
            return std::nullopt;

        Project project;
        readSchema(root.required("schema"));
        readMetadata(root, project.metadata);
        readFrameworks(root.field("frameworks"), project);
        readSectors(root.field("sectors"), project);
        readProjectContext(root.field("context"), m_context, project.context);
        readConclusions(root, m_context, linkCheck(), project.conclusions);
        readMaps(root.field("maps"), project);
        readReport(root.field("report"), project);
        readArchive(root.field("archive"), project);
        root.reportUnknownKeys();
        return project;
    }

private:
    // What the scores of a framework are checked against. `framework` is
    // null when the embedded copy was unusable (already reported).
    struct KnownFramework
    {
        const Framework *framework = nullptr;
        int line = 0;
        // Its criterion ids, so that checking each score's criterion is a
        // look-up, not a walk through the framework (1,000 criteria x 20
        // sectors made that the largest cost of reading a project).
        QSet<QString> criterionIds;
    };

    void readSchema(const YamlField &field)
    {
        QString schema;
        if (!readNonEmptyText(field, m_context, schema) || schema == kProjectSchema)
            return;
        if (schema == kFrameworkSchema) {
            m_context.error(field.valueMark(), QStringLiteral("this is a framework (schema '%1'), not an "
                                                              "assessment project")
                                                   .arg(schema));
        } else if (schema.startsWith(QLatin1String("dpi-workbench/project/"))) {
            m_context.error(field.valueMark(), QStringLiteral("unsupported schema version '%1'; this "
                                                              "version of DPI Workbench reads '%2'")
                                                   .arg(schema, kProjectSchema));
        } else {
            m_context.error(field.valueMark(), QStringLiteral("unknown schema '%1' (expected '%2')")
                                                   .arg(schema, kProjectSchema));
        }
    }

    void readMetadata(YamlMapping &root, ProjectMetadata &metadata)
    {
        readLocalizedText(root.required("title"), m_context, metadata.title);
        const YamlField country = root.field("country");
        QString code;
        if (readText(country, m_context, code) && !code.isEmpty()) {
            static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
            if (alpha2.match(code).hasMatch())
                metadata.country = code;
            else
                m_context.error(country.valueMark(), QStringLiteral("'country' must be a two-letter ISO 3166-1 "
                                                                    "code in capitals such as KG, not '%1'")
                                                         .arg(code));
        }
        readText(root.field("period"), m_context, metadata.period);
        readDate(root.field("cutoff"), m_context, metadata.cutoff);
        m_cutoff = metadata.cutoff;
        readTextList(root.field("team"), m_context, metadata.team);
        const YamlField status = root.field("status");
        QString statusText;
        if (readText(status, m_context, statusText)) {
            if (projectStatuses().contains(statusText))
                metadata.status = statusText;
            else
                m_context.error(status.valueMark(), QStringLiteral("'status' must be one of %1, not '%2'")
                                                        .arg(projectStatuses().join(QStringLiteral(", ")),
                                                             statusText));
        }
        readBoolean(root.field("illustrative"), m_context, metadata.illustrative);
        readLocalizedText(root.field("notice"), m_context, metadata.notice);
        const YamlField previous = root.field("previous_round");
        QString previousPath;
        if (readText(previous, m_context, previousPath) && previous.present) {
            const QString problem = previousRoundPathProblem(previousPath);
            if (problem.isEmpty())
                metadata.previousRound = previousPath;
            else
                m_context.error(previous.valueMark(), problem);
        }
    }

    void readFrameworks(const YamlField &field, Project &project)
    {
        if (!readListField(field, m_context) || field.isEmpty())
            return;
        // Reserve so that the pointers kept in m_frameworks stay valid.
        project.frameworks.reserve(field.value.size());
        for (const YAML::Node &item : field.value) {
            YamlMapping map(item, m_context, QStringLiteral("a framework entry"));
            if (!map.isMapping())
                continue;
            ProjectFramework entry;
            const YamlField ref = map.required("ref");
            bool refOk = readRef(ref, entry);
            if (refOk)
                map.setWhat(QStringLiteral("framework entry '%1'").arg(entry.id + QLatin1Char('@') + entry.version));
            readPositiveNumber(map.field("weight"), m_context, entry.weight);
            const YamlField embedded = map.required("embedded");
            std::optional<Framework> framework;
            if (embedded.isEmpty()) {
                m_context.error(embedded.valueMark(), QStringLiteral("'embedded' must hold the full framework, "
                                                                     "not nothing"));
            } else if (embedded.present) {
                framework = readFrameworkNode(embedded.value, m_context);
            }
            map.reportUnknownKeys();

            // An id or version the framework's own checks refused has its diagnostic already.
            if (framework && refOk && isValidId(framework->id) && isSemanticVersion(framework->version)
                && framework->pin() != entry.id + QLatin1Char('@') + entry.version) {
                m_context.error(ref.valueMark(), QStringLiteral("ref '%1@%2' does not match the embedded "
                                                                "framework '%3'")
                                                     .arg(entry.id, entry.version, framework->pin()));
            }
            if (!refOk) {
                if (!framework || !isValidId(framework->id))
                    continue;
                entry.id = framework->id;
                entry.version = framework->version;
            }
            const auto known = m_frameworks.find(entry.id);
            if (known != m_frameworks.end()) {
                m_context.error(ref.present ? ref.valueMark() : map.mark(),
                                QStringLiteral("framework '%1' is listed twice (first at line %2)")
                                    .arg(entry.id)
                                    .arg(known->second.line));
                continue;
            }
            KnownFramework registered;
            registered.line = YamlContext::lineOf(ref.present ? ref.valueMark() : map.mark());
            const QString id = entry.id;
            if (framework) {
                entry.framework = std::move(*framework);
                project.frameworks.push_back(std::move(entry));
                registered.framework = &project.frameworks.back().framework;
                for (const Dimension &dimension : registered.framework->dimensions) {
                    for (const Criterion &criterion : dimension.criteria)
                        registered.criterionIds.insert(criterion.id);
                }
            }
            m_frameworks.emplace(id, std::move(registered));
        }
    }

    bool readRef(const YamlField &field, ProjectFramework &entry)
    {
        QString ref;
        if (!readNonEmptyText(field, m_context, ref))
            return false;
        const int at = int(ref.indexOf(QLatin1Char('@')));
        if (at <= 0 || !isValidId(ref.left(at)) || !isSemanticVersion(ref.mid(at + 1))) {
            m_context.error(field.valueMark(), QStringLiteral("'ref' must be id@version "
                                                              "(e.g. govstack-readiness@1.0.0), not '%1'")
                                                   .arg(ref));
            return false;
        }
        entry.id = ref.left(at);
        entry.version = ref.mid(at + 1);
        return true;
    }

    void readSectors(const YamlField &field, Project &project)
    {
        if (!readListField(field, m_context) || field.isEmpty())
            return;
        std::map<QString, int> sectorLines;
        for (const YAML::Node &item : field.value) {
            YamlMapping map(item, m_context, QStringLiteral("a sector"));
            if (!map.isMapping())
                continue;
            Sector sector;
            const YamlField id = map.required("id");
            if (readId(id, m_context, sector.id)) {
                map.setWhat(QStringLiteral("sector '%1'").arg(sector.id));
                const auto found = sectorLines.find(sector.id);
                if (found != sectorLines.end()) {
                    m_context.error(id.valueMark(), QStringLiteral("duplicate sector id '%1' (first used at line %2)")
                                                        .arg(sector.id)
                                                        .arg(found->second));
                } else {
                    sectorLines.emplace(sector.id, YamlContext::lineOf(id.valueMark()));
                }
            }
            readLocalizedText(map.required("title"), m_context, sector.title);
            readLocalizedText(map.field("description"), m_context, sector.description);
            readSectorScores(map.field("scores"), sector);
            readConclusions(map, m_context, linkCheck(), sector.conclusions);
            map.reportUnknownKeys();
            project.sectors.push_back(sector);
        }
    }

    // Findings and actions may link only to criteria the project's frameworks have.
    CriterionLinkCheck linkCheck() const
    {
        return [this](const CriterionLink &link) {
            const auto known = m_frameworks.find(link.frameworkId);
            if (known == m_frameworks.end())
                return QStringLiteral("link to unknown framework '%1' (the project uses: %2)")
                    .arg(link.frameworkId, knownFrameworkList());
            if (known->second.framework && !known->second.criterionIds.contains(link.criterionId))
                return QStringLiteral("unknown criterion '%1' in framework '%2'").arg(link.criterionId, link.frameworkId);
            return QString();
        };
    }

    QString knownFrameworkList() const
    {
        QStringList ids;
        for (const auto &entry : m_frameworks)
            ids << entry.first;
        return ids.isEmpty() ? QStringLiteral("none") : ids.join(QStringLiteral(", "));
    }

    void readSectorScores(const YamlField &field, Sector &sector)
    {
        YamlMapping scores(field, m_context, QStringLiteral("'scores'"));
        if (!scores.isMapping())
            return;
        for (const YamlField &frameworkEntry : scores.all()) {
            const auto known = m_frameworks.find(frameworkEntry.key);
            if (known == m_frameworks.end()) {
                m_context.error(frameworkEntry.keyNode, QStringLiteral("scores for unknown framework '%1' "
                                                                       "(the project uses: %2)")
                                                            .arg(frameworkEntry.key, knownFrameworkList()));
                continue;
            }
            const Framework *framework = known->second.framework;
            const QSet<QString> &criterionIds = known->second.criterionIds;
            YamlMapping criteria(frameworkEntry, m_context,
                                 QStringLiteral("the scores of '%1'").arg(frameworkEntry.key));
            if (!criteria.isMapping() || !framework)
                continue;
            CriterionScores &target = sector.scores[frameworkEntry.key];
            for (const YamlField &criterionEntry : criteria.all()) {
                if (!criterionIds.contains(criterionEntry.key)) {
                    m_context.error(criterionEntry.keyNode, QStringLiteral("unknown criterion '%1' in framework '%2'")
                                                                .arg(criterionEntry.key, frameworkEntry.key));
                    continue;
                }
                Score score;
                if (readScore(criterionEntry, framework, score))
                    target[criterionEntry.key] = std::move(score);
            }
        }
    }

    // `framework` is null for archived scores, whose scale is gone.
    bool readScore(const YamlField &field, const Framework *framework, Score &score)
    {
        YamlMapping map(field, m_context, QStringLiteral("the score of '%1'").arg(field.key));
        if (!map.isMapping())
            return false;
        readJudgement(map, framework, score);
        readText(map.field("analyst"), m_context, score.analyst);
        readDateTime(map.field("scored_at"), m_context, score.scoredAt);
        readText(map.field("reconciled_by"), m_context, score.reconciledBy);
        readDateTime(map.field("reconciled_at"), m_context, score.reconciledAt);
        readRatings(map.field("ratings"), framework, score);
        map.reportUnknownKeys();
        return true;
    }

    // What a score and an analyst's rating have in common: the judgement and its reasons.
    void readJudgement(YamlMapping &map, const Framework *framework, Score &score)
    {
        readLevel(map.field("level"), framework, score);
        readText(map.field("to_verify"), m_context, score.toVerify);
        const YamlField confidence = map.field("confidence");
        QString word;
        if (readText(confidence, m_context, word) && !word.isEmpty()) {
            if (const auto value = confidenceFromName(word))
                score.confidence = *value;
            else
                m_context.error(confidence.valueMark(), QStringLiteral("'confidence' must be low, medium or high, "
                                                                       "not '%1'")
                                                            .arg(word));
        }
        readEvidence(map.field("evidence"), score);
        readText(map.field("notes"), m_context, score.notes);
        readText(map.field("recommendation"), m_context, score.recommendation);
    }

    // Each analyst's own rating of the cell (team assessments). A rating
    // without its analyst, or a second rating by the same analyst, cannot be
    // told apart from the others, so it is an error, not a guess.
    void readRatings(const YamlField &field, const Framework *framework, Score &cell)
    {
        if (!readListField(field, m_context) || field.isEmpty())
            return;
        std::map<QString, int> analystLines;
        for (const YAML::Node &node : field.value) {
            YamlMapping map(node, m_context, QStringLiteral("a rating"));
            if (!map.isMapping())
                continue;
            Score rating;
            const YamlField analyst = map.required("analyst");
            bool keep = readNonEmptyText(analyst, m_context, rating.analyst);
            if (keep) {
                map.setWhat(QStringLiteral("the rating by '%1'").arg(rating.analyst));
                const auto found = analystLines.find(rating.analyst);
                if (found != analystLines.end()) {
                    m_context.error(analyst.valueMark(), QStringLiteral("'%1' rated this criterion twice (first at line %2)")
                                                             .arg(rating.analyst)
                                                             .arg(found->second));
                    keep = false;
                } else {
                    analystLines.emplace(rating.analyst, YamlContext::lineOf(analyst.valueMark()));
                }
            }
            readJudgement(map, framework, rating);
            readDateTime(map.field("scored_at"), m_context, rating.scoredAt);
            map.reportUnknownKeys();
            if (keep)
                cell.ratings.push_back(std::move(rating));
        }
    }

    void readLevel(const YamlField &field, const Framework *framework, Score &score)
    {
        if (!field.present)
            return;
        static const Scale noScale;
        const Scale &scale = framework ? framework->scale : noScale;
        const QString frameworkId = framework ? framework->id : QString();
        if (!field.isEmpty() && field.value.IsScalar() && field.value.Tag() != "!") {
            const QString text = QString::fromStdString(field.value.Scalar());
            if (text == QLatin1String("n/a") || text == QLatin1String("N/A")) {
                if (!scale.allowNotApplicable) {
                    m_context.error(field.valueMark(), QStringLiteral("'n/a' is not allowed: the scale of '%1' "
                                                                      "forbids not applicable")
                                                           .arg(frameworkId));
                    return;
                }
                score.notApplicable = true;
                return;
            }
            if (text == QLatin1String("unverified")) {
                score.unverified = true;
                return;
            }
            if (const auto level = plainInteger(field.value)) {
                if (!scale.levels.empty() && !scale.contains(*level)) {
                    m_context.error(field.valueMark(), QStringLiteral("level %1 is not on the scale of '%2' (%3)")
                                                           .arg(*level)
                                                           .arg(frameworkId, describeScaleRange(scale)));
                    return;
                }
                score.level = *level;
                return;
            }
        }
        m_context.error(field.valueMark(), framework ? QStringLiteral("'level' must be a whole number from the scale (%1), "
                                                                      "n/a or unverified, not %2")
                                                           .arg(describeScaleRange(scale), yamlKindName(field.value))
                                                     : QStringLiteral("'level' must be a whole number, n/a or unverified, not %1")
                                                           .arg(yamlKindName(field.value)));
    }

    void readEvidence(const YamlField &field, Score &score)
    {
        if (!readListField(field, m_context) || field.isEmpty())
            return;
        for (const YAML::Node &node : field.value) {
            YamlMapping map(node, m_context, QStringLiteral("an evidence item"));
            if (!map.isMapping())
                continue;
            EvidenceItem item;
            readNonEmptyText(map.required("text"), m_context, item.text);
            readText(map.field("url"), m_context, item.url);
            const YamlField date = map.field("date");
            // A warning, not an error: a later source may be kept on purpose
            // (e.g. in a note marked as such), but it should never pass unseen.
            if (readDate(date, m_context, item.date) && !m_cutoff.isEmpty() && item.date > m_cutoff)
                m_context.warning(date.valueMark(), QStringLiteral("evidence dated %1 is after the assessment's "
                                                                   "cut-off %2")
                                                        .arg(item.date, m_cutoff));
            map.reportUnknownKeys();
            score.evidence.push_back(item);
        }
    }

    void readMaps(const YamlField &field, Project &project)
    {
        if (!readListField(field, m_context) || field.isEmpty())
            return;
        std::map<QString, int> idLines;
        for (const YAML::Node &node : field.value) {
            WardleyMap map;
            if (!readWardleyMapYaml(node, m_context, map))
                continue;
            if (!map.id.isEmpty()) {
                const YAML::Node idNode = node["id"];
                const YAML::Mark at = idNode.IsDefined() ? idNode.Mark() : node.Mark();
                const auto found = idLines.find(map.id);
                if (found != idLines.end()) {
                    m_context.error(at, QStringLiteral("duplicate map id '%1' (first used at line %2)")
                                            .arg(map.id)
                                            .arg(found->second));
                } else {
                    idLines.emplace(map.id, YamlContext::lineOf(at));
                }
            }
            project.maps.push_back(map);
        }
    }

    void readReport(const YamlField &field, Project &project)
    {
        YamlMapping map(field, m_context, QStringLiteral("'report'"));
        if (!map.isMapping())
            return;
        ReportSettings &report = project.report;
        readNonEmptyText(map.field("template"), m_context, report.templateName);
        const YamlField language = map.field("language");
        QString code;
        if (readNonEmptyText(language, m_context, code)) {
            if (isLanguageCode(code))
                report.language = code;
            else
                m_context.error(language.valueMark(), QStringLiteral("'language' must be a language code such as "
                                                                     "en, ru or ky, not '%1'")
                                                          .arg(code));
        }
        const YamlField pageSize = map.field("page_size");
        QString size;
        if (readNonEmptyText(pageSize, m_context, size)) {
            if (pageSizes().contains(size))
                report.pageSize = size;
            else
                m_context.error(pageSize.valueMark(), QStringLiteral("'page_size' must be one of %1, not '%2'")
                                                          .arg(pageSizes().join(QStringLiteral(", ")), size));
        }
        readBoolean(map.field("show_scores_on_maps"), m_context, report.showScoresOnMaps);
        const YamlField mapSector = map.field("map_sector");
        QString sectorId;
        if (readText(mapSector, m_context, sectorId) && !sectorId.isEmpty()) {
            if (project.findSector(sectorId))
                report.mapSector = sectorId;
            else
                m_context.error(mapSector.valueMark(), QStringLiteral("'map_sector' names unknown sector '%1'")
                                                           .arg(sectorId));
        }
        map.reportUnknownKeys();
    }

    // Scores that a framework upgrade removed: kept with where they came
    // from. Their framework version is gone, so levels are not checked
    // against a scale.
    void readArchive(const YamlField &field, Project &project)
    {
        if (!readListField(field, m_context) || field.isEmpty())
            return;
        for (const YAML::Node &node : field.value) {
            YamlMapping map(node, m_context, QStringLiteral("an archived score"));
            if (!map.isMapping())
                continue;
            ArchivedScore archived;
            readId(map.required("sector"), m_context, archived.sectorId);
            readId(map.required("framework"), m_context, archived.frameworkId);
            readVersion(map.required("framework_version"), m_context, archived.frameworkVersion);
            readId(map.required("criterion"), m_context, archived.criterionId);
            readText(map.field("reason"), m_context, archived.reason);
            readDateTime(map.field("archived_at"), m_context, archived.archivedAt);
            readScore(map.required("score"), nullptr, archived.score);
            map.reportUnknownKeys();
            project.archive.push_back(archived);
        }
    }

    YamlContext &m_context;
    std::map<QString, KnownFramework> m_frameworks;
    QString m_cutoff; // the metadata's cut-off, read before any evidence
};

} // namespace

ProjectReadResult readProjectText(const QByteArray &text, const QString &fileName)
{
    ProjectReadResult result;
    YamlContext context(fileName, result.diagnostics);
    readYamlDocument(text, context, [&](const YAML::Node &root) {
        ProjectParser parser(context);
        result.project = parser.read(root);
    });
    return result;
}

ProjectReadResult readProjectFile(const QString &path)
{
    ProjectReadResult result;
    YamlContext context(path, result.diagnostics);
    QByteArray text;
    if (!readYamlFile(path, context, text))
        return result;
    return readProjectText(text, path);
}

} // namespace dpi
