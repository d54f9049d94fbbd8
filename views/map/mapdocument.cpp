#include "mapdocument.h"

#include "mapeditcommand.h"
#include "mapidentity.h"
#include "mapops.h"

#include <QUndoStack>

namespace dpi {

MapDocument::MapDocument(QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_undoStack(undoStack)
{
}

void MapDocument::setMap(const WardleyMap &map)
{
    m_map = map;
    Q_EMIT mapReset();
}

void MapDocument::restoreState(const WardleyMap &state)
{
    // A command may outlive the switch to another map; only the shown map changes here.
    if (state.id == m_map.id)
        m_map = state;
    Q_EMIT mapChanged(state);
}

void MapDocument::applyEdit(const WardleyMap &after, const QString &text)
{
    if (after == m_map)
        return;
    if (m_undoStack)
        m_undoStack->push(new MapEditCommand(this, m_map, after, text));
    else
        restoreState(after);
}

void MapDocument::moveElements(const MapMoves &moves)
{
    WardleyMap after = m_map;
    mapops::moveElements(after, moves);
    applyEdit(after, moves.size() == 1 ? tr("Move map element") : tr("Move %n map elements", nullptr, int(moves.size())));
}

QString MapDocument::addComponent(const WardleyPosition &position, const QString &name)
{
    WardleyMap after = m_map;
    const QString id = mapops::addComponent(after, position, name.isEmpty() ? tr("New component") : name);
    applyEdit(after, tr("Add component \"%1\"").arg(after.findComponent(id)->name));
    return id;
}

void MapDocument::renameComponent(const QString &componentId, const QString &newName)
{
    WardleyMap after = m_map;
    if (!mapops::renameComponent(after, componentId, newName))
        return;
    applyEdit(after, tr("Rename \"%1\" to \"%2\"").arg(m_map.findComponent(componentId)->name, after.findComponent(componentId)->name));
}

void MapDocument::removeElements(const std::vector<MapElementRef> &elements)
{
    WardleyMap after = m_map;
    mapops::removeElements(after, elements);
    applyEdit(after, elements.size() == 1 ? tr("Delete map element") : tr("Delete %n map elements", nullptr, int(elements.size())));
}

void MapDocument::addLink(const QString &fromComponentId, const QString &toComponentId)
{
    WardleyMap after = m_map;
    if (mapops::addLink(after, fromComponentId, toComponentId).isEmpty())
        return;
    const WardleyLink &link = after.links.back();
    applyEdit(after, tr("Link \"%1\" to \"%2\"").arg(link.from, link.to));
}

void MapDocument::addEvolve(const QString &componentId)
{
    WardleyMap after = m_map;
    if (mapops::addEvolve(after, componentId).isEmpty())
        return;
    applyEdit(after, tr("Evolve \"%1\"").arg(after.evolves.back().component));
}

void MapDocument::addPipeline(const QString &componentId)
{
    WardleyMap after = m_map;
    if (mapops::addPipeline(after, componentId).isEmpty())
        return;
    applyEdit(after, tr("Add pipeline to \"%1\"").arg(after.pipelines.back().component));
}

QString MapDocument::addNote(const WardleyPosition &position, const QString &text)
{
    WardleyMap after = m_map;
    const QString id = mapops::addNote(after, position, text.isEmpty() ? tr("Note") : text);
    applyEdit(after, tr("Add note"));
    return id;
}

void MapDocument::setNoteText(const QString &noteId, const QString &text)
{
    WardleyMap after = m_map;
    if (mapops::setNoteText(after, noteId, text))
        applyEdit(after, tr("Edit note"));
}

QString MapDocument::addAnnotation(const WardleyPosition &position, const QString &text)
{
    WardleyMap after = m_map;
    const int number = mapops::nextAnnotationNumber(after);
    const QString id = mapops::addAnnotation(after, position, text.isEmpty() ? tr("Annotation %1").arg(number) : text);
    applyEdit(after, tr("Add annotation %1").arg(number));
    return id;
}

void MapDocument::setInertia(const QString &componentId, bool inertia)
{
    WardleyMap after = m_map;
    if (!mapops::setInertia(after, componentId, inertia))
        return;
    const QString name = after.findComponent(componentId)->name;
    applyEdit(after, inertia ? tr("Add inertia to \"%1\"").arg(name) : tr("Remove inertia from \"%1\"").arg(name));
}

void MapDocument::setDecorator(const QString &componentId, MapDecorator decorator, bool on)
{
    WardleyMap after = m_map;
    if (mapops::setDecorator(after, componentId, decorator, on))
        applyEdit(after, tr("Change how \"%1\" is sourced").arg(after.findComponent(componentId)->name));
}

void MapDocument::replaceFromText(const WardleyMap &parsed)
{
    WardleyMap after = parsed;
    carryOverIdentity(m_map, after);
    applyEdit(after, tr("Edit map text"));
}

} // namespace dpi
