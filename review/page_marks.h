// What the review draws over a page: each table's outline, its header cells and data cells
// coloured by their column's role, the lines extraction left as text that look like table rows,
// and the narrative lines a check quotes. Pure geometry on the parsed Document and the extracted
// lines; the same marks feed the HTML report and `inspect --png`.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace gongkai::review {

enum class MarkKind { Table, Header, Label, Code, Amount, LeftAsText, Quote };

// The CSS class and legend word of a kind: "table", "header", "label", "code", "amount",
// "left-as-text", "quote".
std::string_view kind_name(MarkKind kind);

struct PageMark {
  MarkKind kind = MarkKind::Label;
  Box box;  // PDF points, top-left origin, page turned upright (as extract reports it)
  std::size_t table = 0, row = 0, column = 0;  // Table, Header, Label, Code, Amount
  std::string text;                            // what is printed there, for a tooltip
};

// The marks of page `page` (1-based): table outlines first, then cells, then rows left as text.
// Empty cells and cells without a box are not marked.
std::vector<PageMark> marks_on_page(const Document& doc, const SourceDocument& source, int page);

// Pages holding at least one table cell, ascending.
std::vector<int> pages_with_tables(const Document& doc);

// Where a quoted narrative passage (as a check's location quotes it, normalised) was printed:
// the boxes of the text lines it covers, with their page; empty when it cannot be found.
struct QuotePlace {
  int page = 0;
  Box box;
};
std::vector<QuotePlace> find_quote(const SourceDocument& source, std::string_view quote);

// The passage a narrative check quotes in its location ("§heading: '…' vs row …"), or empty.
std::string quoted_passage(std::string_view location);

}  // namespace gongkai::review
