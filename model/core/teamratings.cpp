#include "teamratings.h"

#include <QSet>

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
    for (const Score &rating : cell.ratings) {
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
