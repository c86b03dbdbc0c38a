// Two families of narrative checks that work on a whole section rather than on one sentence:
//   narrative:completion — "年初预算为2993.92万元,支出决算为2940.05万元,完成年初预算的98.20%":
//                          the percent recomputed as 决算 / 年初预算;
//   narrative:comparison — "…支出决算为1511.89万元。决算数大于预算数": the relation word against
//                          the two figures (the sentence that states it follows the figures);
//   narrative:item_figure — "(204类)司法(06款)行政运行(01项)1434.89万元 … 2026年预算安排
//                          1434.89万元": each amount an item states for the document's year
//                          against the table row of that 类/款/项 (by code, or by the three names
//                          when no code is printed).
#include <algorithm>
#include <cctype>

#include "check/identities.h"
#include "check/narrative_common.h"
#include "check/narrative_patterns.h"
#include "check/sum_check.h"
#include "check/table_view.h"
#include "check/tolerance.h"

namespace gongkai::check::detail {
namespace {

Decimal half_of(Decimal printed) {
  return half_unit(-printed.scale());
}

// ---- 年初预算 against 决算 -------------------------------------------------------------------

void check_completion(const std::string& where, const Execution& e, std::vector<Check>& out) {
  if (!e.completion || e.budget <= Decimal()) return;
  Ratio r{e.actual, half_of(e.actual), e.budget, half_of(e.budget)};
  out.push_back(judge_percent("narrative:completion", where, r, *e.completion));
}

void check_relation(const std::string& where, const Execution& e, std::vector<Check>& out) {
  // 基本持平 ("about the same") states no relation that arithmetic can test.
  if (e.relation.empty() || e.relation == "基本持平") return;
  bool more = e.relation == "大于" || e.relation == "高于";
  bool less = e.relation == "小于" || e.relation == "低于";
  Check c;
  c.identity = "narrative:comparison";
  c.location = where;
  c.expected = e.budget;
  c.found = e.actual;
  c.difference = e.actual - e.budget;
  bool holds = more ? e.actual > e.budget : less ? e.actual < e.budget : e.actual == e.budget;
  if (holds) {
    c.verdict = Verdict::Ok;
  } else if (e.actual == e.budget) {
    c.verdict = Verdict::Rounding;
    c.note = "equal as printed: the unrounded figures may differ as the text says";
  } else {
    c.verdict = Verdict::SourceError;
    c.note = "决算 " + e.actual.to_string() + " against 年初预算 " + e.budget.to_string() +
             ", but the text says 决算数" + e.relation + "预算数";
  }
  out.push_back(std::move(c));
}

// ---- numbered 类/款/项 items against their table rows -----------------------------------------

struct RowRef {
  const Table* table = nullptr;
  std::size_t row = 0, col = 0;
  std::string code;
};

const Table* only_table(const Document& doc, TableKind kind) {
  const Table* found = nullptr;
  for (const Table& t : doc.tables) {
    if (t.kind != kind || t.empty || t.rows.empty()) continue;
    if (found) return nullptr;  // two candidates: cannot tell which is meant
    found = &t;
  }
  return found;
}

std::optional<std::size_t> total_column(const Table& t) {
  for (std::size_t c : money_columns(t))
    if (is_total_column_name(t.columns[c]) && !contains(t.columns[c], "总计")) return c;
  return std::nullopt;
}

// The row of a code, or of the 类 → 款 → 项 names, each level under the one before.
std::optional<std::size_t> find_row(const Table& t, const std::vector<std::string>& codes,
                                    const ItemHead& head) {
  if (!head.code.empty()) {
    auto it = std::find(codes.begin(), codes.end(), head.code);
    if (it == codes.end()) return std::nullopt;
    return static_cast<std::size_t>(it - codes.begin());
  }
  std::string prefix;
  std::optional<std::size_t> found;
  for (std::size_t level = 0; level < head.names.size(); ++level) {
    found.reset();
    std::size_t length = 3 + 2 * level;
    for (std::size_t r = 0; r < codes.size() && !found; ++r)
      if (codes[r].size() == length && codes[r].starts_with(prefix) &&
          row_label(t, r) == head.names[level])
        found = r;
    if (!found) return std::nullopt;
    prefix = codes[*found];
  }
  return found;
}

// The item's row in the 一般公共预算 table, else in the 支出 table (both print every code).
std::optional<RowRef> row_for(const Document& doc, const ItemHead& head) {
  for (TableKind kind : {TableKind::GeneralBudgetExpenditure, TableKind::Expenditure}) {
    const Table* t = only_table(doc, kind);
    if (t == nullptr) continue;
    auto col = total_column(*t);
    if (!col) continue;
    std::vector<std::string> codes = row_codes(*t);
    if (auto r = find_row(*t, codes, head)) return RowRef{t, *r, *col, codes[*r]};
  }
  return std::nullopt;
}

// An item runs to the next item's head, to the next "。N、", or four sentences at most.
std::size_t item_end(std::string_view text, std::size_t head_end, std::size_t next_head) {
  std::size_t end = std::min(next_head, text.size());
  int sentences = 0;
  const std::string_view stop = "。";
  for (std::size_t p = text.find(stop, head_end); p != std::string_view::npos && p < end;
       p = text.find(stop, p + stop.size())) {
    std::size_t after = p + stop.size(), digits = after;
    while (digits < end && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
    bool numbered = digits > after && text.compare(digits, 3, "、") == 0;
    if (numbered || ++sentences == 4) return after;
  }
  return end;
}

void check_item_figure(std::string_view heading, std::string_view quote, const TextFigure& f,
                       const RowRef& ref, std::vector<Check>& out) {
  const Table& t = *ref.table;
  int table_power = unit_power(t.unit).value_or(f.unit_power);
  SumSpec s;
  s.identity = "narrative:item_figure";
  s.tables = {table_name(t)};
  s.location = excerpt(heading, quote) + " vs row " + ref.code + " " + row_label(t, ref.row) +
               ", column '" + t.columns[ref.col] + "'";
  s.total = term(f.value);
  s.parts = {cell_term(t, ref.row, ref.col, table_power - f.unit_power)};
  if (!s.parts[0].value) s.parts[0] = term(Decimal(0, f.value.scale()));  // empty cell: 0
  auto c = judge_sum(s);
  if (!c) return;
  if (c->verdict == Verdict::SourceError)
    c->note = "the item states " + f.value.to_string() + ", the table " + c->expected->to_string() +
              " (in the item's unit)";
  out.push_back(std::move(*c));
}

void check_items(const Document& doc, std::string_view heading, std::string_view text,
                 std::vector<Check>& out) {
  std::vector<ItemHead> heads = item_heads_in(text);
  for (std::size_t i = 0; i < heads.size(); ++i) {
    auto ref = row_for(doc, heads[i]);
    if (!ref) continue;  // the item's row is not in a table we have: nothing to compare
    std::size_t next = i + 1 < heads.size() ? heads[i + 1].begin : text.size();
    std::size_t end = item_end(text, heads[i].end, next);
    std::string_view item = text.substr(heads[i].begin, end - heads[i].begin);
    for (const TextFigure& f : item_amounts(item, heads[i].end - heads[i].begin))
      check_item_figure(heading, item.substr(0, f.end), f, *ref, out);
  }
}

}  // namespace

void check_narrative_items(const Document& doc, std::string_view heading, std::string_view text,
                           std::vector<Check>& out) {
  for (const Execution& e : executions_in(text)) {
    std::string where = excerpt(heading, text.substr(e.begin, e.end - e.begin));
    check_completion(where, e, out);
    check_relation(where, e, out);
  }
  check_items(doc, heading, text, out);
}

}  // namespace gongkai::check::detail
