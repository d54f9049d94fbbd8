#include "yamlwriter.h"

#include "findingsyaml.h"
#include "wardleymapyaml.h"
#include "yamlemit.h"
#include "yamlframework.h"

#include <QFile>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <initializer_list>
#include <set>

namespace dpi {

namespace {

void key(YAML::Emitter &out, const char *name)
{
    out << YAML::Key << name << YAML::Value;
}

void writeSource(YAML::Emitter &out, const Source &source)
{
    out << YAML::BeginMap;
    key(out, "id");
    emitText(out, source.id);
    key(out, "title");
    emitText(out, source.title);
    if (!source.url.isEmpty()) {
        key(out, "url");
        emitText(out, source.url);
    }
    if (!source.accessed.isEmpty()) {
        key(out, "accessed");
        emitText(out, source.accessed);
    }
    out << YAML::EndMap;
}

void writeScale(YAML::Emitter &out, const Scale &scale)
{
    out << YAML::BeginMap;
    key(out, "not_applicable");
    out << (scale.allowNotApplicable ? "allowed" : "forbidden");
    key(out, "levels");
    out << YAML::BeginSeq;
    for (const ScaleLevel &level : scale.levels) {
        out << YAML::BeginMap;
        key(out, "value");
        out << level.value;
        key(out, "label");
        emitLocalizedText(out, level.label);
        if (!level.description.isEmpty()) {
            key(out, "description");
            emitLocalizedText(out, level.description);
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::EndMap;
}

void writeCriterion(YAML::Emitter &out, const Criterion &criterion)
{
    out << YAML::BeginMap;
    key(out, "id");
    emitText(out, criterion.id);
    key(out, "title");
    emitLocalizedText(out, criterion.title);
    key(out, "question");
    emitLocalizedText(out, criterion.question);
    if (!criterion.guidance.isEmpty()) {
        key(out, "guidance");
        emitLocalizedText(out, criterion.guidance);
    }
    key(out, "weight");
    emitNumber(out, criterion.weight);
    if (criterion.critical) {
        key(out, "critical");
        out << YAML::Flow << YAML::BeginMap;
        key(out, "below");
        out << criterion.critical->below;
        if (criterion.critical->capPercent) {
            key(out, "cap");
            emitNumber(out, *criterion.critical->capPercent);
        }
        out << YAML::EndMap;
    }
    key(out, "rubric");
    out << YAML::BeginMap;
    for (const auto &level : criterion.rubric) {
        out << YAML::Key << level.first << YAML::Value;
        emitLocalizedText(out, level.second);
    }
    out << YAML::EndMap;
    if (!criterion.evidence.isEmpty()) {
        key(out, "evidence");
        emitLocalizedText(out, criterion.evidence);
    }
    if (!criterion.references.empty()) {
        key(out, "references");
        out << YAML::BeginSeq;
        for (const Reference &reference : criterion.references) {
            out << YAML::Flow << YAML::BeginMap;
            for (const auto &field : reference.fields) {
                out << YAML::Key;
                emitText(out, field.first, true);
                out << YAML::Value;
                emitText(out, field.second, true);
            }
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    if (!criterion.replaces.isEmpty()) {
        key(out, "replaces");
        emitTextList(out, criterion.replaces);
    }
    out << YAML::EndMap;
}

void writeDimension(YAML::Emitter &out, const Dimension &dimension)
{
    out << YAML::BeginMap;
    key(out, "id");
    emitText(out, dimension.id);
    key(out, "title");
    emitLocalizedText(out, dimension.title);
    if (!dimension.description.isEmpty()) {
        key(out, "description");
        emitLocalizedText(out, dimension.description);
    }
    key(out, "weight");
    emitNumber(out, dimension.weight);
    key(out, "criteria");
    if (dimension.criteria.empty()) {
        out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
    } else {
        out << YAML::BeginSeq;
        for (const Criterion &criterion : dimension.criteria)
            writeCriterion(out, criterion);
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
}

void writeEvidence(YAML::Emitter &out, const std::vector<EvidenceItem> &evidence)
{
    out << YAML::BeginSeq;
    for (const EvidenceItem &item : evidence) {
        out << YAML::BeginMap;
        key(out, "text");
        emitText(out, item.text);
        if (!item.url.isEmpty()) {
            key(out, "url");
            emitText(out, item.url);
        }
        if (!item.date.isEmpty()) {
            key(out, "date");
            emitText(out, item.date);
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

void writeTexts(YAML::Emitter &out, std::initializer_list<std::pair<const char *, const QString *>> texts)
{
    for (const auto &text : texts) {
        if (text.second->isEmpty())
            continue;
        key(out, text.first);
        emitText(out, *text.second);
    }
}

// A score and an analyst's rating share these keys, in this order.
void writeJudgement(YAML::Emitter &out, const Score &score)
{
    if (score.notApplicable) {
        key(out, "level");
        out << "n/a";
    } else if (score.level) {
        key(out, "level");
        out << *score.level;
    } else if (score.unverified) {
        key(out, "level");
        out << "unverified";
    }
    if (!score.toVerify.isEmpty()) {
        key(out, "to_verify");
        emitText(out, score.toVerify);
    }
    if (score.confidence != Confidence::Unset) {
        key(out, "confidence");
        out << confidenceName(score.confidence).toStdString();
    }
    if (!score.evidence.empty()) {
        key(out, "evidence");
        writeEvidence(out, score.evidence);
    }
    writeTexts(out, {{"notes", &score.notes}, {"recommendation", &score.recommendation}});
}

// The analyst comes first: in a list of ratings it is what a reader looks for.
void writeRating(YAML::Emitter &out, const Score &rating)
{
    out << YAML::BeginMap;
    key(out, "analyst");
    emitText(out, rating.analyst);
    writeJudgement(out, rating);
    writeTexts(out, {{"scored_at", &rating.scoredAt}});
    out << YAML::EndMap;
}

void writeScore(YAML::Emitter &out, const Score &score)
{
    const bool empty = !score.hasJudgement() && score.toVerify.isEmpty() && score.confidence == Confidence::Unset
        && score.evidence.empty()
        && score.notes.isEmpty() && score.recommendation.isEmpty() && score.analyst.isEmpty()
        && score.scoredAt.isEmpty() && score.reconciledBy.isEmpty() && score.reconciledAt.isEmpty()
        && score.ratings.empty();
    if (empty) {
        out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
        return;
    }
    out << YAML::BeginMap;
    writeJudgement(out, score);
    writeTexts(out, {{"analyst", &score.analyst},
                     {"scored_at", &score.scoredAt},
                     {"reconciled_by", &score.reconciledBy},
                     {"reconciled_at", &score.reconciledAt}});
    if (!score.ratings.empty()) {
        key(out, "ratings");
        out << YAML::BeginSeq;
        for (const Score &rating : score.ratings)
            writeRating(out, rating);
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
}

// Scores follow the framework's criterion order, so that a saved project
// reads like the framework; ids the framework does not know come last.
void writeCriterionScores(YAML::Emitter &out, const CriterionScores &scores, const Framework *framework)
{
    out << YAML::BeginMap;
    std::set<QString> written;
    if (framework) {
        for (const Dimension &dimension : framework->dimensions) {
            for (const Criterion &criterion : dimension.criteria) {
                const auto found = scores.find(criterion.id);
                if (found == scores.end() || !written.insert(criterion.id).second)
                    continue;
                out << YAML::Key;
                emitText(out, criterion.id);
                out << YAML::Value;
                writeScore(out, found->second);
            }
        }
    }
    for (const auto &entry : scores) {
        if (written.count(entry.first))
            continue;
        out << YAML::Key;
        emitText(out, entry.first);
        out << YAML::Value;
        writeScore(out, entry.second);
    }
    out << YAML::EndMap;
}

void writeSector(YAML::Emitter &out, const Sector &sector, const Project &project)
{
    out << YAML::BeginMap;
    key(out, "id");
    emitText(out, sector.id);
    key(out, "title");
    emitLocalizedText(out, sector.title);
    if (!sector.description.isEmpty()) {
        key(out, "description");
        emitLocalizedText(out, sector.description);
    }
    writeConclusions(out, sector.conclusions);
    if (!sector.scores.empty()) {
        key(out, "scores");
        out << YAML::BeginMap;
        std::set<QString> written;
        for (const ProjectFramework &framework : project.frameworks) {
            const auto found = sector.scores.find(framework.id);
            if (found == sector.scores.end() || !written.insert(framework.id).second)
                continue;
            out << YAML::Key;
            emitText(out, framework.id);
            out << YAML::Value;
            writeCriterionScores(out, found->second, &framework.framework);
        }
        for (const auto &entry : sector.scores) {
            if (written.count(entry.first))
                continue;
            out << YAML::Key;
            emitText(out, entry.first);
            out << YAML::Value;
            writeCriterionScores(out, entry.second, nullptr);
        }
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
}

void writeReport(YAML::Emitter &out, const ReportSettings &report)
{
    out << YAML::BeginMap;
    key(out, "template");
    emitText(out, report.templateName);
    key(out, "language");
    emitText(out, report.language);
    key(out, "page_size");
    emitText(out, report.pageSize);
    key(out, "show_scores_on_maps");
    out << report.showScoresOnMaps;
    if (!report.mapSector.isEmpty()) {
        key(out, "map_sector");
        emitText(out, report.mapSector);
    }
    out << YAML::EndMap;
}

void writeProjectNode(YAML::Emitter &out, const Project &project)
{
    const ProjectMetadata &metadata = project.metadata;
    out << YAML::BeginMap;
    key(out, "schema");
    out << kProjectSchema.toStdString();
    key(out, "title");
    emitLocalizedText(out, metadata.title);
    if (!metadata.country.isEmpty()) {
        key(out, "country");
        emitText(out, metadata.country);
    }
    if (!metadata.period.isEmpty()) {
        key(out, "period");
        emitText(out, metadata.period);
    }
    if (!metadata.cutoff.isEmpty()) {
        key(out, "cutoff");
        emitText(out, metadata.cutoff);
    }
    if (!metadata.team.isEmpty()) {
        key(out, "team");
        emitTextList(out, metadata.team);
    }
    key(out, "status");
    emitText(out, metadata.status);
    key(out, "illustrative");
    out << metadata.illustrative;
    if (!metadata.notice.isEmpty()) {
        key(out, "notice");
        emitLocalizedText(out, metadata.notice);
    }
    if (!metadata.previousRound.isEmpty()) {
        key(out, "previous_round");
        emitText(out, metadata.previousRound);
    }
    writeProjectContext(out, project.context);
    writeConclusions(out, project.conclusions);

    key(out, "frameworks");
    if (project.frameworks.empty()) {
        out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
    } else {
        out << YAML::BeginSeq;
        for (const ProjectFramework &framework : project.frameworks) {
            out << YAML::BeginMap;
            key(out, "ref");
            emitText(out, framework.id + QLatin1Char('@') + framework.version);
            key(out, "weight");
            emitNumber(out, framework.weight);
            key(out, "embedded");
            writeFrameworkNode(out, framework.framework);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }

    key(out, "sectors");
    if (project.sectors.empty()) {
        out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
    } else {
        out << YAML::BeginSeq;
        for (const Sector &sector : project.sectors)
            writeSector(out, sector, project);
        out << YAML::EndSeq;
    }

    key(out, "maps");
    if (project.maps.empty()) {
        out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
    } else {
        out << YAML::BeginSeq;
        for (const WardleyMap &map : project.maps)
            writeWardleyMapYaml(out, map);
        out << YAML::EndSeq;
    }

    key(out, "report");
    writeReport(out, project.report);

    if (!project.archive.empty()) {
        key(out, "archive");
        out << YAML::BeginSeq;
        for (const ArchivedScore &archived : project.archive) {
            out << YAML::BeginMap;
            key(out, "sector");
            emitText(out, archived.sectorId);
            key(out, "framework");
            emitText(out, archived.frameworkId);
            key(out, "framework_version");
            emitText(out, archived.frameworkVersion);
            key(out, "criterion");
            emitText(out, archived.criterionId);
            if (!archived.reason.isEmpty()) {
                key(out, "reason");
                emitText(out, archived.reason);
            }
            if (!archived.archivedAt.isEmpty()) {
                key(out, "archived_at");
                emitText(out, archived.archivedAt);
            }
            key(out, "score");
            writeScore(out, archived.score);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
}

QByteArray finishDocument(const YAML::Emitter &out, const QByteArray &modeline)
{
    if (!out.good())
        return {};
    QByteArray text;
    if (!modeline.isEmpty())
        text += modeline + '\n';
    text += QByteArray(out.c_str(), int(out.size()));
    if (!text.endsWith('\n'))
        text += '\n';
    return text;
}

// A modeline the partner already has (their own path or URL) is kept as
// written; files without one get the default.
QByteArray modelineForSave(const QString &path, const QByteArray &fallback)
{
    QFile existing(path);
    if (!existing.open(QIODevice::ReadOnly))
        return fallback;
    const QByteArray kept = yamlModeline(existing.read(4096));
    return kept.isEmpty() ? fallback : kept;
}

} // namespace

bool saveBytesAtomically(const QByteArray &bytes, const QString &path, QString *error)
{
    if (bytes.isEmpty()) {
        if (error)
            *error = QStringLiteral("could not serialise the document");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void writeFrameworkNode(YAML::Emitter &out, const Framework &framework)
{
    out << YAML::BeginMap;
    key(out, "schema");
    out << kFrameworkSchema.toStdString();
    key(out, "id");
    emitText(out, framework.id);
    key(out, "version");
    emitText(out, framework.version);
    key(out, "title");
    emitLocalizedText(out, framework.title);
    if (!framework.description.isEmpty()) {
        key(out, "description");
        emitLocalizedText(out, framework.description);
    }
    if (!framework.authors.isEmpty()) {
        key(out, "authors");
        emitTextList(out, framework.authors);
    }
    if (!framework.licence.isEmpty()) {
        key(out, "licence");
        emitText(out, framework.licence);
    }
    if (!framework.derivedFrom.isEmpty()) {
        key(out, "derived_from");
        emitText(out, framework.derivedFrom);
    }
    if (!framework.sources.empty()) {
        key(out, "sources");
        out << YAML::BeginSeq;
        for (const Source &source : framework.sources)
            writeSource(out, source);
        out << YAML::EndSeq;
    }
    // Only gate frameworks say so: graded is the default, and older files stay byte-identical.
    if (framework.isGates()) {
        key(out, "kind");
        out << "gates";
    }
    key(out, "scale");
    writeScale(out, framework.scale);
    key(out, "dimensions");
    out << YAML::BeginSeq;
    for (const Dimension &dimension : framework.dimensions)
        writeDimension(out, dimension);
    out << YAML::EndSeq;
    if (!framework.changelog.empty()) {
        key(out, "changelog");
        out << YAML::BeginSeq;
        for (const ChangelogEntry &entry : framework.changelog) {
            out << YAML::BeginMap;
            key(out, "version");
            emitText(out, entry.version);
            key(out, "date");
            emitText(out, entry.date);
            key(out, "summary");
            emitLocalizedText(out, entry.summary);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
}

// An empty result means the emitter failed; the save functions turn that
// into an error instead of writing a broken file. No exception leaves here.
QByteArray frameworkDocument(const Framework &framework, const QByteArray &modeline)
{
    try {
        YAML::Emitter out;
        writeFrameworkNode(out, framework);
        return finishDocument(out, modeline);
    } catch (const std::exception &) {
        return {};
    }
}

QByteArray projectDocument(const Project &project, const QByteArray &modeline)
{
    try {
        YAML::Emitter out;
        writeProjectNode(out, project);
        return finishDocument(out, modeline);
    } catch (const std::exception &) {
        return {};
    }
}

QByteArray frameworkToYaml(const Framework &framework)
{
    return frameworkDocument(framework, defaultFrameworkModeline());
}

QByteArray projectToYaml(const Project &project)
{
    return projectDocument(project, defaultProjectModeline());
}

bool saveFramework(const Framework &framework, const QString &path, QString *error)
{
    return saveBytesAtomically(frameworkDocument(framework, modelineForSave(path, defaultFrameworkModeline())), path, error);
}

bool saveProject(const Project &project, const QString &path, QString *error)
{
    return saveBytesAtomically(projectDocument(project, modelineForSave(path, defaultProjectModeline())), path, error);
}

} // namespace dpi
