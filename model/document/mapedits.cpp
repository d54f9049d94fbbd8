#include "mapedits.h"

#include "addmapcommand.h"
#include "document.h"
#include "mapeditcommand.h"
#include "mapidentity.h"
#include "removemapcommand.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace dpi::mapedit {

namespace {

// The one way a map edit reaches the stack: refuses an edit that changes nothing.
bool push(Document &document, const WardleyMap &before, WardleyMap after, const QString &text)
{
    if (after == before)
        return false;
    document.undoStack()->push(new MapEditCommand(&document, before, std::move(after), text));
    return true;
}

// Applies `op` to a copy of the map and pushes the result; `op` returns the
// entry's label, or an empty string when it refused the edit.
template<typename Op>
bool edit(Document &document, const QString &mapId, Op op)
{
    const WardleyMap *before = document.map(mapId);
    if (!before)
        return false;
    WardleyMap after = *before;
    const QString text = op(after, *before);
    return !text.isEmpty() && push(document, *before, std::move(after), text);
}

QString nameOf(const WardleyMap &map, const QString &componentId)
{
    const WardleyComponent *c = map.findComponent(componentId);
    return c ? c->name : QString();
}

} // namespace

QString addMap(Document &document, const QString &title)
{
    int n = 1;
    QString id;
    do {
        id = QStringLiteral("map-%1").arg(n++);
    } while (document.map(id));
    WardleyMap map;
    map.id = id;
    map.title = LocalizedText(title.trimmed().isEmpty() ? QCoreApplication::translate("dpi::mapedit", "New map %1").arg(n - 1) : title.trimmed());
    document.undoStack()->push(new AddMapCommand(&document, map, QCoreApplication::translate("dpi::mapedit", "New map")));
    return id;
}

bool retitleMap(Document &document, const QString &mapId, const QString &title)
{
    return edit(document, mapId, [&title](WardleyMap &map, const WardleyMap &) {
        const QString trimmed = title.trimmed();
        if (trimmed.isEmpty())
            return QString();
        map.title.set(QStringLiteral("en"), trimmed);
        return QCoreApplication::translate("dpi::mapedit", "Rename map");
    });
}

bool setExplanation(Document &document, const QString &mapId, const LocalizedText &explanation)
{
    return edit(document, mapId, [&explanation](WardleyMap &map, const WardleyMap &before) {
        if (before.explanation == explanation)
            return QString();
        map.explanation = explanation;
        return QCoreApplication::translate("dpi::mapedit", "Edit map explanation");
    });
}

bool removeMap(Document &document, const QString &mapId)
{
    const int index = document.mapIndex(mapId);
    if (index < 0)
        return false;
    document.undoStack()->push(
        new RemoveMapCommand(&document, document.project().maps[size_t(index)], index, QCoreApplication::translate("dpi::mapedit", "Delete map")));
    return true;
}

bool moveElements(Document &document, const QString &mapId, const MapMoves &moves)
{
    return edit(document, mapId, [&moves](WardleyMap &map, const WardleyMap &) {
        mapops::moveElements(map, moves);
        return moves.size() == 1 ? QCoreApplication::translate("dpi::mapedit", "Move map element") : QCoreApplication::translate("dpi::mapedit", "Move %n map elements", nullptr, int(moves.size()));
    });
}

QString addComponent(Document &document, const QString &mapId, const WardleyPosition &position, const QString &name)
{
    QString id;
    edit(document, mapId, [&](WardleyMap &map, const WardleyMap &) {
        id = mapops::addComponent(map, position, name.isEmpty() ? QCoreApplication::translate("dpi::mapedit", "New component") : name);
        return QCoreApplication::translate("dpi::mapedit", "Add component \"%1\"").arg(nameOf(map, id));
    });
    return id;
}

bool renameComponent(Document &document, const QString &mapId, const QString &componentId, const QString &newName)
{
    return edit(document, mapId, [&](WardleyMap &map, const WardleyMap &before) {
        if (!mapops::renameComponent(map, componentId, newName))
            return QString();
        return QCoreApplication::translate("dpi::mapedit", "Rename \"%1\" to \"%2\"").arg(nameOf(before, componentId), nameOf(map, componentId));
    });
}

bool removeElements(Document &document, const QString &mapId, const std::vector<MapElementRef> &elements)
{
    return edit(document, mapId, [&elements](WardleyMap &map, const WardleyMap &) {
        mapops::removeElements(map, elements);
        return elements.size() == 1 ? QCoreApplication::translate("dpi::mapedit", "Delete map element")
                                    : QCoreApplication::translate("dpi::mapedit", "Delete %n map elements", nullptr, int(elements.size()));
    });
}

bool addLink(Document &document, const QString &mapId, const QString &fromComponentId, const QString &toComponentId)
{
    return edit(document, mapId, [&](WardleyMap &map, const WardleyMap &) {
        if (mapops::addLink(map, fromComponentId, toComponentId).isEmpty())
            return QString();
        return QCoreApplication::translate("dpi::mapedit", "Link \"%1\" to \"%2\"").arg(map.links.back().from, map.links.back().to);
    });
}

bool addEvolve(Document &document, const QString &mapId, const QString &componentId)
{
    return edit(document, mapId, [&componentId](WardleyMap &map, const WardleyMap &) {
        if (mapops::addEvolve(map, componentId).isEmpty())
            return QString();
        return QCoreApplication::translate("dpi::mapedit", "Evolve \"%1\"").arg(nameOf(map, componentId));
    });
}

bool addPipeline(Document &document, const QString &mapId, const QString &componentId)
{
    return edit(document, mapId, [&componentId](WardleyMap &map, const WardleyMap &) {
        if (mapops::addPipeline(map, componentId).isEmpty())
            return QString();
        return QCoreApplication::translate("dpi::mapedit", "Add pipeline to \"%1\"").arg(nameOf(map, componentId));
    });
}

QString addNote(Document &document, const QString &mapId, const WardleyPosition &position, const QString &text)
{
    QString id;
    edit(document, mapId, [&](WardleyMap &map, const WardleyMap &) {
        id = mapops::addNote(map, position, text.isEmpty() ? QCoreApplication::translate("dpi::mapedit", "Note") : text);
        return QCoreApplication::translate("dpi::mapedit", "Add note");
    });
    return id;
}

bool setNoteText(Document &document, const QString &mapId, const QString &noteId, const QString &text)
{
    return edit(document, mapId, [&](WardleyMap &map, const WardleyMap &) {
        return mapops::setNoteText(map, noteId, text) ? QCoreApplication::translate("dpi::mapedit", "Edit note") : QString();
    });
}

QString addAnnotation(Document &document, const QString &mapId, const WardleyPosition &position, const QString &text)
{
    QString id;
    edit(document, mapId, [&](WardleyMap &map, const WardleyMap &) {
        const int number = mapops::nextAnnotationNumber(map);
        id = mapops::addAnnotation(map, position, text.isEmpty() ? QCoreApplication::translate("dpi::mapedit", "Annotation %1").arg(number) : text);
        return QCoreApplication::translate("dpi::mapedit", "Add annotation %1").arg(number);
    });
    return id;
}

bool setInertia(Document &document, const QString &mapId, const QString &componentId, bool inertia)
{
    return edit(document, mapId, [&](WardleyMap &map, const WardleyMap &) {
        if (!mapops::setInertia(map, componentId, inertia))
            return QString();
        const QString name = nameOf(map, componentId);
        return inertia ? QCoreApplication::translate("dpi::mapedit", "Add inertia to \"%1\"").arg(name) : QCoreApplication::translate("dpi::mapedit", "Remove inertia from \"%1\"").arg(name);
    });
}

bool setDecorator(Document &document, const QString &mapId, const QString &componentId, MapDecorator decorator, bool on)
{
    return edit(document, mapId, [&](WardleyMap &map, const WardleyMap &) {
        if (!mapops::setDecorator(map, componentId, decorator, on))
            return QString();
        return QCoreApplication::translate("dpi::mapedit", "Change how \"%1\" is sourced").arg(nameOf(map, componentId));
    });
}

bool replaceFromText(Document &document, const QString &mapId, const WardleyMap &parsed)
{
    return edit(document, mapId, [&parsed](WardleyMap &map, const WardleyMap &before) {
        map = parsed;
        carryOverIdentity(before, map);
        return QCoreApplication::translate("dpi::mapedit", "Edit map text");
    });
}

bool replaceMap(Document &document, const WardleyMap &after, const QString &actionText)
{
    const WardleyMap *before = document.map(after.id);
    return before && push(document, *before, after, actionText);
}

} // namespace dpi::mapedit
