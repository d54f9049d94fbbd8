#pragma once

#include "project.h"

#include <QString>
#include <QStringList>

namespace dpi {

/**
 * What one rating says about a cell's level, for comparing analysts: no
 * level yet, a level of the scale, or not applicable. Evidence, notes and
 * confidence are the analyst's reasons, not the judgement compared. An
 * unverified rating (looked for, not found) has no level: it is None here,
 * disagrees with no one and is a missing value in the agreement statistics.
 */
struct RatingValue
{
    enum class Kind { None, Level, NotApplicable };
    Kind kind = Kind::None;
    int level = 0;

    static RatingValue of(const Score &rating);
    bool operator==(const RatingValue &o) const { return kind == o.kind && (kind != Kind::Level || level == o.level); }
    bool operator!=(const RatingValue &o) const { return !(*this == o); }
    // "2", "n/a" or "" (no level)
    QString toString() const;
};

/** The rating `analyst` gave this cell, or nullptr. */
const Score *findRating(const Score &cell, const QString &analyst);
const Score *findRating(const std::vector<Score> &ratings, const QString &analyst);

/**
 * True when two analysts gave this cell different values (a level and
 * another level, or a level and N/A). Ratings without a level say nothing
 * and disagree with no one.
 */
bool ratingsDisagree(const Score &cell);

/** Ratings differ and no agreed level or N/A has been set yet: the cell waits for reconciliation. */
bool isOpenDisagreement(const Score &cell);

/** `score` as `analyst`'s rating: the judgement and its reasons, without team fields. */
Score ratingFromScore(const Score &score, const QString &analyst);

/** The agreed result alone: `cell` without its ratings. */
Score agreedPart(const Score &cell);

/**
 * The agreed result when every rating with a value gives the same one:
 * that level (or N/A), the lowest confidence given, every analyst's
 * evidence (each item once) and their notes and recommendations one after
 * another. When no rating has a value but some are unverified: unverified,
 * with what would settle it from each. Empty when the ratings differ or
 * none says anything.
 */
std::optional<Score> consensusOf(const std::vector<Score> &ratings);

/** Every analyst who rated a cell of the project, in the order first met (sectors, frameworks, criteria in file order). */
QStringList projectAnalysts(const Project &project);

/** True when some cell of the project holds analysts' ratings (a team assessment). */
bool hasRatings(const Project &project);

} // namespace dpi
