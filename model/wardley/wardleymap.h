#pragma once

#include "localizedtext.h"

#include <QString>

namespace dpi {

// A Wardley map of the project. Placeholder until the map model lands
// (issue 5): it keeps the map's id, title and its OWM text.
struct WardleyMap
{
    QString id;
    LocalizedText title;
    QString owmText;
    bool operator==(const WardleyMap &o) const { return id == o.id && title == o.title && owmText == o.owmText; }
};

} // namespace dpi
