// The check stage: arithmetic identities within each table, across the tables of a document,
// and between the narrative's figures and the tables.
//
//   gongkai::check::run_checks(doc);   // fills doc.checks
//   auto s = gongkai::check::summarize(doc.checks);  // counts by verdict
#pragma once

#include <string>

#include "core/model.h"

namespace gongkai::check {

// Appends every check it can make to doc.checks. Never changes a table.
void run_checks(Document& doc);

struct Summary {
  int ok = 0, rounding = 0, source_error = 0, parse_doubt = 0;
  int total() const { return ok + rounding + source_error + parse_doubt; }
  int failed() const { return source_error + parse_doubt; }
};
Summary summarize(const std::vector<Check>& checks);

}  // namespace gongkai::check
