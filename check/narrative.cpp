// The narrative (情况说明) against the tables and against itself:
//   narrative:figure — "一般公共预算拨款收入4,603.53万元" = the table cell it names;
//   narrative:change — "比上年增长1423.89万元,增长34.94%": the percent recomputed from
//                      change / (current − change), and the two direction words agreeing;
//   narrative:share  — "…5,498.95万元,主要包括…4,603.53万元,占83.72%": part / total.
// A figure is attributed only through its section (三、支出预算情况说明 → the expenditure
// tables) and the words right before it; a figure that cannot be attributed to one value is
// skipped, never failed. Clauses after 原因 (the reasons for a change) are not attributed:
// they speak of parts of the budget the tables do not break out.
#include <re2/re2.h>

#include <algorithm>
#include <functional>
#include <memory>

#include "check/identities.h"
#include "check/narrative_common.h"
#include "check/narrative_patterns.h"
#include "check/sum_check.h"
#include "check/table_view.h"
#include "check/tolerance.h"
#include "normalize/regex.h"

namespace gongkai::check::detail {
namespace {

bool contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

// ---- sections and segments ----------------------------------------------------------------

struct Section {
  std::string heading;  // "三、支出预算情况说明" (+ "(一)…" when inside a sub-section)
  std::string text;     // its lines joined without spaces: sentences run across line breaks
};

std::vector<Section> sections_of(const std::vector<std::string>& lines) {
  std::vector<Section> out(1);
  std::string top;
  for (const std::string& raw : lines) {
    std::string line = without_spaces(raw);
    if (line.empty()) continue;
    if (is_section_heading(line)) {
      if (is_top_heading(line)) top = line;
      out.push_back({is_top_heading(line) ? line : top + line, {}});
      continue;
    }
    out.back().text += line;
  }
  return out;
}

// Byte ranges of `text` cut at any of `marks` (the marks themselves dropped).
std::vector<std::string_view> split_at(std::string_view text,
                                       std::initializer_list<std::string_view> marks) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 0;
    for (std::string_view m : marks)
      if (text.compare(i, m.size(), m) == 0) len = m.size();
    if (len == 0) {
      ++i;
      continue;
    }
    if (i > start) out.push_back(text.substr(start, i - start));
    i += len;
    start = i;
  }
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

// ---- where a figure's subject points ------------------------------------------------------

struct CellRef {
  const Table* table = nullptr;
  std::size_t row = 0, col = 0;
};

// Which tables a section speaks about, from its heading's words (most specific first).
std::vector<std::string> kinds_for(std::string_view heading) {
  // Final accounts say 财政拨款收入支出; 政府性基金预算财政拨款收入支出 is the fund's own table.
  bool fund = contains(heading, "政府性基金") || contains(heading, "国有资本");
  if (contains(heading, "财政拨款收支") || (contains(heading, "财政拨款收入支出") && !fund))
    return {"fiscal_appropriation_summary"};
  if (contains(heading, "三公")) return {"three_public_expenses"};
  if (contains(heading, "机关运行")) return {"agency_operating_expenses"};
  if (contains(heading, "一般公共预算") && contains(heading, "基本支出"))
    return {"general_budget_basic_expenditure", "general_budget_expenditure"};
  if (contains(heading, "一般公共预算")) return {"general_budget_expenditure"};
  if (contains(heading, "政府性基金")) return {"gov_fund_expenditure", "gov_fund_income"};
  if (contains(heading, "国有资本")) return {"state_capital_budget"};
  if (contains(heading, "收入预算") || contains(heading, "收支"))
    return {"income_expenditure_summary"};
  if (contains(heading, "支出预算")) return {"expenditure", "income_expenditure_summary"};
  return {};
}

std::optional<std::size_t> total_row(const Table& t) {
  std::vector<std::string> codes = row_codes(t);
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    if (codes[r].empty() && is_total_label(row_label(t, r))) return r;
  return std::nullopt;
}

std::optional<std::size_t> first_money_right_of(const Table& t, std::size_t label_col) {
  for (std::size_t c : money_columns(t))
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

void total_of(const Table* t, std::optional<std::size_t> col, std::vector<CellRef>& out) {
  if (t == nullptr) return;
  if (!col) {
    auto money = money_columns(*t);
    if (money.empty()) return;
    col = money.front();
  }
  if (auto r = total_row(*t)) out.push_back({t, *r, *col});
}

std::optional<std::size_t> column_named(const Table* t, std::string_view segment) {
  if (t == nullptr) return std::nullopt;
  for (std::size_t c : money_columns(*t))
    if (canonical_label(last_segment(t->columns[c])) == segment) return c;
  return std::nullopt;
}

// A subject phrase that names a table total rather than a row: the pattern must end the
// subject, the heading must contain one of the section words.
struct SubjectRule {
  const char* name;
  const char* pattern;
  std::vector<std::string_view> sections;
  std::function<void(const Document&, std::vector<CellRef>&)> resolve;
};

auto summary_row(std::string_view label) {
  return [label](const Document& doc, std::vector<CellRef>& out) {
    if (const Table* t = table_of(doc, "income_expenditure_summary"))
      rows_where(
          *t, [label](std::string_view l) { return l == label; }, out);
  };
}

auto table_total(std::string_view kind, std::string_view column = {}) {
  return [kind, column](const Document& doc, std::vector<CellRef>& out) {
    const Table* t = table_of(doc, kind);
    if (t == nullptr) return;
    if (column.empty()) {
      auto money = money_columns(*t);
      auto total = std::find_if(money.begin(), money.end(),
                                [&](std::size_t c) { return is_total_column_name(t->columns[c]); });
      total_of(t, total == money.end() ? std::nullopt : std::optional(*total), out);
    } else if (auto c = column_named(t, column)) {
      total_of(t, c, out);
    }
  };
}

const std::vector<SubjectRule>& subject_rules() {
  static const std::vector<SubjectRule> rules = [] {
    std::vector<SubjectRule> r;
    // First: "财政拨款收入支出总计" also ends like the document's "收入支出总计".
    r.push_back({"fiscal_total",
                 "财政拨款收支总(?:预算|计)$|财政拨款收支预算总额$|财政拨款收入支出总计$",
                 {"财政拨款"},
                 [](const Document& d, std::vector<CellRef>& out) {
                   if (const Table* t = table_of(d, "fiscal_appropriation_summary"))
                     rows_where(
                         *t, [](std::string_view l) { return l == "收入总计" || l == "总计"; },
                         out);
                 }});
    // Final accounts: "收入支出总计" is the 总计 row both sides of 收入支出决算总表 share.
    // "一般公共预算收入" ends like "预算收入" but names one source, not the total.
    r.push_back({"income_total",
                 "(?:^|[^共金营])(?:收入总计|收入总预算|预算收入|收入预算|收入支出总计)$",
                 {"收支", "收入"},
                 [](const Document& d, std::vector<CellRef>& out) {
                   summary_row("收入总计")(d, out);
                   if (out.empty()) summary_row("总计")(d, out);
                 }});
    r.push_back({"spending_total",
                 "(?:支出总计|支出总预算|预算支出|支出预算)$",
                 {"收支", "支出预算"},
                 [](const Document& d, std::vector<CellRef>& out) {
                   summary_row("支出总计")(d, out);
                   table_total("expenditure")(d, out);
                 }});
    r.push_back(
        {"current_income", "本年收入(?:合计)?$", {"收支", "收入"}, summary_row("本年收入合计")});
    r.push_back(
        {"fiscal_carryover",
         "上年(?:财政拨款)?结转(?:收入)?$",
         {"财政拨款"},
         [](const Document& d, std::vector<CellRef>& out) {
           if (const Table* t = table_of(d, "fiscal_appropriation_summary"))
             rows_where(
                 *t,
                 [](std::string_view l) { return l.starts_with("上年") && contains(l, "结转"); },
                 out);
         }});
    r.push_back({"carryover", "上年结转(?:收入)?$", {"收支", "收入"}, summary_row("上年结转")});
    r.push_back({"fiscal_current",
                 "(?:当年|本年)拨款(?:收入)?$",
                 {"财政拨款"},
                 [](const Document& d, std::vector<CellRef>& out) {
                   if (const Table* t = table_of(d, "fiscal_appropriation_summary"))
                     rows_where(
                         *t, [](std::string_view l) { return l == "本年收入合计"; }, out);
                 }});
    r.push_back({"basic_total",
                 "基本支出$",
                 {"基本支出"},
                 [](const Document& d, std::vector<CellRef>& out) {
                   table_total("general_budget_basic_expenditure")(d, out);
                   table_total("general_budget_expenditure", "基本支出")(d, out);
                 }});
    r.push_back({"general_budget_total",
                 "一般公共预算(?:当年|本年)?(?:财政拨款)?支出$",
                 {"一般公共预算"},
                 table_total("general_budget_expenditure")});
    r.push_back(
        {"three_public_total", "三公.{0,3}经费$", {"三公"}, table_total("three_public_expenses")});
    r.push_back({"agency_total",
                 "机关运行经费(?:财政拨款)?(?:预算)?$",
                 {"机关运行"},
                 table_total("agency_operating_expenses")});
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

// Rows and total-row columns of the section's tables whose name ends the subject; the longest
// name wins ("其他一般公共服务支出" over "一般公共服务支出").
const RE2& year_label() {
  static const normalize::Regex re(R"([0-9]{4}年(?:度)?(?:预算数?|决算数?|执行数)?)");
  return re;
}

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
  for (const std::string& kind : kinds_for(heading)) {
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
      for (std::size_t c : money_columns(*t))
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

std::vector<CellRef> resolve(const Document& doc, std::string_view heading,
                             const std::string& subject) {
  for (const std::string& stage : subject_stages(subject)) {
    const auto& rules = subject_rules();
    for (std::size_t i = 0; i < rules.size(); ++i) {
      bool in_section = std::any_of(rules[i].sections.begin(), rules[i].sections.end(),
                                    [&](std::string_view w) { return contains(heading, w); });
      if (!in_section || !RE2::PartialMatch(stage, rule_re(i))) continue;
      std::vector<CellRef> out;
      rules[i].resolve(doc, out);
      return out;
    }
    if (auto named = by_name(doc, heading, stage); !named.empty()) return named;
  }
  return {};
}

// The label a cell belongs to: in side-by-side tables, the one of its own side.
std::string label_left_of(const Table& t, std::size_t row, std::size_t col) {
  for (std::size_t c = col; c-- > 0;)
    if (t.roles[c] == ColumnRole::Label && !label_in(t, row, c).empty()) return label_in(t, row, c);
  return row_label(t, row);
}

}  // namespace

// ---- judgements ---------------------------------------------------------------------------

std::string excerpt(std::string_view heading, std::string_view text) {
  return "§" + std::string(heading) + ": '" + std::string(text) + "'";
}

namespace {

// The subject of a figure: the words since the last clause mark before it.
std::string subject_of(std::string_view lead) {
  std::size_t cut = 0;
  for (std::string_view mark : {",", "，", ":", "：", "、"}) {
    auto p = lead.rfind(mark);
    if (p != std::string_view::npos) cut = std::max(cut, p + mark.size());
  }
  return std::string(lead.substr(cut));
}

// The figure against the cells its subject names: ok when one agrees; a source error when
// none does and they all hold the same value; nothing when they disagree among themselves.
void judge_cells(std::string_view heading, std::string_view quote, const TextFigure& f,
                 const std::vector<CellRef>& cells, std::vector<Check>& out) {
  std::optional<Check> mismatch;
  std::optional<Decimal> only_value;
  bool one_value = true;
  for (const CellRef& ref : cells) {
    auto table_power = unit_power(ref.table->unit).value_or(f.unit_power);
    SumSpec s;
    s.identity = "narrative:figure";
    s.tables = {table_name(*ref.table)};
    s.location = excerpt(heading, quote) + " vs row " +
                 label_left_of(*ref.table, ref.row, ref.col) + ", column '" +
                 ref.table->columns[ref.col] + "'";
    s.total = term(f.value);
    s.parts = {term(amount(*ref.table, ref.row, ref.col), table_power - f.unit_power,
                    unreadable(*ref.table, ref.row, ref.col))};
    if (!s.parts[0].value) s.parts[0] = term(Decimal(0, f.value.scale()));  // empty cell: 0
    auto c = judge_sum(s);
    if (!c) continue;
    if (c->verdict == Verdict::Ok || c->verdict == Verdict::Rounding) {
      out.push_back(std::move(*c));
      return;
    }
    Decimal v = *s.parts[0].value;
    if (only_value && *only_value != v) one_value = false;
    only_value = v;
    mismatch = std::move(c);
  }
  // Several candidate cells with different values and none agreeing: cannot attribute.
  if (!mismatch || !one_value) return;
  mismatch->note = "the narrative states " + f.value.to_string() + ", the table " +
                   mismatch->expected->to_string() + " (same unit)";
  if (mismatch->verdict == Verdict::SourceError) out.push_back(std::move(*mismatch));
}

void check_figure(const Document& doc, std::string_view heading, std::string_view quote,
                  const TextFigure& f, const std::string& subject, std::vector<Check>& out) {
  judge_cells(heading, quote, f, resolve(doc, heading, subject), out);
}

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

// That item's cells in the classification tables.
std::vector<CellRef> item_cells(const Document& doc, const std::vector<LeveledName>& chain) {
  std::vector<CellRef> out;
  for (std::string_view kind :
       {"general_budget_expenditure", "fiscal_appropriation_expenditure", "expenditure"}) {
    const Table* t = table_of(doc, kind);
    if (t == nullptr) continue;
    auto col = amount_column(*t);
    if (!col) continue;
    if (auto r = chain_row(*t, row_codes(*t), chain)) out.push_back({t, *r, *col});
  }
  return out;
}

// True when the lead's last clause names a 类/款/项: the figure is that item's, checked against
// its row, or not at all — never against a total the rest of the lead happens to end with.
bool check_item_figure(const Document& doc, std::string_view heading, std::string_view quote,
                       const TextFigure& f, std::string_view lead, std::vector<Check>& out) {
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
  if (chain.empty()) return false;
  judge_cells(heading, quote, f, item_cells(doc, chain), out);
  return true;
}

}  // namespace

Check judge_percent(std::string identity, std::string location, const Ratio& r, Decimal printed) {
  Check c;
  c.identity = std::move(identity);
  c.location = std::move(location);
  int scale = printed.scale();
  auto exact = percent(r.numerator, r.denominator, scale);
  c.found = printed;
  c.expected = exact;
  if (!exact) {
    c.verdict = Verdict::ParseDoubt;
    c.note = "the base of the percentage is zero";
    return c;
  }
  c.difference = printed - *exact;
  if (c.difference->is_zero()) {
    c.verdict = Verdict::Ok;
    return c;
  }
  auto high =
      percent(r.numerator + r.numerator_half, r.denominator - r.denominator_half, scale + 4);
  auto low = percent(r.numerator - r.numerator_half, r.denominator + r.denominator_half, scale + 4);
  Decimal half = half_unit(-scale);
  if (high && low && printed + half >= *low && printed - half <= *high) {
    c.verdict = Verdict::Rounding;
    c.note = "reachable from the printed figures within their rounding (" + low->to_string() +
             "% to " + high->to_string() + "%)";
    return c;
  }
  // Shares of one list are often nudged by a unit so that they add up to 100% (99.94% and
  // 0.06% for 99.93% and 0.07%), or worked out from the unrounded figures behind the printed
  // ones: a printed percent one unit of its last decimal from the recomputed one is rounding,
  // not a misprint. Whole percents are not given that unit: it is a whole point.
  Decimal unit = half + half;
  if (scale >= 1 && (printed - *exact).abs() <= unit) {
    c.verdict = Verdict::Rounding;
    c.note = "one unit of the last printed digit from the recomputed " + exact->to_string() +
             "%: shares adjusted to add up to 100%, or worked out from unrounded figures";
    return c;
  }
  c.verdict = Verdict::SourceError;
  c.note = "recomputed " + exact->to_string() + "% from the printed figures";
  return c;
}

namespace {

Decimal in_yuan(const TextFigure& f) {
  return f.value.times_power_of_ten(f.unit_power);
}
Decimal half_in_yuan(const TextFigure& f) {
  return half_unit(last_digit(f.value, f.unit_power));
}

void check_change(std::string_view heading, std::string_view quote, const TextFigure& current,
                  const TextFigure& change, Direction lead, std::string_view tail,
                  std::vector<Check>& out) {
  auto pct = change_percent(tail);
  if (!pct) return;  // without a percent or the previous figure nothing can be recomputed
  std::string where = excerpt(heading, quote);
  if (lead == Direction::Same || pct->direction != lead) {
    Check c;
    c.identity = "narrative:change";
    c.location = where;
    c.found = pct->percent;
    c.verdict = Verdict::SourceError;
    c.note = "the change and its percentage are given opposite directions";
    out.push_back(std::move(c));
    return;
  }
  Decimal now = in_yuan(current), delta = in_yuan(change);
  Decimal before = lead == Direction::Up ? now - delta : now + delta;
  if (before <= Decimal() || delta.is_negative()) return;
  Ratio r{delta, half_in_yuan(change), before, half_in_yuan(current) + half_in_yuan(change)};
  out.push_back(judge_percent("narrative:change", where, r, pct->percent));
}

// "2025年预算执行数为1690.69万元,2026年预算安排1434.89万元,比2025年预算执行数减少1.10%":
// both figures stated, the percent is (current − previous) / previous.
void check_against_previous(std::string_view heading, std::string_view quote,
                            const TextFigure& previous, const TextFigure& current,
                            const ChangePercent& stated, std::vector<Check>& out) {
  Decimal before = in_yuan(previous), now = in_yuan(current);
  if (before <= Decimal()) return;
  Decimal delta = now - before;
  Direction actual = delta.is_zero()       ? Direction::Same
                     : delta.is_negative() ? Direction::Down
                                           : Direction::Up;
  if (actual != Direction::Same && actual != stated.direction) {
    Check c;
    c.identity = "narrative:change";
    c.location = excerpt(heading, quote);
    c.expected = percent(delta, before, stated.percent.scale());
    c.found = stated.percent;
    c.verdict = Verdict::SourceError;
    c.note = std::string("the figures ") + (actual == Direction::Up ? "rise" : "fall") +
             " but the text says the opposite";
    out.push_back(std::move(c));
    return;
  }
  Ratio r{delta.abs(), half_in_yuan(previous) + half_in_yuan(current), before,
          half_in_yuan(previous)};
  out.push_back(judge_percent("narrative:change", excerpt(heading, quote), r, stated.percent));
}

// A change that may be of any of the `candidates` figures: the first that it fits, else the
// first candidate's failure. Two candidate readings agreeing by chance is what cannot happen.
void check_change_of_one(std::string_view heading, std::string_view clause,
                         const std::vector<TextFigure>& figs,
                         const std::vector<std::size_t>& candidates, const TextFigure& change,
                         Direction lead, std::string_view tail, std::size_t tail_to,
                         std::vector<Check>& out) {
  std::optional<Check> first_failure;
  for (std::size_t k : candidates) {
    std::vector<Check> made;
    check_change(heading, clause.substr(figs[k].begin, tail_to - figs[k].begin), figs[k], change,
                 lead, tail, made);
    if (made.empty()) continue;
    if (made.front().verdict == Verdict::Ok || made.front().verdict == Verdict::Rounding) {
      out.push_back(std::move(made.front()));
      return;
    }
    if (!first_failure) first_failure = std::move(made.front());
  }
  if (first_failure) out.push_back(std::move(*first_failure));
}

// The lead of a figure that is last year's: 上年, 上一年, or an execution figure (执行数).
bool names_previous_year(std::string_view lead) {
  return contains(lead, "上年") || contains(lead, "上一年") || contains(lead, "执行");
}

void check_share(std::string_view heading, std::string_view quote, const TextFigure& whole,
                 const TextFigure& part, Decimal printed, std::vector<Check>& out) {
  Decimal base = in_yuan(whole);
  if (base <= Decimal()) return;
  Ratio r{in_yuan(part), half_in_yuan(part), base, half_in_yuan(whole)};
  out.push_back(judge_percent("narrative:share", excerpt(heading, quote), r, printed));
}

// ---- one sentence ---------------------------------------------------------------------------

// The figure that closed the previous sentence, for "X总计A万元。与2023年度相比,X总计减少B万元,
// 下降C%": the change names its subject again instead of repeating the figure.
struct Carried {
  TextFigure figure;
  std::string subject;  // the words before the figure
  std::string quote;    // from the subject to the end of its sentence
};

std::optional<Carried> last_figure(std::string_view sentence) {
  std::vector<TextFigure> figs = figures_in(sentence);
  if (figs.empty()) return std::nullopt;
  std::size_t from = figs.size() >= 2 ? figs[figs.size() - 2].end : 0;
  const TextFigure& f = figs.back();
  std::string subject = subject_of(sentence.substr(from, f.begin - from));
  std::size_t quote_from = f.begin - std::min(f.begin - from, subject.size());
  return Carried{f, subject, std::string(sentence.substr(quote_from))};
}

// A change at the head of a sentence whose subject is the one the previous sentence ended on.
bool check_carried_change(std::string_view heading, const Carried& carried, std::string_view clause,
                          const TextFigure& change, std::string_view lead, std::string_view tail,
                          std::size_t tail_to, std::vector<Check>& out) {
  auto compared = compared_lead(lead);
  if (!compared || carried.subject.empty() || !contains(carried.subject, compared->subject))
    return false;
  std::string quote = carried.quote + "。" + std::string(clause.substr(0, tail_to));
  check_change(heading, quote, carried.figure, change, compared->direction, tail, out);
  return true;
}

// A sentence (to 。) is made of clauses (to ;). A change refers to a figure of its own clause;
// a share ("占x%") to the sentence's first figure when 其中/包括/主要用于 follows it; the reasons
// of a clause (after 原因) are not attributed.
// A failed share is only as sure as its base, which is read from the sentence, not printed
// beside the share. Other shares of the same list that hold on that base confirm it: the share
// itself is misprinted (source error). When none does, the base may be another total than the
// one we read, and the document is not called wrong: parse doubt.
void weigh_shares(std::vector<Check>& out, std::size_t first) {
  std::vector<Check*> shares;
  for (std::size_t i = first; i < out.size(); ++i)
    if (out[i].identity == "narrative:share") shares.push_back(&out[i]);
  int held = 0;
  for (const Check* c : shares)
    held += c->verdict == Verdict::Ok || c->verdict == Verdict::Rounding;
  for (Check* c : shares) {
    if (c->verdict != Verdict::SourceError) continue;
    if (held > 0) {
      c->note += "; " + std::to_string(held) + " of " + std::to_string(shares.size() - 1) +
                 " other shares on the same base hold, so the base is right";
    } else {
      c->verdict = Verdict::ParseDoubt;
      c->note +=
          "; no other share confirms the base read from the sentence: it may be another "
          "total";
    }
  }
}

void check_sentence(const Document& doc, std::string_view heading, std::string_view sentence,
                    const std::optional<Carried>& carried, std::vector<Check>& out) {
  std::size_t first = out.size();
  std::vector<TextFigure> head = figures_in(sentence);
  std::optional<TextFigure> whole;
  if (head.size() >= 2) {
    std::string_view after = sentence.substr(head[0].end, head[1].begin - head[0].end);
    if (contains(after, "其中") || contains(after, "包括") || contains(after, "主要用于"))
      whole = head[0];
  }
  for (std::string_view clause : split_at(sentence, {";", "；"})) {
    std::vector<TextFigure> figs = figures_in(clause);
    std::vector<bool> is_change(figs.size(), false);
    auto reasons = clause.find("原因");
    for (std::size_t i = 0; i < figs.size(); ++i) {
      const TextFigure& f = figs[i];
      if (reasons != std::string_view::npos && reasons < f.begin) break;
      std::size_t lead_from = i == 0 ? 0 : figs[i - 1].end;
      std::size_t tail_to = i + 1 < figs.size() ? figs[i + 1].begin : clause.size();
      std::string_view lead = clause.substr(lead_from, f.begin - lead_from);
      std::string_view tail = clause.substr(f.end, tail_to - f.end);
      std::string_view quote = clause.substr(lead_from, tail_to - lead_from);

      if (i == 0 && carried && clause.data() == sentence.data() &&
          check_carried_change(heading, *carried, clause, f, lead, tail, tail_to, out)) {
        is_change[i] = true;
        continue;
      }
      if (auto dir = change_lead(lead)) {
        is_change[i] = true;
        // "…总计X,其中:a,b,比上年增长c": the change is of the figure before 其中 — or of the
        // item right before it ("其中:1.行政运行4,702.02万元,较上年增加121.66万元").
        std::vector<std::size_t> current;
        if (i > 0 && !is_change[0] &&
            contains(clause.substr(figs[0].end, f.begin - figs[0].end), "其中"))
          current.push_back(0);
        for (std::size_t j = i; j-- > 0;)
          if (!is_change[j]) {
            if (current.empty() || current.front() != j) current.push_back(j);
            break;
          }
        check_change_of_one(heading, clause, figs, current, f, *dir, tail, tail_to, out);
        continue;
      }
      if (auto stated = compared_percent(tail); stated && i > 0 && !is_change[i - 1]) {
        std::size_t prev_lead_from = i == 1 ? 0 : figs[i - 2].end;
        std::string_view prev_lead =
            clause.substr(prev_lead_from, figs[i - 1].begin - prev_lead_from);
        if (names_previous_year(prev_lead) && !names_previous_year(lead))
          check_against_previous(heading,
                                 clause.substr(figs[i - 1].begin, tail_to - figs[i - 1].begin),
                                 figs[i - 1], f, *stated, out);
      }
      bool is_head = clause.data() + f.begin == sentence.data() + head[0].begin;
      if (auto share = share_percent(tail); share && whole && !is_head)
        check_share(heading, quote, *whole, f, *share, out);
      if (!check_item_figure(doc, heading, quote, f, lead, out))
        check_figure(doc, heading, quote, f, subject_of(lead), out);
    }
  }
  weigh_shares(out, first);
}

}  // namespace

void check_narrative(const Document& doc, std::vector<Check>& out) {
  for (const Section& section : sections_of(doc.narrative)) {
    // Text before any heading still has changes and shares to check; no figure in it can be
    // attributed to a table (kinds_for("") is empty).
    std::optional<Carried> carried;
    for (std::string_view sentence : split_at(section.text, {"。"})) {
      check_sentence(doc, section.heading, sentence, carried, out);
      carried = last_figure(sentence);
    }
    check_narrative_items(doc, section.heading, section.text, out);
  }
}

}  // namespace gongkai::check::detail
