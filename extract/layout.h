// Page geometry → printed lines: the PDF half of the extract stage, without any PDF library.
//
//   PageContent page{.number = 3, .width = 595, .height = 842, .words = ..., .segments = ...};
//   LayoutState state;  // one per document, pages in order
//   std::vector<SourceLine> lines = lay_out_page(page, state);
//
// Ruling lines (segments) that touch each other form a grid; its distinct x and y coordinates
// are the column and row boundaries, and a boundary missing between two elementary cells merges
// them. Words go to the cell under their centre. Words outside every grid become text lines,
// unless a run of them lines up in columns (an unruled table, see unruled.cpp).
// All coordinates are PDF points with a top-left origin, as in core/model.h.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/decimal.h"
#include "core/model.h"

namespace gongkai::extract {

// One word as poppler delimits it. `edges` holds the x of every character boundary (one more
// than the code points in `text`), ascending; empty when unknown (then the word never splits).
struct Word {
  std::string text;
  Box box;
  double font_size = 0;
  bool space_after = false;
  std::vector<double> edges;
};

// A straight ruling line, horizontal or vertical; its box has (nearly) zero height or width.
struct Segment {
  Box box;
  bool horizontal() const { return box.width() >= box.height(); }
};

struct PageContent {
  int number = 1;
  double width = 0, height = 0;
  std::vector<Word> words;
  std::vector<Segment> segments;
  int turn = 0;  // the text direction undone (poppler's 0..3: right, down, left, up)
};

// A ruled table found on a page. Elementary cell (r, c) spans xs[c]..xs[c+1] × ys[r]..ys[r+1].
struct Grid {
  std::vector<double> xs;   // column boundaries, ascending
  std::vector<double> ys;   // row boundaries, ascending
  std::vector<int> anchor;  // per elementary cell (row-major): the top-left cell of its span
  std::vector<bool> vsep;   // rows × (columns-1): a ruling separates (r, c) from (r, c+1)

  int columns() const { return static_cast<int>(xs.size()) - 1; }
  int rows() const { return static_cast<int>(ys.size()) - 1; }
  Box box() const { return {xs.front(), ys.front(), xs.back(), ys.back()}; }
  bool separated(int row, int col) const { return vsep[row * (columns() - 1) + col]; }
};

// Points within which two ruling coordinates are the same line.
inline constexpr double kRuleTolerance = 2.0;

// The grids of one page, top to bottom.
std::vector<Grid> find_grids(const std::vector<Segment>& segments);

// One visual line of words outside any grid, left to right.
struct TextRow {
  std::vector<Word> words;
  Box box;
};

// Groups words into visual lines (top to bottom, each left to right).
std::vector<TextRow> group_rows(std::vector<Word> words);

// Joins the words of one visual line: a space where the source had one or a visible gap.
std::string join_words(const std::vector<Word>& words);

// Text of one cell: its visual lines (a wrapped name) joined with a single space.
std::string cell_text(std::vector<Word> words);

// A run of consecutive text rows that lines up in columns: emitted as one region.
struct UnruledTable {
  std::size_t first = 0, last = 0;  // rows[first, last) of the input
  std::vector<double> xs;           // column boundaries
  // The printed rows, built like a ruled grid's: cells[i] is column i, a wrapped name or header
  // (several visual lines) is one row. `region` is left for the caller to set.
  std::vector<SourceLine> lines;
  // Its columns were decided only by the likeness of the rows above (a squeezed continuation):
  // the reader is told, and checks on it count as doubts.
  bool inferred = false;
};

// A column of an unruled table: the x extent of its content, whether data rows put text in it,
// and the x extent of each amount in it (the amounts of one column share a left edge, a right
// edge or a centre: that is what tells a column apart from a neighbour that merely overlaps it).
struct UnruledColumn {
  double x0 = 0, x1 = 0;
  bool text = false;
  std::vector<std::pair<double, double>> amounts;
};

// What one page tells the next: the columns of the unruled table that ends it. A table carried
// over to a new page repeats no header, so a column left empty on that page leaves no trace in
// the white space; its rows take the columns of the table they continue.
// The same record, with the table's amounts row by row, tells the columns of a narrower copy
// printed right under a table (a "squeezed" continuation) apart.
struct CarriedColumns {
  int page = 0;  // the page the columns come from; 0 when none
  std::vector<UnruledColumn> columns;
  // The amounts of the table's rows on that page, one entry per column (empty: none there).
  std::vector<std::vector<std::optional<Decimal>>> amounts;
};

// What lay_out_page keeps between consecutive pages of one document (read them in order).
struct LayoutState {
  int next_region = 0;
  CarriedColumns carried;
  int inferred_tables = 0;  // on the page laid out last: unruled tables with inferred columns
  // On the page laid out last: the charts not read as tables (charts.h), each by its value axis
  // as printed ("0 to 120000").
  std::vector<std::string> charts;
};

// Finds unruled tables among the text rows of a page (unruled.cpp): runs of three or more rows
// with two or more gap-separated chunks that share columns, at least one of them with amounts,
// or a header over a bare 合计 row (an empty table). Titles, "单位：万元" captions, contents lines
// and narrative paragraphs stay outside. `carried` holds the previous page's columns on entry
// and this page's on return.
std::vector<UnruledTable> find_unruled_tables(const std::vector<TextRow>& rows, int page,
                                              CarriedColumns& carried);

// The page's lines in reading order; grid and unruled rows get region ids from
// state.next_region on.
std::vector<SourceLine> lay_out_page(const PageContent& page, LayoutState& state);

// One page on its own (nothing carried over from a previous page).
std::vector<SourceLine> lay_out_page(const PageContent& page, int& next_region);

}  // namespace gongkai::extract
