#pragma once

#include "mapcomparison.h"

#include <QStringList>

class QFont;
class QPainter;

namespace dpi {

class MapLayout;

// Draws what changed since an earlier version of the map over the newer map:
// a hollow ghost where a moved component stood with an arrow to where it is
// now, a ring around added components, a crossed ghost where a removed one
// stood, and a small legend (`legend`: its three rows, moved, new, removed;
// empty: in the application's language). Used by the one map painter (screen and exports).
void paintMapChanges(QPainter &painter, const MapLayout &layout, const MapComparison &changes,
                     const QFont &font, bool dark, const QStringList &legend = {});

} // namespace dpi
