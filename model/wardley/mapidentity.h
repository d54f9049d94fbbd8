#pragma once

#include "wardleymap.h"

namespace dpi {

/**
 * OWM text knows neither our ids nor the criteria linked to components. When
 * a map is re-read from text (the text pane, `dpiw map import` over an
 * existing map), this keeps what the text cannot carry: the map's id, its
 * title translations while the English title is unchanged, its explanation, and for each
 * component whose name (and kind) is unchanged, its id and criteria links.
 */
void carryOverIdentity(const WardleyMap &previous, WardleyMap &parsed);

} // namespace dpi
