#pragma once

namespace dpi {

// A place in a text file as users see it: 1-based line and column (columns
// in characters). Line 0 means the place is not known, e.g. for a value
// built in memory rather than read from a file.
struct TextPosition
{
    int line = 0;
    int column = 0;

    bool known() const { return line > 0; }
};

} // namespace dpi
