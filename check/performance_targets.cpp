// A project's amount in its performance target (项目支出绩效目标表) against the 项目支出 table.
// Performance targets cover only some projects, so projects are paired by name, never by total;
// a project found on one side only is no finding. Two layouts of targets are read:
//   a list (单位名称 | 项目名称 | 金额 | 绩效目标), its amount a money column;
//   one card per project (项目名称 | X … 项目资金(万元) | 年度预算资金总额: | 17.00), its amount
//   printed as text right of the 资金总额 label.
// A name printed twice on a side (two units' 公车统管 projects) is paired by unit where both
// tables print the unit, else not at all.
#include <re2/re2.h>

#include <map>
#include <set>

#include "check/identities.h"
#include "check/sum_check.h"
#include "check/table_view.h"
#include "normalize/regex.h"

namespace gongkai::check::detail {
namespace {

constexpr std::string_view kIdentity = "cross_table:performance_target_equals_project";

// One project's amount as printed on one side.
struct Amount {
  Term term;
  std::string where;  // "'title' row 法治杭州建设" for the location
  std::string table;
};

// Name (and unit, when the table prints it) → every amount printed under it.
using Side = std::map<std::string, std::vector<Amount>>;

std::optional<std::size_t> label_column(const Table& t, std::string_view word) {
  for (std::size_t c = 0; c < t.columns.size() && c < t.roles.size(); ++c)
    if (t.roles[c] == ColumnRole::Label && contains(without_spaces(t.columns[c]), word)) return c;
  return std::nullopt;
}

// The project's name column: 项目名称, else a column about 项目 (支出项目类别 in Shenzhen).
std::optional<std::size_t> name_column(const Table& t) {
  if (auto c = label_column(t, "项目名称")) return c;
  return label_column(t, "支出项目");
}

// The unit's column (单位名称, 二级预算单位名称), when the table prints one.
std::optional<std::size_t> unit_column(const Table& t) {
  return label_column(t, "单位名称");
}

// A list's amount column: the first money column headed as an amount of the whole project.
std::optional<std::size_t> amount_column(const Table& t, bool targets) {
  for (std::size_t c : money_columns(t)) {
    std::string name = without_spaces(t.columns[c]);
    if (is_subset_column_name(name)) continue;
    std::string last(last_segment(name));
    if (is_total_column_name(last)) return c;
    if (targets && (contains(last, "金额") || contains(last, "预算数") || contains(last, "资金")))
      return c;
  }
  return std::nullopt;
}

std::string key_of(const std::string& unit, const std::string& name) {
  return unit.empty() ? name : unit + "|" + name;
}

// Rows of a list: name → amount. Rows naming a total, a unit's own line or nothing are skipped.
void read_list(const Table& t, bool targets, bool by_unit, Side& side) {
  auto name_col = name_column(t);
  auto amount_col = amount_column(t, targets);
  auto unit_col = by_unit ? unit_column(t) : std::nullopt;
  if (!name_col || !amount_col) return;
  auto power = unit_power(t.unit);
  if (!power) return;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    std::string name = label_in(t, r, *name_col);
    if (name.empty() || contains(name, "合计") || contains(name, "总计")) continue;
    if (!amount(t, r, *amount_col)) continue;
    std::string unit = unit_col ? label_in(t, r, *unit_col) : std::string{};
    side[key_of(unit, name)].push_back(
        {cell_term(t, r, *amount_col, *power),
         "'" + table_name(t) + "' row " + (unit.empty() ? name : unit + " " + name),
         table_name(t)});
  }
}

std::optional<Decimal> number_in(std::string_view text) {
  std::string digits;
  for (char c : without_spaces(text))
    if (c != ',') digits.push_back(c);
  static const normalize::Regex plain(R"([0-9]+(?:\.[0-9]+)?)");
  if (!RE2::FullMatch(digits, plain)) return std::nullopt;
  return Decimal::parse(digits);
}

// A card: "项目名称 | X" and the amount right of its 资金总额 label (年度预算资金总额, 项目资金
// 总额, 资金总额) or 当年预算, in the unit its row names ("项目资金(万元)") or the table's. A
// 实施期 total spans several years: it is not the year's amount.
void read_card(const Table& t, bool by_unit, Side& side) {
  std::string name, unit, label;
  std::optional<Term> total;
  for (const auto& row : t.rows) {
    std::optional<int> row_power = unit_power(t.unit);
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (!row[c].is_text()) continue;
      std::string cell = canonical_label(row[c].text);
      if (contains(cell, "(万元)")) row_power = 4;
      if (contains(cell, "(元)")) row_power = 0;
      auto next_text = [&]() -> std::string {
        for (std::size_t n = c + 1; n < row.size(); ++n)
          if (row[n].is_text()) return canonical_label(row[n].text);
        return {};
      };
      if (cell == "项目名称" && name.empty()) name = next_text();
      if (by_unit && cell == "实施单位" && unit.empty()) unit = next_text();
      bool total_label = (contains(cell, "资金总额") || cell == "当年预算") &&
                         !contains(cell, "实施期") && !contains(cell, "申请");
      if (!total_label || total || !row_power) continue;
      for (std::size_t n = c + 1; n < row.size() && !total; ++n) {
        std::optional<Decimal> v = row[n].is_amount() ? std::optional<Decimal>(row[n].amount)
                                   : row[n].is_text() ? number_in(row[n].text)
                                                      : std::nullopt;
        if (!v) continue;
        total = term(*v, *row_power);
        label = cell + " " + without_spaces(row[n].text);
      }
    }
  }
  if (name.empty() || !total) return;
  side[key_of(unit, name)].push_back(
      {*total, "'" + table_name(t) + "' 项目名称 " + name + ", " + label, table_name(t)});
}

Side targets_side(const Document& doc, bool by_unit) {
  Side side;
  for (const Table* t : tables_of(doc, TableKind::PerformanceTargetsProject)) {
    if (!money_columns(*t).empty() && name_column(*t))
      read_list(*t, true, by_unit, side);
    else
      read_card(*t, by_unit, side);
  }
  return side;
}

Side projects_side(const Document& doc, bool by_unit) {
  Side side;
  for (const Table* t : tables_of(doc, TableKind::ProjectExpenditure))
    read_list(*t, false, by_unit, side);
  return side;
}

void compare(const Amount& target, const Amount& project, std::vector<Check>& out) {
  SumSpec s;
  s.identity = std::string(kIdentity);
  s.tables = {target.table};
  if (project.table != target.table) s.tables.push_back(project.table);
  s.location = target.where + " = " + project.where;
  s.total = target.term;
  s.parts = {project.term};
  s.independent_rounding = true;  // each table rounds its own figures
  if (auto c = judge_sum(s)) {
    if (c->verdict == Verdict::SourceError)
      c->note =
          "the performance target and the 项目支出 table give the project different "
          "amounts: " +
          c->note;
    out.push_back(std::move(*c));
  }
}

// Pairs the names found once on each side; returns the names printed more than once.
std::set<std::string> pair_up(const Side& targets, const Side& projects, std::vector<Check>& out) {
  std::set<std::string> twice;
  for (const auto& [key, amounts] : targets) {
    auto it = projects.find(key);
    if (it == projects.end()) continue;
    if (amounts.size() != 1 || it->second.size() != 1) {
      twice.insert(key);
      continue;
    }
    compare(amounts.front(), it->second.front(), out);
  }
  return twice;
}

}  // namespace

void check_performance_targets(const Document& doc, std::vector<Check>& out) {
  if (tables_of(doc, TableKind::PerformanceTargetsProject).empty() ||
      tables_of(doc, TableKind::ProjectExpenditure).empty())
    return;
  std::set<std::string> twice = pair_up(targets_side(doc, false), projects_side(doc, false), out);
  if (twice.empty()) return;
  // Names shared by several units' projects: by unit, where both sides print it.
  Side targets = targets_side(doc, true), projects = projects_side(doc, true);
  std::set<std::string> still;
  for (const std::string& name : twice) {
    bool paired = false;
    for (const auto& [key, amounts] : targets) {
      if (!key.ends_with("|" + name) || amounts.size() != 1) continue;
      auto it = projects.find(key);
      if (it == projects.end() || it->second.size() != 1) continue;
      compare(amounts.front(), it->second.front(), out);
      paired = true;
    }
    if (!paired) still.insert(name);
  }
  if (still.empty()) return;
  Check c;
  c.identity = std::string(kIdentity);
  c.verdict = Verdict::NotChecked;
  std::string names;
  for (const auto& n : still) names += (names.empty() ? "" : ", ") + n;
  c.location = names;
  c.note = std::to_string(still.size()) +
           " project name(s) printed more than once, with no unit to tell them apart: not paired";
  out.push_back(std::move(c));
}

}  // namespace gongkai::check::detail
