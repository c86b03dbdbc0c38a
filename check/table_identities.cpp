// Identities inside one table. Rows and columns are found by their words and codes; a family
// whose rows or columns are not there is simply not checked.
#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "check/identities.h"
#include "check/row_sums.h"
#include "check/sum_check.h"
#include "check/table_view.h"
#include "check/three_public.h"
#include "normalize/vocabulary.h"

namespace gongkai::check::detail {
namespace {

using Rows = std::vector<std::size_t>;
using Cols = std::vector<std::size_t>;

// A group's own total is named by its group ("公务用车购置及运行维护费/小计"), not "小计".
std::string join_names(const Table& t, const Cols& cols) {
  std::string out;
  for (std::size_t c : cols) {
    std::string_view name = last_segment(t.columns[c]);
    std::string_view prefix = column_prefix(t.columns[c]);
    std::string part = is_total_column_name(name) && !prefix.empty()
                           ? std::string(last_segment(prefix)) + "/" + std::string(name)
                           : std::string(name);
    out += (out.empty() ? "" : " + ") + part;
  }
  return out;
}

// For each money column: total_row = Σ part_rows.
void sum_rows(const Table& t, const std::string& identity, const std::string& location,
              std::size_t total_row, const Rows& part_rows, bool empty_parts_is_doubt,
              std::vector<Check>& out) {
  detail::rows_sum(t, identity, location, total_row, part_rows, money_columns(t),
                   empty_parts_is_doubt, out);
}

// ---- row totals: a 合计/小计 column = the columns of its header group -----------------------

// A header group that breaks out another dimension of the money beside it: government
// procurement is bought out of the spending the other columns already divide.
bool is_cross_cutting_group(std::string_view group) {
  return contains(without_spaces(group), "政府采购");
}

// "“三公”经费合计" printed beside 会议费 and 培训费 (一般公共预算“三公”经费、会议费、培训费支出表)
// totals the 三公 items only: the columns beside it that name something else are not its parts.
Cols without_non_public_parts(const Table& t, std::size_t total_col, Cols parts) {
  if (public_item_of_column(t.columns[total_col]) != PublicItem::Total) return parts;
  std::erase_if(parts, [&](std::size_t c) {
    auto item = public_item_of_column(t.columns[c]);
    if (item) return !is_part_of_public_total(*item);
    return contains(t.columns[c], "机关运行") || contains(t.columns[c], "行政经费");
  });
  return parts;
}

// The parts of a total column: the other money columns under the same header prefix; a
// sub-group counts through its own total column when it has one, even when the rest of the
// group is 其中 columns ("一般公共预算拨款/小计" beside "其中:专项资金…": the 小计 is the
// source, the 其中 breaks it down). Subset columns (其中 …, 扣除…后) are never parts, and
// neither is a group that breaks out another dimension of the same money (政府采购: "2026年政府
// 采购项目/小计" with its 其中 columns). Empty when it cannot be told (a second total at the
// same level). Carry-over columns beside a top-level 合计 are parts: a 收入总表's 合计 is every
// source.
// "小计 | 其中：基本支出 | 项目支出": a 其中 right after a total, with a plain column after it,
// opens the list of the total's parts (the first of them only carries the word); it is no memo.
std::optional<std::size_t> opening_part(const Table& t, const Cols& money, std::size_t total_col) {
  auto at = std::find(money.begin(), money.end(), total_col);
  if (at == money.end() || at + 2 >= money.end()) return std::nullopt;
  const std::size_t first = *(at + 1), second = *(at + 2);
  if (first != total_col + 1 || second != first + 1) return std::nullopt;
  const std::string_view prefix = column_prefix(t.columns[total_col]);
  for (std::size_t c : {first, second})
    if (column_prefix(t.columns[c]) != prefix) return std::nullopt;
  if (!is_subset_column_name(t.columns[first]) || is_subset_column_name(t.columns[second]) ||
      is_total_column_name(t.columns[second]))
    return std::nullopt;
  return first;
}

Cols parts_of(const Table& t, const Cols& money, std::size_t total_col) {
  std::string_view prefix = column_prefix(t.columns[total_col]);
  const auto opening = opening_part(t, money, total_col);
  struct Group {
    std::optional<std::size_t> total;
  };
  std::map<std::string, Group> groups;                      // sub-group → its total
  std::vector<std::pair<std::string, std::size_t>> leaves;  // (sub-group or "", column)
  for (std::size_t c : money) {
    if (c == total_col) continue;
    std::string_view name = t.columns[c];
    std::string_view rel = name;
    if (!prefix.empty()) {
      if (name.size() <= prefix.size() + 1 || name.substr(0, prefix.size()) != prefix ||
          name[prefix.size()] != '/')
        continue;
      rel = name.substr(prefix.size() + 1);
    }
    auto slash = rel.find('/');
    if (slash == std::string_view::npos) {
      if (is_subset_column_name(name) && c != opening) continue;
      if (is_total_column_name(rel)) return {};  // two totals side by side: ambiguous
      leaves.emplace_back("", c);
      continue;
    }
    std::string group(rel.substr(0, slash));
    Group& g = groups[group];
    if (is_total_column_name(rel.substr(slash + 1)) &&
        rel.find('/', slash + 1) == std::string_view::npos)
      g.total = c;
    leaves.emplace_back(group, c);
  }
  Cols parts;
  std::set<std::string> used_groups;
  for (auto& [group, c] : leaves) {
    if (group.empty()) {
      parts.push_back(c);
      continue;
    }
    const Group& g = groups[group];
    if (is_cross_cutting_group(group)) continue;
    if (g.total) {
      if (used_groups.insert(group).second) parts.push_back(*g.total);
    } else if (!is_subset_column_name(t.columns[c])) {
      parts.push_back(c);
    }
  }
  std::sort(parts.begin(), parts.end());
  return without_non_public_parts(t, total_col, std::move(parts));
}

void row_totals(const Table& t, const std::vector<std::string>& codes, std::vector<Check>& out) {
  Cols money = money_columns(t);
  for (std::size_t total_col : money) {
    if (!is_total_column_name(t.columns[total_col]) || is_subset_column_name(t.columns[total_col]))
      continue;
    Cols parts = parts_of(t, money, total_col);
    if (parts.empty()) continue;
    std::string where = ", column '" + t.columns[total_col] + "' = " + join_names(t, parts);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      if (is_column_number_row(t, r)) continue;
      SumSpec s;
      s.identity = "row_total_equals_parts";
      s.tables = {table_name(t)};
      s.location = describe_row(t, r, codes[r]) + where;
      s.total = cell_term(t, r, total_col);
      for (std::size_t c : parts) s.parts.push_back(cell_term(t, r, c));
      // A number that fell into a column outside the group (上年结转, 行次 …) explains a gap.
      s.slid = [&t, r, total_col, parts, money](Decimal diff,
                                                Decimal tolerance) -> std::optional<std::string> {
        for (std::size_t c : money) {
          if (c == total_col || std::count(parts.begin(), parts.end(), c)) continue;
          auto v = amount(t, r, c);
          if (v && (*v - diff.abs()).abs() <= tolerance)
            return "difference " + diff.abs().to_string() +
                   " equals the value in the neighbouring column '" + t.columns[c] +
                   "' of the same row: a value may have slid columns";
        }
        return std::nullopt;
      };
      // Rows whose parts are all empty print a total alone (a label row, a bare 合计): no check.
      if (auto c = judge_sum(s)) out.push_back(std::move(*c));
    }
  }
}

// ---- code hierarchy: 类 = Σ款, 款 = Σ项; the 合计 row = Σ top-level codes -------------------

// The rows a parent's children may be found in. A code printed once owns every row under it
// wherever it stands. A code printed as a parent more than once (301 工资福利支出 once beside
// 501 机关工资福利支出 and again beside 505 对事业单位经常性补助, when two classifications stand
// side by side) owns only the rows printed after it, up to the next row that is not under it.
std::pair<std::size_t, std::size_t> child_range(const std::vector<std::string>& codes,
                                                std::size_t parent) {
  const std::string& p = codes[parent];
  if (std::count(codes.begin(), codes.end(), p) < 2) return {0, codes.size()};
  std::size_t end = parent + 1;
  while (end < codes.size() &&
         (codes[end].empty() || (codes[end].size() > p.size() && codes[end].rfind(p, 0) == 0)))
    ++end;
  return {parent + 1, end};
}

// The rows one level below `parent` (empty for a leaf); nullopt when a deeper code under it
// belongs to none of them (3012 beside 30101: a 款 printed "2" for "02"), for the levels cannot
// then be told.
std::optional<Rows> children_of(const std::vector<std::string>& codes, std::size_t parent) {
  const std::string& p = codes[parent];
  auto [from, to] = child_range(codes, parent);
  std::size_t child_len = std::string::npos;
  for (std::size_t r = from; r < to; ++r)
    if (codes[r].size() > p.size() && codes[r].rfind(p, 0) == 0)
      child_len = std::min(child_len, codes[r].size());
  Rows out;
  for (std::size_t r = from; r < to; ++r)
    if (codes[r].size() == child_len && codes[r].rfind(p, 0) == 0) out.push_back(r);
  for (std::size_t r = from; r < to; ++r) {
    const std::string& c = codes[r];
    if (c.size() <= child_len || c.rfind(p, 0) != 0) continue;
    bool placed = std::any_of(out.begin(), out.end(),
                              [&](std::size_t k) { return c.rfind(codes[k], 0) == 0; });
    if (!placed) return std::nullopt;
  }
  return out;
}

// The rows at the bottom of `row`'s sub-codes (the row itself when it has none); nullopt when
// some level cannot be told.
std::optional<Rows> items_under(const std::vector<std::string>& codes, std::size_t row) {
  std::optional<Rows> kids = children_of(codes, row);
  if (!kids) return std::nullopt;
  if (kids->empty()) return Rows{row};
  Rows items;
  for (std::size_t k : *kids) {
    auto below = items_under(codes, k);
    if (!below) return std::nullopt;
    items.insert(items.end(), below->begin(), below->end());
  }
  return items;
}

// A parent whose sub-codes cannot be sorted into levels is listed, not silently passed over.
Check levels_not_told(const Table& t, const CodedHalf& half, std::size_t parent) {
  Check c;
  c.identity = "parent_equals_children";
  c.tables = {table_name(t)};
  c.location = describe_row(t, parent, half.codes[parent], half) + " = Σ its sub-codes";
  c.verdict = Verdict::NotChecked;
  c.note =
      "its sub-codes are printed at mixed lengths (a 款 or 项 without its leading 0), so "
      "which rows are its children cannot be told";
  return c;
}

// ---- rows whose code cells spell no 科目编码 ------------------------------------------------

// The parents an unread row may be a child of: the nearest coded row above it and that row's
// ancestors printed above it (21011 and 210 above "7 | 11 | 02").
Rows open_chain(const std::vector<std::string>& codes, std::size_t row) {
  Rows chain;
  for (std::size_t r = row; r-- > 0;) {
    if (codes[r].empty()) continue;
    if (chain.empty() || (codes[r].size() < codes[chain.back()].size() &&
                          codes[chain.back()].rfind(codes[r], 0) == 0))
      chain.push_back(r);
  }
  return chain;
}

// Which parents cannot be summed because of the unread rows, and whether the total cannot be.
// A row printing its 项 (or 款) cell is a child of the 款 (or 类) above it; a 类 of unknown code
// is one of the total's top-level rows; a code in one cell may stand at any level.
struct UnsureSums {
  std::map<std::size_t, std::size_t> parents;  // parent row → the unread row that makes it unsure
  std::optional<std::size_t> total;            // an unread row the total may count
};

UnsureSums unsure_sums(const CodedHalf& half) {
  UnsureSums out;
  for (std::size_t u = 0; u < half.unread.size(); ++u) {
    if (!half.unread[u]) continue;
    std::size_t level = *half.unread[u];
    Rows chain = open_chain(half.codes, u);
    std::size_t parent_width = level == 3 ? 5 : level == 2 ? 3 : 0;
    auto parent = std::find_if(chain.begin(), chain.end(),
                               [&](std::size_t r) { return half.codes[r].size() == parent_width; });
    if (parent != chain.end()) {
      out.parents.emplace(*parent, u);
      continue;
    }
    if (level != 1)
      for (std::size_t r : chain) out.parents.emplace(r, u);
    if (!out.total) out.total = u;
  }
  return out;
}

// A check not made because an unread row may be one of its parts.
Check unsure_sum(const Table& t, const std::string& identity, const std::string& location,
                 std::size_t unread_row) {
  std::string cells;
  for (std::size_t c = 0; c < t.rows[unread_row].size() && c < t.roles.size(); ++c)
    if (t.roles[c] == ColumnRole::Code && t.rows[unread_row][c].is_text())
      cells += (cells.empty() ? "" : " | ") + t.rows[unread_row][c].text;
  Check c;
  c.identity = identity;
  c.tables = {table_name(t)};
  c.location = location;
  c.verdict = Verdict::NotChecked;
  c.note = "row " + row_label(t, unread_row) + " prints code cells '" + cells +
           "' that spell no 科目编码, so whether it is one of the parts cannot be told";
  return c;
}

std::optional<std::size_t> total_row(const Table& t, const std::vector<std::string>& codes) {
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    if (codes[r].empty() && normalize::names_the_grand_total(row_label(t, r))) return r;
  return std::nullopt;
}

// The total of a half printed beside another: its first uncoded row whose label in the half
// names a total (人员经费合计 under the 工资福利 half, 公用经费合计 under the other).
std::optional<std::size_t> total_row(const Table& t, const CodedHalf& half) {
  if (half.whole) return total_row(t, half.codes);
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    if (!half.codes[r].empty()) continue;
    if (normalize::names_a_total(row_label(t, r, half))) return r;
  }
  return std::nullopt;
}

// 类 = Σ款, 款 = Σ项 among the rows that have codes; `total` (the 合计 row, or a unit's line) =
// Σ the rows with the shortest codes. Each half of a table printed in halves is summed in its own
// money columns.
void code_hierarchy(const Table& t, const CodedHalf& half, std::optional<std::size_t> total,
                    std::vector<Check>& out) {
  const std::vector<std::string>& codes = half.codes;
  UnsureSums unsure = unsure_sums(half);
  std::size_t shortest = std::string::npos;
  for (std::size_t r = 0; r < codes.size(); ++r) {
    if (codes[r].empty()) continue;
    shortest = std::min(shortest, codes[r].size());
    if (auto u = unsure.parents.find(r); u != unsure.parents.end()) {
      out.push_back(unsure_sum(t, "parent_equals_children",
                               describe_row(t, r, codes[r], half) + " = Σ its sub-codes",
                               u->second));
      continue;
    }
    std::optional<Rows> kids = children_of(codes, r);
    if (!kids) {
      out.push_back(levels_not_told(t, half, r));
      continue;
    }
    detail::rows_sum(t, "parent_equals_children",
                     describe_row(t, r, codes[r], half) + " = Σ its sub-codes", r, *kids,
                     half.money, true, out);
  }
  if (shortest == std::string::npos || !total) return;
  Rows top;  // the total itself may print the block's code (a unit's line in a procurement list)
  for (std::size_t r = 0; r < codes.size(); ++r)
    if (codes[r].size() == shortest && r != *total) top.push_back(r);
  std::vector<Rows> items;  // of each top-level row, for a total added up from the items
  for (std::size_t r : top)
    if (auto under = items_under(codes, r)) items.push_back(std::move(*under));
  std::string where = describe_row(t, *total, "", half) + " = Σ rows with " +
                      std::to_string(shortest) + "-digit codes";
  if (unsure.total)
    out.push_back(unsure_sum(t, "total_row_equals_top_level_rows", where, *unsure.total));
  else
    detail::rows_sum(t, "total_row_equals_top_level_rows", where, *total, top, half.money, true,
                     out, items.size() == top.size() ? &items : nullptr);
}

// The whole table as one half with the given codes (a unit's block, the department's rows).
CodedHalf whole_half(const Table& t, std::vector<std::string> codes,
                     std::vector<std::optional<std::size_t>> unread) {
  std::vector<bool> in_label(codes.size(), false);
  return CodedHalf{whole_table(t),   true, std::move(codes), std::move(in_label), money_columns(t),
                   std::move(unread)};
}

// ---- economic classification without codes: group rows followed by their items ------------

bool is_economic_group(std::string_view label) {
  static const std::array<std::string_view, 14> groups = {
      "工资福利支出",         "商品和服务支出",      "对个人和家庭的补助", "对个人和家庭补助",
      "资本性支出",           "对企业补助",          "债务利息及费用支出", "对社会保障基金补助",
      "机关工资福利支出",     "机关商品和服务支出",  "机关资本性支出(一)", "机关资本性支出(二)",
      "对事业单位经常性补助", "对事业单位资本性补助"};
  return std::find(groups.begin(), groups.end(), label) != groups.end();
}

// A procurement table lists what is bought under 经济科目 words: its "商品和服务支出" rows are
// items, not the groups of an economic classification.
bool lists_economic_groups(const Table& t) {
  return t.kind != TableKind::GovernmentProcurement && !contains(t.title, "采购");
}

// The economic groups among rows [first, end) = Σ the items under each; `total` (the 合计 row,
// or a unit's line) = Σ the groups.
void economic_groups(const Table& t, const std::vector<std::string>& codes, std::size_t first,
                     std::size_t end_row, std::optional<std::size_t> total,
                     std::vector<Check>& out) {
  if (!lists_economic_groups(t)) return;
  if (std::any_of(codes.begin(), codes.end(), [](auto& c) { return !c.empty(); })) return;
  Rows groups;
  for (std::size_t r = first; r < end_row; ++r)
    if (is_economic_group(row_label(t, r))) groups.push_back(r);
  // One name alone may be an item that shares a group's name; a unit's block may hold one group.
  if (groups.size() < 2 && !(total && block_of(t, *total))) return;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    Rows items;
    std::size_t end = g + 1 < groups.size() ? groups[g + 1] : end_row;
    for (std::size_t r = groups[g] + 1; r < end; ++r) {
      std::string label = row_label(t, r);
      if (normalize::names_the_grand_total(label)) break;
      if (!label.empty() && !is_column_number_row(t, r)) items.push_back(r);
    }
    sum_rows(t, "group_equals_items", describe_row(t, groups[g], "") + " = Σ its items", groups[g],
             items, true, out);
  }
  if (total)
    sum_rows(t, "total_row_equals_groups", describe_row(t, *total, "") + " = Σ economic groups",
             *total, groups, true, out);
}

std::optional<std::size_t> first_total_label_row(const Table& t) {
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    std::string label = row_label(t, r);
    if (!is_economic_group(label) && normalize::names_the_grand_total(label)) return r;
  }
  return std::nullopt;
}

// ---- unit blocks: identities inside each 预算单位's block, and over the blocks ---------------

// Codes of rows [first, last] only; "" elsewhere.
template <typename T>
std::vector<T> codes_within(const std::vector<T>& codes, std::size_t first, std::size_t last) {
  std::vector<T> out(codes.size());
  for (std::size_t r = first; r <= last && r < codes.size(); ++r) out[r] = codes[r];
  return out;
}

// A check that cannot be made on a table whose rows go on in the next table.
void not_checked(const Table& t, const std::string& identity, const std::string& location,
                 std::vector<Check>& out) {
  Check c;
  c.identity = identity;
  c.tables = {table_name(t)};
  c.location = location;
  c.verdict = Verdict::NotChecked;
  c.note =
      "the table goes on in the next one (same title, next page) whose columns could not be "
      "joined to it: this unit's rows, and the units after it, are not all here";
  out.push_back(std::move(c));
}

void unit_blocks(const Table& t, const std::vector<std::string>& codes, bool continued,
                 std::vector<Check>& out) {
  // The department's own rows (合计, the department's line, department-level 类 rows).
  std::vector<std::optional<std::size_t>> unread = unread_codes(t);
  std::vector<std::string> own = codes;
  std::vector<std::optional<std::size_t>> own_unread = unread;
  for (const UnitBlock& b : t.unit_blocks)
    for (std::size_t r = b.first; r <= b.last; ++r) {
      own[r].clear();
      own_unread[r].reset();
    }
  auto total = department_total_row(t, codes);
  code_hierarchy(t, whole_half(t, own, own_unread), total, out);
  bool headers = true;
  Rows lines;
  for (const UnitBlock& b : t.unit_blocks) {
    headers = headers && b.header;
    lines.push_back(b.first);
    if (continued && &b == &t.unit_blocks.back()) {
      bool coded = std::any_of(codes.begin() + static_cast<std::ptrdiff_t>(b.first),
                               codes.begin() + static_cast<std::ptrdiff_t>(b.last) + 1,
                               [](const std::string& c) { return !c.empty(); });
      bool grouped = false;
      for (std::size_t r = b.first; r <= b.last; ++r)
        grouped = grouped || is_economic_group(row_label(t, r));
      if (b.header && (coded || grouped))  // a check that would have been made on a whole block
        not_checked(t, coded ? "total_row_equals_top_level_rows" : "total_row_equals_groups",
                    describe_row(t, b.first, "") + " = Σ its rows", out);
      continue;
    }
    std::vector<std::string> mine = codes_within(codes, b.first, b.last);
    std::optional<std::size_t> line;
    if (b.header) line = b.first;
    // A unit's line that prints a 科目 code is an entry of a list coded on every row (a
    // procurement list: 项, 全额, units, items), not the top of a 类/款/项 hierarchy.
    if (b.header && !codes[b.first].empty()) {
      Rows items;
      for (std::size_t r = b.first + 1; r <= b.last; ++r)
        if (!row_label(t, r).empty()) items.push_back(r);
      sum_rows(t, "unit_line_equals_items", describe_row(t, b.first, "") + " = Σ its items",
               b.first, items, true, out);
    } else {
      code_hierarchy(t, whole_half(t, mine, codes_within(unread, b.first, b.last)), line, out);
    }
    economic_groups(t, mine, b.header ? b.first + 1 : b.first, b.last + 1, line, out);
  }
  // The department's 合计 and its own line = Σ the units' lines; a department-level row = Σ that
  // row over the units.
  if (headers) {
    std::optional<std::size_t> line = department_line(t, codes);
    for (auto row : {total, line == total ? std::nullopt : line}) {
      if (!row) continue;
      std::string where = describe_row(t, *row, "") + " = Σ units' lines";
      if (continued)
        not_checked(t, "total_row_equals_units", where, out);
      else
        sum_rows(t, "total_row_equals_units", where, *row, lines, true, out);
    }
  }
  // Only where each unit's line heads its block: in lists that print the code on every row
  // (procurement: 项, then units, then items, all under one code) the rows are not totals.
  if (!headers || !lists_economic_groups(t)) return;
  for (std::size_t r = 0; r < own.size(); ++r) {
    if (own[r].empty()) continue;
    Rows same;
    for (std::size_t u = 0; u < codes.size(); ++u)
      if (block_of(t, u) && codes[u] == own[r]) same.push_back(u);
    sum_rows(t, "department_row_equals_units",
             describe_row(t, r, own[r]) + " = Σ that row over the units", r, same, true, out);
  }
}

// ---- 三公经费: 合计 = 因公出国(境) + 公务接待 + 公务用车购置及运行; 公务用车 = 购置 + 运行 ----

std::optional<std::size_t> find_row(const Table& t, auto&& predicate) {
  std::optional<std::size_t> found;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    if (!predicate(row_label(t, r))) continue;
    if (found) return std::nullopt;  // two candidates: cannot tell which is meant
    found = r;
  }
  return found;
}

std::optional<std::size_t> item_row(const Table& t, PublicItem item) {
  return find_row(t, [item](std::string_view l) { return public_item(l) == item; });
}

void three_public(const Table& t, std::vector<Check>& out) {
  if (t.kind != TableKind::ThreePublicExpenses && !contains(t.title, "三公")) return;
  auto abroad = item_row(t, PublicItem::Abroad);
  auto reception = item_row(t, PublicItem::Reception);
  auto vehicle = item_row(t, PublicItem::Vehicle);
  auto purchase = item_row(t, PublicItem::VehiclePurchase);
  auto running = item_row(t, PublicItem::VehicleOperation);
  // The row that names 三公 is its total ("“三公”经费", "三公经费合计"); a bare 合计 is, unless the
  // table also lists 会议费/培训费, 机关运行经费 or 行政经费 (then it totals those too).
  auto total = item_row(t, PublicItem::Total);
  if (!total) {
    bool others = false;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      std::string l = row_label(t, r);
      auto item = public_item(l);
      others |= (item && !is_part_of_public_total(*item)) || contains(l, "机关运行") ||
                contains(l, "行政经费");
    }
    if (!others)
      total = find_row(t, [](std::string_view l) { return normalize::names_the_grand_total(l); });
  }
  if (total && abroad && reception && vehicle)
    sum_rows(t, "three_public_total",
             describe_row(t, *total, "") + " = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费",
             *total, {*abroad, *reception, *vehicle}, true, out);
  if (vehicle && purchase && running)
    sum_rows(t, "vehicle_equals_purchase_plus_operation",
             describe_row(t, *vehicle, "") + " = 购置费 + 运行维护费", *vehicle,
             {*purchase, *running}, true, out);
}

// ---- 机关运行经费 by unit: 部门合计 = Σ units -------------------------------------------------

void agency_units(const Table& t, const std::vector<std::string>& codes, std::vector<Check>& out) {
  if (t.kind != TableKind::AgencyOperatingExpenses) return;
  if (std::any_of(codes.begin(), codes.end(), [](auto& c) { return !c.empty(); })) return;
  std::optional<std::size_t> total;
  Rows units;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    std::string label = row_label(t, r);
    if (label.empty() || is_column_number_row(t, r)) continue;
    if (normalize::names_the_grand_total(label) && !total)
      total = r;
    else
      units.push_back(r);
  }
  if (total && units.size() >= 2)
    sum_rows(t, "total_row_equals_units", describe_row(t, *total, "") + " = Σ units", *total, units,
             true, out);
}

}  // namespace

void check_table(const Table& table, std::vector<Check>& out, bool continued) {
  if (table.empty || table.rows.empty()) return;
  std::vector<std::string> codes = row_codes(table);
  row_totals(table, codes, out);
  if (table.unit_blocks.empty()) {
    // The codes of every half, those printed in labels too: rows the hierarchy sums are no
    // economic groups nor units.
    std::vector<std::string> coded(table.rows.size());
    for (const CodedHalf& half : coded_halves(table)) {
      code_hierarchy(table, half, total_row(table, half), out);
      for (std::size_t r = 0; r < coded.size(); ++r)
        if (coded[r].empty()) coded[r] = half.codes[r];
    }
    economic_groups(table, coded, 0, table.rows.size(), first_total_label_row(table), out);
    agency_units(table, coded, out);
  } else {
    unit_blocks(table, codes, continued, out);
  }
  three_public(table, out);
}

}  // namespace gongkai::check::detail
