#pragma once

#include "document.h"
#include "project.h"
#include "wardleymap.h"

// The map views show a Document's map by id: a project holding `map` as its
// only map, with no undo history.
inline void resetWithMap(dpi::Document &document, const dpi::WardleyMap &map)
{
    dpi::Project project;
    project.maps.push_back(map);
    document.reset(project);
}
