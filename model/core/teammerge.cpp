#include "teammerge.h"

#include "projectreader.h"
#include "teamratings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <map>

namespace dpi {

namespace {

QString fileName(const MergeInput &input)
{
    return QFileInfo(input.path).fileName();
}

QString cellName(const QString &sector, const QString &framework, const QString &criterion)
{
    return sector + QLatin1Char('/') + framework + QLatin1Char('/') + criterion;
}

bool hasContent(const Score &score)
{
    return score.isScored() || score.confidence != Confidence::Unset || !score.evidence.empty()
        || !score.notes.isEmpty() || !score.recommendation.isEmpty();
}

// Whose judgements a one-analyst file holds: the one name its scores are
// stamped with, else its team if that is one person.
std::optional<QString> analystOfFile(const MergeInput &input, Diagnostics &diagnostics)
{
    QStringList stamps;
    for (const Sector &sector : input.project.sectors) {
        for (const auto &framework : sector.scores) {
            for (const auto &entry : framework.second) {
                const QString &analyst = entry.second.analyst;
                if (!analyst.isEmpty() && !stamps.contains(analyst))
                    stamps << analyst;
            }
        }
    }
    if (stamps.size() == 1)
        return stamps.front();
    const QStringList &team = input.project.metadata.team;
    if (stamps.isEmpty() && team.size() == 1 && !team.front().trimmed().isEmpty())
        return team.front();
    if (stamps.isEmpty()) {
        diagnostics.error(input.path, 0, 0,
                          QCoreApplication::translate("dpi::merge", "cannot tell whose ratings this file holds: no score names its analyst and the "
                                  "team is not one person; set 'team: [NAME]' (or score it with your name set in "
                                  "the app)"));
    } else {
        diagnostics.error(input.path, 0, 0,
                          QCoreApplication::translate("dpi::merge", "the scores name several analysts (%1); merge expects one analyst's file, or a "
                                  "team file with 'ratings'")
                              .arg(stamps.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

// What one input says about one cell.
struct CellInput
{
    size_t input = 0;
    std::optional<Score> agreed;     // team files: the agreed result, if any
    std::vector<Score> ratings;
};

class TeamMerger
{
public:
    TeamMerger(const std::vector<MergeInput> &inputs, TeamMergeResult &result)
        : m_inputs(inputs), m_result(result), m_diagnostics(result.diagnostics)
    {
    }

    void run()
    {
        if (m_inputs.empty()) {
            m_diagnostics.error(QString(), 0, 0, QCoreApplication::translate("dpi::merge", "nothing to merge"));
            return;
        }
        findAnalysts();
        mergeFrameworks();
        if (m_diagnostics.hasErrors())
            return;
        mergeSectors();
        if (m_diagnostics.hasErrors())
            return;
        mergeTheRest();
        m_result.analysts = projectAnalysts(m_merged);
        m_result.project = std::move(m_merged);
    }

private:
    void findAnalysts()
    {
        m_fileAnalysts.resize(m_inputs.size());
        std::map<QString, size_t> firstFile;
        for (size_t i = 0; i < m_inputs.size(); ++i) {
            if (hasRatings(m_inputs[i].project))
                continue; // a team file: its ratings name their analysts
            const std::optional<QString> analyst = analystOfFile(m_inputs[i], m_diagnostics);
            if (!analyst)
                continue;
            const auto [found, inserted] = firstFile.emplace(*analyst, i);
            if (!inserted) {
                m_diagnostics.error(m_inputs[i].path, 0, 0,
                                    QCoreApplication::translate("dpi::merge", "this file and %1 both hold ratings by '%2'; each analyst's file must "
                                            "name its own analyst")
                                        .arg(fileName(m_inputs[found->second]), *analyst));
            }
            m_fileAnalysts[i] = *analyst;
        }
    }

    // The same framework must be the same version with the same embedded
    // copy everywhere: a rating is only comparable on the same criteria and
    // scale.
    void mergeFrameworks()
    {
        std::map<QString, size_t> firstFile;
        for (size_t i = 0; i < m_inputs.size(); ++i) {
            for (const ProjectFramework &framework : m_inputs[i].project.frameworks) {
                const auto [found, inserted] = firstFile.emplace(framework.id, i);
                if (inserted) {
                    m_merged.frameworks.push_back(framework);
                    continue;
                }
                const MergeInput &first = m_inputs[found->second];
                const ProjectFramework *kept = m_merged.findFramework(framework.id);
                if (kept->version != framework.version) {
                    m_diagnostics.error(
                        m_inputs[i].path, 0, 0,
                        QCoreApplication::translate("dpi::merge", "framework '%1' is at version %2 here but at %3 in %4: bring both files to the same "
                                "version first with 'dpiw upgrade FILE --framework NEWER.framework.yaml --apply'")
                            .arg(framework.id, framework.version, kept->version, fileName(first)));
                } else if (!(kept->framework == framework.framework)) {
                    m_diagnostics.error(m_inputs[i].path, 0, 0,
                                        QCoreApplication::translate("dpi::merge", "the embedded copy of '%1@%2' differs from the one in %3; the files "
                                                "must embed the same framework")
                                            .arg(framework.id, framework.version, fileName(first)));
                } else if (kept->weight != framework.weight) {
                    m_diagnostics.warning(m_inputs[i].path, 0, 0,
                                          QCoreApplication::translate("dpi::merge", "framework '%1' has weight %2 here and %3 in %4; the merged file "
                                                  "keeps %3")
                                              .arg(framework.id)
                                              .arg(framework.weight)
                                              .arg(kept->weight)
                                              .arg(fileName(first)));
                }
            }
        }
    }

    void mergeSectors()
    {
        std::map<QString, size_t> sectorIndex;
        for (size_t i = 0; i < m_inputs.size(); ++i) {
            for (const Sector &sector : m_inputs[i].project.sectors) {
                const auto [found, inserted] = sectorIndex.emplace(sector.id, m_merged.sectors.size());
                if (inserted) {
                    Sector header = sector;
                    header.scores.clear();
                    m_merged.sectors.push_back(header);
                    m_sectorFirstFile.push_back(i);
                } else {
                    const Sector &kept = m_merged.sectors[found->second];
                    if (!(kept.title == sector.title) || !(kept.description == sector.description)) {
                        m_diagnostics.warning(m_inputs[i].path, 0, 0,
                                              QCoreApplication::translate("dpi::merge", "sector '%1' has another title or description here than in "
                                                      "%2; the merged file keeps the one from %2")
                                                  .arg(sector.id, fileName(m_inputs[m_sectorFirstFile[found->second]])));
                    }
                }
                collectCells(i, sector);
            }
        }
        for (Sector &sector : m_merged.sectors) {
            for (const ProjectFramework &framework : m_merged.frameworks) {
                for (const Dimension &dimension : framework.framework.dimensions) {
                    for (const Criterion &criterion : dimension.criteria)
                        mergeCell(sector, framework.id, criterion.id);
                }
            }
        }
    }

    void collectCells(size_t input, const Sector &sector)
    {
        const bool teamFile = m_fileAnalysts[input].isEmpty();
        for (const auto &framework : sector.scores) {
            for (const auto &entry : framework.second) {
                const Score &score = entry.second;
                CellInput cell;
                cell.input = input;
                if (teamFile) {
                    const Score agreed = agreedPart(score);
                    if (hasContent(agreed))
                        cell.agreed = agreed;
                    cell.ratings = score.ratings;
                } else if (hasContent(score)) {
                    cell.ratings.push_back(ratingFromScore(score, m_fileAnalysts[input]));
                }
                if (cell.agreed || !cell.ratings.empty())
                    m_cells[cellName(sector.id, framework.first, entry.first)].push_back(std::move(cell));
            }
        }
    }

    void mergeCell(Sector &sector, const QString &frameworkId, const QString &criterionId)
    {
        const QString where = cellName(sector.id, frameworkId, criterionId);
        const auto found = m_cells.find(where);
        if (found == m_cells.end())
            return;
        const std::vector<CellInput> &inputs = found->second;

        // Every analyst once: the same rating from two inputs is one rating;
        // two different ones cannot both stand.
        std::vector<Score> ratings;
        std::vector<size_t> ratingInput;
        for (const CellInput &cell : inputs) {
            for (const Score &rating : cell.ratings) {
                const Score *same = findRating(ratings, rating.analyst);
                if (!same) {
                    ratings.push_back(rating);
                    ratingInput.push_back(cell.input);
                    continue;
                }
                if (!(*same == rating)) {
                    const size_t other = ratingInput[size_t(same - ratings.data())];
                    m_diagnostics.error(m_inputs[cell.input].path, 0, 0,
                                        QCoreApplication::translate("dpi::merge", "%1: the rating by '%2' differs from the one in %3; keep one version "
                                                "of each analyst's rating")
                                            .arg(where, rating.analyst, fileName(m_inputs[other])));
                }
            }
        }

        Score merged;
        if (const std::optional<Score> agreed = keptAgreedResult(inputs, ratings, where))
            merged = *agreed;
        else if (const std::optional<Score> consensus = consensusOf(ratings))
            merged = *consensus;
        merged.ratings = std::move(ratings);
        if (!merged.ratings.empty())
            ++m_result.ratedCells;
        if (isOpenDisagreement(merged))
            ++m_result.disagreements;
        if (hasContent(merged) || !merged.ratings.empty())
            sector.scores[frameworkId][criterionId] = std::move(merged);
    }

    // A team file's agreed result survives the merge unless a rating it has
    // not seen contradicts it; then the cell is open again, and says so.
    std::optional<Score> keptAgreedResult(const std::vector<CellInput> &inputs, const std::vector<Score> &ratings,
                                          const QString &where)
    {
        const CellInput *source = nullptr;
        for (const CellInput &cell : inputs) {
            if (!cell.agreed)
                continue;
            if (source && !(*source->agreed == *cell.agreed)) {
                m_diagnostics.warning(m_inputs[cell.input].path, 0, 0,
                                      QCoreApplication::translate("dpi::merge", "%1: the agreed result differs from the one in %2; the criterion is "
                                              "open for reconciliation again")
                                          .arg(where, fileName(m_inputs[source->input])));
                return std::nullopt;
            }
            source = source ? source : &cell;
        }
        if (!source)
            return std::nullopt;
        const RatingValue agreedValue = RatingValue::of(*source->agreed);
        for (const Score &rating : ratings) {
            const RatingValue value = RatingValue::of(rating);
            if (value == RatingValue() || value == agreedValue)
                continue;
            const Score *seen = findRating(source->ratings, rating.analyst);
            if (seen && *seen == rating)
                continue; // the reconciliation already took this rating into account
            m_diagnostics.warning(m_inputs[source->input].path, 0, 0,
                                  QCoreApplication::translate("dpi::merge", "%1: the agreed level %2 is contradicted by the new rating of '%3' (%4); "
                                          "the criterion is open for reconciliation again")
                                      .arg(where, agreedValue.toString(), rating.analyst, value.toString()));
            return std::nullopt;
        }
        return source->agreed;
    }

    void mergeTheRest()
    {
        const Project &first = m_inputs.front().project;
        m_merged.metadata = first.metadata;
        m_merged.maps = first.maps;
        m_merged.report = first.report;
        QStringList team;
        for (size_t i = 0; i < m_inputs.size(); ++i) {
            const Project &project = m_inputs[i].project;
            for (const QString &member : project.metadata.team) {
                if (!team.contains(member))
                    team << member;
            }
            if (!m_fileAnalysts[i].isEmpty() && !team.contains(m_fileAnalysts[i]))
                team << m_fileAnalysts[i];
            for (const ArchivedScore &archived : project.archive) {
                if (std::find(m_merged.archive.begin(), m_merged.archive.end(), archived) == m_merged.archive.end())
                    m_merged.archive.push_back(archived);
            }
            if (i == 0)
                continue;
            if (!(project.maps == first.maps))
                m_diagnostics.warning(m_inputs[i].path, 0, 0,
                                      QCoreApplication::translate("dpi::merge", "the maps differ from those in %1; the merged file keeps the maps of %1")
                                          .arg(fileName(m_inputs.front())));
            if (!(project.report == first.report))
                m_diagnostics.warning(m_inputs[i].path, 0, 0,
                                      QCoreApplication::translate("dpi::merge", "the report settings differ from those in %1; the merged file keeps "
                                              "those of %1")
                                          .arg(fileName(m_inputs.front())));
        }
        m_merged.metadata.team = team;
    }

    const std::vector<MergeInput> &m_inputs;
    TeamMergeResult &m_result;
    Diagnostics &m_diagnostics;
    Project m_merged;
    std::vector<QString> m_fileAnalysts;     // empty for team files
    std::vector<size_t> m_sectorFirstFile;   // per merged sector, the input it came from first
    std::map<QString, std::vector<CellInput>> m_cells;
};

} // namespace

TeamMergeResult mergeAnalystFiles(const std::vector<MergeInput> &inputs)
{
    TeamMergeResult result;
    TeamMerger merger(inputs, result);
    merger.run();
    if (result.diagnostics.hasErrors())
        result.project.reset();
    return result;
}

TeamMergeResult mergeProjectFiles(const QStringList &paths)
{
    std::vector<MergeInput> inputs;
    Diagnostics diagnostics;
    for (const QString &path : paths) {
        const ProjectReadResult read = readProjectFile(path);
        diagnostics.append(read.diagnostics);
        if (read.ok())
            inputs.push_back({path, *read.project});
    }
    TeamMergeResult result;
    if (inputs.size() == size_t(paths.size()))
        result = mergeAnalystFiles(inputs);
    diagnostics.append(result.diagnostics);
    result.diagnostics = diagnostics;
    if (diagnostics.hasErrors())
        result.project.reset();
    return result;
}

std::vector<std::pair<QString, Project>> splitByAnalyst(const Project &team)
{
    std::vector<std::pair<QString, Project>> parts;
    for (const QString &analyst : projectAnalysts(team)) {
        Project part = team;
        part.metadata.team = QStringList{analyst};
        for (Sector &sector : part.sectors) {
            for (auto framework = sector.scores.begin(); framework != sector.scores.end();) {
                CriterionScores own;
                for (const auto &entry : framework->second) {
                    if (const Score *rating = findRating(entry.second, analyst))
                        own.emplace(entry.first, ratingFromScore(*rating, analyst));
                }
                framework->second = std::move(own);
                framework = framework->second.empty() ? sector.scores.erase(framework) : std::next(framework);
            }
        }
        parts.emplace_back(analyst, std::move(part));
    }
    return parts;
}

QString analystFileStem(const QString &analyst)
{
    QString stem;
    for (const QChar c : analyst.toLower()) {
        if (c.isLetterOrNumber())
            stem += c;
        else if (!stem.isEmpty() && !stem.endsWith(QLatin1Char('-')))
            stem += QLatin1Char('-');
    }
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    return stem.isEmpty() ? QStringLiteral("analyst") : stem;
}

} // namespace dpi
