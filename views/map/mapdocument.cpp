#include "mapdocument.h"

#include "mapeditcommand.h"
#include "mapidentity.h"

#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace dpi {

namespace {

double clamp01(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QString uniqueName(const WardleyMap &map, const QString &base)
{
    if (!map.findComponentByName(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char(' ') + QString::number(n);
        if (!map.findComponentByName(candidate))
            return candidate;
    }
}

bool *decoratorFlag(WardleyDecorators &decorators, MapDecorator decorator)
{
    switch (decorator) {
    case MapDecorator::Build: return &decorators.build;
    case MapDecorator::Buy: return &decorators.buy;
    case MapDecorator::Outsource: return &decorators.outsource;
    case MapDecorator::Market: return &decorators.market;
    case MapDecorator::Ecosystem: return &decorators.ecosystem;
    }
    return nullptr;
}

template<typename T>
T *findById(std::vector<T> &items, const QString &id)
{
    for (T &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

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

void MapDocument::moveElements(const std::vector<std::pair<MapElementRef, WardleyPosition>> &moves)
{
    WardleyMap after = m_map;
    for (const auto &[ref, position] : moves) {
        switch (ref.kind) {
        case MapElementRef::Component:
            if (WardleyComponent *c = after.findComponent(ref.id)) {
                c->position.maturity = position.maturity;
                // A pipeline child's height is its parent's; only its maturity is its own.
                if (c->pipeline.isEmpty())
                    c->position.visibility = position.visibility;
            }
            break;
        case MapElementRef::EvolvedTwin:
            if (WardleyEvolve *e = findById(after.evolves, ref.id))
                e->maturity = position.maturity;
            break;
        case MapElementRef::Note:
            if (WardleyNote *n = findById(after.notes, ref.id))
                n->position = position;
            break;
        case MapElementRef::Annotation:
            if (WardleyAnnotation *a = findById(after.annotations, ref.id)) {
                if (ref.occurrence >= 0 && ref.occurrence < int(a->occurrences.size()))
                    a->occurrences[size_t(ref.occurrence)] = position;
            }
            break;
        case MapElementRef::Accelerator:
            if (WardleyAccelerator *a = findById(after.accelerators, ref.id))
                a->position = position;
            break;
        }
    }
    applyEdit(after, moves.size() == 1 ? tr("Move map element") : tr("Move %n map elements", nullptr, int(moves.size())));
}

QString MapDocument::addComponent(const WardleyPosition &position, const QString &name)
{
    WardleyMap after = m_map;
    WardleyComponent component;
    component.name = uniqueName(after, name.isEmpty() ? tr("New component") : name);
    component.id = after.uniqueId(component.name);
    component.position = {round2(position.visibility), round2(position.maturity)};
    const QString id = component.id;
    after.components.push_back(component);
    applyEdit(after, tr("Add component \"%1\"").arg(component.name));
    return id;
}

void MapDocument::renameComponent(const QString &componentId, const QString &newName)
{
    const QString name = newName.trimmed();
    const WardleyComponent *component = m_map.findComponent(componentId);
    if (!component || name.isEmpty() || name == component->name)
        return;
    WardleyMap after = m_map;
    after.renameComponent(componentId, name);
    applyEdit(after, tr("Rename \"%1\" to \"%2\"").arg(component->name, name));
}

void MapDocument::removeElements(const std::vector<MapElementRef> &elements)
{
    WardleyMap after = m_map;
    QSet<QString> removedNames;
    QSet<QString> removedIds;
    for (const MapElementRef &ref : elements) {
        switch (ref.kind) {
        case MapElementRef::Component:
            if (const WardleyComponent *c = after.findComponent(ref.id)) {
                removedNames.insert(c->name);
                removedIds.insert(c->id);
            }
            break;
        case MapElementRef::EvolvedTwin:
            after.evolves.erase(std::remove_if(after.evolves.begin(), after.evolves.end(),
                                               [&ref](const WardleyEvolve &e) { return e.id == ref.id; }),
                                after.evolves.end());
            break;
        case MapElementRef::Note:
            after.notes.erase(std::remove_if(after.notes.begin(), after.notes.end(),
                                             [&ref](const WardleyNote &n) { return n.id == ref.id; }),
                              after.notes.end());
            break;
        case MapElementRef::Annotation:
            if (WardleyAnnotation *a = findById(after.annotations, ref.id)) {
                if (a->occurrences.size() > 1 && ref.occurrence >= 0 && ref.occurrence < int(a->occurrences.size()))
                    a->occurrences.erase(a->occurrences.begin() + ref.occurrence);
                else
                    after.annotations.erase(after.annotations.begin() + (a - after.annotations.data()));
            }
            break;
        case MapElementRef::Accelerator:
            after.accelerators.erase(std::remove_if(after.accelerators.begin(), after.accelerators.end(),
                                                    [&ref](const WardleyAccelerator &a) { return a.id == ref.id; }),
                                     after.accelerators.end());
            break;
        }
    }
    if (!removedIds.isEmpty()) {
        after.components.erase(std::remove_if(after.components.begin(), after.components.end(),
                                              [&removedIds](const WardleyComponent &c) { return removedIds.contains(c.id); }),
                               after.components.end());
        // A name still declared by another component keeps its links.
        for (const WardleyComponent &c : after.components)
            removedNames.remove(c.name);
        after.links.erase(std::remove_if(after.links.begin(), after.links.end(),
                                         [&removedNames](const WardleyLink &l) {
                                             return removedNames.contains(l.from) || removedNames.contains(l.to);
                                         }),
                          after.links.end());
        after.evolves.erase(std::remove_if(after.evolves.begin(), after.evolves.end(),
                                           [&removedNames](const WardleyEvolve &e) { return removedNames.contains(e.component); }),
                            after.evolves.end());
        QSet<QString> removedPipelines;
        for (const WardleyPipeline &p : after.pipelines) {
            if (removedNames.contains(p.component))
                removedPipelines.insert(p.id);
        }
        for (WardleyComponent &c : after.components) {
            if (removedPipelines.contains(c.pipeline)) {
                c.position = m_map.positionOf(*m_map.findComponent(c.id));
                c.pipeline.clear();
            }
        }
        after.pipelines.erase(std::remove_if(after.pipelines.begin(), after.pipelines.end(),
                                             [&removedPipelines](const WardleyPipeline &p) { return removedPipelines.contains(p.id); }),
                              after.pipelines.end());
    }
    applyEdit(after, elements.size() == 1 ? tr("Delete map element") : tr("Delete %n map elements", nullptr, int(elements.size())));
}

void MapDocument::addLink(const QString &fromComponentId, const QString &toComponentId)
{
    const WardleyComponent *from = m_map.findComponent(fromComponentId);
    const WardleyComponent *to = m_map.findComponent(toComponentId);
    if (!from || !to || from->name == to->name)
        return;
    for (const WardleyLink &link : m_map.links) {
        if (link.from == from->name && link.to == to->name)
            return;
    }
    WardleyMap after = m_map;
    WardleyLink link;
    link.from = from->name;
    link.to = to->name;
    link.id = after.uniqueId(QStringLiteral("link-") + from->name + QLatin1Char('-') + to->name);
    after.links.push_back(link);
    applyEdit(after, tr("Link \"%1\" to \"%2\"").arg(from->name, to->name));
}

void MapDocument::addEvolve(const QString &componentId)
{
    const WardleyComponent *c = m_map.findComponent(componentId);
    if (!c || c->type == WardleyComponentType::Anchor)
        return;
    for (const WardleyEvolve &e : m_map.evolves) {
        if (e.component == c->name)
            return; // one evolution arrow per component, as OWM draws it
    }
    const double maturity = round2(std::min(c->position.maturity + 0.25, 0.95));
    if (maturity <= c->position.maturity)
        return;
    WardleyMap after = m_map;
    WardleyEvolve evolve;
    evolve.component = c->name;
    evolve.maturity = maturity;
    evolve.id = after.uniqueId(QStringLiteral("evolve-") + c->name);
    after.evolves.push_back(evolve);
    applyEdit(after, tr("Evolve \"%1\"").arg(c->name));
}

void MapDocument::addPipeline(const QString &componentId)
{
    const WardleyComponent *c = m_map.findComponent(componentId);
    if (!c || c->type == WardleyComponentType::Anchor || m_map.findPipelineOf(c->name))
        return;
    WardleyMap after = m_map;
    WardleyPipeline pipeline;
    pipeline.component = c->name;
    pipeline.hasRange = true;
    pipeline.maturity1 = round2(clamp01(c->position.maturity - 0.15));
    pipeline.maturity2 = round2(clamp01(c->position.maturity + 0.15));
    pipeline.id = after.uniqueId(QStringLiteral("pipeline-") + c->name);
    after.pipelines.push_back(pipeline);
    applyEdit(after, tr("Add pipeline to \"%1\"").arg(c->name));
}

QString MapDocument::addNote(const WardleyPosition &position, const QString &text)
{
    WardleyMap after = m_map;
    WardleyNote note;
    note.text = text.isEmpty() ? tr("Note") : text;
    note.position = {round2(position.visibility), round2(position.maturity)};
    note.id = after.uniqueId(QStringLiteral("note-") + QString::number(after.notes.size() + 1));
    const QString id = note.id;
    after.notes.push_back(note);
    applyEdit(after, tr("Add note"));
    return id;
}

void MapDocument::setNoteText(const QString &noteId, const QString &text)
{
    WardleyMap after = m_map;
    WardleyNote *note = findById(after.notes, noteId);
    if (!note || text.trimmed().isEmpty())
        return;
    note->text = text.trimmed();
    applyEdit(after, tr("Edit note"));
}

QString MapDocument::addAnnotation(const WardleyPosition &position, const QString &text)
{
    WardleyMap after = m_map;
    WardleyAnnotation annotation;
    int number = 0;
    for (const WardleyAnnotation &a : after.annotations)
        number = std::max(number, a.number);
    annotation.number = number + 1;
    annotation.text = text.isEmpty() ? tr("Annotation %1").arg(annotation.number) : text;
    annotation.occurrences.push_back({round2(position.visibility), round2(position.maturity)});
    annotation.id = after.uniqueId(QStringLiteral("annotation-") + QString::number(annotation.number));
    const QString id = annotation.id;
    after.annotations.push_back(annotation);
    applyEdit(after, tr("Add annotation %1").arg(annotation.number));
    return id;
}

void MapDocument::setInertia(const QString &componentId, bool inertia)
{
    WardleyMap after = m_map;
    WardleyComponent *c = after.findComponent(componentId);
    if (!c)
        return;
    c->inertia = inertia;
    applyEdit(after, inertia ? tr("Add inertia to \"%1\"").arg(c->name) : tr("Remove inertia from \"%1\"").arg(c->name));
}

void MapDocument::setDecorator(const QString &componentId, MapDecorator decorator, bool on)
{
    WardleyMap after = m_map;
    WardleyComponent *c = after.findComponent(componentId);
    if (!c)
        return;
    WardleyDecorators &d = c->decorators;
    // Build, buy and outsource are one choice: a component is sourced one way.
    if (on && (decorator == MapDecorator::Build || decorator == MapDecorator::Buy || decorator == MapDecorator::Outsource))
        d.build = d.buy = d.outsource = false;
    *decoratorFlag(d, decorator) = on;
    applyEdit(after, tr("Change how \"%1\" is sourced").arg(c->name));
}

void MapDocument::replaceFromText(const WardleyMap &parsed)
{
    WardleyMap after = parsed;
    carryOverIdentity(m_map, after);
    applyEdit(after, tr("Edit map text"));
}

} // namespace dpi
