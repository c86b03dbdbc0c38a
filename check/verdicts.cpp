// Second look at failed checks, once every identity of a document has been judged: evidence
// that needs more than one check (a value that left one column and arrived in another).
#include <map>

#include "check/identities.h"

namespace gongkai::check::detail {
namespace {

bool failed(const Check& c) {
  return c.verdict == Verdict::SourceError || c.verdict == Verdict::ParseDoubt;
}

// Checks about exactly one table, keyed by that table.
std::map<std::string, std::vector<Check*>> by_table(std::vector<Check>& checks, std::size_t first) {
  std::map<std::string, std::vector<Check*>> out;
  for (std::size_t i = first; i < checks.size(); ++i)
    if (checks[i].tables.size() == 1) out[checks[i].tables.front()].push_back(&checks[i]);
  return out;
}

// The checks of one family over the whole document ("cross_table:", "narrative:").
std::vector<Check*> of_family(std::vector<Check>& checks, std::size_t first,
                              std::string_view prefix) {
  std::vector<Check*> out;
  for (std::size_t i = first; i < checks.size(); ++i)
    if (checks[i].identity.starts_with(prefix)) out.push_back(&checks[i]);
  return out;
}

// The row part of a location: "row 20103 … = Σ its sub-codes" without ", column '…'".
std::string_view row_part(std::string_view location) {
  return location.substr(0, location.find(", column '"));
}

// Two failures of the same identity on the same rows, in two columns, with differences d and
// -d: the amount left one column and turned up in the other, which is what a slid value does.
// (One wrong printed cell fails a row check and a column check instead: not matched here.)
void mark_cancelling_pairs(std::vector<Check*>& checks) {
  for (Check* a : checks) {
    if (a->verdict != Verdict::SourceError || !a->difference) continue;
    for (Check* b : checks) {
      if (b == a || !failed(*b) || !b->difference || b->identity != a->identity ||
          row_part(b->location) != row_part(a->location))
        continue;
      // Cancelling up to rounding: a few units of the last printed digit, and opposite signs
      // (two small differences of one sign are within that slack of each other, yet nothing
      // left one column for the other).
      Decimal slack(10, a->difference->scale());
      if ((*a->difference + *b->difference).abs() > slack || a->difference->is_zero() ||
          a->difference->is_negative() == b->difference->is_negative())
        continue;
      a->verdict = Verdict::ParseDoubt;
      a->note = "difference " + a->difference->to_string() + " is cancelled by the check at " +
                b->location + ": a value may have slid between columns";
      break;
    }
  }
}

// One misprinted cell fails the few identities that read it: its row, its column's total, its
// parent (two or three checks). Many failures in one table, a large share of its checks, are the
// mark of a reading that went wrong (a shifted column, an identity that does not fit the layout)
// or of a print misaligned as a whole: neither is a set of misprints a reader could confirm cell
// by cell, so the table's failures are doubts, and the note says where to look. The same holds of
// the document's cross-table checks, and of its narrative's: many failures there are an identity
// or a link that does not fit this document's layout.
constexpr int kClusterFailures = 5;

void doubt_clustered_failures(std::vector<Check*>& checks, std::string_view scope) {
  int made = 0, errors = 0;
  for (const Check* c : checks) {
    if (c->verdict == Verdict::NotChecked) continue;
    ++made;
    if (c->verdict == Verdict::SourceError) ++errors;
  }
  if (errors < kClusterFailures || errors * 4 <= made) return;
  for (Check* c : checks) {
    if (c->verdict != Verdict::SourceError) continue;
    c->verdict = Verdict::ParseDoubt;
    c->note += "; " + std::to_string(errors) + " of the " + std::to_string(made) + " checks " +
               std::string(scope) +
               " fail: so many point to a misreading (or a print misaligned as a whole) rather "
               "than to misprints; compare the tables with the pages";
  }
}

void explain_lone_errors(std::vector<Check*>& checks) {
  int held = 0;
  for (const Check* c : checks)
    if (!failed(*c)) ++held;
  for (Check* c : checks)
    if (c->verdict == Verdict::SourceError)
      c->note += "; the cells are present and " + std::to_string(held) + " of " +
                 std::to_string(checks.size() - 1) + " other identities in this table hold";
}

}  // namespace

void refine_verdicts(std::vector<Check>& checks, std::size_t first) {
  for (auto& [table, list] : by_table(checks, first)) {
    mark_cancelling_pairs(list);
    doubt_clustered_failures(list, "of this table");
    explain_lone_errors(list);
  }
  auto cross = of_family(checks, first, "cross_table:");
  doubt_clustered_failures(cross, "between the tables of this document");
  auto narrative = of_family(checks, first, "narrative:");
  doubt_clustered_failures(narrative, "of the narrative against the tables");
}

}  // namespace gongkai::check::detail
