// Test helper for the layout tests: synthetic words as poppler would give them.
#pragma once

#include <string>

#include "extract/layout.h"

namespace gongkai::testing {

inline std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// A word at font size 10 (1 em = 10 pt), 10 pt high, its characters evenly spread over x0..x1.
inline extract::Word word(std::string text, double x0, double y0, double x1) {
  extract::Word w;
  w.box = {x0, y0, x1, y0 + 10};
  w.font_size = 10;
  const std::size_t n = code_points(text);
  for (std::size_t i = 0; i <= n; ++i) w.edges.push_back(x0 + (x1 - x0) * double(i) / double(n));
  w.text = std::move(text);
  return w;
}

}  // namespace gongkai::testing
