// What a table row is about: its canonical 科目编码 (row_code) and its name (row_label). Shared by
// the tidy CSV and the SQLite store, so that both key an amount the same way. The codes are read
// by core/row_codes.h, the reader the checks use: two classifications side by side are two codes.
//
//   // columns: 科目编码 | 科目名称 | 合计   row: "2010301" | "行政运行" | 1586.72
//   gongkai::emit::row_code(table, 3);     // "2010301"
//   gongkai::emit::row_label(table, 3);    // "行政运行"
//   // columns: 类 | 款 | 项 | 科目名称 | 合计   row: "201" | "03" | "01" | "行政运行" | …
//   gongkai::emit::row_code(table, 5);     // "2010301"
//
// Split 类/款/项 columns often print only the part that changes ("" | "" | "02" under a
// "201" | "03" | "" row); the missing leading parts are taken from the rows above.
//
// Tables printed side by side (收入 | 支出 on one page) carry two label/code groups in a row.
// The overloads taking `col` answer for the group that holds column `col` (the columns from the
// label or code column that follows an amount column, up to the next such one), so that an
// amount of the 支出 half is named by the 支出 label. Without `col`, the whole row is read.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"

namespace gongkai::emit {

// The canonical 3/5/7-digit code of a row (RowCode::canonical): a Code-role cell of 3, 5 or 7
// ASCII digits, or Code-role columns joined as 类 (3 digits) + 款 (2) + 项 (2). nullopt when the
// row has none (totals, economic-classification rows without codes, a row out of range).
std::optional<std::string> row_code(const Table& table, std::size_t row);
std::optional<std::string> row_code(const Table& table, std::size_t row, std::size_t col);

// The text of the first non-empty Label-role cell of the row; "" when there is none.
std::string row_label(const Table& table, std::size_t row);
std::string row_label(const Table& table, std::size_t row, std::size_t col);

// row_code of every row for column group of `col`, in one pass (row_code alone re-reads the rows
// above for split codes, so this is the one to use when keying a whole table).
std::vector<std::optional<std::string>> row_codes(const Table& table, std::size_t col);

}  // namespace gongkai::emit
