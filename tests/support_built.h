// Shared by the unit tests that build tables by hand from printed strings, in the shape parse
// gives them: flattened headers, roles, text codes, exact amounts.
#pragma once

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "core/decimal.h"
#include "core/model.h"

namespace gongkai::testing {

// A cell from its printed form: "" empty, a decimal with a '.' an amount, the rest text
// ("1.一般公共预算拨款" is a label, not an amount).
inline Value printed_cell(const std::string& s) {
  if (s.empty()) return Value::null();
  if (s.find('.') != std::string::npos)
    if (auto amount = Decimal::parse(s)) return Value::of_amount(*amount);
  return Value::of_text(s);
}

// A table in 万元 whose cells are read by printed_cell.
inline Table table_from_printed(std::string title, TableKind kind, std::vector<std::string> columns,
                                std::vector<ColumnRole> roles,
                                const std::vector<std::vector<std::string>>& rows) {
  Table t;
  t.title = std::move(title);
  t.kind = kind;
  t.unit = "万元";
  t.columns = std::move(columns);
  t.roles = std::move(roles);
  for (const auto& r : rows) {
    std::vector<Value> row;
    for (const auto& s : r) row.push_back(printed_cell(s));
    t.rows.push_back(std::move(row));
  }
  return t;
}

// A table typed by its roles: "" a null cell, the cells of amount columns amounts, the rest
// text; columns named c0, c1 ….
inline Table table_by_roles(std::vector<ColumnRole> roles,
                            const std::vector<std::vector<std::string>>& rows) {
  Table t;
  t.roles = roles;
  for (std::size_t c = 0; c < roles.size(); ++c) t.columns.push_back("c" + std::to_string(c));
  for (const auto& cells : rows) {
    std::vector<Value> row;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (cells[c].empty()) {
        row.push_back(Value::null());
      } else if (roles[c] == ColumnRole::Amount) {
        auto amount = Decimal::parse(cells[c]);
        BOOST_REQUIRE_MESSAGE(amount, "not an amount: " << cells[c]);
        row.push_back(Value::of_amount(*amount));
      } else {
        row.push_back(Value::of_text(cells[c]));
      }
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace gongkai::testing
