// Internal to review/: pieces of the report's HTML that need no page image.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "check/check.h"
#include "core/model.h"

namespace gongkai::review::detail {

// The line the index reads back from each report's head:
// <!--gongkai-review FILE\tPAGES\tTABLES\tOK\tROUNDING\tSOURCE_ERRORS\tPARSE_DOUBTS-->
std::string index_comment(const Document& doc, const check::Summary& summary);

struct IndexEntry {
  std::string file;
  int pages = 0, tables = 0;
  check::Summary summary;
};
// The entry of a report's head, or nullopt when the text has none.
std::optional<IndexEntry> parse_index_comment(std::string_view head);

// The colour legend of the overlay.
std::string legend();

// One <li> of the diagnostics list; `linked`: the page is in the report, link to it.
std::string diagnostic_item(const Diagnostic& d, bool linked);

// What a check says: verdict, identity, tables, location, expected / found / difference, note.
std::string check_body(const Check& c);

// Table `index` of the document as an HTML table: caption with number, title, kind, unit and
// department; its columns; every cell with id h-TABLE-ROW-COLUMN.
std::string table_html(const Table& t, std::size_t index);
std::string all_tables_html(const Document& doc);

}  // namespace gongkai::review::detail
