// unit_in and unit_power: the money unit a table or line declares.
#include "normalize/detail.h"
#include "normalize/normalize.h"

namespace gongkai::normalize {
namespace {

// Both run on clean_text output: "：" is ':' and "（）" are "()" by then.
// "单位：万元", "金额单位：万元", "（单位：万元）", "单位：人民币万元", "单位（万元）" — anywhere
// in the text. "计量单位：元/人" is a rate, not a money unit, hence the trailing [^/].
const re2::RE2& unit_phrase_pattern() {
  static const detail::Pattern kUnitPhrase{
      "unit phrase", R"(单位 ?[:(] ?(?:人民币)?(千元|万元|亿元|元)(?:[^/]|$))"};
  return *kUnitPhrase;
}

// The whole text is a unit word, possibly in parentheses: "万元", "(万元)".
const re2::RE2& bare_unit_pattern() {
  static const detail::Pattern kBareUnit{"bare unit",
                                         R"((千元|万元|亿元|元)|\((千元|万元|亿元|元)\))"};
  return *kBareUnit;
}

}  // namespace

std::optional<std::string> unit_in(std::string_view text) {
  // Every unit ends in 元: most lines are rejected here without NFKC.
  if (text.find("元") == std::string_view::npos) return std::nullopt;
  const std::string cleaned = clean_text(text);
  std::string unit, in_parentheses;
  if (re2::RE2::PartialMatch(cleaned, unit_phrase_pattern(), &unit)) return unit;
  if (re2::RE2::FullMatch(cleaned, bare_unit_pattern(), &unit, &in_parentheses))
    return unit.empty() ? in_parentheses : unit;
  return std::nullopt;
}

std::optional<int> unit_power(std::string_view unit) {
  if (unit == "元") return 0;
  if (unit == "千元") return 3;
  if (unit == "万元") return 4;
  if (unit == "亿元") return 8;
  return std::nullopt;
}

}  // namespace gongkai::normalize
