// What a file without tables is: a budget narrative whose tables are published as a separate
// file (Beijing's 附件), or not a budget disclosure at all (a notice or a report filed under a
// budget name). Either way the file converts; a diagnostic says which.
#pragma once

#include "core/model.h"

namespace gongkai::parse {

// For a document with no tables and some text: adds the diagnostic "tables_published_separately"
// (the narrative states budget amounts) or "not_a_budget_document" (it states none).
void note_missing_tables(Document& doc);

}  // namespace gongkai::parse
