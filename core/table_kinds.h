// The table kinds: one home for their names and what each holds (docs/table-kinds in the README,
// `gongkai kinds`, the JSON `kind`, the CSV file names). parse/classify.cpp decides a table's kind
// from its title's words; every kind it returns is listed here.
#pragma once

#include <span>
#include <string_view>

namespace gongkai {

struct TableKindInfo {
  std::string_view name;         // the id written in the outputs, e.g. "income"
  std::string_view description;  // one line, for `gongkai kinds`
};

// Every kind, in documentation order, `unknown` last.
std::span<const TableKindInfo> table_kinds();

// True when `name` is one of table_kinds().
bool is_table_kind(std::string_view name);

}  // namespace gongkai
