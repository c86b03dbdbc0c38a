// The text half of the glued-amount rule (see glued_amount.h).
#include "extract/glued_amount.h"

#include <algorithm>

namespace gongkai::extract {
namespace {

bool digit(char c) {
  return c >= '0' && c <= '9';
}

// A well-formed amount: an integer part without a leading zero (plain digits
// or thousands groups of exactly three), an optional fraction; and a fraction or groups at least.
bool well_formed(std::string_view s) {
  std::string_view integer = s.substr(0, s.find('.')), fraction;
  if (integer.size() < s.size()) fraction = s.substr(integer.size() + 1);
  if (integer.empty() || !std::all_of(fraction.begin(), fraction.end(), digit)) return false;
  if (integer.size() < s.size() && fraction.empty()) return false;  // "12." is not an amount
  if (integer.size() > 1 && integer.front() == '0') return false;
  const bool grouped = integer.find(',') != std::string_view::npos;
  for (std::size_t i = 0; i < integer.size(); ++i) {
    const std::size_t from_right = integer.size() - i;  // 4 for the comma of "1,234"
    const bool comma_here = grouped && from_right % 4 == 0;
    if (comma_here ? integer[i] != ',' : !digit(integer[i])) return false;
  }
  if (grouped && integer.front() == ',') return false;
  return grouped || !fraction.empty();
}

// The character that ends a name right before its amount: a Han ideograph (UTF-8 lead byte
// E4–E9 and two continuation bytes) or a closing bracket.
bool ends_name(std::string_view name) {
  for (std::string_view close : {"）", ")", "》", "」", "】"})
    if (name.ends_with(close)) return true;
  if (name.size() < 3) return false;
  const auto lead = static_cast<unsigned char>(name[name.size() - 3]);
  return lead >= 0xE4 && lead <= 0xE9;
}

}  // namespace

// No minus is taken before the digits: names join their parts with a dash ("城维计划-广园快速路").
std::optional<std::size_t> glued_amount_offset(std::string_view text) {
  std::size_t at = text.size();
  while (at > 0 && (digit(text[at - 1]) || text[at - 1] == ',' || text[at - 1] == '.')) --at;
  if (at == text.size() || at == 0) return std::nullopt;
  if (!ends_name(text.substr(0, at)) || !well_formed(text.substr(at))) return std::nullopt;
  return at;
}

}  // namespace gongkai::extract
