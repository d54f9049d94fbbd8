#pragma once

#include "mapcomparison.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dpi {

// One row of the score legend ("75-100 %" and its colour).
struct MapLegendEntry
{
    QColor colour;
    QString text;
};

/**
 * What to draw besides the map itself. The defaults give the plain map as
 * OnlineWardleyMaps shows it; scores are off until a caller fills
 * `componentColours` (see mapscorecolours.h) and sets `showScores`.
 */
struct MapPaintOptions
{
    QString fontFamily = QStringLiteral("DejaVu Sans");
    bool fillBackground = true;        // white (or dark for `style dark`); off to paint over a page
    bool showTitle = true;

    bool showScores = false;
    QHash<QString, QColor> componentColours;  // component id -> fill colour
    QString scoreLegendTitle;          // e.g. "Scores: Education"
    std::vector<MapLegendEntry> scoreLegend;

    // Set to show what changed since an earlier version (mapchangepainter.h).
    std::optional<MapComparison> changes;
    // The change legend's three rows (moved, new, removed) in a document's own
    // language, e.g. a Russian report; empty: the application's language.
    QStringList changeLegend;
};

} // namespace dpi
