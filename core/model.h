// The plain data passed between the stages (extract → normalize → parse → check → emit).
// Nothing here knows poppler, ICU or RE2: each stage keeps its library types to itself.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/decimal.h"
#include "core/table_kinds.h"
#include "core/verdict.h"

namespace gongkai {

// A rectangle in PDF points, top-left origin (y grows downwards), as poppler-cpp reports it.
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
};

// The smallest box holding both.
inline Box unite(Box a, const Box& b) {
  a.x0 = std::min(a.x0, b.x0), a.y0 = std::min(a.y0, b.y0);
  a.x1 = std::max(a.x1, b.x1), a.y1 = std::max(a.y1, b.y1);
  return a;
}

// A problem that did not stop the file: kept, capped, and written into the outputs.
struct Diagnostic {
  enum class Severity { Info, Warning, Error };
  Severity severity = Severity::Warning;
  int page = 0;  // 1-based; 0 when it concerns the whole file
  std::string message;
  std::string code;  // a stable name for programs ("rows_left_as_text"); empty for the rest
};

// ---- extract → parse -----------------------------------------------------------------------

// One cell of a source line: raw text (not yet normalised) and where it stood (zero box for
// text input).
struct SourceCell {
  std::string text;
  Box box;
};

// One printed row. Lines that belong to an aligned grid (a ruled table in a PDF, or consecutive
// tab-separated lines in text input) share a `region` id >= 0, and in them cells[i] is column i
// of that grid, empty strings included, so every line of a region has the same number of cells.
// Other lines (titles, metadata, narrative) have region -1 and usually one cell.
struct SourceLine {
  int page = 1;
  int region = -1;
  std::vector<SourceCell> cells;
  Box box;
};

struct SourceInfo {
  std::string file_name;  // base name, as given
  std::string sha256;     // hex of the input's bytes
  int page_count = 0;
  std::string format;  // "pdf" or "text"
  // The pages read when only some were asked for (--pages), ascending; empty: every page.
  std::vector<int> selected_pages;
};

struct SourceDocument {
  SourceInfo info;
  std::vector<SourceLine> lines;
  std::vector<Diagnostic> diagnostics;
};

// ---- parse → check → emit ------------------------------------------------------------------

struct Value {
  enum class Kind { Null, Text, Amount };
  Kind kind = Kind::Null;
  std::string text;  // Text: the normalised text; Amount: the normalised printed form
  Decimal amount;    // Amount only

  static Value null() { return {}; }
  static Value of_text(std::string t) { return {Kind::Text, std::move(t), {}}; }
  static Value of_amount(Decimal d) { return {Kind::Amount, d.to_string(), d}; }
  bool is_null() const { return kind == Kind::Null; }
  bool is_amount() const { return kind == Kind::Amount; }
  bool is_text() const { return kind == Kind::Text; }
};

// Where one printed row of a table stood (PDF input): its page and one box per cell, parallel to
// the row's values (a zero box where a cell has no place, e.g. text input). Only the review page
// reads it; the outputs do not.
struct RowPlace {
  int page = 0;
  std::vector<Box> cells;
};

// What a column holds, decided by parse from its header and cells. Unit: the code of the 预算单位
// a row belongs to (单位编码 153001), never a 科目编码. Ordinal: the printed number of a row or
// line (序号, 行次, 栏次): neither money nor a code, so it is no amount and joins no 科目编码.
// Quantity: numbers that are not money (数量, 人数, a weight in %): read as numbers, never summed
// as money nor given a value in 元.
enum class ColumnRole { Label, Code, Amount, Unit, Ordinal, Quantity };

// A department's table printed as one block per 预算单位 (本级 first, then each subordinate
// unit), after the department's own lines: the unit named on a header row, in a 预算单位 column
// or by a 单位编码. Each block has its own 类/款/项 codes or economic groups.
struct UnitBlock {
  std::string name;       // as printed, a name wrapped over lines joined
  std::string code;       // the 单位编码 as printed (153001); empty when none
  std::size_t first = 0;  // the block's rows: [first, last]
  std::size_t last = 0;
  // rows[first] is the unit's own line (its name and its totals, no 科目) rather than a data row
  // that merely names its unit.
  bool header = false;
};

struct Table {
  std::string title;   // as printed, normalised, without its number prefix
  std::string number;  // 预算公开表1, 表一, 公开01表 …; empty when not numbered
  TableKind kind = TableKind::Unknown;
  std::string department;
  std::string unit;  // 元, 万元, 千元 as printed; empty when not stated
  std::vector<int> pages;
  std::vector<std::string> columns;  // multi-row headers flattened with '/'
  std::vector<ColumnRole> roles;     // one per column
  std::vector<std::vector<Value>> rows;
  bool empty = false;
  // In row order, disjoint; empty when the table is not printed by unit. Rows outside every block
  // are the department's own (合计, the department's line).
  std::vector<UnitBlock> unit_blocks;
  std::vector<RowPlace> header_places;  // the header rows as printed
  std::vector<RowPlace> row_places;     // parallel to rows
};

// The table as a reader names it: "表3 一般公共预算支出表", or the title alone when unnumbered.
inline std::string numbered_title(const Table& t) {
  return t.number.empty() ? t.title : t.number + " " + t.title;
}

// One cell of Document::tables, as a check names it (indices).
struct TableCell {
  std::size_t table = 0, row = 0, column = 0;
};

// The unit of row `row`: its block, or nullptr for a department-level row.
inline const UnitBlock* block_of(const Table& t, std::size_t row) {
  for (const auto& b : t.unit_blocks)
    if (row >= b.first && row <= b.last) return &b;
  return nullptr;
}

// One arithmetic identity tested on the tables (issue 4).
struct Check {
  std::string identity;             // e.g. "row total = sum of parts"
  std::vector<std::string> tables;  // titles (or numbers) of the tables involved
  std::string location;             // row / column description
  std::optional<Decimal> expected;
  std::optional<Decimal> found;
  std::optional<Decimal> difference;
  Verdict verdict = Verdict::ParseDoubt;
  std::string note;  // why: the tolerance, the evidence of a doubt, the reason a check was not made
  std::vector<TableCell> cells;  // the cells it read: the total first, then the parts
};

// A printed line as parse cleaned it (a grid line's cells joined by spaces), with its page: what
// the structure checks read (the 目录, headings, notes under tables, template residue).
struct PrintedLine {
  int page = 0;
  std::string text;
  bool in_grid = false;
};

// An amount the narrative (情况说明) states, whether or not a table exists to check it: a document
// whose tables are published apart still gives its figures.
struct NarrativeFigure {
  std::string section;  // the heading of its section ("" before the first heading)
  std::string subject;  // the words right before it: "2026年财政拨款预算支出"
  std::string topic;  // what it is about: "财政拨款", "三公经费" …; "" for the department's totals
  Decimal amount;       // as printed
  std::string unit;     // 元, 千元, 万元, 亿元
  int page = 0;         // 1-based; 0 when unknown
  bool change = false;  // a change from the previous year ("比上年增加12.3万元"), not a level
  std::vector<std::string> tables;  // the tables it was checked against; empty when it was not
  std::string not_checked;          // why it was not checked against a table ("" when it was)
};

struct DocumentInfo {
  std::string department;
  int year = 0;                  // 0 when not found
  std::string kind = "unknown";  // budget, final_account, unknown
  std::string title;
};

struct Document {
  SourceInfo source;
  DocumentInfo document;
  std::vector<Table> tables;
  std::vector<std::string> narrative;  // text lines outside tables, in reading order
  std::vector<int> narrative_pages;    // the page of each narrative line (empty when unknown)
  std::vector<PrintedLine> printed;    // every line, in reading order; not emitted
  std::vector<Check> checks;
  std::vector<NarrativeFigure> figures;  // every amount the narrative states, in reading order
  std::vector<Diagnostic> diagnostics;
};

}  // namespace gongkai
