#pragma once

#include "diagnostic.h"
#include "wardleymap.h"

#include <QString>

namespace dpi {

struct OwmParseResult
{
    WardleyMap map;
    Diagnostics diagnostics;
};

// Reads OnlineWardleyMaps text. Accepts everything the reference engine
// (wmlandscape 3.0.1) accepts, including removed forms (`y-axis`, stand-alone
// `market`/`ecosystem`/`build`/`buy`/`outsource` lines), and fixes its silent
// failures (see docs/wardley-maps.md). Every line it does not understand gets
// a diagnostic "FILE:LINE:COL: warning: ..."; the rest of the map is still
// read. Linear in the size of the text; never throws.
OwmParseResult parseOwm(const QString &text, const QString &fileName);

} // namespace dpi
