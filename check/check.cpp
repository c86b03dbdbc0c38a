#include "check/check.h"

#include <map>
#include <set>

#include "check/identities.h"
#include "check/structure.h"
#include "check/sum_check.h"

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
    if (c.verdict != Verdict::SourceError) continue;
    for (const auto& title : c.tables) {
      auto it = page_of_table.find(title);
      if (it == page_of_table.end()) continue;
      c.verdict = Verdict::ParseDoubt;
      c.note += "; on page " + std::to_string(it->second) +
                " extraction was unsure of this table's rows or columns (see diagnostics)";
      break;
    }
  }
}

// Runs one family of identities. A failure inside it (an overflow, a bug) is the check's, not
// the document's: the checks it made so far stay, and one parse doubt under the family's name
// says what went wrong, so that the document is still converted and the gap is visible.
template <class Family>
void guarded(std::vector<Check>& out, std::string_view family, std::vector<std::string> tables,
             Family&& run) {
  try {
    run();
  } catch (const std::exception& e) {
    Check c;
    c.identity = std::string(family);
    c.tables = std::move(tables);
    c.verdict = Verdict::ParseDoubt;
    c.note = std::string("the check failed inside gongkai (") + e.what() +
             "); the document was not judged by it";
    out.push_back(std::move(c));
  }
}

// A part of `table` that could not be joined to it: same title and kind, from the next page on;
// or a fragment with no title nor kind of its own right after it, on its last page or the next.
bool continues(const Table& table, const Table& next) {
  if (table.pages.empty() || next.pages.empty()) return false;
  int gap = next.pages.front() - table.pages.back();
  if (next.title == table.title && next.kind == table.kind) return gap == 1;
  return next.title.empty() && next.kind == "unknown" && (gap == 0 || gap == 1);
}

}  // namespace

void run_checks(Document& doc) {
  const detail::TablesInScope scope(doc.tables);
  std::size_t first = doc.checks.size();
  auto& out = doc.checks;
  for (std::size_t i = 0; i < doc.tables.size(); ++i) {
    const Table& table = doc.tables[i];
    bool continued = i + 1 < doc.tables.size() && continues(table, doc.tables[i + 1]);
    guarded(out, "table", {table.title}, [&] { detail::check_table(table, out, continued); });
    guarded(out, "side_by_side", {table.title}, [&] { detail::check_side_by_side(table, out); });
  }
  guarded(out, "cross_table", {}, [&] { detail::check_cross_tables(doc, out); });
  guarded(out, "narrative", {}, [&] { detail::check_narrative(doc); });
  detail::refine_verdicts(doc.checks, first);
  doubt_failures_on_unread_pages(doc, first);
  // After the second looks: a structural finding is judged on its own evidence. They read the
  // printed lines, which a document built by hand (no parse) does not have.
  if (doc.printed.empty()) return;
  guarded(out, "structure:completeness", {}, [&] { detail::check_completeness(doc, out); });
  guarded(out, "structure:empty_tables", {}, [&] { detail::check_empty_tables(doc, out); });
  guarded(out, "structure:text", {}, [&] { detail::check_text(doc, out); });
}

Summary summarize(const std::vector<Check>& checks) {
  Summary s;
  for (const auto& c : checks) {
    switch (c.verdict) {
      case Verdict::Ok:
        ++s.ok;
        break;
      case Verdict::Rounding:
        ++s.rounding;
        break;
      case Verdict::SourceError:
        ++s.source_error;
        break;
      case Verdict::ParseDoubt:
        ++s.parse_doubt;
        break;
      case Verdict::NotChecked:
        ++s.not_checked;
        break;
    }
  }
  return s;
}

std::string summary_line(const std::string& file, const Summary& s) {
  return file + ": " + std::to_string(s.total()) + " checks: " + std::to_string(s.ok) + " ok, " +
         std::to_string(s.rounding) + " rounding, " + std::to_string(s.source_error) +
         " source errors, " + std::to_string(s.parse_doubt) + " parse doubts" +
         (s.not_checked ? ", " + std::to_string(s.not_checked) + " not checked" : "");
}

}  // namespace gongkai::check
