#include "core/page_ranges.h"

namespace gongkai {

std::string page_ranges(std::span<const int> pages, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < pages.size();) {
    std::size_t j = i;
    while (j + 1 < pages.size() && pages[j + 1] == pages[j] + 1) ++j;
    if (!out.empty()) out += separator;
    out += std::to_string(pages[i]);
    if (j > i) out += '-' + std::to_string(pages[j]);
    i = j + 1;
  }
  return out;
}

}  // namespace gongkai
