// Test helper: the amounts of a table as (row label, column place, value) facts, the rule of
// ../shared/tools/tablefacts.py (and seed-check): an amount is labelled by the nearest text cell
// on its left and placed by its column's rank inside its run of amount columns, so that an
// amount put in another row or column counts as wrong, whatever the columns are named.
#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/model.h"
#include "normalize/normalize.h"

namespace gongkai::testing {

using Grid = std::vector<std::vector<std::string>>;
using Fact = std::tuple<std::string, std::size_t, std::string>;  // label, place, value
using Facts = std::map<Fact, int>;

// A printed number (thousands groups, full-width digits allowed) at two decimals, or nothing.
inline std::optional<std::string> number(const std::string& cell) {
  std::string s = normalize::clean_text(cell);
  if (s.empty() || s.find_first_not_of("-0123456789,.") != std::string::npos) return std::nullopt;
  auto d = normalize::parse_amount(s);
  if (!d) return std::nullopt;
  return d->rescaled(std::max(d->scale(), 2)).to_string();
}

inline bool is_text(const std::string& cell) {
  return !normalize::clean_text(cell).empty() && !number(cell);
}

inline std::string label_key(const std::string& text) {
  std::string s = normalize::clean_text(text);
  std::erase(s, ' ');
  return s;
}

// tablefacts.facts: a non-zero number right of a text cell, labelled by the nearest text cell
// on its left, placed by its column's rank inside its run of amount columns.
inline Facts facts(const Grid& grid) {
  std::size_t width = 0;
  for (const auto& r : grid) width = std::max(width, r.size());
  std::vector<std::tuple<std::size_t, std::size_t, std::string>> found;
  for (std::size_t i = 0; i < grid.size(); ++i) {
    bool seen_text = false;
    for (std::size_t j = 0; j < grid[i].size(); ++j) {
      if (is_text(grid[i][j])) {
        seen_text = true;
        continue;
      }
      auto v = number(grid[i][j]);
      if (v && seen_text && v->find_first_not_of("-0.") != std::string::npos)
        found.emplace_back(i, j, *v);
    }
  }
  std::vector<bool> amount_column(width, false);
  for (const auto& [i, j, v] : found) amount_column[j] = true;
  Facts out;
  for (const auto& [i, j, v] : found) {
    std::size_t start = j;
    while (start > 0 && amount_column[start - 1]) --start;
    std::size_t k = j - 1;
    while (!is_text(grid[i][k])) --k;
    ++out[{label_key(grid[i][k]), j - start, v}];
  }
  return out;
}

inline Grid grid_of(const Table& t) {
  Grid g{t.columns};
  for (const auto& row : t.rows) {
    g.emplace_back();
    for (const auto& v : row) g.back().push_back(v.text);
  }
  return g;
}

}  // namespace gongkai::testing
