#pragma once

#include "mapops.h"
#include "wardleymap.h"

#include <QString>

#include <vector>

namespace dpi {

class Document;

/**
 * The verbs of map editing. Widgets (the map tab, the canvas, the text pane)
 * call these; they never build undo commands themselves. Each verb acts on
 * the project's map with `mapId` and pushes exactly one undo entry onto the
 * Document's stack, or nothing when the edit would change nothing or names a
 * map or element that does not exist. The change itself is a pure function of
 * model/wardley/mapops.h; the entry holds the map before and after, so undo
 * and redo need no widget.
 */
namespace mapedit {

/** Adds an empty map (id "map-N"; titled "New map N" when `title` is empty). Returns its id. */
QString addMap(Document &document, const QString &title = QString());
/** Sets a map's English title (trimmed); other languages stay. */
bool retitleMap(Document &document, const QString &mapId, const QString &title);
/** Sets what the map says, for a report's readers (every language at once). */
bool setExplanation(Document &document, const QString &mapId, const LocalizedText &explanation);
/** Deletes a map; undo puts it back at its place in the list. */
bool removeMap(Document &document, const QString &mapId);

/** A drag: every element of `moves` in one entry. */
bool moveElements(Document &document, const QString &mapId, const MapMoves &moves);
/** Returns the new component's id (empty when nothing was added). Default name "New component". */
QString addComponent(Document &document, const QString &mapId, const WardleyPosition &position,
                     const QString &name = QString());
bool renameComponent(Document &document, const QString &mapId, const QString &componentId, const QString &newName);
bool removeElements(Document &document, const QString &mapId, const std::vector<MapElementRef> &elements);
bool addLink(Document &document, const QString &mapId, const QString &fromComponentId, const QString &toComponentId);
bool addEvolve(Document &document, const QString &mapId, const QString &componentId);
bool addPipeline(Document &document, const QString &mapId, const QString &componentId);
/** Returns the new note's id (empty when nothing was added). Default text "Note". */
QString addNote(Document &document, const QString &mapId, const WardleyPosition &position,
                const QString &text = QString());
bool setNoteText(Document &document, const QString &mapId, const QString &noteId, const QString &text);
/** Returns the new annotation's id (empty when nothing was added). Default text "Annotation N". */
QString addAnnotation(Document &document, const QString &mapId, const WardleyPosition &position,
                      const QString &text = QString());
bool setInertia(Document &document, const QString &mapId, const QString &componentId, bool inertia);
bool setDecorator(Document &document, const QString &mapId, const QString &componentId, MapDecorator decorator,
                  bool on);

/**
 * The map re-read from OWM text (the text pane): keeps the map's id, and the
 * ids and criteria links the text cannot carry (carryOverIdentity).
 */
bool replaceFromText(Document &document, const QString &mapId, const WardleyMap &parsed);
/** Any other change: `after` replaces the project's map with the same id, as one entry labelled `actionText`. */
bool replaceMap(Document &document, const WardleyMap &after, const QString &actionText);

} // namespace mapedit
} // namespace dpi
