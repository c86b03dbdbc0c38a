// A look at how one PDF page is read: words, ruling lines, grids and the resulting lines.
// Wired to `gongkai inspect FILE --page N`; for people tuning the layout, not for parsing.
#pragma once

#include <filesystem>
#include <ostream>

namespace gongkai::extract {

// Prints page `page` (1-based) of `pdf`. Throws FileError when the file or page cannot be read.
void inspect_page(const std::filesystem::path& pdf, int page, std::ostream& out);

}  // namespace gongkai::extract
