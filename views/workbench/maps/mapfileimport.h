#pragma once

#include "diagnostic.h"

#include <QString>

namespace dpi {

class Document;

struct MapFileImport
{
    QString mapId;           // the new map's id; empty when nothing was added
    Diagnostics diagnostics; // FILE:LINE:COL problems of the file, warnings included

    bool ok() const { return !mapId.isEmpty(); }
};

/**
 * Adds the map of an OnlineWardleyMaps text file (*.owm) to the document's
 * project as a new map, as one undo step. Its id comes from the file name
 * (made unique in the project); without a `title` line the file name is the
 * title. A project without a title (a new one) takes the map's. A file that
 * cannot be read or has errors adds nothing.
 */
MapFileImport importMapFile(Document &document, const QString &path);

} // namespace dpi
