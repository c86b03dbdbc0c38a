// The check stage: arithmetic identities within each table, across the tables of a document,
// and between the narrative's figures and the tables.
//
//   gongkai::check::run_checks(doc);                 // appends to doc.checks
//   auto s = gongkai::check::summarize(doc.checks);  // counts by verdict
//   std::cerr << gongkai::check::summary_line("x.pdf", s) << '\n';
//   // "x.pdf: 212 checks: 205 ok, 7 rounding, 0 source errors, 0 parse doubts"
//
// Every Check names its identity ("row_total_equals_parts", "parent_equals_children",
// "cross_table:…", "narrative:figure", "narrative:change" …), the tables, the row and column,
// expected / found / difference, and a Verdict (core/verdict.h): ok; rounding (within n × half a
// unit of the last printed digit of n printed addends); source_error (the printed figures
// disagree); parse_doubt (the evidence points at our parse: a cell missing, a value that slid
// columns, or a failure inside the check itself); not_checked (the check could not be made, the
// note says why). An overflow or exception inside a check never costs the document.
#pragma once

#include <string>
#include <vector>

#include "core/model.h"

namespace gongkai::check {

// Appends every check it can make to doc.checks. Never changes a table.
void run_checks(Document& doc);

// Counts by verdict. total() counts the checks made; not_checked ones are apart.
struct Summary {
  int ok = 0, rounding = 0, source_error = 0, parse_doubt = 0, not_checked = 0;
  int total() const { return ok + rounding + source_error + parse_doubt; }
  int failed() const { return source_error + parse_doubt; }
};
Summary summarize(const std::vector<Check>& checks);

// One line for stderr: "<file>: N checks: a ok, b rounding, c source errors, d parse doubts"
// and ", e not checked" when some could not be made.
std::string summary_line(const std::string& file, const Summary& summary);

}  // namespace gongkai::check
