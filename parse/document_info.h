// Document-level metadata (department, year, kind, title) from what the walk over the lines
// found: the cover, the 部门名称 lines of the tables, the titles, and the narrative.
#pragma once

#include <string>
#include <string_view>

#include "core/model.h"

namespace gongkai::parse {

// Fills doc.document (whose title the walk may already have set from the cover) and gives tables
// without a department of their own the document's. `cover_department` is the organisation name
// printed above the cover title, empty when there is none.
void infer_document_info(Document& doc, const std::string& cover_department);

// "budget" for a 预算 text, "final_account" for a 决算 text, else "unknown".
std::string kind_in(std::string_view text);

}  // namespace gongkai::parse
