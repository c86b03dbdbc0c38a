// The same figure printed in two tables of one document. Which identities hold depends on the
// kinds (docs/table-kinds.md); each is made only when both tables, the row and the column are
// found by their words. Made:
//   收支总表 本年收入合计            = 收入总表 合计 row, 本年收入 合计 column
//   收支总表 上年结转 (收入 side)     = 收入总表 合计 row, 上年结转 column
//   收支总表 收入 items (一般公共预算…) = 收入总表 合计 row, the column of the same source
//   收支总表 支出 per 类              = 支出总表 类 row (by name), 合计 column
//   收支总表 本年支出合计            = 支出总表 合计 row, 合计 column
//   支出总表 合计 = 收入总表 合计 + 上年结转        (budgets: spending = income + carry-over)
//   财政拨款收支总表 一般公共预算 (收入) = 一般公共预算支出表 合计 (when that excludes 上年结转)
//   一般公共预算支出表 合计           = 收入总表 合计 row, 一般公共预算 column (same condition)
//   基本支出经济科目表 合计           = 一般公共预算支出表 合计 row, 基本支出 column
//   项目支出表(本年) + 项目支出表(上年结转) = 支出总表 合计 row, 项目支出 column
#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "check/identities.h"
#include "check/sum_check.h"
#include "check/table_view.h"

namespace gongkai::check::detail {
namespace {

struct CellRef {
  const Table* table = nullptr;
  std::size_t row = 0, col = 0;
};

bool has_kind(const Document& doc, TableKind kind) {
  for (const Table& t : doc.tables)
    if (t.kind == kind) return true;
  return false;
}

// The department's figure: the 合计 row, or (printed by unit) the department's own line.
std::optional<std::size_t> total_row(const Table& t) {
  return department_total_row(t, row_codes(t));
}

// Last year's money carried over: 上年结转, 上年结余、结转.
bool is_carryover_column(std::string_view name) {
  return contains(name, "上年结转") || contains(name, "上年结余");
}

// The first money column whose flattened name satisfies `pred`.
std::optional<std::size_t> column_where(const Table& t,
                                        const std::function<bool(std::string_view)>& pred) {
  for (std::size_t c : money_columns(t))
    if (pred(without_spaces(t.columns[c]))) return c;
  return std::nullopt;
}

// The table's total column: the first 合计/小计 that is neither a subset nor a memo group's
// total; else a top-level 总计 when that is the only total (支出总计 = 基本支出 + 项目支出).
std::optional<std::size_t> first_total_column(const Table& t) {
  for (std::size_t c : money_columns(t)) {
    std::string n = without_spaces(t.columns[c]);
    if (is_total_column_name(n) && !contains(n, "总计") && !is_subset_column_name(n) &&
        !is_memo_total(t, c))
      return c;
  }
  return column_where(
      t, [](std::string_view n) { return column_prefix(n).empty() && contains(n, "总计"); });
}

// A 合计 beside 上年结转 in its own header group counts it in (部门收入总表: 合计 | 上年结转 |
// 一般公共预算拨款收入 …; "部门预算/合计" beside "部门预算/上年结转"): the year's income is then
// 合计 − 上年结转.
bool total_includes_carryover(const Table& t, std::optional<std::size_t> total,
                              std::optional<std::size_t> carry) {
  return total && carry && column_prefix(t.columns[*total]) == column_prefix(t.columns[*carry]);
}

// Other money carried in from last year that a 合计 beside it counts in the same way
// (上年实户资金余额: a unit's own account balance, printed as a row of the 收支总表 below
// 本年收入合计, like 上年结转).
std::vector<std::size_t> other_carry_columns(const Table& t, std::optional<std::size_t> total) {
  std::vector<std::size_t> out;
  if (!total) return out;
  for (std::size_t c : money_columns(t)) {
    const std::string n = without_spaces(t.columns[c]);
    if (contains(last_segment(n), "实户资金余额") && !is_subset_column_name(n) &&
        column_prefix(n) == column_prefix(t.columns[*total]))
      out.push_back(c);
  }
  return out;
}

// In a side-by-side table: the first row whose label (in any Label column) satisfies `pred`,
// with the first money column right of that label.
std::optional<CellRef> labelled(const Table& t, const std::function<bool(std::string_view)>& pred) {
  std::vector<std::size_t> money = money_columns(t);
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    for (std::size_t c = 0; c < t.roles.size(); ++c) {
      if (t.roles[c] != ColumnRole::Label || !pred(label_in(t, r, c))) continue;
      auto next = std::upper_bound(money.begin(), money.end(), c);
      if (next != money.end()) return CellRef{&t, r, *next};
    }
  return std::nullopt;
}

std::optional<CellRef> total_cell(const Table* t, std::optional<std::size_t> col) {
  if (t == nullptr || !col) return std::nullopt;
  auto r = total_row(*t);
  if (!r) return std::nullopt;
  return CellRef{t, *r, *col};
}

// The label of the cell's own side: in a 收入 | 支出 table, row_label() would name the 收入 item.
std::string side_label(const Table& t, std::size_t row, std::size_t col) {
  for (std::size_t c = col; c-- > 0;)
    if (t.roles[c] == ColumnRole::Label && !label_in(t, row, c).empty()) return label_in(t, row, c);
  return row_label(t, row);
}

std::string describe(const CellRef& ref) {
  return "'" + table_name(*ref.table) + "' row " + side_label(*ref.table, ref.row, ref.col) +
         ", column '" + ref.table->columns[ref.col] + "'";
}

Term term_in(const CellRef& ref, const Table& unit_of) {
  auto from = unit_power(ref.table->unit), to = unit_power(unit_of.unit);
  int shift = from && to ? *from - *to : 0;  // an unstated unit is taken as the other's
  return cell_term(*ref.table, ref.row, ref.col, shift);
}

// found = Σ parts, in the unit of found's table.
void equate(const std::string& name, std::optional<CellRef> found,
            const std::vector<std::optional<CellRef>>& parts, std::vector<Check>& out) {
  if (!found) return;
  for (auto& p : parts)
    if (!p) return;
  SumSpec s;
  s.identity = "cross_table:" + name;
  s.tables = {table_name(*found->table)};
  s.location = describe(*found) + " = ";
  s.total = term_in(*found, *found->table);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const CellRef& p = *parts[i];
    if (std::find(s.tables.begin(), s.tables.end(), table_name(*p.table)) == s.tables.end())
      s.tables.push_back(table_name(*p.table));
    s.location += (i ? " + " : "") + describe(p);
    s.parts.push_back(term_in(p, *found->table));
  }
  s.empty_parts_is_doubt = true;
  s.independent_rounding = true;  // each table rounds its own figures
  if (auto c = judge_sum(s)) {
    if (c->verdict == Verdict::SourceError) c->note = "the two tables disagree: " + c->note;
    out.push_back(std::move(*c));
  }
}

// Source names as printed in summary rows and income columns, reduced to what tells them apart:
// "一、一般公共预算" / "一般公共预算拨款收入" / "一般公共预算" → "一般公共".
std::string source_key(std::string_view name) {
  std::string s = canonical_label(name);
  for (bool again = true; again;) {
    again = false;
    for (std::string_view suffix : {"收入", "拨款", "预算", "资金"}) {
      if (s.size() > suffix.size() && s.ends_with(suffix)) {
        s.resize(s.size() - suffix.size());
        again = true;
      }
    }
  }
  return s;
}

// The Label column a side-by-side summary prints the income side's names in: the nearest one left
// of the 本年收入合计 amount (a 序号 column may come first).
std::size_t income_label_column(const Table& summary, const CellRef& subtotal) {
  for (std::size_t c = subtotal.col; c-- > 0;)
    if (summary.roles[c] == ColumnRole::Label) return c;
  return 0;
}

// Income columns of sources the summary prints below 本年收入合计, outside the year's own income
// but inside the income table's 合计 (上级补助收入, 附属单位上缴收入, 使用非财政拨款结余, printed
// on rows between 本年收入合计 and 收入总计), matched by source; 上年结转 is counted apart.
std::vector<std::size_t> sources_below_subtotal(const Table& summary, const CellRef& subtotal,
                                                const Table& income, std::size_t total_col,
                                                std::optional<std::size_t> carry_col) {
  std::vector<std::size_t> out;
  for (std::size_t r = subtotal.row + 1; r < summary.rows.size(); ++r) {
    const Value* v = cell(summary, r, income_label_column(summary, subtotal));
    if (v == nullptr || !v->is_text()) continue;
    if (contains(without_spaces(v->text), "总计")) break;
    std::string key = source_key(v->text);
    auto col = column_where(income, [&](std::string_view n) {
      return !is_total_column_name(n) && !is_subset_column_name(n) &&
             column_prefix(n) == column_prefix(without_spaces(income.columns[total_col])) &&
             source_key(last_segment(n)) == key;
    });
    if (col && col != carry_col && std::find(out.begin(), out.end(), *col) == out.end())
      out.push_back(*col);
  }
  return out;
}

void summary_vs_income(const Table* summary, const Table* income, std::vector<Check>& out) {
  if (!summary || !income) return;
  auto subtotal = labelled(*summary, [](std::string_view l) { return l == "本年收入合计"; });
  auto total_col = first_total_column(*income);
  auto carry_col = column_where(*income, is_carryover_column);
  if (total_includes_carryover(*income, total_col, carry_col)) {
    std::vector<std::optional<CellRef>> parts = {subtotal, total_cell(income, carry_col)};
    std::vector<std::size_t> others = other_carry_columns(*income, total_col);
    if (subtotal)
      for (std::size_t c :
           sources_below_subtotal(*summary, *subtotal, *income, *total_col, carry_col))
        if (std::find(others.begin(), others.end(), c) == others.end()) others.push_back(c);
    for (std::size_t c : others) parts.push_back(total_cell(income, c));
    equate("summary_current_income_equals_income_total", total_cell(income, total_col), parts, out);
  } else if (std::vector<std::size_t> below =
                 subtotal && total_col
                     ? sources_below_subtotal(*summary, *subtotal, *income, *total_col, carry_col)
                     : std::vector<std::size_t>{};
             !below.empty()) {
    std::vector<std::optional<CellRef>> parts = {subtotal};
    for (std::size_t c : below) parts.push_back(total_cell(income, c));
    equate("summary_current_income_equals_income_total", total_cell(income, total_col), parts, out);
  } else {
    equate("summary_current_income_equals_income_total", subtotal, {total_cell(income, total_col)},
           out);
  }
  if (carry_col)
    equate("summary_carryover_equals_income_carryover",
           labelled(*summary, [](std::string_view l) { return l == "上年结转"; }),
           {total_cell(income, carry_col)}, out);
  if (!subtotal) return;
  // Items of the income side above 本年收入合计, matched to income columns by source.
  for (std::size_t r = 0; r < subtotal->row; ++r) {
    const Value* v = cell(*summary, r, income_label_column(*summary, *subtotal));
    if (v == nullptr || !v->is_text() || !has_ordinal_prefix(v->text)) continue;
    std::string key = source_key(v->text);
    auto col = column_where(*income, [&](std::string_view n) {
      return !is_total_column_name(n) && source_key(last_segment(n)) == key;
    });
    if (!col) continue;
    std::size_t value_col = subtotal->col;
    equate("summary_income_item_equals_income_column", CellRef{summary, r, value_col},
           {total_cell(income, col)}, out);
  }
}

void summary_vs_expenditure(const Table* summary, const Table* spending, std::vector<Check>& out) {
  if (!summary || !spending) return;
  auto total_col = first_total_column(*spending);
  if (!total_col) return;
  equate("summary_current_expenditure_equals_expenditure_total",
         labelled(*summary, [](std::string_view l) { return l == "本年支出合计"; }),
         {total_cell(spending, total_col)}, out);
  // Per 类: rows of the expenditure table with 3-digit codes, by name. Printed by unit, a 类 is
  // the department's row of that code, else the sum of that code's rows over the units' blocks.
  std::vector<std::string> codes = row_codes(*spending);
  std::set<std::string> done;
  for (std::size_t r = 0; r < spending->rows.size(); ++r) {
    if (codes[r].size() != 3 || !done.insert(codes[r]).second) continue;
    std::string name = row_label(*spending, r);
    if (name.empty()) continue;
    std::vector<std::optional<CellRef>> parts;
    for (std::size_t u = r; u < spending->rows.size(); ++u) {
      if (codes[u] != codes[r]) continue;
      if (block_of(*spending, u) == nullptr) {  // the department's own row
        parts = {CellRef{spending, u, *total_col}};
        break;
      }
      parts.push_back(CellRef{spending, u, *total_col});
    }
    auto in_summary = labelled(*summary, [&](std::string_view l) { return l == name; });
    equate("summary_class_equals_expenditure_class", in_summary, parts, out);
  }
}

void expenditure_vs_income(const Document& doc, const Table* spending, const Table* income,
                           std::vector<Check>& out) {
  if (!spending || !income || doc.document.kind == "final_account") return;
  auto carry_col = column_where(*income, is_carryover_column);
  if (!carry_col) return;
  auto income_col = first_total_column(*income);
  std::vector<std::optional<CellRef>> parts = {total_cell(income, income_col)};
  if (!total_includes_carryover(*income, income_col, carry_col))
    parts.push_back(total_cell(income, carry_col));
  equate("expenditure_total_equals_income_total_plus_carryover",
         total_cell(spending, first_total_column(*spending)), parts, out);
}

// The first row of each 功能分类 code (a code printed twice is no single line to compare).
std::map<std::string, std::size_t> rows_by_code(const Table& t) {
  std::map<std::string, std::size_t> rows;
  std::set<std::string> twice;
  std::vector<std::string> codes = row_codes(t);
  for (std::size_t r = 0; r < codes.size(); ++r)
    if (!codes[r].empty() && !rows.emplace(codes[r], r).second) twice.insert(codes[r]);
  for (const auto& c : twice) rows.erase(c);
  return rows;
}

// A budget balances per 功能分类 code: what the 收入总表 plans for a code (its carry-over
// included) the 支出总表 spends under the same code. Final accounts do not balance by code
// (balances carried forward), and tables printed by 预算单位 repeat codes per unit: neither is
// compared.
void income_vs_expenditure_by_code(const Document& doc, const Table* spending, const Table* income,
                                   std::vector<Check>& out) {
  if (!spending || !income || doc.document.kind == "final_account") return;
  if (!spending->unit_blocks.empty() || !income->unit_blocks.empty()) return;
  auto spend_col = first_total_column(*spending);
  auto income_col = first_total_column(*income);
  if (!spend_col || !income_col) return;
  auto carry_col = column_where(*income, is_carryover_column);
  bool add_carry = carry_col && !total_includes_carryover(*income, income_col, carry_col);
  std::map<std::string, std::size_t> spent = rows_by_code(*spending);
  for (const auto& [code, income_row] : rows_by_code(*income)) {
    auto it = spent.find(code);
    if (it == spent.end()) continue;
    std::vector<std::optional<CellRef>> parts = {CellRef{income, income_row, *income_col}};
    if (add_carry) parts.push_back(CellRef{income, income_row, *carry_col});
    equate("expenditure_code_equals_income_code", CellRef{spending, it->second, *spend_col}, parts,
           out);
  }
}

// Whether a general-budget table states that it leaves out last year's carry-over.
bool current_year_only(const Table& t) {
  std::string title = without_spaces(t.title);
  return contains(title, "不含上年结转") || contains(title, "当年");
}

void general_budget(const Table* fiscal, const Table* general, const Table* income,
                    const Table* basic, std::vector<Check>& out) {
  if (!general) return;
  auto general_total = total_cell(general, first_total_column(*general));
  if (current_year_only(*general)) {
    if (fiscal)
      equate("fiscal_general_budget_income_equals_general_budget_expenditure",
             labelled(*fiscal, [](std::string_view l) { return l == "一般公共预算"; }),
             {general_total}, out);
    if (income) {
      auto col = column_where(
          *income, [](std::string_view n) { return source_key(last_segment(n)) == "一般公共"; });
      equate("general_budget_total_equals_income_general_budget", general_total,
             {total_cell(income, col)}, out);
    }
  }
  if (basic) {
    auto basic_col =
        column_where(*general, [](std::string_view n) { return contains(n, "基本支出"); });
    equate("basic_expenditure_total_equals_general_budget_basic",
           total_cell(basic, first_total_column(*basic)), {total_cell(general, basic_col)}, out);
  }
}

// The total of a project table: its 合计 row, or the first row when it names the department
// (project tables open with the department's own line, then units, then projects).
std::optional<CellRef> project_total(const Document& doc, const Table* t) {
  if (t == nullptr) return std::nullopt;
  auto col = first_total_column(*t);
  if (!col) return std::nullopt;
  if (auto r = total_row(*t)) return CellRef{t, *r, *col};
  std::string dept =
      canonical_label(t->department.empty() ? doc.document.department : t->department);
  for (std::size_t r = 0; r < t->rows.size(); ++r) {
    if (is_column_number_row(*t, r)) continue;
    if (!dept.empty() && row_label(*t, r) == dept) return CellRef{t, r, *col};
    return std::nullopt;
  }
  return std::nullopt;
}

void projects(const Document& doc, const Table* spending, std::vector<Check>& out) {
  if (!spending) return;
  const Table* current = table_of(doc, TableKind::ProjectExpenditure);
  auto project_col =
      column_where(*spending, [](std::string_view n) { return contains(n, "项目支出"); });
  auto current_total = project_total(doc, current);
  if (!current_total) return;
  std::vector<std::optional<CellRef>> parts = {current_total};
  if (const Table* carried = table_of(doc, TableKind::ProjectExpenditureCarryover))
    parts.push_back(project_total(doc, carried));
  else if (!has_kind(doc, TableKind::ProjectExpenditureCarryover))
    return;  // the carry-over projects are not published: the sum cannot be made
  equate("projects_equal_expenditure_project_column", total_cell(spending, project_col), parts,
         out);
}

}  // namespace

void check_cross_tables(const Document& doc, std::vector<Check>& out) {
  const Table* summary = table_of(doc, TableKind::IncomeExpenditureSummary);
  const Table* income = table_of(doc, TableKind::Income);
  const Table* spending = table_of(doc, TableKind::Expenditure);
  const Table* fiscal = table_of(doc, TableKind::FiscalAppropriationSummary);
  const Table* general = table_of(doc, TableKind::GeneralBudgetExpenditure);
  const Table* basic = table_of(doc, TableKind::GeneralBudgetBasicExpenditure);
  summary_vs_income(summary, income, out);
  summary_vs_expenditure(summary, spending, out);
  expenditure_vs_income(doc, spending, income, out);
  income_vs_expenditure_by_code(doc, spending, income, out);
  general_budget(fiscal, general, income, basic, out);
  projects(doc, spending, out);
  check_performance_targets(doc, out);
}

}  // namespace gongkai::check::detail
