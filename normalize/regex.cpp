#include "normalize/regex.h"

#include <cstdlib>
#include <iostream>

namespace gongkai::normalize {

std::string pattern_error(const std::string& pattern) {
  const re2::RE2 re(pattern, re2::RE2::Quiet);
  return re.ok() ? std::string() : re.error();
}

void Regex::check(std::string_view name, const std::string& pattern) const {
  if (ok()) return;
  std::cerr << "gongkai: internal error: the pattern " << name << (name.empty() ? "" : " ")
            << pattern << " does not compile: " << error() << '\n';
  std::abort();
}

}  // namespace gongkai::normalize
