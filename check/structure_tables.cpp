// Completeness: the tables the 目录 lists are printed, the standard set of the document's kind is
// there, and identities that need a missing table are listed as not_checked, never dropped.
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "check/structure.h"
#include "normalize/regex.h"

namespace gongkai::check::detail {
namespace {

std::string spaceless(std::string_view text) {
  std::string s;
  for (char c : text)
    if (c != ' ' && c != '\t') s += c;
  return s;
}

struct TocEntry {
  std::string key;
  std::string text;
  int page = 0;
};

struct Toc {
  std::vector<TocEntry> entries;
  std::size_t first = 0, last = 0;  // printed lines [first, last) are the 目录
};

// The 目录: from its heading to the end of its page, then on over pages that hold no table and
// no sentence (a 目录 running on).
Toc find_toc(const Document& doc) {
  Toc toc;
  const auto& lines = doc.printed;
  auto heading = std::find_if(lines.begin(), lines.end(), [](const PrintedLine& l) {
    std::string s = spaceless(l.text);
    return !l.in_grid && (s == "目录" || s == "目錄");
  });
  if (heading == lines.end()) return toc;
  toc.first = static_cast<std::size_t>(heading - lines.begin()) + 1;
  std::size_t end = toc.first;
  int page = heading->page;
  std::set<int> table_pages;
  for (const auto& t : doc.tables) table_pages.insert(t.pages.begin(), t.pages.end());
  while (end < lines.size()) {
    if (lines[end].page != page) {
      int next = lines[end].page;
      bool plain = !table_pages.contains(next);
      for (std::size_t j = end; j < lines.size() && lines[j].page == next; ++j)
        if (lines[j].in_grid || lines[j].text.find("。") != std::string::npos) plain = false;
      if (!plain) break;
      page = next;
    }
    ++end;
  }
  toc.last = end;
  static const normalize::Regex part(R"(^第[一二三四五六七八九十]+部分)");
  static const normalize::Regex group(R"(^(?:部门|单位)?(?:预算|决算)(?:公开)?(?:报)?表$)");
  static const normalize::Regex page_number(R"(\d+$)");
  // A short entry without a number may be the tail of a wrapped one ("…支出预" / "算表").
  static const normalize::Regex numbered(
      R"(^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[、.]|(?:部门|单位)?(?:预算|决算)?(?:公开)?(?:附)?表\s*[\d一二三四五六七八九十]|公开\d))");
  std::set<std::string> seen;
  for (std::size_t i = toc.first; i < toc.last; ++i) {
    const std::string& text = lines[i].text;
    if (RE2::PartialMatch(spaceless(text), part)) continue;
    std::string key = title_key(text, doc.document.department);
    RE2::Replace(&key, page_number, "");
    if (key.size() < 9 || !(key.ends_with("表") || key.ends_with("清单"))) continue;
    if (key.size() < 15 && !RE2::PartialMatch(spaceless(text), numbered)) continue;
    if (RE2::FullMatch(key, group) || !seen.insert(key).second) continue;
    toc.entries.push_back({key, text, lines[i].page});
  }
  return toc;
}

bool states_empty_or_elsewhere(std::string_view line) {
  static const normalize::Regex re(R"(空表|无数据|另行公开|单独公开|不公开|未公开|无此表|不涉及)");
  return RE2::PartialMatch(line, re);
}

void check_toc(const Document& doc, const Toc& toc, std::vector<Check>& out) {
  std::map<std::string, std::string> table_by_key;
  for (const auto& t : doc.tables)
    table_by_key.emplace(title_key(t.title, doc.document.department), t.title);
  std::size_t found = 0;
  std::set<std::string> claimed;
  for (const auto& e : toc.entries)
    if (table_by_key.contains(e.key)) {
      ++found;
      claimed.insert(e.key);
    }
  // A table the 目录 does not name may be a listed one printed under another title.
  std::string unclaimed;
  for (const auto& t : doc.tables) {
    std::string key = title_key(t.title, doc.document.department);
    if (!claimed.contains(key) && t.kind != TableKind::BudgetUnits &&
        t.kind != TableKind::TableList && unclaimed.empty())
      unclaimed = t.title.empty() ? "an untitled table" : t.title;
  }
  const std::string id = "structure:toc_table_found";
  for (const auto& e : toc.entries) {
    std::string where = at_page(e.page, e.text);
    if (auto t = table_by_key.find(e.key); t != table_by_key.end()) {
      out.push_back(finding(id, {t->second}, where, Verdict::Ok, "listed in the 目录 and printed"));
      continue;
    }
    if (found == 0) {
      out.push_back(finding(id, {}, where, Verdict::NotChecked,
                            "no table the 目录 lists was read in this file: the tables may be "
                            "published apart"));
      continue;
    }
    const PrintedLine* printed = nullptr;
    const PrintedLine* stated = nullptr;
    for (std::size_t i = 0; i < doc.printed.size(); ++i) {
      if (i >= toc.first && i < toc.last) continue;
      const auto& l = doc.printed[i];
      if (!printed && title_key(l.text, doc.document.department) == e.key) printed = &l;
      if (!stated && spaceless(l.text).find(e.key) != std::string::npos &&
          states_empty_or_elsewhere(l.text))
        stated = &l;
    }
    if (stated)
      out.push_back(
          finding(id, {}, where, Verdict::Ok,
                  "not printed, as the document says: " + at_page(stated->page, stated->text)));
    else if (printed)
      out.push_back(finding(id, {}, where, Verdict::ParseDoubt,
                            "its title is printed on page " + std::to_string(printed->page) +
                                " but gongkai read no table under it"));
    else if (!unclaimed.empty())
      out.push_back(finding(id, {}, where, Verdict::NotChecked,
                            "no table of that title was read, and gongkai cannot tell whether "
                            "it is the one printed as " +
                                unclaimed));
    else
      out.push_back(finding(id, {}, where, Verdict::SourceError,
                            "listed in the 目录 but printed nowhere in the document"));
  }
}

struct Standard {
  TableKind kind;
  std::string_view name;
  std::vector<TableKind> also;  // kinds that stand in for it
};

const std::vector<Standard>& standard_set(std::string_view doc_kind) {
  static const std::vector<Standard> final_account = {
      {TableKind::IncomeExpenditureSummary, "收入支出决算总表", {}},
      {TableKind::Income, "收入决算表", {}},
      {TableKind::Expenditure, "支出决算表", {}},
      {TableKind::FiscalAppropriationSummary, "财政拨款收入支出决算总表", {}},
      {TableKind::GeneralBudgetExpenditure, "一般公共预算财政拨款支出决算表", {}},
      {TableKind::GeneralBudgetBasicExpenditure,
       "一般公共预算财政拨款基本支出决算表",
       {TableKind::BasicExpenditure}},
      {TableKind::ThreePublicExpenses, "财政拨款“三公”经费支出决算表", {}},
      {TableKind::GovFundExpenditure,
       "政府性基金预算财政拨款收入支出决算表",
       {TableKind::GovFundIncome}},
      {TableKind::StateCapitalBudget, "国有资本经营预算财政拨款收入支出决算表", {}}};
  static const std::vector<Standard> budget = {
      {TableKind::IncomeExpenditureSummary, "收支总表", {}},
      {TableKind::Income, "收入总表", {}},
      {TableKind::Expenditure, "支出总表", {}},
      {TableKind::FiscalAppropriationSummary, "财政拨款收支总表", {}},
      {TableKind::GeneralBudgetExpenditure, "一般公共预算支出表", {}},
      {TableKind::GeneralBudgetBasicExpenditure,
       "一般公共预算基本支出表",
       {TableKind::BasicExpenditure}},
      {TableKind::ThreePublicExpenses, "“三公”经费支出表", {}},
      {TableKind::GovFundExpenditure, "政府性基金预算支出表", {TableKind::GovFundIncome}}};
  static const std::vector<Standard> none;
  if (doc_kind == "final_account") return final_account;
  if (doc_kind == "budget") return budget;
  return none;
}

// The identities that cannot be made without a table of `kind`.
std::vector<std::string_view> identities_needing(TableKind kind) {
  static const std::map<TableKind, std::vector<std::string_view>> needs = {
      {TableKind::IncomeExpenditureSummary,
       {"cross_table:summary_current_income_equals_income_total",
        "cross_table:summary_income_item_equals_income_column",
        "cross_table:summary_class_equals_expenditure_class",
        "cross_table:summary_current_expenditure_equals_expenditure_total"}},
      {TableKind::Income,
       {"cross_table:summary_current_income_equals_income_total",
        "cross_table:summary_income_item_equals_income_column",
        "cross_table:expenditure_code_equals_income_code"}},
      {TableKind::Expenditure,
       {"cross_table:summary_class_equals_expenditure_class",
        "cross_table:summary_current_expenditure_equals_expenditure_total",
        "cross_table:expenditure_code_equals_income_code"}},
      {TableKind::FiscalAppropriationSummary,
       {"cross_table:fiscal_general_budget_income_equals_general_budget_expenditure"}},
      {TableKind::GeneralBudgetExpenditure,
       {"cross_table:fiscal_general_budget_income_equals_general_budget_expenditure",
        "cross_table:basic_expenditure_total_equals_general_budget_basic"}},
      {TableKind::GeneralBudgetBasicExpenditure,
       {"cross_table:basic_expenditure_total_equals_general_budget_basic"}}};
  auto it = needs.find(kind);
  return it == needs.end() ? std::vector<std::string_view>{} : it->second;
}

bool has_kind(const Document& doc, const Standard& s) {
  return std::any_of(doc.tables.begin(), doc.tables.end(), [&](const Table& t) {
    return t.kind == s.kind || std::find(s.also.begin(), s.also.end(), t.kind) != s.also.end();
  });
}

// A sentence saying the department has none of a fund's money ("本部门无国有资本经营预算…").
const PrintedLine* states_none(const Document& doc, std::string_view name) {
  static const normalize::Regex none(
      R"((?:无|没有|未安排|不涉及)[^。]{0,20}(?:政府性基金|国有资本经营|三公))");
  std::string_view fund = name.find("政府性基金") != std::string_view::npos ? "政府性基金"
                          : name.find("国有资本") != std::string_view::npos ? "国有资本经营"
                          : name.find("三公") != std::string_view::npos     ? "三公"
                                                                            : "";
  if (fund.empty()) return nullptr;
  for (const auto& l : doc.printed) {
    std::string s = spaceless(l.text);
    if (s.find(fund) != std::string::npos && RE2::PartialMatch(s, none)) return &l;
  }
  return nullptr;
}

void check_standard_set(const Document& doc, const Toc& toc, std::vector<Check>& out) {
  const auto& set = standard_set(doc.document.kind);
  if (set.empty()) return;
  std::size_t present =
      std::count_if(set.begin(), set.end(), [&](const Standard& s) { return has_kind(doc, s); });
  const std::string id = "structure:standard_table_present";
  std::set<std::string> toc_keys;
  for (const auto& e : toc.entries) toc_keys.insert(e.key);
  std::set<std::string_view> made;
  for (const auto& c : out) made.insert(c.identity);
  for (const auto& s : set) {
    std::string where = std::string(s.name) + " (" + std::string(name(s.kind)) + ")";
    if (has_kind(doc, s)) {
      out.push_back(finding(id, {}, where, Verdict::Ok, "present"));
      continue;
    }
    std::string why = "no " + std::string(s.name) + " was read";
    for (auto identity : identities_needing(s.kind))
      if (!made.contains(identity))
        out.push_back(finding(std::string(identity), {}, where, Verdict::NotChecked,
                              why + ": this identity needs it"));
    if (present * 2 < set.size()) {
      out.push_back(finding(id, {}, where, Verdict::NotChecked,
                            why + "; only " + std::to_string(present) + " of the " +
                                std::to_string(set.size()) +
                                " standard tables were: the file may publish part of them"));
    } else if (const PrintedLine* l = states_none(doc, s.name)) {
      out.push_back(finding(id, {}, where, Verdict::Ok,
                            "not printed; the document says why: " + at_page(l->page, l->text)));
    } else if (toc_keys.contains(title_key(s.name, ""))) {
      out.push_back(finding(id, {}, where, Verdict::SourceError,
                            why + ": the 目录 lists it (structure:toc_table_found)"));
    } else {
      out.push_back(finding(id, {}, where, Verdict::NotChecked,
                            why + ", nor does the 目录 list it: gongkai cannot tell a table "
                                  "printed under another name from a missing one"));
    }
  }
}

}  // namespace

void check_completeness(const Document& doc, std::vector<Check>& out) {
  Toc toc = find_toc(doc);
  check_toc(doc, toc, out);
  check_standard_set(doc, toc, out);
}

}  // namespace gongkai::check::detail
