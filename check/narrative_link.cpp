#include "check/narrative_link.h"

#include <re2/re2.h>

#include <algorithm>
#include <functional>
#include <iterator>
#include <memory>

#include "check/table_view.h"
#include "check/three_public.h"
#include "normalize/regex.h"
#include "normalize/vocabulary.h"

namespace gongkai::check::detail {
namespace {

void append(std::vector<CellRef>& to, const std::vector<CellRef>& more) {
  for (const CellRef& m : more) {
    bool seen = std::any_of(to.begin(), to.end(), [&](const CellRef& c) {
      return c.table == m.table && c.row == m.row && c.col == m.col;
    });
    if (!seen) to.push_back(m);
  }
}

// ---- rows and columns of a table ----------------------------------------------------------

// Money columns that hold amounts (never a phantom column of an unruled header).
std::vector<std::size_t> filled_money_columns(const Table& t) {
  std::vector<std::size_t> out;
  for (std::size_t c : money_columns(t))
    if (has_amounts(t, c)) out.push_back(c);
  return out;
}

bool is_total_text(const Value& v) {
  return v.is_text() && normalize::names_the_grand_total(canonical_label(v.text));
}

// The grand-total row: a 合计/总计 row without a code (the label may stand in the code column).
std::optional<std::size_t> total_row(const Table& t) {
  std::vector<std::string> codes = row_codes(t);
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    if (codes[r].empty() && normalize::names_the_grand_total(row_label(t, r))) return r;
  return std::nullopt;
}

// The table's total column: its first 合计/小计/总计 that is neither a subset nor a memo
// group's total, else its first money column.
std::optional<std::size_t> total_column(const Table& t) {
  auto money = filled_money_columns(t);
  for (std::size_t c : money)
    if (is_total_column_name(t.columns[c]) && !is_subset_column_name(t.columns[c]) &&
        !is_memo_total(t, c))
      return c;
  if (money.empty()) return std::nullopt;
  return money.front();
}

// The column named `name`, or the total of the group of that name ("基本支出/小计").
std::vector<std::size_t> columns_named(const Table& t, std::string_view name) {
  std::vector<std::size_t> out;
  for (std::size_t c : filled_money_columns(t)) {
    std::string_view col = t.columns[c];
    std::string leaf = canonical_label(last_segment(col));
    bool group_total = is_total_column_name(leaf) && !column_prefix(col).empty() &&
                       canonical_label(last_segment(column_prefix(col))) == name;
    if (leaf == name || group_total || leaf.ends_with("其中:" + std::string(name)))
      out.push_back(c);
  }
  return out;
}

void table_total(const Table* t, std::vector<CellRef>& out) {
  if (t == nullptr) return;
  auto r = total_row(*t);
  auto c = total_column(*t);
  if (r && c) out.push_back({t, *r, *c});
}

void column_total(const Table* t, std::string_view name, std::vector<CellRef>& out) {
  if (t == nullptr) return;
  auto r = total_row(*t);
  if (!r) return;
  for (std::size_t c : columns_named(*t, name)) out.push_back({t, *r, c});
}

std::optional<std::size_t> first_money_right_of(const Table& t, std::size_t label_col) {
  for (std::size_t c : filled_money_columns(t))
    if (c > label_col) return c;
  return std::nullopt;
}

// Rows (in any Label column) whose label satisfies `pred`, each with the money column right of
// its label.
void rows_where(const Table& t, const std::function<bool(std::string_view)>& pred,
                std::vector<CellRef>& out) {
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    for (std::size_t c = 0; c < t.roles.size(); ++c) {
      if (t.roles[c] != ColumnRole::Label) continue;
      std::string l = label_in(t, r, c);
      if (l.empty() || !pred(l)) continue;
      if (auto m = first_money_right_of(t, c)) out.push_back({&t, r, *m});
    }
}

void rows_named(const Table* t, std::initializer_list<std::string_view> labels,
                std::vector<CellRef>& out) {
  if (t == nullptr) return;
  rows_where(
      *t,
      [labels](std::string_view l) {
        return std::find(labels.begin(), labels.end(), l) != labels.end();
      },
      out);
}

// ---- the 三公 table -----------------------------------------------------------------------

// Whose figures the document states: its year and its kind (a budget states 预算数, a final
// account 决算数).
struct Year {
  int year = 0;
  bool final_account = false;
};

// A header or label that speaks of another year than the document's, of the change between two
// years (上年, 2025年预算数, 增减变化), or of the other stage (预算数 in a final account, 决算 or
// 执行 in a budget): not the figure the narrative states for its year.
bool other_year(std::string_view text, Year y) {
  static const normalize::Regex year_re(R"((20[0-9]{2})年)");
  std::string s = without_spaces(text);
  if (contains(s, "上年") || contains(s, "增减") || contains(s, "变化")) return true;
  if (y.final_account ? contains(s, "预算") && !contains(s, "决算")
                      : contains(s, "决算") || contains(s, "执行"))
    return true;
  re2::StringPiece input(s);
  std::string found;
  while (RE2::FindAndConsume(&input, year_re, &found))
    if (y.year != 0 && std::stoi(found) != y.year) return true;
  return false;
}

bool row_of_other_year(const Table& t, std::size_t r, Year year) {
  for (const Value& v : t.rows[r])
    if (v.is_text() && other_year(v.text, year)) return true;
  return false;
}

// The row that carries a column-wise 三公 table's figures: its 合计 row, else its only row.
std::vector<std::size_t> public_rows(const Table& t, Year year) {
  std::vector<std::size_t> rows, totals;
  auto money = filled_money_columns(t);
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    if (is_column_number_row(t, r) || row_of_other_year(t, r, year)) continue;
    if (std::none_of(money.begin(), money.end(), [&](std::size_t c) { return amount(t, r, c); }))
      continue;
    rows.push_back(r);
    if (std::any_of(t.rows[r].begin(), t.rows[r].end(), is_total_text)) totals.push_back(r);
  }
  if (!totals.empty()) return {totals.front()};
  if (rows.size() == 1) return rows;
  // Printed by 预算单位 (parse/unit_blocks.h): the department's own line, above the blocks.
  std::vector<std::size_t> own;
  if (!t.unit_blocks.empty())
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(own), [&](std::size_t r) {
      return std::none_of(t.unit_blocks.begin(), t.unit_blocks.end(),
                          [r](const UnitBlock& b) { return r >= b.first && r <= b.last; });
    });
  if (own.size() == 1) return own;
  return {};  // one row per unit and no total: which is the department's cannot be told
}

// The column that carries a row-wise 三公 table's figures: its 合计 column, else its only one.
std::vector<std::size_t> public_columns(const Table& t, Year year) {
  std::vector<std::size_t> all, totals;
  for (std::size_t c : filled_money_columns(t)) {
    if (other_year(t.columns[c], year)) continue;
    all.push_back(c);
    if (is_total_column_name(t.columns[c]) && !is_subset_column_name(t.columns[c]))
      totals.push_back(c);
  }
  if (!totals.empty()) return {totals.front()};
  if (all.size() == 1) return all;
  return {};
}

// A bare 合计/总计 column is the 三公 total when nothing else is totalled beside it.
bool bare_total_is_public_total(const Table& t) {
  for (std::size_t c : money_columns(t)) {
    auto item = public_item_of_column(t.columns[c]);
    if ((item && !is_part_of_public_total(*item)) || contains(t.columns[c], "机关运行") ||
        contains(t.columns[c], "行政经费"))
      return false;
  }
  return true;
}

// A bare 合计 row is the 三公 total when nothing else is listed beside the 三公 items.
bool bare_total_row_is_public_total(const Table& t) {
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    std::string l = row_label(t, r);
    auto item = public_item(l);
    if ((item && !is_part_of_public_total(*item)) || contains(l, "机关运行") ||
        contains(l, "行政经费"))
      return false;
  }
  return true;
}

std::optional<PublicItem> row_item(const Table& t, std::size_t r) {
  std::string l = row_label(t, r);
  if (auto item = public_item(l)) return item;
  if (normalize::names_the_grand_total(l) && bare_total_row_is_public_total(t))
    return PublicItem::Total;
  return std::nullopt;
}

// "2026年预算数/合计", "总计/一般公共预算": a total that names no item.
bool is_bare_total_column(std::string_view col) {
  return is_total_column_name(last_segment(col)) ||
         is_total_column_name(col.substr(0, col.find('/')));
}

std::optional<PublicItem> column_item(const Table& t, std::size_t c) {
  if (auto item = public_item_of_column(t.columns[c])) return item;
  if (is_bare_total_column(t.columns[c]) && bare_total_is_public_total(t)) return PublicItem::Total;
  return std::nullopt;
}

// The stage a 三公 figure states: a final account's "年初预算为0.95万元" is the 预算数 its table
// prints beside the 决算数, not the 决算数.
Year year_stated(const Document& doc, std::string_view subject) {
  bool final_account = doc.document.kind == "final_account";
  std::string s = without_spaces(subject);
  if (final_account && contains(s, "预算") && !contains(s, "决算")) final_account = false;
  return {doc.document.year, final_account};
}

std::vector<CellRef> public_cells(const Document& doc, PublicItem item, Year year) {
  std::vector<CellRef> out;
  for (const Table* t : tables_of(doc, TableKind::ThreePublicExpenses)) {
    // Items as columns, the figures in the 合计 (or only) row. A column named by its item is
    // no phantom even when empty: the item is 0 that year.
    for (std::size_t c : money_columns(*t)) {
      if (column_item(*t, c) != item || other_year(t->columns[c], year)) continue;
      for (std::size_t r : public_rows(*t, year)) out.push_back({t, r, c});
    }
    // Items as rows, the figures in the 合计 (or only) column.
    for (std::size_t r = 0; r < t->rows.size(); ++r) {
      if (row_item(*t, r) != item || row_of_other_year(*t, r, year)) continue;
      for (std::size_t c : public_columns(*t, year)) out.push_back({t, r, c});
    }
  }
  return out;
}

// ---- tables printed empty ------------------------------------------------------------------

// A title and a header without any amount other than 0 (parse marks it empty: a note says so,
// or it prints a bare 合计 row): the table states 0 for its whole subject.
bool printed_empty(const Table& t) {
  if (!t.empty) return false;
  for (const auto& row : t.rows)
    for (const Value& v : row)
      if (v.is_amount() && !v.amount.is_zero()) return false;
  return true;
}

// When the document prints its subject's tables and every one of them empty, the figure is
// compared with 0 ("政府性基金支出预算支出0万元" beside an empty 政府性基金预算支出表). A table of
// the subject that holds amounts is the one to read, even when it does not state the figure.
void zero_of_empty_tables(const Document& doc, const std::function<bool(const Table&)>& of_subject,
                          std::vector<CellRef>& out) {
  std::vector<CellRef> empty;
  for (const Table& t : doc.tables) {
    if (!of_subject(t)) continue;
    if (!printed_empty(t)) return;
    empty.push_back({&t, 0, 0, true});
  }
  out.insert(out.end(), empty.begin(), empty.end());
}

bool names_agency(const Table& t) {
  if (contains(t.title, "机关运行")) return true;
  return std::any_of(t.columns.begin(), t.columns.end(),
                     [](const std::string& c) { return contains(c, "机关运行"); });
}

// The tables whose subject a topic is, to tell whether all of them are printed empty.
std::function<bool(const Table&)> tables_of_topic(Topic topic) {
  switch (topic) {
    case Topic::ThreePublic:
      return [](const Table& t) { return t.kind == TableKind::ThreePublicExpenses; };
    case Topic::Agency:
      return [](const Table& t) {
        return t.kind == TableKind::AgencyOperatingExpenses ||
               (t.kind == TableKind::ThreePublicExpenses && names_agency(t));
      };
    case Topic::GovFund:
      return [](const Table& t) { return t.kind == TableKind::GovFundExpenditure; };
    case Topic::StateCapital:
      return [](const Table& t) { return t.kind == TableKind::StateCapitalBudget; };
    default:
      return [](const Table&) { return false; };
  }
}

// ---- 机关运行经费 printed as 行政经费 --------------------------------------------------------

// The document calls its 机关运行经费 行政经费 ("行政经费（机关运行经费）: 指用于维持行政（参公）
// 单位机关运行的经费"): then a 行政经费 row or column states it.
bool agency_called_administrative(const Document& doc) {
  static const normalize::Regex re(
      R"(行政经费[(（]机关运行经费[)）]|机关运行经费[(（]行政经费[)）])");
  const auto& lines = doc.narrative;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string s = without_spaces(lines[i]);
    if (i + 1 < lines.size()) s += without_spaces(lines[i + 1]);  // wrapped over two lines
    if (RE2::PartialMatch(s, re)) return true;
  }
  return false;
}

// The 行政经费 of the 三公 tables ("财政拨款安排的行政经费及“三公”经费预算表"): a row so named,
// in the 合计 (or only) column, or a column so named, in the 合计 (or only) row.
void administrative_cells(const Document& doc, std::vector<CellRef>& out) {
  if (!agency_called_administrative(doc)) return;
  Year year{doc.document.year, doc.document.kind == "final_account"};
  for (const Table* t : tables_of(doc, TableKind::ThreePublicExpenses)) {
    for (std::size_t r = 0; r < t->rows.size(); ++r) {
      if (canonical_label(row_label(*t, r)) != "行政经费" || row_of_other_year(*t, r, year))
        continue;
      for (std::size_t c : public_columns(*t, year)) out.push_back({t, r, c});
    }
    for (std::size_t c : filled_money_columns(*t)) {
      if (canonical_label(last_segment(t->columns[c])) != "行政经费" ||
          other_year(t->columns[c], year))
        continue;
      for (std::size_t r : public_rows(*t, year)) out.push_back({t, r, c});
    }
  }
}

// ---- rules: subjects that name a table total ----------------------------------------------

// A subject phrase that names a total rather than a row: the pattern must end the subject; a
// General rule also needs one of its section words in the heading (a qualified topic is its
// own section).
struct SubjectRule {
  Topic topic;
  const char* pattern;
  std::vector<std::string_view> sections;
  std::function<void(const Document&, std::string_view heading, std::string_view subject,
                     std::vector<CellRef>&)>
      resolve;
};

using Resolver = decltype(SubjectRule::resolve);

Resolver summary_rows(std::initializer_list<std::string_view> labels) {
  std::vector<std::string_view> l(labels);
  return [l](const Document& doc, std::string_view, std::string_view, std::vector<CellRef>& out) {
    if (const Table* t = table_of(doc, TableKind::IncomeExpenditureSummary))
      rows_where(
          *t, [&](std::string_view x) { return std::find(l.begin(), l.end(), x) != l.end(); }, out);
  };
}

Resolver totals_of(TableKind kind) {
  return
      [kind](const Document& doc, std::string_view, std::string_view, std::vector<CellRef>& out) {
        for (const Table* t : tables_of(doc, kind)) table_total(t, out);
      };
}

// 基本支出 / 项目支出 of the fund its subject (else its heading) names: 一般公共预算, 财政拨款,
// or the department's whole spending.
Resolver spending_part(std::string_view part) {
  return [part](const Document& doc, std::string_view heading, std::string_view subject,
                std::vector<CellRef>& out) {
    auto names = [&](std::string_view word) {
      return contains(subject, word) || (!contains(subject, "财政拨款") &&
                                         !contains(subject, "公共预算") && contains(heading, word));
    };
    if (names("公共预算")) {
      if (part == "基本支出")
        for (const Table* t : tables_of(doc, TableKind::GeneralBudgetBasicExpenditure))
          table_total(t, out);
      for (const Table* t : tables_of(doc, TableKind::GeneralBudgetExpenditure))
        column_total(t, part, out);
    } else if (names("财政拨款")) {
      for (const Table* t : tables_of(doc, TableKind::FiscalAppropriationExpenditure)) {
        if (contains(t->title, part))
          table_total(t, out);
        else
          column_total(t, part, out);
      }
      // A 财政拨款基本支出表 of its own (by economic class), else the 基本支出/项目支出 rows of
      // the 财政拨款收支总表's spending side. Never the department's whole 基本支出, which
      // counts its other funds too.
      if (out.empty())
        for (const Table* t : tables_of(doc, TableKind::BasicExpenditure))
          if (contains(t->title, "财政拨款") && contains(t->title, part)) table_total(t, out);
      if (out.empty())
        rows_named(table_of(doc, TableKind::FiscalAppropriationSummary), {part}, out);
    } else {
      column_total(table_of(doc, TableKind::Expenditure), part, out);
    }
  };
}

const std::vector<SubjectRule>& subject_rules() {
  static const std::vector<SubjectRule> rules = [] {
    std::vector<SubjectRule> r;
    // First: "财政拨款收入支出总计" also ends like the document's "收入支出总计".
    r.push_back(
        {Topic::Fiscal,
         "财政拨款收支总(?:预算|计)$|财政拨款收支预算总额$|财政拨款收入支出总计$",
         {},
         [](const Document& d, std::string_view, std::string_view, std::vector<CellRef>& out) {
           rows_named(table_of(d, TableKind::FiscalAppropriationSummary), {"收入总计", "总计"},
                      out);
         }});
    r.push_back(
        {Topic::Fiscal,
         "上年(?:财政拨款)?结转(?:收入)?$",
         {},
         [](const Document& d, std::string_view, std::string_view, std::vector<CellRef>& out) {
           if (const Table* t = table_of(d, TableKind::FiscalAppropriationSummary))
             rows_where(
                 *t,
                 [](std::string_view l) { return l.starts_with("上年") && contains(l, "结转"); },
                 out);
         }});
    r.push_back(
        {Topic::Fiscal,
         "(?:当年|本年)拨款(?:收入)?$",
         {},
         [](const Document& d, std::string_view, std::string_view, std::vector<CellRef>& out) {
           rows_named(table_of(d, TableKind::FiscalAppropriationSummary), {"本年收入合计"}, out);
         }});
    // "2026年财政拨款预算支出": the 财政拨款 tables' spending total.
    r.push_back(
        {Topic::Fiscal,
         "财政拨款(?:预算)?支出(?:预算|总计|合计)?$",
         {},
         [](const Document& d, std::string_view, std::string_view, std::vector<CellRef>& out) {
           const Table* summary = table_of(d, TableKind::FiscalAppropriationSummary);
           rows_named(summary, {"支出总计", "支出合计"}, out);
           if (!out.empty()) rows_named(summary, {"本年支出合计"}, out);
           for (const Table* t : tables_of(d, TableKind::FiscalAppropriationExpenditure))
             if (!contains(t->title, "基本支出") && !contains(t->title, "项目支出"))
               table_total(t, out);
         }});
    r.push_back(
        {Topic::Fiscal,
         "财政拨款(?:预算)?收入(?:预算|总计|合计)?$",
         {},
         [](const Document& d, std::string_view, std::string_view, std::vector<CellRef>& out) {
           const Table* summary = table_of(d, TableKind::FiscalAppropriationSummary);
           rows_named(summary, {"收入总计", "收入合计"}, out);
           if (!out.empty()) rows_named(summary, {"本年收入合计"}, out);
         }});
    // Final accounts: "收入支出总计" is the 总计 row both sides of 收入支出决算总表 share.
    // "一般公共预算收入" ends like "预算收入" but names one source, not the total.
    r.push_back(
        {Topic::General,
         "(?:^|[^共金营])(?:收入总计|收入总预算|预算收入|收入预算|收入支出总计)$",
         {"收支", "收入"},
         [](const Document& d, std::string_view h, std::string_view s, std::vector<CellRef>& out) {
           summary_rows({"收入总计", "收入合计"})(d, h, s, out);
           if (out.empty()) {
             summary_rows({"总计"})(d, h, s, out);
             return;
           }
           // "收入预算" beside a grand total may mean 本年收入合计 (without 上年结转);
           // "收入总计" may not.
           if (!s.ends_with("总计")) summary_rows({"本年收入合计"})(d, h, s, out);
         }});
    r.push_back(
        {Topic::General,
         "(?:支出总计|支出总预算|预算支出|支出预算)$",
         {"收支", "支出预算"},
         [](const Document& d, std::string_view h, std::string_view s, std::vector<CellRef>& out) {
           summary_rows({"支出总计", "支出合计"})(d, h, s, out);
           if (!out.empty() && !s.ends_with("总计")) summary_rows({"本年支出合计"})(d, h, s, out);
           table_total(table_of(d, TableKind::Expenditure), out);
         }});
    r.push_back(
        {Topic::General,
         "本年收入(?:合计)?$",
         {"收支", "收入"},
         [](const Document& d, std::string_view h, std::string_view s, std::vector<CellRef>& out) {
           summary_rows({"本年收入合计"})(d, h, s, out);
           // A final account's 收入决算表 prints it as a column of its 合计 row.
           if (d.document.kind == "final_account")
             column_total(table_of(d, TableKind::Income), "本年收入合计", out);
         }});
    r.push_back(
        {Topic::General, "上年结转(?:收入)?$", {"收支", "收入"}, summary_rows({"上年结转"})});
    r.push_back({Topic::Basic, "基本支出$", {}, spending_part("基本支出")});
    r.push_back({Topic::Project, "项目支出$", {}, spending_part("项目支出")});
    r.push_back({Topic::GeneralBudget,
                 "一般公共预算(?:当年|本年)?(?:财政)?(?:拨款)?(?:预算)?支出(?:预算)?$",
                 {},
                 totals_of(TableKind::GeneralBudgetExpenditure)});
    r.push_back(
        {Topic::GovFund,
         "政府性基金[^,:]{0,12}支出$",
         {},
         [](const Document& d, std::string_view, std::string_view, std::vector<CellRef>& out) {
           for (const Table* t : tables_of(d, TableKind::GovFundExpenditure)) {
             std::size_t before = out.size();
             table_total(t, out);
             // A 收支表 printed side by side (收入 | 支出): the spending side's total.
             if (out.size() == before) rows_named(t, {"本年支出合计", "支出合计", "支出总计"}, out);
           }
         }});
    r.push_back({Topic::StateCapital,
                 "国有资本经营[^,:]{0,12}支出$",
                 {},
                 totals_of(TableKind::StateCapitalBudget)});
    r.push_back(
        {Topic::Agency,
         "机关运行经费(?:财政拨款)?(?:预算)?(?:支出)?(?:预算)?$",
         {},
         [](const Document& d, std::string_view, std::string_view, std::vector<CellRef>& out) {
           totals_of(TableKind::AgencyOperatingExpenses)(d, {}, {}, out);
           // Printed beside the 三公 columns ("机关运行经费预算数").
           for (const Table* t : tables_of(d, TableKind::ThreePublicExpenses))
             for (std::size_t c : filled_money_columns(*t))
               if (contains(t->columns[c], "机关运行经费"))
                 for (std::size_t r :
                      public_rows(*t, {d.document.year, d.document.kind == "final_account"}))
                   out.push_back({t, r, c});
           if (out.empty()) administrative_cells(d, out);
         }});
    return r;
  }();
  return rules;
}

const RE2& rule_re(std::size_t i) {
  static const std::vector<std::unique_ptr<normalize::Regex>> compiled = [] {
    std::vector<std::unique_ptr<normalize::Regex>> out;
    for (const auto& rule : subject_rules())
      out.push_back(std::make_unique<normalize::Regex>(rule.pattern));
    return out;
  }();
  return *compiled[i];
}

// ---- rows and columns named by the subject -------------------------------------------------

// Which tables a section speaks about, from its heading's words (most specific first).
std::vector<TableKind> kinds_for(std::string_view heading) {
  // Final accounts say 财政拨款收入支出; 政府性基金预算财政拨款收入支出 is the fund's own table.
  bool fund = contains(heading, "政府性基金") || contains(heading, "国有资本");
  if (contains(heading, "财政拨款收支") || (contains(heading, "财政拨款收入支出") && !fund))
    return {TableKind::FiscalAppropriationSummary};
  if (contains(heading, "三公")) return {TableKind::ThreePublicExpenses};
  if (contains(heading, "机关运行")) return {TableKind::AgencyOperatingExpenses};
  if (contains(heading, "一般公共预算") && contains(heading, "基本支出"))
    return {TableKind::GeneralBudgetBasicExpenditure, TableKind::GeneralBudgetExpenditure};
  if (contains(heading, "一般公共预算")) return {TableKind::GeneralBudgetExpenditure};
  if (contains(heading, "政府性基金"))
    return {TableKind::GovFundExpenditure, TableKind::GovFundIncome};
  if (contains(heading, "国有资本")) return {TableKind::StateCapitalBudget};
  // A final account's "收入决算情况说明" speaks of its 收入决算表 (本年收入合计 by source).
  if (contains(heading, "收入决算") && !contains(heading, "支出")) return {TableKind::Income};
  if (contains(heading, "收入预算") || contains(heading, "收支"))
    return {TableKind::IncomeExpenditureSummary};
  if (contains(heading, "支出预算"))
    return {TableKind::Expenditure, TableKind::IncomeExpenditureSummary};
  return {};
}

const RE2& year_label() {
  static const normalize::Regex re(R"([0-9]{4}年(?:度)?(?:预算数?|决算数?|执行数)?)");
  return re;
}

// Rows and total-row columns of the section's tables whose name ends the subject; the longest
// name wins ("其他一般公共服务支出" over "一般公共服务支出").
std::vector<CellRef> by_name(const Document& doc, std::string_view heading,
                             std::string_view subject) {
  std::vector<CellRef> best;
  std::size_t best_len = 0;
  auto offer = [&](std::string_view name, CellRef ref) {
    if (name.size() < 6 || !subject.ends_with(name) || name.size() < best_len) return;
    // A row named by a year ("2026年") is a table printed on its side: the figure's subject is
    // one of its columns, which a name at the end of the subject does not tell.
    if (RE2::FullMatch(name, year_label())) return;
    if (name.size() > best_len) best.clear();
    best_len = name.size();
    best.push_back(ref);
  };
  for (TableKind kind : kinds_for(heading)) {
    const Table* t = table_of(doc, kind);
    if (t == nullptr) continue;
    std::vector<CellRef> rows;
    rows_where(
        *t, [](std::string_view) { return true; }, rows);
    for (const CellRef& ref : rows) {
      for (std::size_t c = ref.col; c-- > 0;)  // the label this cell was found by
        if (t->roles[c] == ColumnRole::Label && !label_in(*t, ref.row, c).empty()) {
          offer(label_in(*t, ref.row, c), ref);
          break;
        }
    }
    if (auto r = total_row(*t))
      for (std::size_t c : filled_money_columns(*t))
        if (!is_total_column_name(t->columns[c]))
          offer(canonical_label(last_segment(t->columns[c])), {t, *r, c});
  }
  return best;
}

// The subject with fillers dropped one at a time: "单位资金收入预算" → "单位资金收入" → "单位资金".
std::vector<std::string> subject_stages(std::string subject) {
  static const std::vector<std::string_view> fillers = {"为",   "是",   "共计", "总额", "预算数",
                                                        "预算", "安排", "拨款", "收入", "达"};
  std::vector<std::string> stages = {subject};
  for (bool again = true; again;) {
    again = false;
    for (std::string_view f : fillers)
      if (subject.size() > f.size() && subject.ends_with(f)) {
        subject.resize(subject.size() - f.size());
        stages.push_back(subject);
        again = true;
        break;
      }
  }
  return stages;
}

// The subject's topic, else the heading's.
Topic topic_of(std::string_view subject, std::string_view heading) {
  Topic t = topic_in(subject);
  return t != Topic::General ? t : topic_in(heading);
}

// A qualified topic's figure is linked in a section about money coming in or going out, or
// about that topic: not in one about assets or performance ("涉及一般公共预算支出0万元").
bool section_speaks_of(std::string_view heading, Topic topic) {
  if (topic_in(heading) == topic) return true;
  for (std::string_view w : {"收入", "支出", "收支", "拨款", "经费"})
    if (contains(heading, w)) return true;
  return false;
}

std::string no_table(Topic topic) {
  if (topic == Topic::General) return "no table holds the total its subject names";
  return "no table of its subject (" + std::string(topic_name(topic)) +
         ") holds the total its subject names";
}

}  // namespace

std::string_view topic_name(Topic topic) {
  switch (topic) {
    case Topic::General:
      return "";
    case Topic::ThreePublic:
      return "三公经费";
    case Topic::Agency:
      return "机关运行经费";
    case Topic::Procurement:
      return "政府采购";
    case Topic::Basic:
      return "基本支出";
    case Topic::Project:
      return "项目支出";
    case Topic::StateCapital:
      return "国有资本经营预算";
    case Topic::GovFund:
      return "政府性基金预算";
    case Topic::GeneralBudget:
      return "一般公共预算";
    case Topic::Fiscal:
      return "财政拨款";
  }
  return "";
}

Topic topic_in(std::string_view text) {
  std::string s = without_spaces(text);
  if (public_item(s)) return Topic::ThreePublic;
  if (contains(s, "机关运行")) return Topic::Agency;
  if (contains(s, "政府采购")) return Topic::Procurement;
  if (contains(s, "基本支出")) return Topic::Basic;
  if (contains(s, "项目支出")) return Topic::Project;
  if (contains(s, "国有资本")) return Topic::StateCapital;
  if (contains(s, "政府性基金")) return Topic::GovFund;
  if (contains(s, "一般公共预算") || contains(s, "公共预算拨款")) return Topic::GeneralBudget;
  if (contains(s, "财政拨款")) return Topic::Fiscal;
  return Topic::General;
}

Link link_figure(const Document& doc, std::string_view heading, std::string_view subject) {
  Link link;
  link.topic = topic_of(subject, heading);
  if (link.topic != Topic::General && !section_speaks_of(heading, link.topic)) {
    link.unlinked = "its section is not about the budget's income or spending";
    return link;
  }
  if (link.topic == Topic::ThreePublic) {
    auto item = public_item(subject);
    if (!item) {
      link.unlinked = "the subject names no item of the 三公 table";
      return link;
    }
    link.names_a_total = true;
    link.cells = public_cells(doc, *item, year_stated(doc, subject));
    if (link.cells.empty()) zero_of_empty_tables(doc, tables_of_topic(link.topic), link.cells);
    if (link.cells.empty()) link.unlinked = "no 三公 table states this item";
    return link;
  }
  if (link.topic == Topic::Procurement) {
    link.unlinked = "政府采购 figures are not linked to a table";
    return link;
  }
  const auto& rules = subject_rules();
  for (const std::string& stage : subject_stages(std::string(subject))) {
    for (std::size_t i = 0; i < rules.size(); ++i) {
      const SubjectRule& rule = rules[i];
      if (rule.topic != link.topic || !RE2::PartialMatch(stage, rule_re(i))) continue;
      bool in_section = rule.sections.empty() ||
                        std::any_of(rule.sections.begin(), rule.sections.end(),
                                    [&](std::string_view w) { return contains(heading, w); });
      if (!in_section) continue;
      link.names_a_total = true;
      rule.resolve(doc, heading, stage, link.cells);
      append(link.cells, by_name(doc, heading, stage));
      if (link.cells.empty()) zero_of_empty_tables(doc, tables_of_topic(link.topic), link.cells);
      if (link.cells.empty()) link.unlinked = no_table(link.topic);
      return link;
    }
    if (auto named = by_name(doc, heading, stage); !named.empty()) {
      link.cells = std::move(named);
      return link;
    }
  }
  link.unlinked = "the subject names no total and no row of the section's tables";
  return link;
}

std::string subject_of(std::string_view lead) {
  std::size_t cut = 0;
  for (std::string_view mark : {",", "，", ":", "：", "、"}) {
    auto p = lead.rfind(mark);
    if (p != std::string_view::npos) cut = std::max(cut, p + mark.size());
  }
  return std::string(lead.substr(cut));
}

std::string label_left_of(const Table& t, std::size_t row, std::size_t col) {
  for (std::size_t c = col; c-- > 0;)
    if (t.roles[c] == ColumnRole::Label && !label_in(t, row, c).empty()) return label_in(t, row, c);
  return row_label(t, row);
}

// ---- 类/款/项 items -------------------------------------------------------------------------

namespace {

// A figure whose clause names a 类, 款 or 项 right before it: "检察(款):2018年预算支出合计
// 16,444.36万元", "1.检察(款)行政运行(项)支出12,268.62万元". One name and its level each.
const RE2& leveled_name() {
  static const normalize::Regex re(R"(([^,;:、。()]+)\((类|款|项)\))");
  return re;
}

// The 合计 column of a classification table, or its only money column.
std::optional<std::size_t> amount_column(const Table& t) {
  auto money = money_columns(t);
  for (std::size_t c : money)
    if (is_total_column_name(t.columns[c]) && !contains(t.columns[c], "总计") &&
        !is_subset_column_name(t.columns[c]))
      return c;
  if (money.size() == 1) return money.front();
  return std::nullopt;
}

struct LeveledName {
  std::string name;
  std::size_t digits;  // 类 3, 款 5, 项 7
};

// The row of the last name in the chain, each level found under the one before; nullopt when
// a level is missing or two rows could be meant.
std::optional<std::size_t> chain_row(const Table& t, const std::vector<std::string>& codes,
                                     const std::vector<LeveledName>& chain) {
  std::string prefix;
  std::optional<std::size_t> found;
  for (const LeveledName& n : chain) {
    found.reset();
    for (std::size_t r = 0; r < codes.size(); ++r) {
      if (codes[r].size() != n.digits || !codes[r].starts_with(prefix) || row_label(t, r) != n.name)
        continue;
      if (found) return std::nullopt;
      found = r;
    }
    if (!found) return std::nullopt;
    prefix = codes[*found];
  }
  return found;
}

}  // namespace

std::optional<std::vector<CellRef>> link_item(const Document& doc, std::string_view lead) {
  std::size_t cut = 0;
  for (std::string_view mark : {",", ";", "、", "。"})
    if (auto p = lead.rfind(mark); p != std::string_view::npos)
      cut = std::max(cut, p + mark.size());
  std::string_view clause = lead.substr(cut);
  re2::StringPiece input(clause.data(), clause.size());
  std::vector<LeveledName> chain;
  std::string name, level;
  while (RE2::FindAndConsume(&input, leveled_name(), &name, &level))
    chain.push_back({canonical_label(name), level == "类" ? 3u : level == "款" ? 5u : 7u});
  if (chain.empty()) return std::nullopt;
  std::vector<CellRef> out;
  for (TableKind kind : {TableKind::GeneralBudgetExpenditure,
                         TableKind::FiscalAppropriationExpenditure, TableKind::Expenditure}) {
    const Table* t = table_of(doc, kind);
    if (t == nullptr) continue;
    auto col = amount_column(*t);
    if (!col) continue;
    if (auto r = chain_row(*t, row_codes(*t), chain)) out.push_back({t, *r, *col});
  }
  return out;
}

}  // namespace gongkai::check::detail
