#include "check/narrative_patterns.h"

#include <re2/re2.h>

#include <cctype>

#include "check/table_view.h"

namespace gongkai::check::detail {
namespace {

// A number (thousands groups only in threes) and its money unit.
const RE2& figure_re() {
  static const RE2 re(
      R"(([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(亿元|万元|千元|元))");
  return re;
}

// 比上年 / 较2023年 / 与上年相比预算数 / 同比 … then the direction word, ending the lead.
const RE2& change_lead_re() {
  static const RE2 re(
      R"((?:比|较|与|同比)[^,，。;；]{0,24}?(增加|增长|上升|减少|下降|降低|持平)$)");
  return re;
}

const RE2& change_percent_re() {
  static const RE2 re(R"(^[,，、]?(?:同比)?(增加|增长|上升|减少|下降|降低)([0-9]+(?:\.[0-9]+)?)%)");
  return re;
}

const RE2& compared_percent_re() {
  static const RE2 re(
      R"(^[,，]?(?:比|较)[^,，。;；0-9%]{0,24}?(?:20[0-9]{2}年[^,，。;；0-9%]{0,16}?)?(增加|增长|上升|减少|下降|降低)([0-9]+(?:\.[0-9]+)?)%)");
  return re;
}

const RE2& share_re() {
  static const RE2 re(R"(^[,，、]?占[^,，。;；0-9%]{0,12}?([0-9]+(?:\.[0-9]+)?)%)");
  return re;
}

const RE2& heading_re() {
  static const RE2 re(
      R"(^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)))");
  return re;
}

const RE2& top_heading_re() {
  static const RE2 re(R"(^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、))");
  return re;
}

Direction direction_of(std::string_view word) {
  if (word == "增加" || word == "增长" || word == "上升") return Direction::Up;
  if (word == "持平") return Direction::Same;
  return Direction::Down;
}

std::optional<Decimal> plain_number(std::string_view printed) {
  std::string digits;
  for (char c : printed)
    if (c != ',') digits.push_back(c);
  return Decimal::parse(digits);
}

}  // namespace

std::vector<TextFigure> figures_in(std::string_view text) {
  std::vector<TextFigure> out;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[3];
  std::size_t pos = 0;
  while (pos < text.size() &&
         figure_re().Match(input, pos, text.size(), RE2::UNANCHORED, groups, 3)) {
    std::size_t begin = static_cast<std::size_t>(groups[0].data() - text.data());
    std::size_t end = begin + groups[0].size();
    pos = end;
    // Part of a longer number or code ("A0102…", "2.5.3万元"): not a figure.
    if (begin > 0 &&
        (std::isalnum(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] == '.'))
      continue;
    auto value = plain_number(std::string_view(groups[1].data(), groups[1].size()));
    auto power = unit_power(std::string_view(groups[2].data(), groups[2].size()));
    if (value && power) out.push_back({begin, end, *value, *power});
  }
  return out;
}

std::optional<Direction> change_lead(std::string_view lead) {
  std::string word;
  if (!RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), change_lead_re(), &word))
    return std::nullopt;
  return direction_of(word);
}

std::optional<ChangePercent> change_percent(std::string_view tail) {
  std::string word, number;
  if (!RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), change_percent_re(), &word,
                         &number))
    return std::nullopt;
  auto value = Decimal::parse(number);
  if (!value) return std::nullopt;
  return ChangePercent{direction_of(word), *value};
}

std::optional<ChangePercent> compared_percent(std::string_view tail) {
  std::string word, number;
  if (!RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), compared_percent_re(), &word,
                         &number))
    return std::nullopt;
  auto value = Decimal::parse(number);
  if (!value) return std::nullopt;
  return ChangePercent{direction_of(word), *value};
}

std::optional<Decimal> share_percent(std::string_view tail) {
  std::string number;
  if (!RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), share_re(), &number))
    return std::nullopt;
  return Decimal::parse(number);
}

bool is_section_heading(std::string_view line) {
  std::string s = without_spaces(line);
  if (s.size() > 120 || s.find("。") != std::string::npos || !figures_in(s).empty()) return false;
  return RE2::PartialMatch(s, heading_re());
}

bool is_top_heading(std::string_view line) {
  return is_section_heading(line) && RE2::PartialMatch(without_spaces(line), top_heading_re());
}

}  // namespace gongkai::check::detail
