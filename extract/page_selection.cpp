#include "extract/page_selection.h"

#include <algorithm>
#include <iterator>

#include "core/error.h"

namespace gongkai::extract {

void check_selected_pages(const std::vector<int>& pages, int count, const std::string& file) {
  auto outside =
      std::find_if(pages.begin(), pages.end(), [&](int p) { return p < 1 || p > count; });
  if (outside == pages.end()) return;
  throw FileError(file, 0,
                  "--pages: page " + std::to_string(*outside) +
                      " is out of range: the document has " + std::to_string(count) +
                      (count == 1 ? " page" : " pages"));
}

void keep_selected_pages(SourceDocument& doc, const std::vector<int>& pages) {
  if (pages.empty()) return;
  check_selected_pages(pages, doc.info.page_count, doc.info.file_name);
  auto unselected = [&](int page) { return !std::binary_search(pages.begin(), pages.end(), page); };
  std::erase_if(doc.lines, [&](const SourceLine& l) { return unselected(l.page); });
  std::erase_if(doc.diagnostics,
                [&](const Diagnostic& d) { return d.page != 0 && unselected(d.page); });
  if (static_cast<int>(pages.size()) < doc.info.page_count) doc.info.selected_pages = pages;
}

}  // namespace gongkai::extract
