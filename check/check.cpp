#include "check/check.h"

#include <algorithm>
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
//
// So is a failure in a table read from only some pages (--pages) that may go on, or begin, on a
// page next to them that was not read.
bool selected(const SourceInfo& s, int page) {
  return std::binary_search(s.selected_pages.begin(), s.selected_pages.end(), page);
}

void doubt_failures_on_unread_pages(Document& doc, std::size_t first) {
  std::set<int> unread;
  for (const auto& d : doc.diagnostics)
    if (d.code == "rows_left_as_text" || d.code == "columns_inferred") unread.insert(d.page);
  std::map<std::string, std::string> why;  // title → why a failure there may be the reading's
  for (const auto& t : doc.tables)
    for (int p : t.pages)
      if (unread.contains(p)) {
        why.emplace(t.title, "on page " + std::to_string(p) +
                                 " extraction was unsure of this table's rows or columns (see "
                                 "diagnostics)");
        break;
      }
  const SourceInfo& source = doc.source;
  for (const auto& t : doc.tables) {
    if (source.selected_pages.empty() || t.pages.empty()) break;
    const std::pair<int, const char*> sides[] = {{t.pages.back() + 1, "go on"},
                                                 {t.pages.front() - 1, "begin"}};
    for (const auto& [p, what] : sides)
      if (p >= 1 && p <= source.page_count && !selected(source, p)) {
        why.emplace(t.title, "page " + std::to_string(p) +
                                 " was not read (--pages): the table may " + what + " there");
        break;
      }
  }
  if (why.empty()) return;
  for (std::size_t i = first; i < doc.checks.size(); ++i) {
    Check& c = doc.checks[i];
    if (c.verdict != Verdict::SourceError) continue;
    for (const auto& title : c.tables) {
      auto it = why.find(title);
      if (it == why.end()) continue;
      c.verdict = Verdict::ParseDoubt;
      c.note += "; " + it->second;
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
  return next.title.empty() && next.kind == TableKind::Unknown && (gap == 0 || gap == 1);
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
  guarded(out, "narrative", {}, [&] { detail::check_income_expenditure_change(doc, out); });
  guarded(out, "narrative", {}, [&] { detail::check_personnel_expense(doc, out); });
  detail::refine_verdicts(doc.checks, first);
  doubt_failures_on_unread_pages(doc, first);
  // After the second looks: a structural finding is judged on its own evidence. They read the
  // printed lines, which a document built by hand (no parse) does not have.
  if (doc.printed.empty()) return;
  if (!doc.source.selected_pages.empty()) {
    // The 目录, the standard set and the notes are the whole document's: pages left out would
    // read as tables missing.
    Check c;
    c.identity = "structure";
    c.verdict = Verdict::NotChecked;
    c.note = "only some pages were read (--pages): the document's structure was not checked";
    out.push_back(std::move(c));
    return;
  }
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
