#include "parse/header.h"

#include <re2/re2.h>

#include <algorithm>

#include "normalize/normalize.h"
#include "normalize/regex.h"
#include "normalize/vocabulary.h"
#include "parse/patterns.h"

namespace gongkai::parse {
namespace {

bool is_small_integer(const std::string& s) {
  return !s.empty() && s.size() <= 3 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "2024" heading a column: a year, not an amount.
bool is_bare_year(const std::string& s) {
  return s.size() == 4 && (s.starts_with("19") || s.starts_with("20")) &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

const std::string& cell(const std::vector<std::string>& row, std::size_t c) {
  static const std::string none;
  return c < row.size() ? row[c] : none;
}

}  // namespace

bool is_column_number_row(const std::vector<std::string>& row) {
  // 1 2 3 … counting up by one (栏次), with short non-numeric marks allowed beside them
  // (栏次, 行次, 甲, 乙, **, 项目).
  // A table with one money column numbers it alone ("** | 1"): one number is enough beside a
  // mark that only a column-number row prints.
  int numbers = 0;
  int previous = 0;
  bool marked = false;
  for (const auto& c : row) {
    if (c.empty()) continue;
    if (is_small_integer(c)) {
      int n = std::stoi(c);
      if (numbers > 0 && n != previous + 1) return false;
      previous = n;
      ++numbers;
      continue;
    }
    bool short_mark = c.size() <= 6 && !normalize::parse_amount(c);  // ≤ 2 CJK characters
    if (!short_mark) return false;
    marked =
        marked || c == "*" || c == "**" || c == "栏次" || c == "行次" || c == "甲" || c == "乙";
  }
  return numbers >= 2 || (numbers == 1 && previous == 1 && marked);
}

bool is_data_row(const std::vector<std::string>& row) {
  if (is_column_number_row(row)) return false;
  auto first = std::find_if(row.begin(), row.end(), [](const auto& c) { return !c.empty(); });
  if (first == row.end()) return false;
  if (is_subject_code(*first)) return true;
  bool only_amounts_after_first = true;
  for (auto it = first; it != row.end(); ++it) {
    if (it->empty()) continue;
    bool amount = !is_bare_year(*it) && normalize::parse_amount(*it).has_value();
    if (amount && it != first) return true;
    if (!amount && it != first && !normalize::is_placeholder(*it)) only_amounts_after_first = false;
  }
  // A totals row with no amounts yet (an empty table's bare 合计) — but not a header row such
  // as "合计 | 一般公共预算 | …", whose other cells are words.
  return normalize::names_a_total(*first) && only_amounts_after_first;
}

bool is_wrapped_tail(const std::vector<std::string>& row, const std::vector<std::string>& above) {
  static const normalize::Regex starts_item(R"(^(?:[一二三四五六七八九十]+、|\(|\d))");
  // A word above that already ends as a whole item name (…支出, …补助, …费, a closed bracket) was
  // not cut: the words under it begin the next row's name, wrapped in its cell above its amounts
  // ("资本性支出" at a page's foot, "广州市交通工程质量监督" / "站（…）  2,121.07" at the next
  // page's head).
  static const normalize::Regex ends_item(R"((?:支出|补助|费|[)）])$)");
  if (row.size() != above.size()) return false;
  bool any = false;
  for (std::size_t c = 0; c < row.size(); ++c) {
    if (row[c].empty()) continue;
    if (above[c].empty() || normalize::parse_amount(row[c]) || normalize::parse_amount(above[c]) ||
        RE2::PartialMatch(row[c], starts_item) || normalize::names_a_total(row[c]) ||
        RE2::PartialMatch(above[c], ends_item))
      return false;
    any = true;
  }
  return any;
}

std::size_t header_row_count(const Grid& rows) {
  for (std::size_t r = 0; r < rows.size(); ++r)
    if (is_data_row(rows[r])) return r;
  return rows.size();
}

std::vector<std::string> flatten_header(std::span<const std::vector<std::string>> header,
                                        std::size_t columns) {
  std::vector<std::string> names(columns);
  // starts[c]: some row above the current one begins a span at column c.
  std::vector<bool> starts(columns, false);
  for (const auto& row : header) {
    if (is_column_number_row(row)) continue;
    std::string carry;
    std::vector<bool> row_starts = starts;
    for (std::size_t c = 0; c < columns; ++c) {
      const auto& text = cell(row, c);
      if (starts[c]) carry.clear();
      if (!text.empty()) {
        carry = text;
        row_starts[c] = true;
      }
      const std::string& part = text.empty() ? carry : text;
      if (part.empty()) continue;
      // A vertically merged cell repeats in some exports: don't write "项目/项目".
      auto last_slash = names[c].rfind('/');
      std::string_view last = last_slash == std::string::npos
                                  ? std::string_view(names[c])
                                  : std::string_view(names[c]).substr(last_slash + 1);
      if (last == part) continue;
      if (!names[c].empty()) names[c] += '/';
      names[c] += part;
    }
    starts = std::move(row_starts);
  }
  return names;
}

}  // namespace gongkai::parse
