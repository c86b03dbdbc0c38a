// Empty tables: each says why it is empty, with a reason about its own fund, and the narrative
// gives no non-zero figure for what it would hold.
#include <re2/re2.h>

#include "check/structure.h"
#include "check/structure_text.h"
#include "normalize/regex.h"

namespace gongkai::check::detail {
namespace {

// The table's pages, and the page after when no other table starts there (a note pushed over).
struct Pages {
  const Document& doc;
  const Table& t;
  bool operator()(int page) const {
    for (int p : t.pages)
      if (p == page) return true;
    if (t.pages.empty() || page != t.pages.back() + 1) return false;
    for (const auto& other : doc.tables)
      if (&other != &t && !other.pages.empty() && other.pages.front() == page) return false;
    return true;
  }
};

bool is_reason(std::string_view text) {
  if (text.find("是否") != std::string_view::npos) return false;  // a 报表目录 header
  static const normalize::Regex re(
      R"((?:本|此|该)表(?:无数据|为空)|无数据|空表|(?:无|没有|未发生|未安排|不涉及)[^。]{0,30}(?:收支|收入|支出|经费|预算|资金))");
  return RE2::PartialMatch(text, re);
}

// The first note on the table's pages (or the page after) that says why it is empty.
const PrintedLine* reason_of(const Document& doc, const Table& t) {
  Pages on{doc, t};
  for (const auto& l : doc.printed)
    if (on(l.page) && is_reason(l.text) && l.text.size() < 400) return &l;
  return nullptr;
}

// A grid line on the table's pages with a non-zero amount: rows the parse may have missed.
bool unread_amounts(const Document& doc, const Table& t) {
  static const normalize::Regex amount(R"((?:^|\s)-?[\d,]*[1-9][\d,]*\.\d{1,2}(?:\s|$))");
  Pages on{doc, t};
  for (const auto& l : doc.printed)
    if (l.in_grid && on(l.page) && RE2::PartialMatch(l.text, amount)) return true;
  return false;
}

bool has_amount(const Table& t) {
  for (const auto& row : t.rows)
    for (const auto& v : row)
      if (v.is_amount() && !v.amount.is_zero()) return true;
  return false;
}

// Some empty table of the document carries a note: the document annotates its empty tables.
bool any_table_has_note(const Document& doc) {
  for (const auto& t : doc.tables)
    if (t.empty && !has_amount(t) && reason_of(doc, t)) return true;
  return false;
}

constexpr std::string_view kFunds[] = {"政府性基金", "国有资本经营", "三公"};

// The narrative says the fund has nothing: "无政府性基金…", "政府性基金拨款支出预算0万元".
bool says_none(std::string_view sentence, std::string_view fund) {
  static const normalize::Regex zero(R"((?:^|[^\d.,])0(?:\.0+)?(?:万?元|[;,。]|$))");
  return sentence.find(fund) != std::string_view::npos &&
         (is_reason(sentence) || RE2::PartialMatch(sentence, zero));
}

// The row of a 报表目录 (table_list: 报表名称 | 是否空表 | 表格为空的理由) naming the table.
std::string listed_reason(const Document& doc, const Table& t) {
  std::string key = title_key(t.title, doc.document.department);
  if (key.empty()) return {};
  for (const auto& list : doc.tables) {
    if (list.kind != TableKind::TableList) continue;
    for (const auto& row : list.rows) {
      std::string text;
      for (const auto& v : row)
        if (!v.is_null()) text += (text.empty() ? "" : " | ") + v.text;
      if (title_key(text, doc.document.department).find(key) != std::string::npos)
        return "page " + std::to_string(list.pages.empty() ? 0 : list.pages.front()) +
               ", 报表目录: 《" + text + "》";
    }
  }
  return {};
}

void check_reason(const Document& doc, const Table& t, std::vector<Check>& out) {
  std::string_view fund = fund_of_kind(t.kind);
  const PrintedLine* reason = reason_of(doc, t);
  std::string where = "table on page " + std::to_string(t.pages.empty() ? 0 : t.pages.front());
  const std::string id = "structure:empty_table_reason";
  auto all = sentences(doc);
  if (!reason && !fund.empty())
    for (const auto& s : all)
      if (says_none(s.text, fund)) {
        out.push_back(finding(id, {t.title}, where, Verdict::Ok,
                              "the narrative says why: " + at_page(s.page, s.text)));
        return;
      }
  if (!reason)
    if (auto listed = listed_reason(doc, t); !listed.empty()) {
      out.push_back(finding(id, {t.title}, where, Verdict::Ok, "the 报表目录 says: " + listed));
      return;
    }
  std::string key = title_key(t.title, doc.document.department);
  if (!reason && !key.ends_with("表") && !key.ends_with("清单")) {
    out.push_back(finding(id, {t.title}, where, Verdict::ParseDoubt,
                          "read as empty under a title that was not read cleanly"));
    return;
  }
  if (!reason && all.size() < 5) {
    out.push_back(finding(id, {t.title}, where, Verdict::NotChecked,
                          "empty, and this file holds no narrative that could say why"));
    return;
  }
  if (!reason && !any_table_has_note(doc)) {
    out.push_back(finding(id, {t.title}, where, Verdict::Ok,
                          "printed empty without a note, as every empty table of this document: "
                          "no note is its convention"));
    return;
  }
  if (!reason) {
    bool unread = unread_amounts(doc, t);
    out.push_back(
        finding("structure:empty_table_reason", {t.title}, where,
                unread ? Verdict::ParseDoubt : Verdict::SourceError,
                unread ? "read as empty, but its pages print amounts gongkai did not place in it"
                       : "the table is printed empty and nothing says why (注：…故本表无数据)"));
    return;
  }
  out.push_back(finding("structure:empty_table_reason", {t.title}, where, Verdict::Ok,
                        at_page(reason->page, reason->text)));
  if (fund.empty() || reason->text.find(fund) != std::string::npos) return;
  for (std::string_view other : kFunds)
    if (other != fund && reason->text.find(other) != std::string::npos) {
      out.push_back(finding("structure:empty_table_reason_copied", {t.title},
                            at_page(reason->page, reason->text), Verdict::SourceError,
                            "the reason names " + std::string(other) + " under a table of " +
                                std::string(fund) + ": copied from another table"));
      return;
    }
}

// A non-zero amount stated for the fund in its own clause, not a change against last year.
void check_narrative_figure(const Document& doc, const Table& t, std::vector<Check>& out) {
  std::string_view fund = fund_of_kind(t.kind);
  if (fund.empty()) return;
  static const normalize::Regex clause_end(R"([,;:，；：])");
  static const normalize::Regex change(
      R"(增|减|下降|上升|持平|相比|比上年|上年|同比|差异|变动|变化|其中)");
  static const normalize::Regex amount(R"(((?:\d[\d,]*)(?:\.\d+)?)\s*万?元)");
  static const normalize::Regex other_subject(
      R"(一般公共预算|政府性基金|国有资本|三公|事业收入|其他收入|财政拨款收入)");
  for (const auto& s : sentences(doc)) {
    if (s.text.find(fund) == std::string::npos) continue;
    std::string text = s.text;
    RE2::GlobalReplace(&text, clause_end, "|");
    std::string_view rest(text);
    while (!rest.empty()) {
      auto bar = rest.find('|');
      std::string_view clause = rest.substr(0, bar);
      rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
      auto at = clause.find(fund);
      if (at == std::string_view::npos || RE2::PartialMatch(clause, change)) continue;
      std::string_view after = clause.substr(at + fund.size());
      re2::StringPiece input(after.data(), after.size());
      std::string figure;
      if (!RE2::PartialMatch(input, amount, &figure)) continue;
      std::string_view between = after.substr(0, after.find(figure));
      if (RE2::PartialMatch(between, other_subject)) continue;
      if (figure.find_first_of("123456789") == std::string::npos) continue;
      out.push_back(finding("structure:empty_table_narrative_figure", {t.title},
                            at_page(s.page, s.text), Verdict::SourceError,
                            "the table is printed empty while the narrative states " + figure +
                                " for " + std::string(fund)));
      return;
    }
  }
}

}  // namespace

void check_empty_tables(const Document& doc, std::vector<Check>& out) {
  for (const auto& t : doc.tables) {
    // Tables of money only: a list of tables or units, a 绩效目标 form or a table of unknown kind
    // holds no amounts to be empty of.
    if (!t.empty || has_amount(t) || t.kind == TableKind::TableList ||
        t.kind == TableKind::BudgetUnits || t.kind == TableKind::Unknown ||
        is_performance_targets(t.kind))
      continue;  // amounts read: the empty mark is not the table's
    check_reason(doc, t, out);
    check_narrative_figure(doc, t, out);
  }
}

}  // namespace gongkai::check::detail
