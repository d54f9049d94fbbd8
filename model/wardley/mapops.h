#pragma once

#include "mapelementref.h"
#include "wardleymap.h"

#include <QString>

#include <utility>
#include <vector>

namespace dpi {

/** The decorators a user switches on and off on a component. */
enum class MapDecorator { Build, Buy, Outsource, Market, Ecosystem };

/** Where each dragged element ends up; one entry per element. */
using MapMoves = std::vector<std::pair<MapElementRef, WardleyPosition>>;

/**
 * The edits of a Wardley map as pure functions on the model: each changes
 * `map` in place, or leaves it alone when the edit is refused (an unknown id,
 * a self link, a second evolve arrow). They know nothing of undo: the undo
 * layer (mapedit:: in model/document) applies them to a copy and records the
 * map before and after, and the canvas applies moveElement() to its drag
 * preview, so what a drag shows and what its drop records cannot differ.
 *
 * New positions of added elements are rounded to two decimals, as a user
 * would write them in the OWM text.
 */
namespace mapops {

/**
 * Moves one element. A pipeline child keeps its parent's visibility (only its
 * maturity is its own); an evolved twin moves along its row (maturity only);
 * an annotation moves the one occurrence the reference names.
 */
void moveElement(WardleyMap &map, const MapElementRef &ref, const WardleyPosition &position);
void moveElements(WardleyMap &map, const MapMoves &moves);

/**
 * Adds a component named `name` (made unique with " 2", " 3"... when the map
 * has it already). Returns its id.
 */
QString addComponent(WardleyMap &map, const WardleyPosition &position, const QString &name);

/**
 * Renames a component and every reference to it; the name is trimmed. False
 * (and no change) for an unknown id, a blank name or the same name.
 */
bool renameComponent(WardleyMap &map, const QString &componentId, const QString &newName);

/**
 * Removes the elements. A removed component takes its links, evolve arrows and
 * pipeline with it, unless another component still declares its name; the
 * children of a removed pipeline stay where they were drawn. An annotation
 * with several occurrences loses only the one referenced.
 */
void removeElements(WardleyMap &map, const std::vector<MapElementRef> &elements);

/** Links two components (by name, as OWM does). Empty (no change) for a self link or one that exists. */
QString addLink(WardleyMap &map, const QString &fromComponentId, const QString &toComponentId);

/**
 * Adds an evolution arrow a quarter further right (at most 0.95). Empty for
 * an anchor, a component that evolves already (OWM draws one arrow) or one
 * with no room left.
 */
QString addEvolve(WardleyMap &map, const QString &componentId);

/** Adds a pipeline spanning 0.15 either side of the component. Empty for an anchor or a component with one. */
QString addPipeline(WardleyMap &map, const QString &componentId);

/** Adds a note with `text`. Returns its id. */
QString addNote(WardleyMap &map, const WardleyPosition &position, const QString &text);

/** Sets a note's text (trimmed). False for an unknown note, blank text or the same text. */
bool setNoteText(WardleyMap &map, const QString &noteId, const QString &text);

/** The number the next annotation gets: one more than the highest. */
int nextAnnotationNumber(const WardleyMap &map);
/** Adds annotation number nextAnnotationNumber() with `text` at one place. Returns its id. */
QString addAnnotation(WardleyMap &map, const WardleyPosition &position, const QString &text);

/** False when the component is unknown or has that value already. */
bool setInertia(WardleyMap &map, const QString &componentId, bool inertia);
/**
 * Switches a decorator. Build, buy and outsource are one choice (a component
 * is sourced one way), so switching one of them on switches the others off.
 */
bool setDecorator(WardleyMap &map, const QString &componentId, MapDecorator decorator, bool on);

} // namespace mapops
} // namespace dpi
