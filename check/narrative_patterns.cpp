#include "check/narrative_patterns.h"

#include <re2/re2.h>

#include <array>
#include <cctype>

#include "check/table_view.h"
#include "normalize/regex.h"

namespace gongkai::check::detail {
namespace {

// A number (thousands groups only in threes) and its money unit.
const RE2& figure_re() {
  static const normalize::Regex re(
      R"(([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(亿元|万元|千元|元))");
  return re;
}

// 比上年 / 较2023年 / 与上年相比预算数 / 同比 … then the direction word, ending the lead.
const RE2& change_lead_re() {
  static const normalize::Regex re(
      R"((?:比|较|与|同比)[^,，。;；]{0,24}?(增加|增长|上升|减少|下降|降低|持平)$)");
  return re;
}

const RE2& change_percent_re() {
  static const normalize::Regex re(
      R"(^[,，、]?(?:同比)?(增加|增长|上升|减少|下降|降低)([0-9]+(?:\.[0-9]+)?)%)");
  return re;
}

const RE2& compared_percent_re() {
  static const normalize::Regex re(
      R"(^[,，]?(?:比|较)[^,，。;；0-9%]{0,24}?(?:20[0-9]{2}年[^,，。;；0-9%]{0,16}?)?(增加|增长|上升|减少|下降|降低)([0-9]+(?:\.[0-9]+)?)%)");
  return re;
}

const RE2& share_re() {
  static const normalize::Regex re(R"(^[,，、]?占[^,，。;；0-9%]{0,12}?([0-9]+(?:\.[0-9]+)?)%)");
  return re;
}

const RE2& heading_re() {
  static const normalize::Regex re(
      R"(^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)))");
  return re;
}

const RE2& top_heading_re() {
  static const normalize::Regex re(
      R"(^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、))");
  return re;
}

// "与2023年度相比,收入支出总计减少": the subject is captured so it can be matched with the
// figure that closed the previous sentence.
const RE2& compared_lead_re() {
  static const normalize::Regex re(
      R"(^与(?:上年|上一年|上年度|20[0-9]{2}年度?)(?:相比|比较)[,，]?([^,，。;；0-9]{2,40}?)(增加|增长|上升|减少|下降|降低)$)");
  return re;
}

// 年初预算为A万元,支出决算为B万元[,完成年初预算的C%][。决算数大于|小于|等于预算数].
const RE2& execution_re() {
  static const normalize::Regex re(
      R"(年初预算(?:数)?为([0-9][0-9,]*(?:\.[0-9]+)?)万元[,，]?(?:支出)?决算(?:数)?为([0-9][0-9,]*(?:\.[0-9]+)?)万元[,，。;；]?)"
      R"((?:完成(?:年初)?预算的([0-9]+(?:\.[0-9]+)?)%[,，。;；]?)?)"
      R"((?:决算数(大于|小于|等于|高于|低于)预算数|决算数与预算数(基本持平|持平|相等))?)");
  return re;
}

// "(204类)司法(06款)行政运行(01项)": the code split over the three levels.
const RE2& item_code_re() {
  static const normalize::Regex re(
      R"(\(([0-9]{3})类\)[^。;；]{0,60}?\(([0-9]{2})款\)[^。;；]{0,60}?\(([0-9]{2})项\))");
  return re;
}

// "一般公共服务支出(类)财政事务(款)行政运行(项)": names only (final accounts).
const RE2& item_names_re() {
  static const normalize::Regex re(
      R"(([^、:：,，。;；]{2,30}?)\(类\)([^、:：,，。;；]{2,30}?)\(款\)([^、:：,，。;；]{2,40}?)\(项\))");
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

std::optional<ComparedLead> compared_lead(std::string_view lead) {
  std::string subject, word;
  if (!RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), compared_lead_re(), &subject,
                         &word))
    return std::nullopt;
  return ComparedLead{direction_of(word), subject};
}

namespace {

// Every match of `re` in `text`, left to right, as its groups (group 0 first).
template <int N>
std::vector<std::array<re2::StringPiece, N>> all_matches(const RE2& re, std::string_view text) {
  std::vector<std::array<re2::StringPiece, N>> out;
  re2::StringPiece input(text.data(), text.size());
  std::array<re2::StringPiece, N> groups;
  std::size_t pos = 0;
  while (pos < text.size() &&
         re.Match(input, pos, text.size(), RE2::UNANCHORED, groups.data(), N)) {
    if (groups[0].empty()) break;
    pos = static_cast<std::size_t>(groups[0].data() - text.data()) + groups[0].size();
    out.push_back(groups);
  }
  return out;
}

std::size_t offset(std::string_view text, re2::StringPiece piece) {
  return static_cast<std::size_t>(piece.data() - text.data());
}

std::string str(re2::StringPiece p) {
  return std::string(p.data(), p.size());
}

}  // namespace

std::vector<Execution> executions_in(std::string_view text) {
  std::vector<Execution> out;
  for (const auto& g : all_matches<6>(execution_re(), text)) {
    auto budget = plain_number(str(g[1])), actual = plain_number(str(g[2]));
    if (!budget || !actual) continue;
    Execution e;
    e.begin = offset(text, g[0]);
    e.end = e.begin + g[0].size();
    e.budget = *budget;
    e.actual = *actual;
    if (!g[3].empty()) e.completion = Decimal::parse(str(g[3]));
    e.relation = !g[4].empty() ? str(g[4]) : str(g[5]);
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<ItemHead> item_heads_in(std::string_view text) {
  std::vector<ItemHead> out;
  for (const auto& g : all_matches<4>(item_code_re(), text)) {
    std::size_t begin = offset(text, g[0]);
    out.push_back({begin, begin + g[0].size(), str(g[1]) + str(g[2]) + str(g[3]), {}});
  }
  if (!out.empty()) return out;  // a document names its items one way
  for (const auto& g : all_matches<4>(item_names_re(), text)) {
    std::size_t begin = offset(text, g[0]);
    out.push_back(
        {begin,
         begin + g[0].size(),
         {},
         {canonical_label(str(g[1])), canonical_label(str(g[2])), canonical_label(str(g[3]))}});
  }
  return out;
}

std::vector<TextFigure> item_amounts(std::string_view item_text, std::size_t head_end) {
  std::vector<TextFigure> out;
  std::size_t from = head_end;
  for (const TextFigure& f : figures_in(item_text)) {
    if (f.begin < head_end) continue;
    std::string_view lead = item_text.substr(from, f.begin - from);
    from = f.end;
    if (f.begin == head_end || lead.ends_with("预算安排") || lead.ends_with("预算安排为") ||
        lead.ends_with("支出决算为") || lead.ends_with("决算数为"))
      out.push_back(f);
  }
  return out;
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
