#pragma once

#include "chartdata.h"
#include "mappaintoptions.h"
#include "project.h"
#include "scoring.h"

#include <QHash>
#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

#include <functional>

namespace dpi {

// Draws the report's charts and maps as vectors. It is registered for
// QTextFormat::ImageObject, so every <img> of a report goes through it:
// "chart:..." and "map:..." names are drawn, anything else draws nothing
// (a report never loads a file or a URL).
//
// Object names (see reportcontext.h): chart:radar/SECTOR/FRAMEWORK,
// chart:overview, chart:coverage, chart:bars/FRAMEWORK, map:MAP[/SECTOR],
// mapdiff:MAP (the map with its changes since the previous round, see
// setPreviousRound()), and page:N (the page number of contents entry N, as text in the run's font).
// The size comes from the <img> width/height in 96-dpi pixels and is scaled
// to the layout's paint device, like QTextImageHandler scales images.
class ReportObjectHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    // Draws a map fitted into `target`; `scoreSectorId` is empty for a plain map.
    using MapPainter = std::function<void(QPainter &painter, const QRectF &target, const Project &project,
                                          const ProjectResult &result, const WardleyMap &map,
                                          const QString &scoreSectorId, const QString &language)>;

    ReportObjectHandler(const Project &project, const ProjectResult &result, const QString &language,
                        QObject *parent = nullptr);

    void setMapPainter(MapPainter painter) { m_mapPainter = std::move(painter); }
    // Numbers drawn by "page:N" objects (contents entry N, 0-based). They are
    // drawn at paint time in a fixed width, so changing them needs no new layout.
    void setPageNumbers(const QStringList &pages) { m_pageNumbers = pages; }
    // Whether a contents entry's page number was drawn since the last call
    // to forgetDrawnPageNumbers(): the page being painted holds the contents.
    void forgetDrawnPageNumbers() { m_drewPageNumber = false; }
    bool drewPageNumber() const { return m_drewPageNumber; }
    // The previous round whose maps "mapdiff:" objects compare with, and the
    // change legend's three rows (moved, new, removed) in the report's language.
    void setPreviousRound(const Project *previous, const QStringList &changeLegend)
    {
        m_previous = previous;
        m_changeLegend = changeLegend;
    }

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

    // Object names that did not resolve (unknown sector, framework, map or kind).
    QStringList unresolvedNames() const { return m_unresolved; }
    int chartsDrawn() const { return m_chartsDrawn; }
    int mapsDrawn() const { return m_mapsDrawn; }

    // The chart data behind an object name; empty when the name is not a chart.
    ChartData chartData(const QString &name);
    // The default size (96-dpi pixels) of an object when the template gives none.
    QSizeF defaultSize(const QString &name);

private:
    void noteUnresolved(const QString &name);

    const Project &m_project;
    const ProjectResult &m_result;
    QString m_language;
    MapPainter m_mapPainter;
    const Project *m_previous = nullptr;
    QStringList m_changeLegend;
    QHash<QString, ChartData> m_chartCache;
    QStringList m_pageNumbers;
    bool m_drewPageNumber = false;
    QStringList m_unresolved;
    int m_chartsDrawn = 0;
    int m_mapsDrawn = 0;
};

// What the report's map of `map` shows: scores of `scoreSectorId` (none when empty),
// without a legend box (the template prints the legend in the report's language).
MapPaintOptions reportMapOptions(const Project &project, const ProjectResult &result, const WardleyMap &map,
                                 const QString &scoreSectorId);

// `map` drawn with what changed since `before` (its version in the previous
// round): arrows for moved components, rings for new ones, crossed ghosts for
// removed ones, the legend's rows `changeLegend` (see MapPaintOptions).
void paintReportMapChanges(QPainter &painter, const QRectF &target, const WardleyMap &before, const WardleyMap &map,
                           const QStringList &changeLegend);

// The map drawing used when no other is set: the Wardley painter with reportMapOptions().
void paintReportMap(QPainter &painter, const QRectF &target, const Project &project, const ProjectResult &result,
                    const WardleyMap &map, const QString &scoreSectorId, const QString &language);

} // namespace dpi
