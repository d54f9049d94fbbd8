#pragma once

#include "framework.h"

#include <QString>

namespace dpi {

/**
 * The first reason the reader would refuse `framework` once written out, or
 * an empty string. Checks the Framework value directly (required texts,
 * ids, dates, the critical rule against the scale, ...) instead of writing
 * and re-reading the YAML: the structure editor runs it on every keystroke,
 * and a round trip through yaml-cpp costs as much as the edit itself.
 */
QString frameworkValueProblem(const Framework &framework);

} // namespace dpi
