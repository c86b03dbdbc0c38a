// Header rows of a table grid: where they end, and their flattening into one name per column.
//
//   rows = {{"项目","","本年收入",""}, {"科目编码","科目名称","合计","单位资金"},
//   {"合计","","5.00",""}} header_row_count(rows) == 2 flatten_header({rows[0], rows[1]}, 4) ==
//       {"项目/科目编码", "项目/科目名称", "本年收入/合计", "本年收入/单位资金"}
#pragma once

#include <span>
#include <string>
#include <vector>

namespace gongkai::parse {

using Grid = std::vector<std::vector<std::string>>;  // cleaned cell texts, row by row

// True for a row that numbers the columns (1 2 3 …, with 栏次/行次/甲/乙 allowed): not data.
bool is_column_number_row(const std::vector<std::string>& row);

// True for a row that carries table data: an amount that is not a bare year, a 科目编码 in its
// first filled cell, or a totals label.
bool is_data_row(const std::vector<std::string>& row);

// True for a row that only finishes the words of `above` (a cell cut by a page break): every
// filled cell is a word continuing a filled word cell of `above` in the same column, and none
// starts an item of its own (一、, (一), 1., a code, a total), and the word above it does not
// already end as a whole item name (…支出, …补助, …费, a closed bracket).
bool is_wrapped_tail(const std::vector<std::string>& row, const std::vector<std::string>& above);

// Rows before the first data row (column-number rows count as header rows).
std::size_t header_row_count(const Grid& rows);

// One name per column: the non-empty header texts from top to bottom joined with '/'. An empty
// header cell belongs to the spanning cell on its left, but never across a column where a row
// above starts a new span.
std::vector<std::string> flatten_header(std::span<const std::vector<std::string>> header,
                                        std::size_t columns);

}  // namespace gongkai::parse
