#include "emit/year_rows.h"

#include <optional>

#include "parse/column_roles.h"

namespace gongkai::emit {
namespace {

std::string_view text_at(const Table& t, std::size_t r, std::size_t c) {
  if (c >= t.rows[r].size() || !t.rows[r][c].is_text()) return {};
  std::string_view s = t.rows[r][c].text;
  auto first = s.find_first_not_of(' ');
  return first == std::string_view::npos ? std::string_view{} : s.substr(first);
}

bool is_label(const Table& t, std::size_t c) {
  return c < t.roles.size() && t.roles[c] == ColumnRole::Label;
}

std::optional<std::size_t> year_column(const Table& t) {
  for (std::size_t c = 0; c < t.roles.size(); ++c) {
    if (!is_label(t, c)) continue;
    bool all = true, year = false;
    for (std::size_t r = 0; r < t.rows.size() && all; ++r) {
      std::string_view s = text_at(t, r, c);
      if (s.empty()) continue;
      auto m = parse::row_label_meaning(s);
      all = m.has_value();
      year = year || (m && m->year != 0);
    }
    if (all && year) return c;
  }
  return std::nullopt;
}

// The row's first label outside the year column; "" when it has none.
std::string_view name_of(const Table& t, std::size_t r, std::size_t year_col) {
  for (std::size_t c = 0; c < t.rows[r].size(); ++c)
    if (c != year_col && is_label(t, c) && !text_at(t, r, c).empty()) return text_at(t, r, c);
  return {};
}

}  // namespace

std::vector<YearRow> year_rows(const Table& table) {
  auto col = year_column(table);
  if (!col) return {};
  bool named = false;
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    named = named || !name_of(table, r, *col).empty();
  std::vector<YearRow> out(table.rows.size());
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    YearRow& row = out[r];
    std::string_view label = text_at(table, r, *col);
    if (auto m = parse::row_label_meaning(label)) {
      row.year = m->year;
      row.change = m->role == parse::AmountRole::Change;
    }
    std::string_view name = name_of(table, r, *col);
    // A year row without a name of its own continues the line above; without any name in the
    // table, its rows are one line, each named by its year.
    if (r > 0 && name.empty() && !label.empty()) {
      row.line = out[r - 1].line;
      row.name = named ? out[r - 1].name : std::string(label);
    } else {
      row.line = r;
      row.name = std::string(name.empty() ? label : name);
    }
  }
  return out;
}

}  // namespace gongkai::emit
