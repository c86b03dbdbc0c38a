#include "normalize/vocabulary.h"

#include <re2/re2.h>

#include "normalize/regex.h"

namespace gongkai::normalize {

bool names_a_total(std::string_view label) {
  static const Regex re(R"(^(?:.{0,12}(?:合\s*计|总\s*计|小\s*计))$)");
  return RE2::FullMatch(label, re);
}

bool names_the_grand_total(std::string_view canonical) {
  static const Regex re(R"(^(?:部门|本表)?合\s*计(?:数)?$|^总\s*计$)");
  return RE2::FullMatch(canonical, re);
}

}  // namespace gongkai::normalize
