// Internal to review/: text made safe for HTML, and bytes as base64 for data: URIs.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::review::detail {

// &, <, >, " and ' as entities: safe in element text and in quoted attributes.
std::string escape(std::string_view text);

std::string base64(std::string_view bytes);

// A number with `decimals` digits after the point ("12.50"): positions in CSS.
std::string fixed(double value, int decimals = 3);

}  // namespace gongkai::review::detail
