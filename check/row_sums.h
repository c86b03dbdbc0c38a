// Internal to check/: "this row = the sum of those rows", column by column, inside one table.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/model.h"

namespace gongkai::check::detail {

// For each of `cols`: total_row's cell = Σ part_rows' cells. Appends the checks it can make.
// empty_parts_is_doubt: a printed total over parts that are all empty is a parse doubt (the
// parts' cells are missing) rather than no check.
// items_of_parts, when given, holds for each part row the rows of items it adds up (itself
// when it has none): see subtotal_rounding in row_sums.cpp.
void rows_sum(const Table& t, const std::string& identity, const std::string& location,
              std::size_t total_row, const std::vector<std::size_t>& part_rows,
              const std::vector<std::size_t>& cols, bool empty_parts_is_doubt,
              std::vector<Check>& out,
              const std::vector<std::vector<std::size_t>>* items_of_parts = nullptr);

}  // namespace gongkai::check::detail
