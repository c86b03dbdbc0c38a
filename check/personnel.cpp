// 人员经费 and 公用经费: what the narrative states against what the document's own tables print.
//
// The narrative breaks 基本支出 down: "一般公共预算财政拨款基本支出2336.91万元。其中:人员经费
// 2152.26万元,主要包括:基本工资、…;公用经费184.65万元,主要包括:办公费、…". Which economic
// items each one holds is the document's own definition: the textbook one is 人员经费 = 工资福利
// 支出 (301) + 对个人和家庭的补助 (303), 公用经费 = 商品和服务支出 (302) + 资本性支出 (310), but
// Xi'an counts 其他交通费用 (30239) in 人员经费, Chongqing part of 医疗费 in 公用经费. So:
//   narrative:personnel_expense — the figure against the document's own 人员经费 / 公用经费 total:
//     a column of that name (its 合计 row), or a "人员经费合计" printed in a table (决算 tables
//     printed in two halves). A mismatch is the document's when every such total agrees with
//     the others.
//   structure:personnel_definition — the textbook definition, never an accusation: a table's
//     人员经费 / 公用经费 totals against its own 301 + 303 / 302 + 310 class rows, and, where no
//     table prints such totals, the narrative's figure against the classes of the 基本支出 table.
//     `ok` when it holds; otherwise `not_checked`, the note saying how the document differs.
#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "check/identities.h"
#include "check/narrative_common.h"
#include "check/structure.h"
#include "check/structure_text.h"
#include "check/sum_check.h"
#include "check/table_view.h"

namespace gongkai::check::detail {
namespace {

constexpr std::string_view kNarrative = "narrative:personnel_expense";
constexpr std::string_view kDefinition = "structure:personnel_definition";

// 人员经费 or 公用经费.
struct Kind {
  std::string_view name;                    // 人员经费
  std::array<std::string_view, 2> classes;  // 301, 303
  std::array<std::string_view, 2> names;    // 工资福利支出, 对个人和家庭的补助
};
constexpr Kind kPersonnel{"人员经费", {"301", "303"}, {"工资福利支出", "对个人和家庭的补助"}};
constexpr Kind kPublic{"公用经费", {"302", "310"}, {"商品和服务支出", "资本性支出"}};

// A header naming the kind's total: "人员经费", "基本支出/人员经费", "人员经费支出", or a half
// of a table headed by it ("人员经费/金额").
bool names_kind(std::string_view column, const Kind& k) {
  std::string c = without_spaces(column);
  std::string last(last_segment(c));
  if (last.starts_with(k.name) && !contains(last, "其中")) return true;
  return c.starts_with(std::string(k.name) + "/") &&
         (contains(last, "金额") || is_total_column_name(last) || contains(last, "决算数") ||
          contains(last, "预算数"));
}

// Every cell where a table prints the document's own total of the kind.
std::vector<CellRef> own_totals(const Document& doc, const Kind& k) {
  std::vector<CellRef> out;
  for (const Table& t : doc.tables) {
    if (t.empty || t.rows.empty()) continue;
    std::vector<std::size_t> money = money_columns(t);
    // A column of that name, in the department's total row.
    if (auto total = department_total_row(t, row_codes(t)))
      for (std::size_t c : money)
        if (names_kind(t.columns[c], k) && amount(t, *total, c)) out.push_back({&t, *total, c});
    // "人员经费合计" printed as a row's label: the amount right of it.
    for (std::size_t r = 0; r < t.rows.size(); ++r)
      for (std::size_t c = 0; c < t.rows[r].size(); ++c) {
        if (!t.rows[r][c].is_text()) continue;
        std::string label = canonical_label(t.rows[r][c].text);
        if (label != std::string(k.name) + "合计" && label != std::string(k.name) + "小计")
          continue;
        auto next = std::upper_bound(money.begin(), money.end(), c);
        if (next == money.end() || !amount(t, r, *next)) continue;
        bool seen = std::any_of(out.begin(), out.end(), [&](const CellRef& o) {
          return o.table == &t && o.row == r && o.col == *next;
        });
        if (!seen) out.push_back({&t, r, *next});
      }
  }
  return out;
}

// The class rows (301 工资福利支出 …) of a table outside any unit block, with the amount right of
// the class's code or name: class → cell. Empty when a class is printed twice (several units).
std::map<std::string, CellRef> class_rows(const Table& t) {
  static const std::array<std::pair<std::string_view, std::string_view>, 4> classes = {
      {{"301", "工资福利支出"},
       {"302", "商品和服务支出"},
       {"303", "对个人和家庭的补助"},
       {"310", "资本性支出"}}};
  std::map<std::string, CellRef> out;
  std::vector<std::size_t> money = money_columns(t);
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    if (block_of(t, r) != nullptr) continue;
    for (std::size_t c = 0; c < t.rows[r].size() && c < t.roles.size(); ++c) {
      if (!t.rows[r][c].is_text()) continue;
      std::string text = canonical_label(t.rows[r][c].text);
      std::string_view code;
      for (const auto& [k, name] : classes) {
        bool by_code = t.roles[c] == ColumnRole::Code && text == k &&
                       !(c + 1 < t.roles.size() && t.roles[c + 1] == ColumnRole::Code &&
                         t.rows[r][c + 1].is_text() && !t.rows[r][c + 1].text.empty());
        bool by_name = t.roles[c] == ColumnRole::Label && text == name &&
                       !(c > 0 && t.roles[c - 1] == ColumnRole::Code &&
                         t.rows[r][c - 1].is_text() && !t.rows[r][c - 1].text.empty());
        if (by_code || by_name) code = k;
      }
      if (code.empty()) continue;
      auto next = std::upper_bound(money.begin(), money.end(), c);
      if (next == money.end()) continue;
      if (auto it = out.find(std::string(code)); it != out.end()) {
        if (it->second.row == r) continue;  // its code and its name on one row
        return {};                          // printed twice: several units
      }
      out[std::string(code)] = {&t, r, *next};
    }
  }
  return out;
}

std::string describe(const CellRef& ref) {
  return "'" + table_name(*ref.table) + "' row " + row_label(*ref.table, ref.row) + ", column '" +
         ref.table->columns[ref.col] + "'";
}

// The textbook sum of a kind: its two classes (310 may be absent: 0), or nullopt when the
// first class is not printed.
std::optional<std::vector<CellRef>> textbook_parts(const std::map<std::string, CellRef>& rows,
                                                   const Kind& k) {
  auto first = rows.find(std::string(k.classes[0]));
  if (first == rows.end()) return std::nullopt;
  std::vector<CellRef> parts = {first->second};
  if (auto second = rows.find(std::string(k.classes[1])); second != rows.end())
    parts.push_back(second->second);
  return parts;
}

// A definition check: never a finding. Where the textbook does not hold, the note says so.
void definition_check(SumSpec s, const Kind& k, std::vector<Check>& out) {
  auto c = judge_sum(s);
  if (!c) return;
  if (c->verdict == Verdict::SourceError || c->verdict == Verdict::ParseDoubt) {
    c->verdict = Verdict::NotChecked;
    c->note =
        std::string(k.name) + " is not " + std::string(k.classes[0]) + " + " +
        std::string(k.classes[1]) + " here (" + c->found->to_string() + " against " +
        c->expected->to_string() +
        "): the document counts its items otherwise (its own definition) or rounded them apart; "
        "not an error";
  } else {
    c->note = std::string(k.name) + " = " + std::string(k.classes[0]) + " + " +
              std::string(k.classes[1]) + ", the textbook definition";
  }
  out.push_back(std::move(*c));
}

// The table's column of a kind's total, when it prints one beside the others (not a half of a
// table printed in two halves, 人员经费 | 公用经费, each with its own items).
std::optional<std::size_t> kind_column(const Table& t, const Kind& k) {
  for (std::size_t c : money_columns(t)) {
    std::string name = without_spaces(t.columns[c]);
    if (names_kind(name, k) && !name.starts_with(std::string(k.name) + "/")) return c;
  }
  return std::nullopt;
}

// Items of the other kind's classes with an amount in this kind's column: the document's own
// definition in its own rows ("30239 其他交通费用 2546838.00").
std::string items_moved(const Table& t, const Kind& k, std::size_t col) {
  const Kind& other = &k == &kPersonnel ? kPublic : kPersonnel;
  std::vector<std::string> codes = row_codes(t);
  std::string out;
  int n = 0;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    if (codes[r].size() < 5 || block_of(t, r) != nullptr) continue;
    std::string_view cls = std::string_view(codes[r]).substr(0, 3);
    if (cls != other.classes[0] && cls != other.classes[1]) continue;
    auto v = amount(t, r, col);
    if (!v || v->is_zero()) continue;
    if (++n <= 5)
      out += (out.empty() ? "" : ", ") + codes[r] + " " + row_label(t, r) + " " + v->to_string();
  }
  if (n > 5) out += " …";
  return out;
}

// A table's own 人员经费 / 公用经费 totals against its 301 + 303 / 302 + 310 rows. Where the table
// prints both columns, a class's basic spending is its 人员经费 + 公用经费 cells (its 合计 may
// count project spending too: 支出明细表 with a 专项业务经费 column).
void table_definitions(const Document& doc, std::vector<Check>& out) {
  for (const Kind* k : {&kPersonnel, &kPublic})
    for (const CellRef& total : own_totals(doc, *k)) {
      const Table& t = *total.table;
      auto parts = textbook_parts(class_rows(t), *k);
      if (!parts) continue;
      auto personnel = kind_column(t, kPersonnel), public_use = kind_column(t, kPublic);
      bool split = personnel && public_use && (total.col == *personnel || total.col == *public_use);
      SumSpec s;
      s.identity = std::string(kDefinition);
      s.tables = {table_name(t)};
      s.location =
          describe(total) + " = " + std::string(k->classes[0]) + " + " + std::string(k->classes[1]);
      s.total = cell_term(t, total.row, total.col);
      for (const CellRef& p : *parts) {
        if (!split) {
          s.parts.push_back(cell_term(t, p.row, p.col));
          continue;
        }
        s.parts.push_back(cell_term(t, p.row, *personnel));
        s.parts.push_back(cell_term(t, p.row, *public_use));
      }
      definition_check(std::move(s), *k, out);
      if (!split || out.empty() || out.back().verdict != Verdict::NotChecked) continue;
      if (std::string moved = items_moved(t, *k, total.col); !moved.empty())
        out.back().note += "; items of " + std::string(k == &kPersonnel ? "302/310" : "301/303") +
                           " it counts: " + moved;
    }
}

// ---- one item in two tables ----------------------------------------------------------------

// A table's items by economic code (30101 …), department-level rows only; a code printed twice
// is left out.
std::map<std::string, std::size_t> items_of(const Table& t) {
  std::map<std::string, std::size_t> rows;
  std::set<std::string> twice;
  std::vector<std::string> codes = row_codes(t);
  for (std::size_t r = 0; r < codes.size(); ++r) {
    const std::string& code = codes[r];
    if (code.size() != 5 || !code.starts_with("3") || block_of(t, r) != nullptr) continue;
    if (!rows.emplace(code, r).second) twice.insert(code);
  }
  for (const auto& c : twice) rows.erase(c);
  return rows;
}

Decimal in_yuan(const Table& t, std::size_t row, std::size_t col) {
  auto v = amount(t, row, col);
  if (!v) return Decimal();
  return v->times_power_of_ten(unit_power(t.unit).value_or(0));
}

// The document's own definition, applied alike: an item whose basic spending (人员经费 +
// 公用经费) two tables give the same is split between the columns the same way in both
// (一般公共预算支出明细表 and 基本支出明细表 by economic class; 财政拨款 and 一般公共预算
// 基本支出表). Items whose sums differ belong to different scopes and are not compared.
void split_agrees(const Document& doc, std::vector<Check>& out) {
  struct Split {
    const Table* table;
    std::size_t personnel, public_use;
    std::map<std::string, std::size_t> items;
  };
  std::vector<Split> tables;
  for (const Table& t : doc.tables) {
    if (t.empty || !t.unit_blocks.empty()) continue;
    auto p = kind_column(t, kPersonnel), g = kind_column(t, kPublic);
    if (!p || !g) continue;
    if (auto items = items_of(t); !items.empty()) tables.push_back({&t, *p, *g, std::move(items)});
  }
  for (std::size_t i = 0; i < tables.size(); ++i)
    for (std::size_t j = i + 1; j < tables.size(); ++j) {
      const Split &a = tables[i], &b = tables[j];
      for (const auto& [code, ra] : a.items) {
        auto it = b.items.find(code);
        if (it == b.items.end()) continue;
        std::size_t rb = it->second;
        Decimal pa = in_yuan(*a.table, ra, a.personnel), ga = in_yuan(*a.table, ra, a.public_use);
        Decimal pb = in_yuan(*b.table, rb, b.personnel), gb = in_yuan(*b.table, rb, b.public_use);
        if (pa + ga != pb + gb || (pa + ga).is_zero()) continue;
        // Both sums are equal as printed: any difference in the split is printed, not rounded.
        Check c;
        c.identity = "cross_table:personnel_split_agrees";
        c.tables = {table_name(*a.table), table_name(*b.table)};
        c.location = "'" + table_name(*a.table) + "' row " + code + " " + row_label(*a.table, ra) +
                     ", column '" + a.table->columns[a.personnel] + "' = '" + table_name(*b.table) +
                     "' row " + code + ", column '" + b.table->columns[b.personnel] + "' (元)";
        c.expected = pa;
        c.found = pb;
        c.difference = pb - pa;
        c.verdict = pa == pb ? Verdict::Ok : Verdict::SourceError;
        if (pa != pb)
          c.note = "the same item, with the same basic spending (" + (pa + ga).to_string() +
                   " 元), is split otherwise between 人员经费 and 公用经费 in the two tables";
        out.push_back(std::move(c));
      }
    }
}

// ---- the narrative ------------------------------------------------------------------------

// "(一)人员经费", "其中:人员经费", "人员经费支出": the words right before a figure naming the
// kind alone.
bool names_alone(std::string_view lead, const Kind& k) {
  std::string s = canonical_label(lead);
  for (std::string_view tail : {"", "支出", "预算", "为"})
    if (s == std::string(k.name) + std::string(tail)) return true;
  return false;
}

struct Stated {
  const Kind* kind = nullptr;
  TextFigure figure;
  std::string quote;
  std::string basic;  // the 基本支出 it breaks down: "一般公共预算财政拨款基本支出"
  int page = 0;
};

// The 人员经费 and 公用经费 figures that break a 基本支出 total down: after a figure whose words
// name 基本支出, before any other figure.
std::vector<Stated> stated(const Document& doc) {
  std::vector<Stated> out;
  std::string basic;
  int since = 0;
  for (const Sentence& s : narrative_sentences(doc)) {
    if (++since > 6) basic.clear();
    std::vector<TextFigure> figs = figures_in(s.text);
    for (std::size_t i = 0; i < figs.size(); ++i) {
      std::size_t from = i == 0 ? 0 : figs[i - 1].end;
      std::string_view lead = std::string_view(s.text).substr(from, figs[i].begin - from);
      auto mark = lead.find_last_of(",;:");
      std::string_view subject = mark == std::string_view::npos ? lead : lead.substr(mark + 1);
      const Kind* kind = names_alone(subject, kPersonnel) ? &kPersonnel
                         : names_alone(subject, kPublic)  ? &kPublic
                                                          : nullptr;
      if (kind && !basic.empty()) {
        std::size_t to = i + 1 < figs.size() ? figs[i + 1].begin : s.text.size();
        out.push_back({kind, figs[i], std::string(s.text.substr(from, to - from)), basic, s.page});
        continue;
      }
      if (kind) continue;
      bool change = contains(subject, "比") || contains(subject, "较") || contains(subject, "增") ||
                    contains(subject, "减");
      if (contains(subject, "基本支出") && !change) {
        basic = std::string(subject);
        since = 0;
      } else {
        basic.clear();
      }
    }
  }
  return out;
}

// The class rows of the document's 基本支出 tables by economic class.
std::vector<std::map<std::string, CellRef>> basic_classes(const Document& doc) {
  std::vector<std::map<std::string, CellRef>> out;
  for (const Table& t : doc.tables)
    if ((t.kind == TableKind::GeneralBudgetBasicExpenditure ||
         t.kind == TableKind::BasicExpenditure) &&
        !t.empty)
      if (auto rows = class_rows(t); !rows.empty()) out.push_back(std::move(rows));
  return out;
}

void narrative_against_textbook(const Stated& st, const std::string& heading,
                                const std::vector<std::map<std::string, CellRef>>& classes,
                                std::vector<Check>& out) {
  std::optional<Check> first;
  for (const auto& rows : classes) {
    auto parts = textbook_parts(rows, *st.kind);
    if (!parts) continue;
    int table_power = unit_power(parts->front().table->unit).value_or(st.figure.unit_power);
    SumSpec s;
    s.identity = std::string(kDefinition);
    s.tables = {table_name(*parts->front().table)};
    s.location = excerpt(heading, st.quote) + " vs " + std::string(st.kind->classes[0]) + " + " +
                 std::string(st.kind->classes[1]) + " of '" + s.tables.front() + "'";
    s.total = term(st.figure.value);
    for (const CellRef& p : *parts)
      s.parts.push_back(cell_term(*p.table, p.row, p.col, table_power - st.figure.unit_power));
    s.independent_rounding = true;
    std::vector<Check> made;
    definition_check(std::move(s), *st.kind, made);
    if (made.empty()) continue;
    if (made.front().verdict != Verdict::NotChecked) {
      out.push_back(std::move(made.front()));
      return;
    }
    if (!first) first = std::move(made.front());
  }
  if (first) out.push_back(std::move(*first));
}

// A narrative figure the tables cannot confirm, listed with the reason.
Check figure_not_checked(const Stated& st, const std::string& heading, std::string reason) {
  Check c;
  c.identity = std::string(kNarrative);
  c.location = excerpt(heading, st.quote);
  c.found = st.figure.value;
  c.verdict = Verdict::NotChecked;
  c.note = std::move(reason);
  return c;
}

void narrative_figures(const Document& doc, std::vector<Check>& out) {
  std::vector<Stated> all = stated(doc);
  if (all.empty()) return;
  auto classes = basic_classes(doc);
  for (const Stated& st : all) {
    const std::string heading = "page " + std::to_string(st.page);
    std::vector<CellRef> own = own_totals(doc, *st.kind);
    if (!own.empty()) {
      std::size_t before = out.size();
      if (judge_cells(heading, st.quote, st.figure, own, out)) {
        out.back().identity = std::string(kNarrative);
        if (out.back().verdict == Verdict::SourceError)
          out.back().note = std::string(st.kind->name) + " of " + st.basic + ": " + out.back().note;
        continue;
      }
      out.resize(before);
      Check c = figure_not_checked(
          st, heading,
          "the tables' " + std::string(st.kind->name) +
              " totals differ from it and from each other (tables of other funds or units)");
      for (const CellRef& ref : own) c.tables.push_back(table_name(*ref.table));
      out.push_back(std::move(c));
      continue;
    }
    std::size_t before = out.size();
    narrative_against_textbook(st, heading, classes, out);
    if (out.size() > before) continue;
    out.push_back(figure_not_checked(
        st, heading,
        "no table prints " + std::string(st.kind->name) +
            " or the economic classes of 基本支出 (tables published apart, or not read)"));
  }
}

}  // namespace

void check_personnel_expense(const Document& doc, std::vector<Check>& out) {
  table_definitions(doc, out);
  split_agrees(doc, out);
  narrative_figures(doc, out);
}

}  // namespace gongkai::check::detail
