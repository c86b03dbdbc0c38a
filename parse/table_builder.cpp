#include "parse/table_builder.h"

#include <re2/re2.h>

#include <algorithm>

#include "normalize/normalize.h"
#include "normalize/regex.h"
#include "normalize/vocabulary.h"
#include "parse/classify.h"
#include "parse/patterns.h"

namespace gongkai::parse {
namespace {

// Past this many leading non-data rows a table is not read as a budget table's header: its first
// row names the columns and the rest is data.
constexpr std::size_t kMaxHeaderRows = 5;

std::size_t width_of(const Grid& rows) {
  std::size_t w = 0;
  for (const auto& r : rows) w = std::max(w, r.size());
  return w;
}

bool column_is_blank(const Grid& rows, std::size_t c) {
  return std::all_of(rows.begin(), rows.end(),
                     [c](const auto& r) { return c >= r.size() || r[c].empty(); });
}

Value typed_cell(const std::string& text, ColumnRole role) {
  if (text.empty()) return Value::null();
  if (role == ColumnRole::Amount || role == ColumnRole::Quantity) {
    if (normalize::is_placeholder(text)) return Value::null();
    if (auto amount = normalize::parse_cell_amount(text)) return Value::of_amount(*amount);
  }
  return Value::of_text(text);
}

// Kinds whose rows are amounts; lists of units or of tables are not.
bool holds_money(TableKind kind) {
  return kind != TableKind::Unknown && kind != TableKind::BudgetUnits &&
         kind != TableKind::TableList;
}

bool has_amount(const Table& t) {
  for (const auto& row : t.rows)
    for (const auto& v : row)
      if (v.is_amount()) return true;
  return false;
}

bool has_nonzero_amount(const Table& t) {
  for (const auto& row : t.rows)
    for (const auto& v : row)
      if (v.is_amount() && !v.amount.is_zero()) return true;
  return false;
}

// True when every data row is a totals row (or blank): a header with a bare 合计.
bool only_total_rows(const Table& t) {
  for (const auto& row : t.rows) {
    auto label = std::find_if(row.begin(), row.end(), [](const Value& v) { return v.is_text(); });
    if (label != row.end() && !normalize::names_a_total(label->text)) return false;
  }
  return true;
}

// Some rulings put the last header row's "类 | 款 | 项" inside the first data row (合计 beside
// them): those words name the code columns, they are not data.
void move_code_parts_to_header(std::vector<std::string>& first_row,
                               std::vector<std::string>& columns) {
  static const std::vector<std::string> parts = {"类", "款", "项"};
  std::vector<std::size_t> found;
  for (std::size_t c = 0; c < first_row.size(); ++c)
    if (std::find(parts.begin(), parts.end(), first_row[c]) != parts.end()) found.push_back(c);
  if (found.size() < 2) return;
  for (std::size_t c : found) {
    if (!columns[c].ends_with(first_row[c])) columns[c] += "/" + first_row[c];
    first_row[c].clear();
  }
}

// A header word wrapped in a cell too narrow for it may print its last character(s) below the
// header's ruling, at the top of the first data row's cell ("对附属单位上缴收" over "入 0.00"):
// ideographs before an amount there, under a header that ends in an ideograph, are the end of
// that header; the cell holds the amount.
void move_header_tails_to_header(std::vector<std::string>& first_row,
                                 std::vector<std::string>& columns) {
  static const normalize::Regex tail_then_amount(R"(^(\p{Han}{1,2}) ?(-?[\d,]*\.?\d+)$)");
  static const normalize::Regex ends_in_han(R"(\p{Han}$)");
  for (std::size_t c = 0; c < first_row.size() && c < columns.size(); ++c) {
    std::string tail, amount;
    if (!RE2::FullMatch(first_row[c], tail_then_amount, &tail, &amount) ||
        !RE2::PartialMatch(columns[c], ends_in_han) || !normalize::parse_amount(amount))
      continue;
    columns[c] += tail;
    first_row[c] = amount;
  }
}

// Column c leaves a row's place; a moved header keeps its printed extent in the cell it joins.
void erase_place_column(RowPlace& place, std::size_t c, bool moved) {
  if (c >= place.cells.size()) return;
  if (moved && c > 0) {
    Box& left = place.cells[c - 1];
    const Box& b = place.cells[c];
    left = {std::min(left.x0, b.x0), std::min(left.y0, b.y0), std::max(left.x1, b.x1),
            std::max(left.y1, b.y1)};
  }
  place.cells.erase(place.cells.begin() + static_cast<std::ptrdiff_t>(c));
}

// Without ruling lines a group header centred over its columns ("收入" over 项目 | 预算数) can
// land in the white space between them and make a column of its own, empty below. It belongs to
// the group that starts at its left neighbour: moved there, the empty column goes.
std::size_t fold_spilled_group_headers(Grid& rows, std::vector<RowPlace>& places,
                                       std::size_t header_rows, std::size_t width) {
  for (std::size_t c = width; c-- > 1;) {
    if (c + 1 >= width) continue;
    std::vector<std::size_t> filled;
    for (std::size_t r = 0; r < rows.size(); ++r)
      if (!rows[r][c].empty()) filled.push_back(r);
    if (filled.size() != 1 || filled.front() + 1 >= header_rows) continue;
    std::size_t r = filled.front();
    const auto& below = rows[r + 1];
    if (below[c - 1].empty() || below[c + 1].empty() || !rows[r][c - 1].empty()) continue;
    rows[r][c - 1] = std::move(rows[r][c]);
    for (auto& row : rows) row.erase(row.begin() + static_cast<std::ptrdiff_t>(c));
    for (std::size_t i = 0; i < places.size(); ++i) erase_place_column(places[i], c, i == r);
    --width;
  }
  return width;
}

// The money unit a column's name states: "预算数(万元)", "金额(元)". nullopt otherwise.
std::optional<std::string> unit_in_column_name(const std::string& name) {
  static const normalize::Regex re(R"(\((?:金额)?(?:单位:)?(?:人民币)?(千元|万元|亿元|元)\))");
  std::string unit;
  if (!RE2::PartialMatch(name, re, &unit)) return std::nullopt;
  return unit;
}

// A table that states no unit above it but names one in the header of each of its amount
// columns (重点项目绩效 lists: "预算数(万元)"): that unit, when they all agree.
std::string unit_from_columns(const Table& t) {
  std::optional<std::string> unit;
  for (std::size_t c = 0; c < t.roles.size(); ++c) {
    if (t.roles[c] != ColumnRole::Amount) continue;
    bool has_amount =
        std::any_of(t.rows.begin(), t.rows.end(), [c](const auto& r) { return r[c].is_amount(); });
    if (!has_amount) continue;
    auto named = unit_in_column_name(t.columns[c]);
    if (!named || (unit && *unit != *named)) return {};
    unit = named;
  }
  return unit.value_or("");
}

// A performance-target table laid out as a list, not a form: its first row names every column
// (each cell filled, a word, no amount) and data rows follow.
bool is_list_header(const Grid& rows) {
  if (rows.size() < 2 || rows.front().size() < 3) return false;
  return std::all_of(rows.front().begin(), rows.front().end(), [](const std::string& c) {
    return !c.empty() && c.size() <= 36 && !normalize::parse_amount(c);
  });
}

}  // namespace

namespace {
// A column under a code header whose cells are names, not codes: no cell holds a digit or is
// written in ASCII alone (品目 A, B, C are codes), and two or more hold words other than a total
// (合计 printed across the code cells). A header that spans the name column too (功能科目代码
// over 204 | 公共安全支出) gives it the code's name.
bool holds_names_only(const Grid& data, std::size_t c) {
  int names = 0;
  for (const auto& row : data) {
    if (c >= row.size() || row[c].empty() || normalize::is_placeholder(row[c])) continue;
    const std::string& s = row[c];
    bool digit = std::any_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    bool words = std::any_of(s.begin(), s.end(), [](char ch) { return ch & 0x80; });
    if (digit || !words) return false;
    names += !normalize::names_a_total(s);
  }
  return names >= 2;
}
}  // namespace

ColumnRole column_role(const std::string& name, const Grid& data, std::size_t c) {
  static const normalize::Regex ordinal_header(R"((?:^|/)(?:序号|行次|栏次)$)");
  static const normalize::Regex code_header(R"((?:编码|代码|编号)$|(?:^|/)(?:类|款|项)$)");
  // 备注 is a remark: an empty remark column is no amount column.
  static const normalize::Regex label_header(
      R"((?:名称|项目|科目|摘要|说明|内容|单位|用途|备注|时间|日期)$)");
  // Counts, head-counts, weights and scores (自评分数): numbers, but not money.
  static const normalize::Regex quantity_header(
      R"((?:^|/)(?:[^/]{0,4}数量|[^/]{0,4}人数|[^/]{0,4}权重[^/]{0,4}|[^/]{0,4}(?:分数|得分))$|[(（]%[)）]$)");
  // The year a row speaks of (2021 | 1493.51 …): a name of the row, never money.
  static const normalize::Regex year_header(R"((?:^|/)(?:年度|年份)$)");
  if (RE2::PartialMatch(name, ordinal_header)) return ColumnRole::Ordinal;
  if (RE2::PartialMatch(name, quantity_header)) return ColumnRole::Quantity;
  if (RE2::PartialMatch(name, year_header)) return ColumnRole::Label;
  if (RE2::PartialMatch(name, code_header))
    return holds_names_only(data, c) ? ColumnRole::Label : ColumnRole::Code;
  int amounts = 0, texts = 0;
  for (const auto& row : data) {
    if (c >= row.size() || row[c].empty() || normalize::is_placeholder(row[c])) continue;
    if (normalize::parse_amount(row[c]))
      ++amounts;
    else
      ++texts;
  }
  if (amounts == 0 && texts == 0)
    return RE2::PartialMatch(name, label_header) ? ColumnRole::Label : ColumnRole::Amount;
  return texts > amounts ? ColumnRole::Label : ColumnRole::Amount;
}

Table build_table(PendingTable pending) {
  Table table;
  table.title = std::move(pending.title) + pending.qualifier;
  table.number = std::move(pending.number);
  table.kind = classify_title(table.title);
  table.department = std::move(pending.department);
  table.unit = std::move(pending.unit);
  std::sort(pending.pages.begin(), pending.pages.end());
  pending.pages.erase(std::unique(pending.pages.begin(), pending.pages.end()), pending.pages.end());
  table.pages = std::move(pending.pages);

  Grid& rows = pending.rows;
  auto& places = pending.places;
  if (places.size() != rows.size()) places.assign(rows.size(), {});
  std::size_t width = width_of(rows);
  while (width > 0 && column_is_blank(rows, width - 1)) --width;
  for (auto& r : rows) r.resize(width);
  for (auto& p : places) p.cells.resize(width);

  std::size_t header_rows = header_row_count(rows);
  // 绩效目标申报表 are forms (label, value, label, value …): no header row names their columns.
  if (is_performance_targets(table.kind) && !is_list_header(rows)) header_rows = 0;
  // A budget table printed with its header and no row at all: a header, and no data.
  else if (header_rows == rows.size() && header_rows <= kMaxHeaderRows && holds_money(table.kind))
    header_rows = rows.size();
  // No data row found, or an implausibly deep header: a generic table under its first row.
  else if (header_rows == rows.size() || header_rows > kMaxHeaderRows)
    header_rows = std::min<std::size_t>(1, rows.size());
  width = fold_spilled_group_headers(rows, places, header_rows, width);
  std::span<const std::vector<std::string>> header(rows.data(), header_rows);
  table.columns = flatten_header(header, width);
  for (std::size_t c = 0; c < width; ++c)
    if (table.columns[c].empty()) table.columns[c] = "列" + std::to_string(c + 1);

  table.header_places.assign(places.begin(),
                             places.begin() + static_cast<std::ptrdiff_t>(header_rows));
  Grid data;
  for (std::size_t r = header_rows; r < rows.size(); ++r) {
    if (is_column_number_row(rows[r])) continue;
    data.push_back(std::move(rows[r]));
    table.row_places.push_back(std::move(places[r]));
  }
  if (!data.empty()) move_code_parts_to_header(data.front(), table.columns);
  if (!data.empty()) move_header_tails_to_header(data.front(), table.columns);
  if (table.kind == TableKind::Unknown) table.kind = classify_columns(table.columns);
  for (std::size_t c = 0; c < width; ++c)
    table.roles.push_back(column_role(table.columns[c], data, c));
  for (const auto& r : data) {
    std::vector<Value> typed;
    typed.reserve(width);
    for (std::size_t c = 0; c < width; ++c) typed.push_back(typed_cell(r[c], table.roles[c]));
    table.rows.push_back(std::move(typed));
  }
  // A note saying the table is empty does not empty one that prints figures: a template's note
  // left under a filled table ("…无“三公”经费和机关运行经费预算，故本表为空表" below 47.91).
  table.empty = (pending.empty_note && !has_nonzero_amount(table)) ||
                (!has_amount(table) && only_total_rows(table));
  if (table.unit.empty()) table.unit = unit_from_columns(table);
  return table;
}

std::optional<Diagnostic> table_doubts(const Table& table) {
  // Forms (绩效目标表) mix words and numbers in every column by design.
  if (is_performance_targets(table.kind)) return std::nullopt;
  int strange = 0;
  std::string example;
  for (const auto& row : table.rows)
    for (std::size_t c = 0; c < row.size(); ++c)
      if (table.roles[c] == ColumnRole::Amount && row[c].is_text()) {
        if (strange++ == 0) example = "'" + row[c].text + "' under '" + table.columns[c] + "'";
      }
  if (strange == 0) return std::nullopt;
  Diagnostic d;
  d.severity = Diagnostic::Severity::Warning;
  d.page = table.pages.empty() ? 0 : table.pages.front();
  d.message = "table '" + table.title + "': " + std::to_string(strange) +
              " cell(s) in amount columns are not numbers and were kept as text, e.g. " + example;
  return d;
}

}  // namespace gongkai::parse
