#include "mapfileimport.h"

#include "document.h"
#include "owmfile.h"
#include "scoreedits.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dpi {

namespace {

bool projectHasMap(const Project &project, const QString &id)
{
    for (const WardleyMap &map : project.maps) {
        if (map.id == id)
            return true;
    }
    return false;
}

QString freeMapId(const Project &project, const QString &base)
{
    QString id = base;
    for (int n = 2; projectHasMap(project, id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

} // namespace

MapFileImport importMapFile(Document &document, const QString &path)
{
    MapFileImport result;
    std::optional<OwmParseResult> parsed = readOwmFile(path, &result.diagnostics);
    if (!parsed)
        return result;
    result.diagnostics.append(parsed->diagnostics);
    if (parsed->diagnostics.hasErrors())
        return result;

    // "tunduk-value-chain.owm" -> "tunduk-value-chain"
    const QString baseName = QFileInfo(path).completeBaseName();
    QString base = wardleySlug(baseName);
    if (base.isEmpty())
        base = QStringLiteral("map");
    WardleyMap map = std::move(parsed->map);
    map.id = freeMapId(document.project(), base);
    if (map.title.isEmpty())
        map.title = LocalizedText(baseName);
    Project project = document.project();
    project.maps.push_back(map);
    // A new, untitled project has no title yet, and a project without one
    // cannot be read back once saved: it takes the map's.
    if (project.metadata.title.isEmpty())
        project.metadata.title = map.title;
    edit::replaceProject(document, project,
                         QCoreApplication::translate("dpi::MapFileImport", "Import map %1").arg(QFileInfo(path).fileName()));
    result.mapId = map.id;
    return result;
}

} // namespace dpi
