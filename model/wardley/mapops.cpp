#include "mapops.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace dpi::mapops {

namespace {

double clamp01(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

WardleyPosition rounded(const WardleyPosition &position)
{
    return {round2(position.visibility), round2(position.maturity)};
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

bool &decoratorFlag(WardleyDecorators &decorators, MapDecorator decorator)
{
    switch (decorator) {
    case MapDecorator::Build: return decorators.build;
    case MapDecorator::Buy: return decorators.buy;
    case MapDecorator::Outsource: return decorators.outsource;
    case MapDecorator::Market: return decorators.market;
    case MapDecorator::Ecosystem: break;
    }
    return decorators.ecosystem;
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

template<typename T, typename Predicate>
void eraseIf(std::vector<T> &items, Predicate predicate)
{
    items.erase(std::remove_if(items.begin(), items.end(), predicate), items.end());
}

} // namespace

void moveElement(WardleyMap &map, const MapElementRef &ref, const WardleyPosition &position)
{
    switch (ref.kind) {
    case MapElementRef::Component:
        if (WardleyComponent *c = map.findComponent(ref.id)) {
            c->position.maturity = position.maturity;
            // A pipeline child's height is its parent's; only its maturity is its own.
            if (c->pipeline.isEmpty())
                c->position.visibility = position.visibility;
        }
        break;
    case MapElementRef::EvolvedTwin:
        if (WardleyEvolve *e = findById(map.evolves, ref.id))
            e->maturity = position.maturity;
        break;
    case MapElementRef::Note:
        if (WardleyNote *n = findById(map.notes, ref.id))
            n->position = position;
        break;
    case MapElementRef::Annotation:
        if (WardleyAnnotation *a = findById(map.annotations, ref.id)) {
            if (ref.occurrence >= 0 && ref.occurrence < int(a->occurrences.size()))
                a->occurrences[size_t(ref.occurrence)] = position;
        }
        break;
    case MapElementRef::Accelerator:
        if (WardleyAccelerator *a = findById(map.accelerators, ref.id))
            a->position = position;
        break;
    }
}

void moveElements(WardleyMap &map, const MapMoves &moves)
{
    for (const auto &[ref, position] : moves)
        moveElement(map, ref, position);
}

QString addComponent(WardleyMap &map, const WardleyPosition &position, const QString &name)
{
    WardleyComponent component;
    component.name = uniqueName(map, name);
    component.id = map.uniqueId(component.name);
    component.position = rounded(position);
    map.components.push_back(component);
    return component.id;
}

bool renameComponent(WardleyMap &map, const QString &componentId, const QString &newName)
{
    const QString name = newName.trimmed();
    const WardleyComponent *component = map.findComponent(componentId);
    if (!component || name.isEmpty() || name == component->name)
        return false;
    return map.renameComponent(componentId, name);
}

void removeElements(WardleyMap &map, const std::vector<MapElementRef> &elements)
{
    QSet<QString> removedNames;
    QSet<QString> removedIds;
    for (const MapElementRef &ref : elements) {
        switch (ref.kind) {
        case MapElementRef::Component:
            if (const WardleyComponent *c = map.findComponent(ref.id)) {
                removedNames.insert(c->name);
                removedIds.insert(c->id);
            }
            break;
        case MapElementRef::EvolvedTwin:
            eraseIf(map.evolves, [&ref](const WardleyEvolve &e) { return e.id == ref.id; });
            break;
        case MapElementRef::Note:
            eraseIf(map.notes, [&ref](const WardleyNote &n) { return n.id == ref.id; });
            break;
        case MapElementRef::Annotation:
            if (WardleyAnnotation *a = findById(map.annotations, ref.id)) {
                if (a->occurrences.size() > 1 && ref.occurrence >= 0 && ref.occurrence < int(a->occurrences.size()))
                    a->occurrences.erase(a->occurrences.begin() + ref.occurrence);
                else
                    map.annotations.erase(map.annotations.begin() + (a - map.annotations.data()));
            }
            break;
        case MapElementRef::Accelerator:
            eraseIf(map.accelerators, [&ref](const WardleyAccelerator &a) { return a.id == ref.id; });
            break;
        }
    }
    if (removedIds.isEmpty())
        return;

    // A name still declared by another component keeps its links.
    for (const WardleyComponent &c : map.components) {
        if (!removedIds.contains(c.id))
            removedNames.remove(c.name);
    }
    QSet<QString> removedPipelines;
    for (const WardleyPipeline &p : map.pipelines) {
        if (removedNames.contains(p.component))
            removedPipelines.insert(p.id);
    }
    // The children of a removed pipeline stay where they were drawn: taken
    // while their parent still gives them its visibility.
    std::vector<std::pair<size_t, WardleyPosition>> drawnAt;
    for (size_t i = 0; i < map.components.size(); ++i) {
        const WardleyComponent &c = map.components[i];
        if (!removedIds.contains(c.id) && removedPipelines.contains(c.pipeline))
            drawnAt.emplace_back(i, map.positionOf(c));
    }
    for (const auto &[index, position] : drawnAt) {
        map.components[index].position = position;
        map.components[index].pipeline.clear();
    }

    eraseIf(map.components, [&removedIds](const WardleyComponent &c) { return removedIds.contains(c.id); });
    eraseIf(map.links, [&removedNames](const WardleyLink &l) {
        return removedNames.contains(l.from) || removedNames.contains(l.to);
    });
    eraseIf(map.evolves, [&removedNames](const WardleyEvolve &e) { return removedNames.contains(e.component); });
    eraseIf(map.pipelines, [&removedPipelines](const WardleyPipeline &p) { return removedPipelines.contains(p.id); });
}

QString addLink(WardleyMap &map, const QString &fromComponentId, const QString &toComponentId)
{
    const WardleyComponent *from = map.findComponent(fromComponentId);
    const WardleyComponent *to = map.findComponent(toComponentId);
    if (!from || !to || from->name == to->name)
        return QString();
    for (const WardleyLink &link : map.links) {
        if (link.from == from->name && link.to == to->name)
            return QString();
    }
    WardleyLink link;
    link.from = from->name;
    link.to = to->name;
    link.id = map.uniqueId(QStringLiteral("link-") + from->name + QLatin1Char('-') + to->name);
    map.links.push_back(link);
    return link.id;
}

QString addEvolve(WardleyMap &map, const QString &componentId)
{
    const WardleyComponent *c = map.findComponent(componentId);
    if (!c || c->type == WardleyComponentType::Anchor)
        return QString();
    for (const WardleyEvolve &e : map.evolves) {
        if (e.component == c->name)
            return QString(); // one evolution arrow per component, as OWM draws it
    }
    const double maturity = round2(std::min(c->position.maturity + 0.25, 0.95));
    if (maturity <= c->position.maturity)
        return QString();
    WardleyEvolve evolve;
    evolve.component = c->name;
    evolve.maturity = maturity;
    evolve.id = map.uniqueId(QStringLiteral("evolve-") + c->name);
    map.evolves.push_back(evolve);
    return evolve.id;
}

QString addPipeline(WardleyMap &map, const QString &componentId)
{
    const WardleyComponent *c = map.findComponent(componentId);
    if (!c || c->type == WardleyComponentType::Anchor || map.findPipelineOf(c->name))
        return QString();
    WardleyPipeline pipeline;
    pipeline.component = c->name;
    pipeline.hasRange = true;
    pipeline.maturity1 = round2(clamp01(c->position.maturity - 0.15));
    pipeline.maturity2 = round2(clamp01(c->position.maturity + 0.15));
    pipeline.id = map.uniqueId(QStringLiteral("pipeline-") + c->name);
    map.pipelines.push_back(pipeline);
    return pipeline.id;
}

QString addNote(WardleyMap &map, const WardleyPosition &position, const QString &text)
{
    WardleyNote note;
    note.text = text;
    note.position = rounded(position);
    note.id = map.uniqueId(QStringLiteral("note-") + QString::number(map.notes.size() + 1));
    map.notes.push_back(note);
    return note.id;
}

bool setNoteText(WardleyMap &map, const QString &noteId, const QString &text)
{
    WardleyNote *note = findById(map.notes, noteId);
    const QString trimmed = text.trimmed();
    if (!note || trimmed.isEmpty() || trimmed == note->text)
        return false;
    note->text = trimmed;
    return true;
}

int nextAnnotationNumber(const WardleyMap &map)
{
    int number = 0;
    for (const WardleyAnnotation &a : map.annotations)
        number = std::max(number, a.number);
    return number + 1;
}

QString addAnnotation(WardleyMap &map, const WardleyPosition &position, const QString &text)
{
    WardleyAnnotation annotation;
    annotation.number = nextAnnotationNumber(map);
    annotation.text = text;
    annotation.occurrences.push_back(rounded(position));
    annotation.id = map.uniqueId(QStringLiteral("annotation-") + QString::number(annotation.number));
    map.annotations.push_back(annotation);
    return annotation.id;
}

bool setInertia(WardleyMap &map, const QString &componentId, bool inertia)
{
    WardleyComponent *c = map.findComponent(componentId);
    if (!c || c->inertia == inertia)
        return false;
    c->inertia = inertia;
    return true;
}

bool setDecorator(WardleyMap &map, const QString &componentId, MapDecorator decorator, bool on)
{
    WardleyComponent *c = map.findComponent(componentId);
    if (!c)
        return false;
    const WardleyDecorators before = c->decorators;
    WardleyDecorators &d = c->decorators;
    if (on && (decorator == MapDecorator::Build || decorator == MapDecorator::Buy || decorator == MapDecorator::Outsource))
        d.build = d.buy = d.outsource = false;
    decoratorFlag(d, decorator) = on;
    return d != before;
}

} // namespace dpi::mapops
