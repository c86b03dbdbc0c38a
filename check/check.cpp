#include "check/check.h"

#include <map>
#include <set>

#include "check/identities.h"

namespace gongkai::check {

namespace {

// Extraction said that on a page some rows with amounts were not placed in any table, or that a
// table's columns were inferred: a sum over a table there may miss or misplace a value, so its
// failure is a parse doubt, not the document's.
void doubt_failures_on_unread_pages(Document& doc, std::size_t first) {
  std::set<int> unread;
  for (const auto& d : doc.diagnostics)
    if (d.code == "rows_left_as_text" || d.code == "columns_inferred") unread.insert(d.page);
  if (unread.empty()) return;
  std::map<std::string, int> page_of_table;  // title → first unread page it spans
  for (const auto& t : doc.tables)
    for (int p : t.pages)
      if (unread.contains(p)) {
        page_of_table.emplace(t.title, p);
        break;
      }
  for (std::size_t i = first; i < doc.checks.size(); ++i) {
    Check& c = doc.checks[i];
    if (c.verdict != "source_error") continue;
    for (const auto& title : c.tables) {
      auto it = page_of_table.find(title);
      if (it == page_of_table.end()) continue;
      c.verdict = "parse_doubt";
      c.note += "; on page " + std::to_string(it->second) +
                " extraction was unsure of this table's rows or columns (see diagnostics)";
      break;
    }
  }
}

}  // namespace

void run_checks(Document& doc) {
  std::size_t first = doc.checks.size();
  for (const Table& table : doc.tables) {
    detail::check_table(table, doc.checks);
    detail::check_side_by_side(table, doc.checks);
  }
  detail::check_cross_tables(doc, doc.checks);
  detail::check_narrative(doc, doc.checks);
  detail::refine_verdicts(doc.checks, first);
  doubt_failures_on_unread_pages(doc, first);
}

Summary summarize(const std::vector<Check>& checks) {
  Summary s;
  for (const auto& c : checks) {
    if (c.verdict == "ok")
      ++s.ok;
    else if (c.verdict == "rounding")
      ++s.rounding;
    else if (c.verdict == "source_error")
      ++s.source_error;
    else
      ++s.parse_doubt;
  }
  return s;
}

std::string summary_line(const std::string& file, const Summary& s) {
  return file + ": " + std::to_string(s.total()) + " checks: " + std::to_string(s.ok) + " ok, " +
         std::to_string(s.rounding) + " rounding, " + std::to_string(s.source_error) +
         " source errors, " + std::to_string(s.parse_doubt) + " parse doubts";
}

}  // namespace gongkai::check
