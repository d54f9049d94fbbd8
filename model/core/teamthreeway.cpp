#include "teamthreeway.h"

#include "teamratings.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <map>

namespace dpi {

namespace {

// The outcome of a three-way choice: what only one side changed wins; what
// both changed the same way is kept once; anything else is a conflict the
// caller resolves by its own rule, or refuses.
template<typename T>
struct Pick
{
    bool conflict = false;
    T value;
};

template<typename T>
Pick<T> pick(const T &base, const T &ours, const T &theirs)
{
    if (ours == theirs || base == theirs)
        return {false, ours};
    if (base == ours)
        return {false, theirs};
    return {true, ours};
}

// Lists merged as sets: what a side removed from the base goes, what a side
// added comes, in ours' order with theirs' additions after.
template<typename T>
std::vector<T> mergeSet(const std::vector<T> &base, const std::vector<T> &ours, const std::vector<T> &theirs)
{
    const auto contains = [](const std::vector<T> &list, const T &item) {
        return std::find(list.begin(), list.end(), item) != list.end();
    };
    std::vector<T> merged;
    for (const T &item : ours) {
        if (!(contains(base, item) && !contains(theirs, item)))
            merged.push_back(item);
    }
    for (const T &item : theirs) {
        if (!contains(ours, item) && !contains(base, item))
            merged.push_back(item);
    }
    return merged;
}

QStringList mergeSet(const QStringList &base, const QStringList &ours, const QStringList &theirs)
{
    const std::vector<QString> merged = mergeSet(std::vector<QString>(base.begin(), base.end()),
                                                 std::vector<QString>(ours.begin(), ours.end()),
                                                 std::vector<QString>(theirs.begin(), theirs.end()));
    return QStringList(merged.begin(), merged.end());
}

template<typename T, typename IdOf>
std::optional<T> findById(const std::vector<T> &items, const QString &id, IdOf idOf)
{
    for (const T &item : items) {
        if (idOf(item) == id)
            return item;
    }
    return std::nullopt;
}

// Lists of things with ids (frameworks, sectors, maps, ratings): each item
// merged as a whole; `onConflict` is told the ids changed differently on
// both sides. Ours' order, then theirs' additions.
template<typename T, typename IdOf, typename OnConflict>
std::vector<T> mergeById(const std::vector<T> &base, const std::vector<T> &ours, const std::vector<T> &theirs, IdOf idOf,
                         OnConflict onConflict)
{
    QStringList ids;
    for (const std::vector<T> *list : {&ours, &theirs, &base}) {
        for (const T &item : *list) {
            if (!ids.contains(idOf(item)))
                ids << idOf(item);
        }
    }
    std::vector<T> merged;
    for (const QString &id : ids) {
        const Pick<std::optional<T>> chosen = pick(findById(base, id, idOf), findById(ours, id, idOf), findById(theirs, id, idOf));
        if (chosen.conflict)
            onConflict(id);
        else if (chosen.value)
            merged.push_back(*chosen.value);
    }
    return merged;
}

QString joinedTexts(const QString &ours, const QString &theirs)
{
    if (ours.isEmpty())
        return theirs;
    if (theirs.isEmpty())
        return ours;
    return ours + QStringLiteral("\n\n") + theirs;
}

bool hasContent(const Score &score)
{
    return score.isScored() || score.confidence != Confidence::Unset || !score.evidence.empty()
        || !score.notes.isEmpty() || !score.recommendation.isEmpty();
}

// The judgement compared between sides, with who made it and when.
struct Judgement
{
    std::optional<int> level;
    bool notApplicable = false;
    QString analyst;
    QString scoredAt;

    static Judgement of(const Score &score)
    {
        return {score.level, score.notApplicable, score.analyst, score.scoredAt};
    }
    bool sameValue(const Judgement &o) const { return level == o.level && notApplicable == o.notApplicable; }
    bool operator==(const Judgement &o) const { return sameValue(o) && analyst == o.analyst && scoredAt == o.scoredAt; }
};

class ThreeWayMerger
{
public:
    ThreeWayMerger(const Project &base, const Project &ours, const Project &theirs, const QString &path,
                   ThreeWayResult &result)
        : m_base(base), m_ours(ours), m_theirs(theirs), m_path(path), m_result(result)
    {
    }

    void run()
    {
        mergeMetadata();
        mergeFrameworks();
        mergeSectors();
        m_merged.maps = mergeById(m_base.maps, m_ours.maps, m_theirs.maps, [](const WardleyMap &map) { return map.id; },
                                  [this](const QString &id) {
                                      refuse(QCoreApplication::translate("dpi::merge", "both branches changed map '%1' differently").arg(id));
                                  });
        const Pick<ReportSettings> report = pick(m_base.report, m_ours.report, m_theirs.report);
        if (report.conflict)
            refuse(QCoreApplication::translate("dpi::merge", "both branches changed the report settings differently"));
        m_merged.report = report.value;
        m_merged.archive = mergeSet(m_base.archive, m_ours.archive, m_theirs.archive);
        if (!m_result.diagnostics.hasErrors())
            m_result.project = std::move(m_merged);
    }

private:
    void refuse(const QString &message) { m_result.diagnostics.error(m_path, 0, 0, message); }

    template<typename T>
    T field(const T &base, const T &ours, const T &theirs, const char *name)
    {
        const Pick<T> chosen = pick(base, ours, theirs);
        if (chosen.conflict)
            refuse(QCoreApplication::translate("dpi::merge", "both branches changed the project's '%1' differently").arg(QString::fromLatin1(name)));
        return chosen.value;
    }

    void mergeMetadata()
    {
        const ProjectMetadata &b = m_base.metadata;
        const ProjectMetadata &o = m_ours.metadata;
        const ProjectMetadata &t = m_theirs.metadata;
        ProjectMetadata &m = m_merged.metadata;
        m.title = field(b.title, o.title, t.title, "title");
        m.country = field(b.country, o.country, t.country, "country");
        m.period = field(b.period, o.period, t.period, "period");
        m.cutoff = field(b.cutoff, o.cutoff, t.cutoff, "cutoff");
        m.team = mergeSet(b.team, o.team, t.team); // analysts add themselves on their branches
        m.status = field(b.status, o.status, t.status, "status");
        m.illustrative = field(b.illustrative, o.illustrative, t.illustrative, "illustrative");
        m.notice = field(b.notice, o.notice, t.notice, "notice");
    }

    void mergeFrameworks()
    {
        m_merged.frameworks = mergeById(
            m_base.frameworks, m_ours.frameworks, m_theirs.frameworks, [](const ProjectFramework &f) { return f.id; },
            [this](const QString &id) {
                const ProjectFramework *ours = m_ours.findFramework(id);
                const ProjectFramework *theirs = m_theirs.findFramework(id);
                if (ours && theirs && ours->version != theirs->version)
                    refuse(QCoreApplication::translate("dpi::merge", "framework '%1' is at version %2 on this branch and %3 on the other: upgrade both "
                                   "to the same version with 'dpiw upgrade' before merging")
                               .arg(id, ours->version, theirs->version));
                else
                    refuse(QCoreApplication::translate("dpi::merge", "both branches changed framework '%1' differently").arg(id));
            });
        // A score is only meaningful against the framework it was given
        // under: a framework upgraded on one side cannot take the other
        // side's new scores of it.
        for (const ProjectFramework &merged : m_merged.frameworks) {
            const ProjectFramework *base = m_base.findFramework(merged.id);
            const bool oursUpgraded = frameworkChanged(base, m_ours.findFramework(merged.id));
            const bool theirsUpgraded = frameworkChanged(base, m_theirs.findFramework(merged.id));
            if ((oursUpgraded && scoresChanged(m_theirs, merged.id)) || (theirsUpgraded && scoresChanged(m_ours, merged.id)))
                refuse(QCoreApplication::translate("dpi::merge", "framework '%1' was upgraded on one branch while scores of it changed on the other: "
                               "run 'dpiw upgrade' on the other branch too, then merge")
                           .arg(merged.id));
        }
    }

    static bool frameworkChanged(const ProjectFramework *base, const ProjectFramework *side)
    {
        if (!base || !side)
            return false;
        return base->version != side->version || !(base->framework == side->framework);
    }

    bool scoresChanged(const Project &side, const QString &frameworkId) const
    {
        QSet<QString> sectors;
        for (const Project *project : {&m_base, &side}) {
            for (const Sector &sector : project->sectors)
                sectors.insert(sector.id);
        }
        static const CriterionScores none;
        for (const QString &sectorId : sectors) {
            const Sector *before = m_base.findSector(sectorId);
            const Sector *after = side.findSector(sectorId);
            const auto scoresOf = [&frameworkId](const Sector *sector) -> const CriterionScores & {
                if (!sector)
                    return none;
                const auto found = sector->scores.find(frameworkId);
                return found == sector->scores.end() ? none : found->second;
            };
            if (scoresOf(before) != scoresOf(after))
                return true;
        }
        return false;
    }

    void mergeSectors()
    {
        const auto header = [](const std::vector<Sector> &sectors) {
            std::vector<Sector> headers = sectors;
            for (Sector &sector : headers)
                sector.scores.clear();
            return headers;
        };
        m_merged.sectors = mergeById(header(m_base.sectors), header(m_ours.sectors), header(m_theirs.sectors),
                                     [](const Sector &sector) { return sector.id; },
                                     [this](const QString &id) {
                                         refuse(QCoreApplication::translate("dpi::merge", "both branches changed sector '%1' (title or description, "
                                                        "or one removed it) differently")
                                                    .arg(id));
                                     });
        for (Sector &sector : m_merged.sectors)
            mergeCells(sector);
    }

    void mergeCells(Sector &sector)
    {
        const Sector *sides[] = {m_base.findSector(sector.id), m_ours.findSector(sector.id), m_theirs.findSector(sector.id)};
        std::map<QString, QSet<QString>> keys; // framework -> criteria
        for (const Sector *side : sides) {
            if (!side)
                continue;
            for (const auto &framework : side->scores) {
                for (const auto &entry : framework.second)
                    keys[framework.first].insert(entry.first);
            }
        }
        const auto cellOf = [](const Sector *side, const QString &framework, const QString &criterion) -> std::optional<Score> {
            const Score *score = side ? side->score(framework, criterion) : nullptr;
            return score ? std::optional<Score>(*score) : std::nullopt;
        };
        for (const auto &framework : keys) {
            if (!m_merged.findFramework(framework.first))
                continue; // the framework went on both sides, and its scores with it
            for (const QString &criterion : framework.second) {
                const QString where = sector.id + QLatin1Char('/') + framework.first + QLatin1Char('/') + criterion;
                const std::optional<Score> merged = mergeCell(cellOf(sides[0], framework.first, criterion),
                                                              cellOf(sides[1], framework.first, criterion),
                                                              cellOf(sides[2], framework.first, criterion), where);
                if (merged)
                    sector.scores[framework.first][criterion] = *merged;
            }
        }
    }

    std::optional<Score> mergeCell(const std::optional<Score> &b, const std::optional<Score> &o,
                                   const std::optional<Score> &t, const QString &where)
    {
        const Pick<std::optional<Score>> whole = pick(b, o, t);
        if (!whole.conflict)
            return whole.value;
        const Score base = b.value_or(Score());
        const Score ours = o.value_or(Score());
        const Score theirs = t.value_or(Score());

        Score merged;
        merged.ratings = mergeById(base.ratings, ours.ratings, theirs.ratings, [](const Score &rating) { return rating.analyst; },
                                   [this, &where](const QString &analyst) {
                                       refuse(QCoreApplication::translate("dpi::merge", "%1: both branches changed the rating by '%2' differently")
                                                  .arg(where, analyst));
                                   });

        const Judgement judgedBase = Judgement::of(base);
        const Judgement judgedOurs = Judgement::of(ours);
        const Judgement judgedTheirs = Judgement::of(theirs);
        if (!judgedOurs.sameValue(judgedBase) && !judgedTheirs.sameValue(judgedBase) && !judgedOurs.sameValue(judgedTheirs)) {
            recordDisagreement(agreedPart(ours), agreedPart(theirs), merged);
            return merged;
        }
        // The level changed on one side at most: it comes with who set it and when.
        Judgement judged = judgedOurs;
        if (!judgedTheirs.sameValue(judgedBase) && judgedOurs.sameValue(judgedBase))
            judged = judgedTheirs;
        else if (judgedOurs.sameValue(judgedTheirs) && !(judgedOurs == judgedTheirs))
            judged = judgedOurs.scoredAt >= judgedTheirs.scoredAt ? judgedOurs : judgedTheirs;
        merged.level = judged.level;
        merged.notApplicable = judged.notApplicable;
        merged.analyst = judged.analyst;
        merged.scoredAt = judged.scoredAt;

        const Pick<Confidence> confidence = pick(base.confidence, ours.confidence, theirs.confidence);
        merged.confidence = confidence.conflict ? lowerConfidence(ours.confidence, theirs.confidence) : confidence.value;
        merged.evidence = mergeSet(base.evidence, ours.evidence, theirs.evidence);
        merged.notes = mergedText(base.notes, ours.notes, theirs.notes);
        merged.recommendation = mergedText(base.recommendation, ours.recommendation, theirs.recommendation);
        const Pick<std::pair<QString, QString>> reconciled = pick(std::make_pair(base.reconciledBy, base.reconciledAt),
                                                                  std::make_pair(ours.reconciledBy, ours.reconciledAt),
                                                                  std::make_pair(theirs.reconciledBy, theirs.reconciledAt));
        const std::pair<QString, QString> who = reconciled.conflict
            ? (ours.reconciledAt >= theirs.reconciledAt ? std::make_pair(ours.reconciledBy, ours.reconciledAt)
                                                        : std::make_pair(theirs.reconciledBy, theirs.reconciledAt))
            : reconciled.value;
        merged.reconciledBy = who.first;
        merged.reconciledAt = who.second;
        if (!hasContent(merged) && merged.ratings.empty())
            return std::nullopt;
        return merged;
    }

    static Confidence lowerConfidence(Confidence a, Confidence b)
    {
        if (a == Confidence::Unset)
            return b;
        if (b == Confidence::Unset)
            return a;
        return int(a) < int(b) ? a : b;
    }

    static QString mergedText(const QString &base, const QString &ours, const QString &theirs)
    {
        const Pick<QString> text = pick(base, ours, theirs);
        return text.conflict ? joinedTexts(ours, theirs) : text.value;
    }

    // Both sides set the level differently: each judgement becomes a rating
    // under who made it, and nothing is agreed until someone reconciles.
    void recordDisagreement(const Score &ours, const Score &theirs, Score &merged)
    {
        QString oursLabel = ours.analyst.isEmpty() ? QStringLiteral("ours") : ours.analyst;
        QString theirsLabel = theirs.analyst.isEmpty() ? QStringLiteral("theirs") : theirs.analyst;
        const bool same = oursLabel == theirsLabel;
        if (same || findRating(merged.ratings, oursLabel))
            oursLabel += QStringLiteral(" (ours)");
        if (same || findRating(merged.ratings, theirsLabel))
            theirsLabel += QStringLiteral(" (theirs)");
        if (hasContent(ours))
            merged.ratings.push_back(ratingFromScore(ours, oursLabel));
        if (hasContent(theirs))
            merged.ratings.push_back(ratingFromScore(theirs, theirsLabel));
        ++m_result.disagreements;
    }

    const Project &m_base;
    const Project &m_ours;
    const Project &m_theirs;
    const QString m_path;
    ThreeWayResult &m_result;
    Project m_merged;
};

} // namespace

ThreeWayResult mergeThreeWay(const std::optional<Project> &base, const Project &ours, const Project &theirs,
                             const QString &path)
{
    ThreeWayResult result;
    const Project empty;
    ThreeWayMerger merger(base ? *base : empty, ours, theirs, path, result);
    merger.run();
    if (result.diagnostics.hasErrors())
        result.project.reset();
    return result;
}

} // namespace dpi
