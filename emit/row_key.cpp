#include "emit/row_key.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace gongkai::emit {
namespace {

// Widths of the 类, 款 and 项 parts, and of the code they complete (3, 5, 7 digits).
constexpr std::array<std::size_t, 3> kPartWidth = {3, 2, 2};
constexpr std::array<std::size_t, 3> kCodeWidth = {3, 5, 7};

struct Span {
  std::size_t begin = 0, end = 0;
};

ColumnRole role_of(const Table& table, std::size_t col) {
  // A table whose roles are shorter than its rows (never from parse, possible by hand) reads the
  // extra columns as text.
  return col < table.roles.size() ? table.roles[col] : ColumnRole::Label;
}

std::string_view cell_text(const Table& table, std::size_t row, std::size_t col) {
  if (row >= table.rows.size() || col >= table.rows[row].size()) return {};
  std::string_view text = table.rows[row][col].text;
  auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") + 1 - first);
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::size_t width_of_row(const Table& table) {
  std::size_t width = std::max(table.roles.size(), table.columns.size());
  for (const auto& r : table.rows) width = std::max(width, r.size());
  return width;
}

// The side-by-side group holding `col`: a group starts at a non-amount column that follows an
// amount column (收入 | 金额 | 支出 | 金额 has two groups).
Span group_of(const Table& table, std::size_t col) {
  std::size_t width = width_of_row(table);
  auto starts_group = [&](std::size_t i) {
    return i > 0 && role_of(table, i) != ColumnRole::Amount &&
           role_of(table, i - 1) == ColumnRole::Amount;
  };
  Span span{std::min(col, width), width};
  while (span.begin > 0 && !starts_group(span.begin)) --span.begin;
  for (std::size_t i = span.begin + 1; i < width; ++i)
    if (starts_group(i)) return {span.begin, i};
  return span;
}

// The first run of adjacent Code-role columns in the span; empty when there is none.
Span code_run(const Table& table, Span span) {
  std::size_t i = span.begin;
  while (i < span.end && role_of(table, i) != ColumnRole::Code) ++i;
  std::size_t j = i;
  while (j < span.end && role_of(table, j) == ColumnRole::Code) ++j;
  return {i, j};
}

// One Code cell: "2010301", or a code printed with spaces between its parts ("201 03 01").
std::optional<std::string> single_code(std::string_view text) {
  std::string code;
  std::size_t part = 0;
  while (!text.empty()) {
    auto space = text.find(' ');
    auto piece = text.substr(0, space);
    text = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
    if (piece.empty()) continue;
    if (!all_digits(piece) || part == kPartWidth.size()) return std::nullopt;
    code += piece;
    ++part;
    if (part > 1 && piece.size() != kPartWidth[part - 1]) return std::nullopt;
  }
  bool canonical = code.size() == 3 || code.size() == 5 || code.size() == 7;
  if (!canonical || (part > 1 && code.size() != kCodeWidth[part - 1])) return std::nullopt;
  return code;
}

// 类 | 款 | 项 cells of one row. `above` is the code of the nearest coded row above, which
// supplies the leading parts a row leaves blank.
std::optional<std::string> split_code(const std::vector<std::string_view>& parts,
                                      const std::optional<std::string>& above) {
  std::size_t first = 0;
  while (first < parts.size() && parts[first].empty()) ++first;
  if (first == parts.size()) return std::nullopt;
  std::size_t last = first;
  while (last + 1 < parts.size() && !parts[last + 1].empty()) ++last;
  for (std::size_t i = last + 1; i < parts.size(); ++i)
    if (!parts[i].empty()) return std::nullopt;  // a gap: 类 and 项 without 款 is not a code

  // Some documents print the cumulative code in each column (201 | 20103 | 2010301).
  if (all_digits(parts[last]) && parts[last].size() == kCodeWidth[last] && last > 0)
    return std::string(parts[last]);

  std::string code;
  if (first > 0) {
    if (!above || above->size() < kCodeWidth[first - 1]) return std::nullopt;
    code = above->substr(0, kCodeWidth[first - 1]);
  }
  for (std::size_t i = first; i <= last; ++i) {
    if (!all_digits(parts[i]) || parts[i].size() != kPartWidth[i]) return std::nullopt;
    code += parts[i];
  }
  return code;
}

std::optional<std::string> code_in_run(const Table& table, std::size_t row, Span run,
                                       const std::optional<std::string>& above) {
  if (run.begin == run.end) return std::nullopt;
  if (run.end - run.begin == 1) return single_code(cell_text(table, row, run.begin));
  std::vector<std::string_view> parts;
  for (std::size_t c = run.begin; c < run.end && parts.size() < kPartWidth.size(); ++c)
    parts.push_back(cell_text(table, row, c));
  return split_code(parts, above);
}

// A code printed at the head of a label cell: "[2011301]行政运行", "2011301 行政运行",
// "2010601-行政运行" (3, 5 or 7 digits, then the name). Not "231_烟台市审计局" (a unit's
// number), not "2025年", not a code alone.
std::optional<std::string> code_in_label(std::string_view text) {
  bool bracket = text.starts_with('[');
  if (bracket) text.remove_prefix(1);
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits != 3 && digits != 5 && digits != 7) return std::nullopt;
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

// The label column of the group whose names carry their codes: the first Label-role column
// where at least two cells, and two in three of those filled, start with a code. Column-wide, so
// that a name that merely starts with a number is not read as a code.
std::optional<std::size_t> label_code_column(const Table& table, Span group) {
  for (std::size_t c = group.begin; c < group.end; ++c) {
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

// Codes of rows [0, last] for one column group; split codes carry down from row to row. Without
// code cells, the codes printed in the labels.
std::vector<std::optional<std::string>> codes_up_to(const Table& table, Span group,
                                                    std::size_t last) {
  Span run = code_run(table, group);
  std::vector<std::optional<std::string>> codes;
  std::optional<std::size_t> label_codes;
  if (run.begin == run.end) label_codes = label_code_column(table, group);
  std::optional<std::string> above;
  for (std::size_t r = 0; r <= last && r < table.rows.size(); ++r) {
    if (label_codes)
      codes.push_back(code_in_label(cell_text(table, r, *label_codes)));
    else
      codes.push_back(code_in_run(table, r, run, above));
    if (codes.back()) above = codes.back();
  }
  return codes;
}

std::string first_label(const Table& table, std::size_t row, Span span) {
  for (std::size_t c = span.begin; c < span.end; ++c)
    if (role_of(table, c) == ColumnRole::Label && !cell_text(table, row, c).empty())
      return std::string(cell_text(table, row, c));
  return {};
}

bool has_label_column(const Table& table, Span span) {
  for (std::size_t c = span.begin; c < span.end; ++c)
    if (role_of(table, c) == ColumnRole::Label) return true;
  return false;
}

}  // namespace

std::vector<std::optional<std::string>> row_codes(const Table& table, std::size_t col) {
  if (table.rows.empty()) return {};
  return codes_up_to(table, group_of(table, col), table.rows.size() - 1);
}

std::optional<std::string> row_code(const Table& table, std::size_t row, std::size_t col) {
  if (row >= table.rows.size()) return std::nullopt;
  return codes_up_to(table, group_of(table, col), row).back();
}

std::optional<std::string> row_code(const Table& table, std::size_t row) {
  std::size_t width = width_of_row(table);
  for (std::size_t begin = 0; begin < width;) {
    Span group = group_of(table, begin);
    if (auto code = row_code(table, row, group.begin)) return code;
    begin = group.end;
  }
  return std::nullopt;
}

std::string row_label(const Table& table, std::size_t row) {
  return first_label(table, row, {0, width_of_row(table)});
}

std::string row_label(const Table& table, std::size_t row, std::size_t col) {
  Span group = group_of(table, col);
  if (!has_label_column(table, group)) return row_label(table, row);
  return first_label(table, row, group);
}

}  // namespace gongkai::emit
