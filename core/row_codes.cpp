#include "core/row_codes.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

namespace gongkai {
namespace {

// Widths of the 类, 款 and 项 parts, and of the code they complete (3, 5, 7 digits).
constexpr std::array<std::size_t, 3> kPartWidth = {3, 2, 2};
constexpr std::array<std::size_t, 3> kCodeWidth = {3, 5, 7};

bool canonical_width(std::size_t n) {
  return n == 3 || n == 5 || n == 7;
}

ColumnRole role_of(const Table& table, std::size_t col) {
  // A table whose roles are shorter than its rows (never from parse, possible by hand) reads the
  // extra columns as text.
  return col < table.roles.size() ? table.roles[col] : ColumnRole::Label;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The cell's text without surrounding white space; "" for a null cell or one the row lacks.
std::string_view cell_text(const Table& table, std::size_t row, std::size_t col) {
  if (row >= table.rows.size() || col >= table.rows[row].size()) return {};
  const Value& v = table.rows[row][col];
  if (v.is_null()) return {};
  std::string_view text = v.text;
  auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") + 1 - first);
}

// Digits of a code cell ("201", "03", "201 03 01" → "2010301"); "" when the cell is no code.
std::string code_digits(const Table& table, std::size_t row, std::size_t col) {
  std::string s;
  for (char c : cell_text(table, row, col))
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') s.push_back(c);
  return all_digits(s) ? s : std::string{};
}

// One code cell as the classification writes it: "2010301", or its parts spaced ("201 03 01").
bool canonical_cell(std::string_view text) {
  std::size_t digits = 0, part = 0;
  while (!text.empty()) {
    auto space = text.find(' ');
    auto piece = text.substr(0, space);
    text = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
    if (piece.empty()) continue;
    if (!all_digits(piece) || part == kPartWidth.size()) return false;
    ++part;
    if (part > 1 && piece.size() != kPartWidth[part - 1]) return false;
    digits += piece.size();
  }
  return canonical_width(digits) && (part <= 1 || digits == kCodeWidth[part - 1]);
}

// Split 类 | 款 | 项 columns, row by row: a row may print only its own level; the higher ones
// are carried down from the rows above.
std::vector<RowCode> joined_codes(const Table& t, const std::vector<std::size_t>& cols) {
  std::vector<RowCode> codes(t.rows.size());
  std::vector<std::string> carried(cols.size());
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    std::vector<std::string> parts;
    for (std::size_t c : cols) parts.push_back(code_digits(t, r, c));
    // A 款 or 项 of one digit in its own column is a number that lost its leading 0 ("301 | 2"
    // for 30102: spreadsheets print the part as a number); a 类 has no such reading.
    for (std::size_t i = 1; i < parts.size(); ++i)
      if (parts[i].size() == 1) parts[i] = "0" + parts[i];
    auto last = std::find_if(parts.rbegin(), parts.rend(), [](auto& p) { return !p.empty(); });
    if (last == parts.rend()) continue;
    std::size_t depth = static_cast<std::size_t>(parts.rend() - last);  // levels used
    auto first = std::find_if(parts.begin(), parts.end(), [](auto& p) { return !p.empty(); });
    // 类 and 项 printed without the 款 between them: the levels cannot be told.
    bool gap = std::any_of(first, parts.begin() + depth, [](auto& p) { return p.empty(); });
    std::string code, printed;
    for (std::size_t i = 0; i < depth; ++i) printed += parts[i];
    std::size_t level = cols.size() > 1 ? depth : 0;
    std::vector<std::size_t> widths;  // the pieces of `code`
    for (std::size_t i = 0; i < depth; ++i) {
      if (parts[i].empty()) parts[i] = carried[i];
      if (parts[i].empty()) {  // a level we cannot recover: the row is read without a code
        code.clear();
        break;
      }
      // A full code already printed in a later column ("2010301" under 项) stands alone.
      if (i > 0 && parts[i].size() >= 3 && parts[i].rfind(code, 0) == 0) {
        code.clear();
        widths.clear();
      }
      code += parts[i];
      widths.push_back(parts[i].size());
    }
    for (std::size_t i = 0; i < depth; ++i) carried[i] = parts[i];
    for (std::size_t i = depth; i < carried.size(); ++i) carried[i].clear();
    if (code.empty()) {
      codes[r] = {printed, false, false, level};
      continue;
    }
    bool pieces = canonical_width(widths.front()) &&
                  std::all_of(widths.begin() + 1, widths.end(), [](auto w) { return w == 2; });
    if (cols.size() == 1) pieces = canonical_cell(cell_text(t, r, cols.front()));
    codes[r] = {code, !gap && pieces && canonical_width(code.size()), false, level};
  }
  return codes;
}

// A code printed at the head of a label cell: "[2011301]行政运行", "2011301 行政运行",
// "2010601-行政运行" (3, 5 or 7 digits, then the name). Not "231_烟台市审计局" (a unit's
// number), not "2025年", not a code alone.
std::optional<std::string> code_in_label(std::string_view text) {
  bool bracket = text.starts_with('[');
  if (bracket) text.remove_prefix(1);
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (!canonical_width(digits)) return std::nullopt;
  std::string_view rest = text.substr(digits);
  if (bracket) {
    if (!rest.starts_with(']')) return std::nullopt;
  } else if (!rest.starts_with(' ') && !rest.starts_with('-')) {
    return std::nullopt;
  }
  rest.remove_prefix(1);
  while (rest.starts_with(' ') || rest.starts_with('-')) rest.remove_prefix(1);
  // The name must follow, and start with a word (a CJK character is a multi-byte lead byte).
  if (rest.empty() || static_cast<unsigned char>(rest.front()) < 0x80) return std::nullopt;
  return std::string(text.substr(0, digits));
}

// The label column of the span whose names carry their codes: the first Label-role column where
// at least two cells, and two in three of those filled, start with a code. Column-wide, so that a
// name that merely starts with a number is not read as a code.
std::optional<std::size_t> label_code_column(const Table& table, ColumnSpan span) {
  for (std::size_t c = span.begin; c < span.end; ++c) {
    if (role_of(table, c) != ColumnRole::Label) continue;
    std::size_t filled = 0, coded = 0;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      auto text = cell_text(table, r, c);
      if (text.empty()) continue;
      ++filled;
      coded += code_in_label(text).has_value();
    }
    return coded >= 2 && 3 * coded >= 2 * filled ? std::optional<std::size_t>(c) : std::nullopt;
  }
  return std::nullopt;
}

std::vector<RowCode> label_codes(const Table& table, ColumnSpan span) {
  std::vector<RowCode> codes(table.rows.size());
  auto col = label_code_column(table, span);
  if (!col) return codes;
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    if (auto code = code_in_label(cell_text(table, r, *col))) codes[r] = {*code, true, true, 0};
  return codes;
}

// An amount column of the table in which some row prints an amount.
bool holds_amounts(const Table& table, std::size_t col) {
  if (role_of(table, col) != ColumnRole::Amount) return false;
  return std::any_of(table.rows.begin(), table.rows.end(),
                     [col](const auto& row) { return col < row.size() && row[col].is_amount(); });
}

bool holds_amounts(const Table& table, ColumnSpan span) {
  for (std::size_t c = span.begin; c < span.end; ++c)
    if (holds_amounts(table, c)) return true;
  return false;
}

}  // namespace

ColumnSpan whole_table(const Table& table) {
  std::size_t width = std::max(table.roles.size(), table.columns.size());
  for (const auto& r : table.rows) width = std::max(width, r.size());
  return {0, width};
}

ColumnSpan column_group(const Table& table, std::size_t col) {
  std::size_t width = whole_table(table).end;
  auto starts_group = [&](std::size_t i) {
    return i > 0 && role_of(table, i) != ColumnRole::Amount &&
           role_of(table, i - 1) == ColumnRole::Amount;
  };
  ColumnSpan span{std::min(col, width), width};
  while (span.begin > 0 && !starts_group(span.begin)) --span.begin;
  for (std::size_t i = span.begin + 1; i < width; ++i)
    if (starts_group(i)) return {span.begin, i};
  return span;
}

namespace {

// The code columns of the classification read in `span` (see row_codes.h); empty when none.
std::vector<std::size_t> classification_columns(const Table& t, ColumnSpan span) {
  std::vector<std::vector<std::size_t>> runs;
  for (std::size_t c = span.begin; c < span.end; ++c) {
    if (role_of(t, c) != ColumnRole::Code) continue;
    if (runs.empty() || runs.back().back() + 1 != c) runs.emplace_back();
    runs.back().push_back(c);
  }
  auto any_between = [&t](std::size_t from, std::size_t to, ColumnRole role) {
    for (std::size_t c = from; c < to; ++c)
      if (role == ColumnRole::Amount ? holds_amounts(t, c) : role_of(t, c) == role) return true;
    return false;
  };
  // Two classifications: 类 | 款 pairs, or a code run followed by its own name column and then
  // another code run (编码 | 名称 | 编码 | 名称). An amount between two runs makes halves printed
  // side by side, whose codes a whole-table reading joins (code_halves and column_group read each
  // half); a column of amounts left empty (规格型号 read as one) makes none.
  if (runs.size() >= 2 && !any_between(runs[0].back(), runs[1].front(), ColumnRole::Amount) &&
      (runs[0].size() == 2 || any_between(runs[0].back(), runs[1].front(), ColumnRole::Label)))
    return runs.front();
  std::vector<std::size_t> all;
  for (const auto& run : runs) all.insert(all.end(), run.begin(), run.end());
  return all;
}

}  // namespace

std::vector<RowCode> read_row_codes(const Table& table, ColumnSpan span) {
  std::vector<std::size_t> cols = classification_columns(table, span);
  return cols.empty() ? label_codes(table, span) : joined_codes(table, cols);
}

namespace {
bool has_codes(const Table& table, ColumnSpan span) {
  auto codes = read_row_codes(table, span);
  return std::any_of(codes.begin(), codes.end(), [](const RowCode& c) { return !c.code.empty(); });
}
}  // namespace

std::vector<ColumnSpan> code_halves(const Table& table) {
  std::size_t width = whole_table(table).end;
  std::vector<ColumnSpan> halves;
  bool complete = false;  // the last half reads codes and holds amounts of its own
  for (std::size_t begin = 0; begin < width;) {
    ColumnSpan group = column_group(table, begin);
    begin = group.end;
    if (halves.empty() || (complete && has_codes(table, group))) {
      halves.push_back(group);
      complete = false;
    } else {
      halves.back().end = group.end;
    }
    complete = complete || (has_codes(table, halves.back()) && holds_amounts(table, halves.back()));
  }
  return halves;
}

}  // namespace gongkai
