#include "editorhost.h"

namespace dpi {

// Out of line: the one place the vtable is emitted.
EditorHost::~EditorHost() = default;

} // namespace dpi
