// Test helpers: find a table by kind, a row by its label, a cell by its column name, and say
// what was found when the search fails.
#pragma once

#include <boost/test/unit_test.hpp>
#include <optional>
#include <string>

#include "core/model.h"

namespace gongkai::testing {

inline const Table& table_of_kind(const Document& doc, TableKind kind, int nth = 0) {
  for (const auto& t : doc.tables)
    if (t.kind == kind && nth-- == 0) return t;
  BOOST_FAIL("no table of kind " + std::string(name(kind)));
  throw std::logic_error("unreachable");
}

// The first row that has a text cell equal to `label` (a code or a name).
inline const std::vector<Value>& row_labelled(const Table& t, const std::string& label,
                                              int nth = 0) {
  for (const auto& row : t.rows)
    for (const auto& v : row)
      if (v.is_text() && v.text == label && nth-- == 0) return row;
  BOOST_FAIL("no row " + label + " in " + t.title);
  throw std::logic_error("unreachable");
}

inline std::size_t column_named(const Table& t, const std::string& name) {
  for (std::size_t c = 0; c < t.columns.size(); ++c)
    if (t.columns[c] == name) return c;
  BOOST_FAIL("no column " + name + " in " + t.title);
  return 0;
}

// The cell as JSON would print it: the exact amount, the text, or "null".
inline std::string cell(const Table& t, const std::string& row_label, const std::string& column,
                        int nth = 0) {
  const Value& v = row_labelled(t, row_label, nth)[column_named(t, column)];
  return v.is_null() ? "null" : v.text;
}

// The first table of that title, or nullptr (for tests that say what they found instead).
inline const Table* table_titled(const Document& doc, const std::string& title) {
  for (const auto& t : doc.tables)
    if (t.title == title) return &t;
  return nullptr;
}

// The first row with a text cell equal to `text`, or nullopt.
inline std::optional<std::size_t> row_with(const Table& t, const std::string& text) {
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    for (const auto& v : t.rows[r])
      if (v.is_text() && v.text == text) return r;
  return std::nullopt;
}

}  // namespace gongkai::testing
