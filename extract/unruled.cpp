// Tables printed without ruling lines: runs of text rows whose gap-separated chunks line up.
#include "extract/layout.h"

namespace gongkai::extract {

std::vector<UnruledTable> find_unruled_tables(const std::vector<TextRow>& rows) {
  return {};
}

}  // namespace gongkai::extract
