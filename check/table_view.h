// Internal to check/: read-only views of a parsed Table. Checks find rows and columns by their
// words (合计, 基本支出, 上年结转 …) and codes, never by position, so everything here answers
// "which row/column means X" or "what does this cell hold", and nothing changes the table.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/column_name.h"
#include "core/model.h"
#include "core/row_codes.h"

namespace gongkai::check::detail {

// True when `needle` occurs in `hay` (std::string_view::contains is C++23).
inline bool contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

// Text without ASCII spaces: printed labels are compared as words, and PDFs break them anywhere.
std::string without_spaces(std::string_view text);

// A label as a comparable word: spaces removed, leading ordinals dropped ("一、", "(一)", "1.",
// "①", "其中:"), so "一、一般公共服务支出" and "一般公共服务支出" are the same subject.
std::string canonical_label(std::string_view text);

// True when a label starts with a Chinese ordinal ("一、", "(一)"): a top-level item of a
// side-by-side summary table, as opposed to the sub-items printed under a carry-over row.
bool has_ordinal_prefix(std::string_view text);

// A column whose header announces a total of the columns beside it (合计, 小计, 2024年合计).
bool is_total_column_name(std::string_view column);

// A column that is a subset of another ("of which"), never a part of a sum: a header segment
// that opens with 其中, says …中: ("2026年政府采购项目中预留给中小企业…"), or 扣除…后
// ("扣除基建项目后预算数"). "其中:/基本支出" and "其中:/项目支出" are not: 基本支出 + 项目支出 is
// the whole of spending, whatever word heads them.
bool is_subset_column_name(std::string_view column);

// The total of a memo group: a sub-group whose other columns are all subsets
// ("2026年政府采购项目/小计" beside its 其中 columns). It is no part of the table's total.
bool is_memo_total(const Table& t, std::size_t col);

// A 类 of the functional classification of spending (一般公共服务支出, 公共安全支出 …), the
// top level of the 类/款/项 hierarchy, as printed without its code.
bool is_function_class_name(std::string_view canonical);

// The numbering level of a printed label: 1 for "一、", 2 for "(一)", 3 for "1." / "1、",
// 4 for "(1)", 5 for "①"; 0 when it has no ordinal. Lists nest in that order.
int ordinal_level(std::string_view text);

// Power of ten from the table's unit to 元 (元 0, 千元 3, 万元 4, 亿元 8); nullopt when the unit
// is unknown. An empty unit is taken as unknown.
std::optional<int> unit_power(std::string_view unit);

// The cell, or nullptr when the row is shorter than the header (ragged rows happen in PDFs).
const Value* cell(const Table& t, std::size_t row, std::size_t col);
// The amount printed in a cell; nullopt for an empty cell (which the identities count as 0).
std::optional<Decimal> amount(const Table& t, std::size_t row, std::size_t col);
// A cell that should hold a number but holds text or is missing from the row: evidence of a
// parse problem rather than of a source error.
bool unreadable(const Table& t, std::size_t row, std::size_t col);

// Amount columns that carry money: role Amount, and not 行次/栏次/序号 numbering columns.
std::vector<std::size_t> money_columns(const Table& t);

// The row's label: the first non-empty Label-role cell, canonical.
std::string row_label(const Table& t, std::size_t row);
// The label found in a given Label column (side-by-side tables have one per side), canonical.
std::string label_in(const Table& t, std::size_t row, std::size_t col);

// One classification of a table as the code hierarchy reads it: the codes of one half of a table
// printed in halves side by side (core/row_codes.h code_halves), or of the whole table, with the
// money columns of that half.
struct CodedHalf {
  ColumnSpan span;
  bool whole = true;               // the only half: the whole table
  std::vector<std::string> codes;  // per row, a canonical 科目编码; "" when none
  std::vector<bool> in_label;      // per row: the code is printed at the head of its label
  std::vector<std::size_t> money;  // money_columns inside the span
  // Per row: code cells printed that spell no 科目编码 (RowCode::canonical false), with the level
  // they reach (RowCode::level); nullopt where the row's code was read or none is printed.
  std::vector<std::optional<std::size_t>> unread;
};

// The table's halves, read by core/row_codes.h from their code cells (split 类/款/项 columns
// joined, the levels a row leaves blank inherited from the rows above, the first of two
// classifications side by side; never a code joined across halves), or, in a half without code
// cells, from the head of its labels ("[201]一般公共服务支出", "2010601-行政运行").
std::vector<CodedHalf> coded_halves(const Table& t);

// Functional/economic classification code per row ("" when none): the code of the first half
// that gives the row one in a code cell (coded_halves; codes in labels are read by the code
// hierarchy only).
std::vector<std::string> row_codes(const Table& t);
// Per row, the level of code cells that spell no 科目编码, from the first half that prints code
// cells on the row (CodedHalf::unread); nullopt elsewhere.
std::vector<std::optional<std::size_t>> unread_codes(const Table& t);

// A "1 2 3 4 …" column-number row (or one labelled 栏次/行次): not data.
bool is_column_number_row(const Table& t, std::size_t row);

// In a table printed by 预算单位: the department's own line above the first block (named as the
// department, or the one labelled row there that is no 合计). nullopt when none.
std::optional<std::size_t> department_line(const Table& t, const std::vector<std::string>& codes);

// The department-level total of a table: its 合计 row outside every unit block; in a table printed
// by 预算单位 without one, the department's own line above the first block. nullopt when none.
std::optional<std::size_t> department_total_row(const Table& t,
                                                const std::vector<std::string>& codes);

// The row's label inside one half of a table printed in halves (row_label for the whole table).
std::string row_label(const Table& t, std::size_t row, const CodedHalf& half);

// "row 2010301 行政运行" / "row 合计" for check locations.
std::string describe_row(const Table& t, std::size_t row, std::string_view code);
// The same, the label read inside one half of a table printed in halves side by side.
std::string describe_row(const Table& t, std::size_t row, std::string_view code,
                         const CodedHalf& half);

// The name to put in Check::tables: the title, or the number when there is no title.
std::string table_name(const Table& t);

// The one non-empty table of a kind; nullptr when absent or when several would compete.
const Table* table_of(const Document& doc, TableKind kind);
// Every non-empty table of a kind, in document order.
std::vector<const Table*> tables_of(const Document& doc, TableKind kind);

// A column that holds at least one amount (an unruled header repeated over a gap can make a
// column that holds none).
bool has_amounts(const Table& t, std::size_t col);

}  // namespace gongkai::check::detail
