#include "teamratings.h"

#include <QSet>

#include <algorithm>

namespace dpi {

RatingValue RatingValue::of(const Score &rating)
{
    RatingValue value;
    if (rating.notApplicable) {
        value.kind = Kind::NotApplicable;
    } else if (rating.level) {
        value.kind = Kind::Level;
        value.level = *rating.level;
    }
    return value;
}

QString RatingValue::toString() const
{
    switch (kind) {
    case Kind::Level: return QString::number(level);
    case Kind::NotApplicable: return QStringLiteral("n/a");
    case Kind::None: break;
    }
    return {};
}

const Score *findRating(const Score &cell, const QString &analyst)
{
    return findRating(cell.ratings, analyst);
}

const Score *findRating(const std::vector<Score> &ratings, const QString &analyst)
{
    for (const Score &rating : ratings) {
        if (rating.analyst == analyst)
            return &rating;
    }
    return nullptr;
}

bool ratingsDisagree(const Score &cell)
{
    const RatingValue none;
    RatingValue first;
    for (const Score &rating : cell.ratings) {
        const RatingValue value = RatingValue::of(rating);
        if (value == none)
            continue;
        if (first == none)
            first = value;
        else if (value != first)
            return true;
    }
    return false;
}

bool isOpenDisagreement(const Score &cell)
{
    return !cell.isScored() && ratingsDisagree(cell);
}

Score ratingFromScore(const Score &score, const QString &analyst)
{
    Score rating = score;
    rating.analyst = analyst;
    rating.reconciledBy.clear();
    rating.reconciledAt.clear();
    rating.ratings.clear();
    return rating;
}

Score agreedPart(const Score &cell)
{
    Score agreed = cell;
    agreed.ratings.clear();
    return agreed;
}

namespace {

// Texts that differ are all kept, in the analysts' order: choosing one
// would settle something nobody decided.
QString joinedTexts(const std::vector<Score> &ratings, QString Score::*field)
{
    QStringList texts;
    for (const Score &rating : ratings) {
        const QString &text = rating.*field;
        if (!text.trimmed().isEmpty() && !texts.contains(text))
            texts << text;
    }
    return texts.join(QStringLiteral("\n\n"));
}

// No analyst gave a value; if some looked and did not find it, that is what
// the team agrees on: unverified, with every analyst's note on what would settle it.
std::optional<Score> unverifiedConsensus(const std::vector<Score> &ratings)
{
    const bool anyUnverified = std::any_of(ratings.begin(), ratings.end(),
                                           [](const Score &rating) { return rating.isUnverified(); });
    if (!anyUnverified)
        return std::nullopt;
    Score agreed;
    agreed.unverified = true;
    agreed.toVerify = joinedTexts(ratings, &Score::toVerify);
    for (const Score &rating : ratings) {
        for (const EvidenceItem &item : rating.evidence) {
            if (std::find(agreed.evidence.begin(), agreed.evidence.end(), item) == agreed.evidence.end())
                agreed.evidence.push_back(item);
        }
    }
    agreed.notes = joinedTexts(ratings, &Score::notes);
    agreed.recommendation = joinedTexts(ratings, &Score::recommendation);
    return agreed;
}

} // namespace

std::optional<Score> consensusOf(const std::vector<Score> &ratings)
{
    const RatingValue none;
    RatingValue value;
    for (const Score &rating : ratings) {
        const RatingValue given = RatingValue::of(rating);
        if (given == none)
            continue;
        if (value == none)
            value = given;
        else if (given != value)
            return std::nullopt;
    }
    if (value == none)
        return unverifiedConsensus(ratings);
    Score agreed;
    agreed.notApplicable = value.kind == RatingValue::Kind::NotApplicable;
    if (value.kind == RatingValue::Kind::Level)
        agreed.level = value.level;
    for (const Score &rating : ratings) {
        if (rating.confidence != Confidence::Unset
            && (agreed.confidence == Confidence::Unset || int(rating.confidence) < int(agreed.confidence)))
            agreed.confidence = rating.confidence;
        for (const EvidenceItem &item : rating.evidence) {
            if (std::find(agreed.evidence.begin(), agreed.evidence.end(), item) == agreed.evidence.end())
                agreed.evidence.push_back(item);
        }
    }
    agreed.notes = joinedTexts(ratings, &Score::notes);
    agreed.recommendation = joinedTexts(ratings, &Score::recommendation);
    return agreed;
}

// Walks sectors, frameworks and criteria in the project's own order, so
// that the analysts' order is the order a reader of the file meets them.
QStringList projectAnalysts(const Project &project)
{
    QStringList analysts;
    QSet<QString> seen;
    for (const Sector &sector : project.sectors) {
        for (const ProjectFramework &framework : project.frameworks) {
            for (const Dimension &dimension : framework.framework.dimensions) {
                for (const Criterion &criterion : dimension.criteria) {
                    const Score *cell = sector.score(framework.id, criterion.id);
                    if (!cell)
                        continue;
                    for (const Score &rating : cell->ratings) {
                        if (!seen.contains(rating.analyst)) {
                            seen.insert(rating.analyst);
                            analysts << rating.analyst;
                        }
                    }
                }
            }
        }
    }
    return analysts;
}

bool hasRatings(const Project &project)
{
    for (const Sector &sector : project.sectors) {
        for (const auto &framework : sector.scores) {
            for (const auto &entry : framework.second) {
                if (!entry.second.ratings.empty())
                    return true;
            }
        }
    }
    return false;
}

} // namespace dpi
