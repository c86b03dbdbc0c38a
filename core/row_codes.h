// The one reader of a row's 科目编码, for the checks (check/table_view.h row_codes) and for the
// tidy CSV and the store (emit/row_key.h row_code, row_level).
//
//   // columns: 类 | 款 | 项 | 科目名称 | 合计   rows: "201" | "03" | "01" | … and "" | "" | "02" |
//   … read_row_codes(t, whole_table(t))[1].code == "2010302"   // blank leading parts carried down
//   // 部门经济分类 类 | 款 | name | 政府经济分类 类 | 款 | name | amounts
//   read_row_codes(t, whole_table(t))[r].code == "30101"     // the first classification only
//
// Which columns: the Code-role columns of the span, except that two classifications printed side
// by side (编码 | 名称 | 编码 | 名称, or two 类 | 款 pairs) are two codes, never one: 30113 beside
// 50103 is 30113, never 3011350103. A table printed in two halves (code | name | amount | code |
// name | amount) is two column groups (column_group) and two code halves (code_halves): each
// half's codes are read apart, "303" beside "509" never becomes 30399509.
//
// What a row's code is: the digits of its code cells, split 类 | 款 | 项 columns joined, a level a
// row leaves blank carried down from the rows above, a full code printed in a later column
// ("201" | "20103" | "2010301") standing alone, a 款 or 项 printed as a number without its leading
// 0 ("301" | "2", a spreadsheet's doing) read as the two digits it stands for (30102). Without code
// columns, the codes printed at the
// head of the labels ("[2011301]行政运行", "2010601-行政运行") when the label column prints them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/model.h"

namespace gongkai {

// Columns [begin, end) of a table.
struct ColumnSpan {
  std::size_t begin = 0, end = 0;
};

// Every column of the table.
ColumnSpan whole_table(const Table& table);

// The side-by-side group holding `col`: a group starts at a non-amount column that follows an
// amount column (收入 | 金额 | 支出科目编码 | 支出项目 | 金额 has two groups).
ColumnSpan column_group(const Table& table, std::size_t col);

struct RowCode {
  std::string code;  // the digits as read; empty when the row has none
  // A 科目编码 as the budget classification writes it: 3, 5 or 7 digits read as 类 (3) + 款 (2)
  // + 项 (2), or one full code in one cell. Not a unit's number (305001), not 7 | 11 | 02 (a 类
  // of one digit), not 201 | | 01 (类 and 项 without 款).
  bool canonical = false;
  bool in_label = false;  // read from the head of a label, the span having no code columns
  // The level the row's split 类 | 款 | 项 cells reach (1 类, 2 款, 3 项); 0 for a code in one
  // cell or a label. A row whose cells spell no 科目编码 ("7 | 11 | 02", a 类 of one digit; a 项
  // whose 类 and 款 were never printed) keeps the digits it prints in `code`, not canonical: the
  // checks read such a row as a child of unknown code at this level.
  std::size_t level = 0;
};

// The code of every row, for the classification read in `span`.
std::vector<RowCode> read_row_codes(const Table& table, ColumnSpan span);

// The spans whose codes are read apart, left to right, covering the table: one per half of a
// table printed in halves side by side, else one, the whole table. A half starts at a column
// group that reads codes of its own once the half before it reads codes and holds amounts; a group
// without codes (备注, 增减%) belongs to the half it stands in, and so does the next one after a
// half whose amount columns are all empty (a 规格型号 column read as amounts splits no table).
std::vector<ColumnSpan> code_halves(const Table& table);

}  // namespace gongkai
