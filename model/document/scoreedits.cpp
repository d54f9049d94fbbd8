#include "scoreedits.h"

#include "commandids.h"
#include "document.h"
#include "editscorecommand.h"
#include "replaceprojectcommand.h"
#include "teamratings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUndoStack>

#include <algorithm>
#include <optional>

namespace dpi {
namespace edit {

namespace {

std::optional<Score> currentScore(const Document &document, const CellRef &cell)
{
    const Score *score = document.score(cell);
    return score ? std::optional<Score>(*score) : std::nullopt;
}

// Who scored it and when belongs to the judgement, so it changes with the
// level. Where the analysts' ratings differ, setting the level settles the
// disagreement, so it also records who did and when.
void stamp(const Document &document, Score &score)
{
    if (!document.analyst().isEmpty())
        score.analyst = document.analyst();
    score.scoredAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (ratingsDisagree(score)) {
        score.reconciledBy = document.analyst();
        score.reconciledAt = score.scoredAt;
    }
}

bool pushEdit(Document &document, const CellRef &cell, const std::optional<Score> &before,
              const Score &after, ScoreFields fields, const QString &text, int mergeId = -1,
              int mergeKey = 0)
{
    if (before ? *before == after : isEmptyScore(after))
        return false;
    document.undoStack()->push(
        new EditScoreCommand(&document, cell, before, after, fields, text, mergeId, mergeKey));
    return true;
}

bool isEmptyItem(const EvidenceItem &item)
{
    return item.text.trimmed().isEmpty() && item.url.trimmed().isEmpty() && item.date.trimmed().isEmpty();
}

const Scale *scaleOf(const Document &document, const CellRef &cell)
{
    if (!document.isValidCell(cell))
        return nullptr;
    return &document.project().findFramework(cell.frameworkId)->framework.scale;
}

} // namespace

bool setLevel(Document &document, const CellRef &cell, int level)
{
    const Scale *scale = scaleOf(document, cell);
    if (!scale || !scale->contains(level))
        return false;
    const std::optional<Score> before = currentScore(document, cell);
    if (before && before->level == level && !before->notApplicable)
        return false;
    Score after = before.value_or(Score());
    after.level = level;
    after.notApplicable = false;
    after.unverified = false;
    stamp(document, after);
    return pushEdit(document, cell, before, after, ScoreField::Level | ScoreField::Stamp,
                    QCoreApplication::translate("dpi::edit", "Set level %1").arg(level));
}

bool setNotApplicable(Document &document, const CellRef &cell)
{
    const Scale *scale = scaleOf(document, cell);
    if (!scale || !scale->allowNotApplicable)
        return false;
    const std::optional<Score> before = currentScore(document, cell);
    if (before && before->notApplicable)
        return false;
    Score after = before.value_or(Score());
    after.level.reset();
    after.notApplicable = true;
    after.unverified = false;
    stamp(document, after);
    return pushEdit(document, cell, before, after, ScoreField::Level | ScoreField::Stamp,
                    QCoreApplication::translate("dpi::edit", "Mark not applicable"));
}

bool setUnverified(Document &document, const CellRef &cell)
{
    if (!document.isValidCell(cell))
        return false;
    const std::optional<Score> before = currentScore(document, cell);
    if (before && before->isUnverified())
        return false;
    Score after = before.value_or(Score());
    after.level.reset();
    after.notApplicable = false;
    after.unverified = true;
    stamp(document, after);
    return pushEdit(document, cell, before, after, ScoreField::Level | ScoreField::Stamp,
                    QCoreApplication::translate("dpi::edit", "Mark unverified"));
}

bool clearLevel(Document &document, const CellRef &cell)
{
    if (!document.isValidCell(cell))
        return false;
    const std::optional<Score> before = currentScore(document, cell);
    if (!before || !before->hasJudgement())
        return false;
    Score after = *before;
    after.level.reset();
    after.notApplicable = false;
    after.unverified = false;
    after.reconciledBy.clear(); // a disagreement is open again
    after.reconciledAt.clear();
    return pushEdit(document, cell, before, after, ScoreField::Level, QCoreApplication::translate("dpi::edit", "Clear level"));
}

bool setConfidence(Document &document, const CellRef &cell, Confidence confidence)
{
    if (!document.isValidCell(cell))
        return false;
    const std::optional<Score> before = currentScore(document, cell);
    Score after = before.value_or(Score());
    after.confidence = confidence;
    return pushEdit(document, cell, before, after, ScoreField::Confidence,
                    QCoreApplication::translate("dpi::edit", "Set confidence"));
}

bool setNotes(Document &document, const CellRef &cell, const QString &notes)
{
    if (!document.isValidCell(cell))
        return false;
    const std::optional<Score> before = currentScore(document, cell);
    Score after = before.value_or(Score());
    after.notes = notes;
    return pushEdit(document, cell, before, after, ScoreField::Notes, QCoreApplication::translate("dpi::edit", "Edit notes"),
                    NotesCommandId);
}

bool setRecommendation(Document &document, const CellRef &cell, const QString &recommendation)
{
    if (!document.isValidCell(cell))
        return false;
    const std::optional<Score> before = currentScore(document, cell);
    Score after = before.value_or(Score());
    after.recommendation = recommendation;
    return pushEdit(document, cell, before, after, ScoreField::Recommendation,
                    QCoreApplication::translate("dpi::edit", "Edit recommendation"), RecommendationCommandId);
}

bool setToVerify(Document &document, const CellRef &cell, const QString &toVerify)
{
    if (!document.isValidCell(cell))
        return false;
    const std::optional<Score> before = currentScore(document, cell);
    Score after = before.value_or(Score());
    after.toVerify = toVerify;
    return pushEdit(document, cell, before, after, ScoreField::ToVerify, QCoreApplication::translate("dpi::edit", "Edit what would verify"),
                    ToVerifyCommandId);
}

bool addEvidence(Document &document, const CellRef &cell, const EvidenceItem &item, int index)
{
    if (!document.isValidCell(cell) || isEmptyItem(item))
        return false;
    const std::optional<Score> before = currentScore(document, cell);
    Score after = before.value_or(Score());
    const int count = int(after.evidence.size());
    if (index < 0 || index > count)
        index = count;
    after.evidence.insert(after.evidence.begin() + index, item);
    return pushEdit(document, cell, before, after, ScoreField::Evidence, QCoreApplication::translate("dpi::edit", "Add evidence"));
}

bool removeEvidence(Document &document, const CellRef &cell, int index)
{
    const std::optional<Score> before = currentScore(document, cell);
    if (!before || index < 0 || index >= int(before->evidence.size()))
        return false;
    Score after = *before;
    after.evidence.erase(after.evidence.begin() + index);
    return pushEdit(document, cell, before, after, ScoreField::Evidence, QCoreApplication::translate("dpi::edit", "Remove evidence"));
}

bool editEvidence(Document &document, const CellRef &cell, int index, const EvidenceItem &item)
{
    const std::optional<Score> before = currentScore(document, cell);
    if (!before || index < 0 || index >= int(before->evidence.size()))
        return false;
    Score after = *before;
    after.evidence[size_t(index)] = item;
    return pushEdit(document, cell, before, after, ScoreField::Evidence, QCoreApplication::translate("dpi::edit", "Edit evidence"),
                    EvidenceEditCommandId, index);
}

bool moveEvidence(Document &document, const CellRef &cell, int from, int to)
{
    const std::optional<Score> before = currentScore(document, cell);
    if (!before)
        return false;
    const int count = int(before->evidence.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return false;
    Score after = *before;
    EvidenceItem item = after.evidence[size_t(from)];
    after.evidence.erase(after.evidence.begin() + from);
    after.evidence.insert(after.evidence.begin() + to, item);
    return pushEdit(document, cell, before, after, ScoreField::Evidence, QCoreApplication::translate("dpi::edit", "Move evidence"));
}

bool reconcile(Document &document, const CellRef &cell, std::optional<int> level, bool keepAllEvidence)
{
    const Scale *scale = scaleOf(document, cell);
    if (!scale || document.analyst().isEmpty())
        return false;
    if (level ? !scale->contains(*level) : !scale->allowNotApplicable)
        return false;
    const std::optional<Score> before = currentScore(document, cell);
    if (!before || before->ratings.empty())
        return false;
    Score after = *before;
    after.level = level;
    after.notApplicable = !level;
    after.analyst = document.analyst();
    after.scoredAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    after.reconciledBy = after.analyst;
    after.reconciledAt = after.scoredAt;
    const RatingValue agreed = RatingValue::of(after);
    if (after.confidence == Confidence::Unset) {
        for (const Score &rating : after.ratings) {
            if (RatingValue::of(rating) == agreed && rating.confidence != Confidence::Unset
                && (after.confidence == Confidence::Unset || int(rating.confidence) < int(after.confidence)))
                after.confidence = rating.confidence;
        }
    }
    if (keepAllEvidence) {
        for (const Score &rating : after.ratings) {
            for (const EvidenceItem &item : rating.evidence) {
                if (std::find(after.evidence.begin(), after.evidence.end(), item) == after.evidence.end())
                    after.evidence.push_back(item);
            }
        }
    }
    return pushEdit(document, cell, before, after,
                    ScoreField::Level | ScoreField::Stamp | ScoreField::Confidence | ScoreField::Evidence,
                    level ? QCoreApplication::translate("dpi::edit", "Reconcile at level %1").arg(*level) : QCoreApplication::translate("dpi::edit", "Reconcile as not applicable"));
}

bool replaceProject(Document &document, const Project &project, const QString &actionText)
{
    if (project == document.project())
        return false;
    document.undoStack()->push(
        new ReplaceProjectCommand(&document, document.project(), project, actionText));
    return true;
}

} // namespace edit
} // namespace dpi
