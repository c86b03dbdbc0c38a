// Turns the rows gathered for one table (cleaned cell texts) into a typed Table: header rows
// flattened into column names, a role per column, every cell typed (text, code, exact amount,
// null), the empty flag.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model.h"
#include "parse/header.h"

namespace gongkai::parse {

struct PendingTable {
  std::string title;
  std::string qualifier;  // "(按经济分类科目)" printed on the line under the title
  std::string number;
  std::string department;
  std::string unit;
  std::vector<int> pages;
  Grid rows;
  bool empty_note = false;          // the document says 本表无数据
  std::vector<Box> column_extents;  // on the page, from a row without merged cells (PDF only)
  std::vector<RowPlace> places;     // parallel to rows: where each was printed
};

Table build_table(PendingTable pending);

// What a reader should know about a built table: cells in amount columns that are not amounts
// (a value that could not be read as a number is kept as text, never guessed), a table that has
// rows but no named columns. One diagnostic per table at most.
std::optional<Diagnostic> table_doubts(const Table& table);

// The role of column `c`, from its flattened name and its data cells.
ColumnRole column_role(const std::string& name, const Grid& data, std::size_t c);

}  // namespace gongkai::parse
