#include "check/check.h"

#include "check/identities.h"

namespace gongkai::check {

void run_checks(Document& doc) {
  std::size_t first = doc.checks.size();
  for (const Table& table : doc.tables) {
    detail::check_table(table, doc.checks);
    detail::check_side_by_side(table, doc.checks);
  }
  detail::check_cross_tables(doc, doc.checks);
  detail::check_narrative(doc, doc.checks);
  detail::refine_verdicts(doc.checks, first);
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
