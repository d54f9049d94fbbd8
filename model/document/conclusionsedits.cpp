#include "conclusionsedits.h"

#include "commandids.h"
#include "document.h"
#include "editconclusionscommand.h"
#include "editcontextcommand.h"
#include "recommendationupgrade.h"
#include "replaceprojectcommand.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace dpi {

namespace {

bool push(Document &document, const QString &sectorId, const Conclusions &after, const QString &text,
          int mergeId = -1, const QString &mergeKey = QString())
{
    const Conclusions *before = document.conclusions(sectorId);
    if (!before || *before == after)
        return false;
    document.undoStack()->push(new EditConclusionsCommand(&document, sectorId, *before, after, text, mergeId, mergeKey));
    return true;
}

// Sets one language of a text; empty text removes the language.
LocalizedText withText(LocalizedText value, const QString &language, const QString &text)
{
    if (text.isEmpty()) {
        value.remove(language);
    } else if (language == QLatin1String("en") && (value.isEmpty() || value.isPlain())) {
        value = LocalizedText(text); // stays a plain string in the file
    } else {
        value.setPlain(false);
        value.set(language, text);
    }
    return value;
}

template<typename T>
bool validIndex(const std::vector<T> &items, int index)
{
    return index >= 0 && index < int(items.size());
}

template<typename T>
bool moveItem(std::vector<T> &items, int from, int to)
{
    if (!validIndex(items, from) || !validIndex(items, to) || from == to)
        return false;
    T item = items[std::size_t(from)];
    items.erase(items.begin() + from);
    items.insert(items.begin() + to, item);
    return true;
}

template<typename T>
bool insertItem(std::vector<T> &items, const T &item, int index)
{
    if (index < -1 || index > int(items.size()))
        return false;
    items.insert(index < 0 ? items.end() : items.begin() + index, item);
    return true;
}

} // namespace

namespace findingsedit {

namespace {

std::vector<Finding> &listOf(Conclusions &conclusions, List list)
{
    return list == List::Findings ? conclusions.findings : conclusions.strengths;
}

QString listKey(List list)
{
    return list == List::Findings ? QStringLiteral("finding") : QStringLiteral("strength");
}

// Copies the scope's conclusions and gives `change` the list to edit.
template<typename Change>
bool editList(Document &document, const QString &sectorId, List list, const QString &text, Change change,
              int mergeId = -1, const QString &mergeKey = QString())
{
    const Conclusions *current = document.conclusions(sectorId);
    if (!current)
        return false;
    Conclusions after = *current;
    if (!change(listOf(after, list)))
        return false;
    return push(document, sectorId, after, text, mergeId, mergeKey);
}

} // namespace

bool add(Document &document, const QString &sectorId, List list, const Finding &item, int index)
{
    return editList(document, sectorId, list,
                    list == List::Findings ? QCoreApplication::translate("dpi::conclusionsedit", "Add Finding") : QCoreApplication::translate("dpi::conclusionsedit", "Add Strength"),
                    [&](std::vector<Finding> &items) { return insertItem(items, item, index); });
}

bool remove(Document &document, const QString &sectorId, List list, int index)
{
    return editList(document, sectorId, list,
                    list == List::Findings ? QCoreApplication::translate("dpi::conclusionsedit", "Remove Finding") : QCoreApplication::translate("dpi::conclusionsedit", "Remove Strength"),
                    [&](std::vector<Finding> &items) {
                        if (!validIndex(items, index))
                            return false;
                        items.erase(items.begin() + index);
                        return true;
                    });
}

bool setText(Document &document, const QString &sectorId, List list, int index, const QString &language,
             const QString &text)
{
    return editList(
        document, sectorId, list, list == List::Findings ? QCoreApplication::translate("dpi::conclusionsedit", "Edit Finding") : QCoreApplication::translate("dpi::conclusionsedit", "Edit Strength"),
        [&](std::vector<Finding> &items) {
            if (!validIndex(items, index))
                return false;
            Finding &item = items[std::size_t(index)];
            item.text = withText(item.text, language, text);
            return true;
        },
        ConclusionsTextCommandId, QStringLiteral("%1/%2/text/%3").arg(listKey(list)).arg(index).arg(language));
}

bool setLinks(Document &document, const QString &sectorId, List list, int index,
              const std::vector<CriterionLink> &links)
{
    return editList(document, sectorId, list, QCoreApplication::translate("dpi::conclusionsedit", "Link Criteria"), [&](std::vector<Finding> &items) {
        if (!validIndex(items, index))
            return false;
        items[std::size_t(index)].links = links;
        return true;
    });
}

bool move(Document &document, const QString &sectorId, List list, int from, int to)
{
    return editList(document, sectorId, list,
                    list == List::Findings ? QCoreApplication::translate("dpi::conclusionsedit", "Move Finding") : QCoreApplication::translate("dpi::conclusionsedit", "Move Strength"),
                    [&](std::vector<Finding> &items) { return moveItem(items, from, to); });
}

} // namespace findingsedit

namespace actionedit {

namespace {

template<typename Change>
bool editActions(Document &document, const QString &sectorId, const QString &text, Change change, int mergeId = -1,
                 const QString &mergeKey = QString())
{
    const Conclusions *current = document.conclusions(sectorId);
    if (!current)
        return false;
    Conclusions after = *current;
    if (!change(after.actions))
        return false;
    return push(document, sectorId, after, text, mergeId, mergeKey);
}

// Edits one field of the action at `index`.
template<typename Change>
bool editAction(Document &document, const QString &sectorId, int index, const QString &text, Change change,
                int mergeId = -1, const QString &mergeKey = QString())
{
    return editActions(
        document, sectorId, text,
        [&](std::vector<ActionItem> &items) {
            if (!validIndex(items, index))
                return false;
            change(items[std::size_t(index)]);
            return true;
        },
        mergeId, mergeKey);
}

QString textKey(const char *field, int index, const QString &language)
{
    return QStringLiteral("action/%1/%2/%3").arg(QLatin1String(field)).arg(index).arg(language);
}

} // namespace

bool add(Document &document, const QString &sectorId, const ActionItem &item, int index)
{
    return editActions(document, sectorId, QCoreApplication::translate("dpi::conclusionsedit", "Add Action"),
                       [&](std::vector<ActionItem> &items) { return insertItem(items, item, index); });
}

bool remove(Document &document, const QString &sectorId, int index)
{
    return editActions(document, sectorId, QCoreApplication::translate("dpi::conclusionsedit", "Remove Action"), [&](std::vector<ActionItem> &items) {
        if (!validIndex(items, index))
            return false;
        items.erase(items.begin() + index);
        return true;
    });
}

bool setText(Document &document, const QString &sectorId, int index, const QString &language, const QString &text)
{
    return editAction(
        document, sectorId, index, QCoreApplication::translate("dpi::conclusionsedit", "Edit Action"),
        [&](ActionItem &item) { item.text = withText(item.text, language, text); }, ConclusionsTextCommandId,
        textKey("text", index, language));
}

bool setPriority(Document &document, const QString &sectorId, int index, ActionPriority priority)
{
    return editAction(document, sectorId, index, QCoreApplication::translate("dpi::conclusionsedit", "Set Action Priority"),
                      [&](ActionItem &item) { item.priority = priority; });
}

bool setOwner(Document &document, const QString &sectorId, int index, const QString &language, const QString &owner)
{
    return editAction(
        document, sectorId, index, QCoreApplication::translate("dpi::conclusionsedit", "Set Action Owner"),
        [&](ActionItem &item) { item.owner = withText(item.owner, language, owner); }, ConclusionsTextCommandId,
        textKey("owner", index, language));
}

bool setHorizon(Document &document, const QString &sectorId, int index, ActionHorizon horizon)
{
    return editAction(document, sectorId, index, QCoreApplication::translate("dpi::conclusionsedit", "Set Action Horizon"),
                      [&](ActionItem &item) { item.horizon = horizon; });
}

bool setLinks(Document &document, const QString &sectorId, int index, const std::vector<CriterionLink> &links)
{
    return editAction(document, sectorId, index, QCoreApplication::translate("dpi::conclusionsedit", "Link Criteria"),
                      [&](ActionItem &item) { item.links = links; });
}

bool setCost(Document &document, const QString &sectorId, int index, const QString &language, const QString &cost)
{
    return editAction(
        document, sectorId, index, QCoreApplication::translate("dpi::conclusionsedit", "Edit Action Cost"),
        [&](ActionItem &item) { item.cost = withText(item.cost, language, cost); }, ConclusionsTextCommandId,
        textKey("cost", index, language));
}

bool move(Document &document, const QString &sectorId, int from, int to)
{
    return editActions(document, sectorId, QCoreApplication::translate("dpi::conclusionsedit", "Move Action"),
                       [&](std::vector<ActionItem> &items) { return moveItem(items, from, to); });
}

int upgradeRecommendations(Document &document)
{
    const RecommendationUpgrade upgrade = dpi::upgradeRecommendations(document.project());
    if (upgrade.converted == 0)
        return 0;
    document.undoStack()->push(new ReplaceProjectCommand(&document, document.project(), upgrade.result,
                                                         QCoreApplication::translate("dpi::conclusionsedit", "Turn Recommendations into Actions")));
    return upgrade.converted;
}

} // namespace actionedit

namespace contextedit {

namespace {

bool pushContext(Document &document, const ProjectContext &after, const QString &text, int mergeId = -1,
                 const QString &mergeKey = QString())
{
    if (document.project().context == after)
        return false;
    document.undoStack()->push(
        new EditContextCommand(&document, document.project().context, after, text, mergeId, mergeKey));
    return true;
}

} // namespace

bool setText(Document &document, const QString &language, const QString &text)
{
    ProjectContext after = document.project().context;
    after.text = withText(after.text, language, text);
    return pushContext(document, after, QCoreApplication::translate("dpi::conclusionsedit", "Edit Context"), ContextTextCommandId, language);
}

bool setSources(Document &document, const std::vector<ContextSource> &sources)
{
    for (const ContextSource &source : sources) {
        if (source.url.trimmed().isEmpty())
            return false;
    }
    ProjectContext after = document.project().context;
    after.sources = sources;
    return pushContext(document, after, QCoreApplication::translate("dpi::conclusionsedit", "Edit Context Sources"), ContextTextCommandId, QStringLiteral("sources"));
}

} // namespace contextedit

} // namespace dpi
