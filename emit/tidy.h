// The tidy rows: one row per amount, carrying what it means. The ONLY code that decides what a
// tidy row holds: the tidy CSV (emit.h), the SQLite store's `amounts` view, the Python module and
// the PostgreSQL store all write these rows. Columns and vocabulary: docs/columns.md.
//
//   for (const TidyRow& r : gongkai::emit::tidy_rows(doc, "2018/部门预算.pdf"))
//     if (r.row_code == "2010301" && r.column_role == "total") …   // 1586.72 万元
//
// Empty means NULL: every optional field is nullopt where the document prints nothing (no table
// number, no label, no unit) or the meaning is unknown (no code, no year in the column name).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace gongkai::emit {

struct TidyRow {
  std::string document;                     // the input's path below the folder given
  std::optional<std::string> department;    // the table's department
  std::optional<int> year;                  // the document's year
  std::string document_kind;                // budget, final_account, unknown (as in the JSON)
  std::optional<std::string> budget_unit;   // the 预算单位 whose block holds the row
  std::optional<std::string> table_number;  // 预算公开表1, 表五 …
  std::optional<std::string> table_title;
  std::string table_kind;                // the taxonomy's id (core/table_kinds.h)
  std::optional<int> page;               // the page the row is printed on (1-based)
  std::optional<std::string> row_code;   // canonical 3/5/7-digit 科目编码, as text
  std::optional<std::string> row_level;  // 类, 款, 项 from the code's length
  std::optional<std::string> row_label;
  bool is_total = false;  // a 合计/总计 row or the department's (or a unit's) own line
  std::optional<std::string> column;  // the column's name as printed, header rows joined by '/'
  std::string column_role;            // parse/column_roles.h: total, basic, general_budget …
  std::optional<int> column_year;     // the year printed in the column's name (or the row's label)
  // In a 三公经费 table, the item the amount counts toward (因公出国（境）, 公务接待, 公务用车购置,
  // 公务用车运行; 公务用车购置及运行 where the parts are not both printed), set only where summing
  // an item's amounts gives it once (emit/three_public_items.h).
  std::optional<std::string> three_public_item;
  std::string value;                      // exactly as printed (normalised): "4603.53"
  std::optional<std::string> unit;        // 元, 千元, 万元, 亿元 as printed
  std::optional<std::string> value_yuan;  // exact, in 元: "46035300"; nullopt when unit unknown

  // Where the amount is in the Document (not a column): doc.tables[table].rows[row][col].
  std::size_t table = 0, row = 0, col = 0;
};

// The column names, in the order of the CSV header and of the store's `amounts` view.
std::span<const std::string_view> tidy_columns();

// Every amount in an amount column of every table, in table, row, column order.
std::vector<TidyRow> tidy_rows(const Document& doc, std::string_view document_path);

// A field of a row as text for the CSV ("" for NULL; is_total as true/false), by column index.
std::string tidy_field(const TidyRow& row, std::size_t column);

}  // namespace gongkai::emit
