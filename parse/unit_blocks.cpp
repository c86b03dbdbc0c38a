#include "parse/unit_blocks.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "normalize/regex.h"
#include "normalize/vocabulary.h"
#include "parse/patterns.h"

namespace gongkai::parse {
namespace {

using Blocks = std::vector<UnitBlock>;

std::string without_spaces(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != ' ' && c != '\t') out.push_back(c);
  return out;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string text_at(const Table& t, std::size_t r, std::size_t c) {
  if (c >= t.rows[r].size() || !t.rows[r][c].is_text()) return {};
  return without_spaces(t.rows[r][c].text);
}

bool has_role(const Table& t, std::size_t c, ColumnRole role) {
  return c < t.roles.size() && t.roles[c] == role;
}

bool has_amount(const Table& t, std::size_t r) {
  for (std::size_t c = 0; c < t.rows[r].size(); ++c)
    if (has_role(t, c, ColumnRole::Amount) && t.rows[r][c].is_amount()) return true;
  return false;
}

bool has_code(const Table& t, std::size_t r) {
  for (std::size_t c = 0; c < t.rows[r].size(); ++c)
    if (has_role(t, c, ColumnRole::Code) && !t.rows[r][c].is_null()) return true;
  return false;
}

// The first non-empty Label cell's column, if any.
std::optional<std::size_t> label_column(const Table& t, std::size_t r) {
  for (std::size_t c = 0; c < t.rows[r].size(); ++c)
    if (has_role(t, c, ColumnRole::Label) && !text_at(t, r, c).empty()) return c;
  return std::nullopt;
}

std::string label_of(const Table& t, std::size_t r) {
  auto c = label_column(t, r);
  return c ? text_at(t, r, *c) : std::string{};
}

// A row whose label says total (合计 …), in a label column or across the merged code cells.
bool is_total_row(const Table& t, std::size_t r) {
  for (std::size_t c = 0; c < t.rows[r].size(); ++c) {
    if (has_role(t, c, ColumnRole::Amount)) continue;
    std::string s = text_at(t, r, c);
    if (!s.empty() && !all_digits(s)) return normalize::names_a_total(s);
  }
  return false;
}

// Label cells of the row other than column `except` hold nothing.
bool only_label_is(const Table& t, std::size_t r, std::size_t except) {
  for (std::size_t c = 0; c < t.rows[r].size(); ++c)
    if (c != except && has_role(t, c, ColumnRole::Label) && !text_at(t, r, c).empty()) return false;
  return true;
}

// An organisation's name, a trailing bracketed alias allowed ("…气象中心(广州市气候变化中心)").
bool reads_as_unit(const std::string& name) {
  static const normalize::Regex alias(R"(\([^()]*\)$)");
  if (looks_like_organization(name)) return true;
  std::string bare = name;
  return RE2::Replace(&bare, alias, "") && looks_like_organization(bare);
}

// ---- the department's own line before the blocks --------------------------------------------

bool is_own_level(std::string_view unit, std::string_view department) {
  if (!unit.starts_with(department)) return false;
  std::string_view rest = unit.substr(department.size());
  return rest == "(本级)" || rest == "本级" || rest == "(机关本级)" || rest == "机关本级" ||
         rest == "机关";
}

// A first block that is the department's line rather than a unit: the next block is its 本级
// (same name, or with 本级); or, when no total is printed above it, it is the department by name,
// or a lone line right above the next block while the blocks hold rows of their own.
void drop_department_line(const Table& t, Blocks& blocks, const std::string& department) {
  if (blocks.size() < 2) return;
  const UnitBlock& b0 = blocks[0];
  const UnitBlock& b1 = blocks[1];
  // 合计, then 某局 (the department), then right under it 某局(本级) or, on one line, 某局 again.
  bool line = b0.header && b0.first == b0.last;
  bool adjacent = b1.first == b0.last + 1;
  if (adjacent && (is_own_level(b1.name, b0.name) || (line && b1.name == b0.name))) {
    blocks.erase(blocks.begin());
    return;
  }
  for (std::size_t r = 0; r < b0.first; ++r)
    if (is_total_row(t, r)) return;
  bool named_department = !department.empty() && b0.name == department;
  bool children = std::any_of(blocks.begin() + 1, blocks.end(),
                              [](const UnitBlock& b) { return b.last > b.first; });
  if (line && (named_department || (adjacent && children))) blocks.erase(blocks.begin());
}

// ---- a 单位编码 column -----------------------------------------------------------------------

// A column of units' numbers by its header: 单位编码, 预算单位代码, 部门代码 (under which the
// department's own code, 305, comes first, then each unit's, 305001 …: a table by unit, not a 科目
// hierarchy).
bool names_unit_codes(std::string_view column) {
  static const normalize::Regex header(
      R"((?:^|/)(?:预算)?(?:单位|部门|部门\(单位\))(?:编码|代码|编号)$)");
  return RE2::PartialMatch(without_spaces(column), header);
}

// A column of units' numbers by its cells, whatever its header (编码, 代码): codes of 3 and 6
// digits only, some of 6. A 科目编码 has 3, 5 or 7 digits, never 6; a header that names 科目 or a
// classification keeps its column.
bool holds_unit_codes(const Table& t, std::size_t c) {
  static const normalize::Regex subject(R"(科目|功能|经济|分类)");
  if (RE2::PartialMatch(t.columns[c], subject)) return false;
  bool six = false;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    std::string s = text_at(t, r, c);
    if (!all_digits(s)) continue;
    if (s.size() != 3 && s.size() != 6) return false;
    six = six || s.size() == 6;
  }
  return six;
}

// Marks 单位编码 columns (with codes of 3 digits or more in them) as Unit; true when one was.
bool mark_unit_code_columns(Table& t) {
  bool any = false;
  for (std::size_t c = 0; c < t.roles.size(); ++c) {
    if (t.roles[c] != ColumnRole::Code) continue;
    bool codes = false;
    if (names_unit_codes(t.columns[c])) {
      for (std::size_t r = 0; r < t.rows.size() && !codes; ++r) {
        std::string s = text_at(t, r, c);
        codes = all_digits(s) && s.size() >= 3;
      }
    } else {
      codes = holds_unit_codes(t, c);
    }
    if (codes) t.roles[c] = ColumnRole::Unit;
    any = any || codes;
  }
  return any;
}

std::string unit_code(const Table& t, std::size_t r) {
  std::string code;
  for (std::size_t c = 0; c < t.rows[r].size(); ++c) {
    if (!has_role(t, c, ColumnRole::Unit)) continue;
    std::string s = text_at(t, r, c);
    if (all_digits(s)) code = s;
  }
  return code;
}

std::optional<std::size_t> unit_name_column(const Table& t) {
  static const normalize::Regex header(R"((?:^|/)(?:二级)?(?:预算单位|单位名称|预算单位名称)$)");
  for (std::size_t c = 0; c < t.roles.size(); ++c)
    if (t.roles[c] == ColumnRole::Label && RE2::PartialMatch(without_spaces(t.columns[c]), header))
      return c;
  return std::nullopt;
}

// Rows that carry a unit code of 3 digits or more open (or, printed again, continue) its block;
// a code that opens longer ones (153 before 153001) is the department's, a short one (1 全额) a
// group of units: both are department-level, like 合计.
Blocks blocks_by_code(const Table& t, std::optional<std::size_t> name_col) {
  std::vector<std::string> codes(t.rows.size());
  for (std::size_t r = 0; r < t.rows.size(); ++r) codes[r] = unit_code(t, r);
  std::set<std::string> departments;
  for (const auto& a : codes)
    for (const auto& b : codes)
      if (!a.empty() && b.size() > a.size() && b.starts_with(a)) departments.insert(a);
  Blocks blocks;
  bool open = false;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const std::string& code = codes[r];
    if (code.empty()) {
      if (open && is_total_row(t, r)) open = false;
      if (open) blocks.back().last = r;
      continue;
    }
    if (code.size() < 3 || departments.contains(code)) {
      open = false;
      continue;
    }
    auto name_at = name_col ? name_col : label_column(t, r);
    std::string name = name_at ? text_at(t, r, *name_at) : std::string{};
    if (open && blocks.back().code == code && blocks.back().name == name) {
      blocks.back().last = r;
      continue;
    }
    // The unit's line names it and nothing else (a 类/款/项 printed on every row allowed).
    UnitBlock b{name, code, r, r, false};
    b.header = !name_at || only_label_is(t, r, *name_at);
    blocks.push_back(std::move(b));
    open = true;
  }
  return blocks;
}

// ---- a 预算单位 column ------------------------------------------------------------------------

Blocks blocks_by_column(Table& t, std::size_t name_col) {
  Blocks blocks;
  bool open = false;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    std::string name = text_at(t, r, name_col);
    if (name.empty()) {
      if (open && is_total_row(t, r)) open = false;
      if (open) blocks.back().last = r;
      continue;
    }
    // The next line of a name wrapped in its cell: no amount, right under the block's last row,
    // while the name above is not yet a whole one (a unit printed without figures keeps its own).
    if (open && !has_amount(t, r) && !has_code(t, r) && blocks.back().last + 1 == r &&
        !normalize::names_a_total(name) && !reads_as_unit(blocks.back().name)) {
      UnitBlock& b = blocks.back();
      b.name += name;
      b.last = r;
      t.rows[b.first][name_col] = Value::of_text(b.name);
      t.rows[r][name_col] = Value::null();
      continue;
    }
    if (normalize::names_a_total(name)) {
      open = false;
      continue;
    }
    UnitBlock b{name, {}, r, r, false};
    b.header = !has_code(t, r) && only_label_is(t, r, name_col);
    // Data rows that each repeat their unit's name (one row per project) make one block.
    if (open && !b.header && !blocks.back().header && blocks.back().name == name) {
      blocks.back().last = r;
      continue;
    }
    blocks.push_back(std::move(b));
    open = true;
  }
  return blocks;
}

// ---- header rows in the label column of an economic-class table -----------------------------

// The economic groups (部门预算支出经济分类 类, then 政府预算支出经济分类 类) in their printed
// order: a block's groups run in this order, so a group not after the one before starts a block.
std::optional<int> group_rank(const std::string& label) {
  static const std::array<std::string_view, 17> groups = {"工资福利支出",
                                                          "商品和服务支出",
                                                          "对个人和家庭的补助",
                                                          "对个人和家庭补助",
                                                          "债务利息及费用支出",
                                                          "资本性支出(基本建设)",
                                                          "资本性支出",
                                                          "对企业补助(基本建设)",
                                                          "对企业补助",
                                                          "对社会保障基金补助",
                                                          "机关工资福利支出",
                                                          "机关商品和服务支出",
                                                          "机关资本性支出(一)",
                                                          "机关资本性支出(二)",
                                                          "对事业单位经常性补助",
                                                          "对事业单位资本性补助",
                                                          "其他支出"};
  auto it = std::find(groups.begin(), groups.end(), label);
  if (it == groups.end()) return std::nullopt;
  int rank = static_cast<int>(it - groups.begin());
  return rank >= 3 ? rank - 1 : rank;  // 对个人和家庭(的)补助: one group
}

struct Header {
  std::size_t row = 0;
  std::vector<std::size_t> fragments;  // rows of the wrapped name, joined into it
  std::string name;
};

// A line of a wrapped name: words only, no amount, no code, not a group nor a total.
bool is_fragment(const Table& t, std::size_t r) {
  std::string label = label_of(t, r);
  return !label.empty() && !has_amount(t, r) && !has_code(t, r) && !group_rank(label) &&
         !is_total_row(t, r);
}

// The header's name with the wrapped lines around it, when they make a unit's name.
Header with_wrapped_name(const Table& t, std::size_t r) {
  Header h{r, {}, label_of(t, r)};
  std::vector<std::size_t> above, below;
  for (std::size_t a = r; a-- > 0 && is_fragment(t, a);) above.insert(above.begin(), a);
  for (std::size_t b = r + 1; b < t.rows.size() && is_fragment(t, b); ++b) below.push_back(b);
  auto joined = [&](bool use_above) {
    std::string s;
    if (use_above)
      for (std::size_t a : above) s += label_of(t, a);
    s += h.name;
    for (std::size_t b : below) s += label_of(t, b);
    return s;
  };
  if (!above.empty() && reads_as_unit(joined(true))) {
    h.fragments = above;
    h.name = joined(true);
  } else if (!below.empty() && reads_as_unit(joined(false))) {
    h.name = joined(false);
  } else {
    return h;
  }
  h.fragments.insert(h.fragments.end(), below.begin(), below.end());
  return h;
}

// Header rows: a labelled row with amounts, no code, right above an economic group (wrapped
// lines skipped), where the groups start over (a group not after the block's first) or whose name
// reads as a unit's. The one above the
// first group (after the department's lines) heads the first block.
std::vector<Header> economic_headers(const Table& t) {
  std::vector<Header> headers;
  int groups = 0;
  bool restarted = false;
  int block_first = -1;  // the rank of the current block's first group; -1 before it
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    std::string label = label_of(t, r);
    if (auto rank = group_rank(label)) {
      if (block_first < 0) block_first = *rank;
      ++groups;
      continue;
    }
    if (label.empty() || !has_amount(t, r) || has_code(t, r) || is_total_row(t, r)) continue;
    std::size_t next = r + 1;
    while (next < t.rows.size() && is_fragment(t, next)) ++next;
    if (next >= t.rows.size()) continue;
    auto next_rank = group_rank(label_of(t, next));
    if (!next_rank) continue;
    Header h = with_wrapped_name(t, r);
    // Groups out of their usual order inside one block (资本性支出 before 商品和服务支出) are no
    // new block: only going back to where the block's groups began is.
    bool restart = block_first >= 0 && *next_rank <= block_first;
    if (groups == 0 || restart || reads_as_unit(h.name)) {
      restarted = restarted || restart;
      headers.push_back(std::move(h));
      block_first = -1;
    }
  }
  // One block is no block; without a restart, every later header must read as a unit's name.
  if (headers.size() < 2 || groups < 2) return {};
  if (!restarted)
    for (std::size_t i = 1; i < headers.size(); ++i)
      if (!reads_as_unit(headers[i].name)) return {};
  return headers;
}

Blocks blocks_by_headers(Table& t) {
  if (t.kind == TableKind::GovernmentProcurement) return {};
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    if (has_code(t, r)) return {};  // coded rows are checked by their codes
  std::vector<Header> headers = economic_headers(t);
  if (headers.empty()) return {};
  // Join the wrapped names, then drop their other lines.
  std::vector<bool> drop(t.rows.size(), false);
  for (const Header& h : headers) {
    if (auto c = label_column(t, h.row)) t.rows[h.row][*c] = Value::of_text(h.name);
    for (std::size_t f : h.fragments) drop[f] = true;
  }
  std::vector<std::size_t> new_index(t.rows.size());
  std::vector<std::vector<Value>> kept;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    new_index[r] = kept.size();
    if (!drop[r]) kept.push_back(std::move(t.rows[r]));
  }
  t.rows = std::move(kept);
  Blocks blocks;
  for (std::size_t i = 0; i < headers.size(); ++i) {
    std::size_t first = new_index[headers[i].row];
    std::size_t end = i + 1 < headers.size() ? new_index[headers[i + 1].row] : t.rows.size();
    std::size_t last = first;
    for (std::size_t r = first + 1; r < end && !is_total_row(t, r); ++r) last = r;
    blocks.push_back(UnitBlock{headers[i].name, {}, first, last, true});
  }
  return blocks;
}

}  // namespace

void find_unit_blocks(Table& table, std::string_view department) {
  if (table.rows.empty() || is_performance_targets(table.kind)) return;
  bool by_code = mark_unit_code_columns(table);
  auto name_col = unit_name_column(table);
  Blocks blocks;
  if (by_code)
    blocks = blocks_by_code(table, name_col);
  else if (name_col)
    blocks = blocks_by_column(table, *name_col);
  else
    blocks = blocks_by_headers(table);
  drop_department_line(table, blocks, without_spaces(department));
  table.unit_blocks = std::move(blocks);
}

}  // namespace gongkai::parse
