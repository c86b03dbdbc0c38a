// --pages for the readers: the pages asked for checked against the document's, and a text
// input's lines kept only on those pages.
#pragma once

#include <string>
#include <vector>

#include "core/model.h"

namespace gongkai::extract {

// Throws FileError naming `file` when a page asked for is not in a document of `count` pages.
void check_selected_pages(const std::vector<int>& pages, int count, const std::string& file);

// Keeps the lines and page diagnostics of the pages asked for (all when `pages` is empty) and
// records the selection in doc.info.selected_pages (unless it is every page). Checks the pages
// first.
void keep_selected_pages(SourceDocument& doc, const std::vector<int>& pages);

}  // namespace gongkai::extract
