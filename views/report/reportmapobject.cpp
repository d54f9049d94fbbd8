#include "reportobjecthandler.h"

#include "mapscorecolours.h"
#include "wardleypainter.h"

#include <QPainter>

namespace dpi {

MapPaintOptions reportMapOptions(const Project &project, const ProjectResult &result, const WardleyMap &map,
                                 const QString &scoreSectorId)
{
    MapPaintOptions options;
    options.fontFamily = QStringLiteral("DejaVu Sans");
    options.showTitle = false; // the template captions the map in the report language
    if (!scoreSectorId.isEmpty()) {
        applyMapScores(options, project, result, scoreSectorId, map);
        // The template prints the score legend under the map in the report's
        // language; the picture's own legend box speaks the interface's.
        options.scoreLegend.clear();
    }
    return options;
}

void paintReportMap(QPainter &painter, const QRectF &target, const Project &project, const ProjectResult &result,
                    const WardleyMap &map, const QString &scoreSectorId, const QString &language)
{
    Q_UNUSED(language) // every text the picture shows comes from the map itself
    paintWardleyMap(painter, target, map, reportMapOptions(project, result, map, scoreSectorId));
}

void paintReportMapChanges(QPainter &painter, const QRectF &target, const WardleyMap &before, const WardleyMap &map,
                           const QStringList &changeLegend)
{
    MapPaintOptions options;
    options.fontFamily = QStringLiteral("DejaVu Sans");
    options.showTitle = false;
    options.changes = compareMaps(before, map);
    options.changeLegend = changeLegend;
    paintWardleyMap(painter, target, map, options);
}

} // namespace dpi
