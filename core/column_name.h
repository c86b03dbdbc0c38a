// A column's name is its header cells from the top joined with '/' (core/model.h: "本年收入/合计");
// these read its parts. One home for the convention, used by check/ and emit/.
#pragma once

#include <string_view>

namespace gongkai {

// The bottom header cell: "本年收入/合计" → "合计"; a one-cell name is its own.
constexpr std::string_view last_segment(std::string_view column) {
  auto slash = column.rfind('/');
  return slash == std::string_view::npos ? column : column.substr(slash + 1);
}

// The header cells above it: "本年收入/合计" → "本年收入"; empty for a top-level column.
constexpr std::string_view column_prefix(std::string_view column) {
  auto slash = column.rfind('/');
  return slash == std::string_view::npos ? std::string_view{} : column.substr(0, slash);
}

}  // namespace gongkai
