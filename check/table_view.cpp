#include "check/table_view.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "core/row_codes.h"
#include "normalize/regex.h"
#include "normalize/vocabulary.h"

namespace gongkai::check::detail {
namespace {

// Leading ordinals of printed labels. One at a time, so "其中:(一)工资" loses both.
const RE2& ordinal_prefix() {
  static const normalize::Regex re(
      R"(^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|[0-9]+[、.]|[①-⑳]|其中:?))");
  return re;
}

// Only Chinese ordinals mark the top-level items of summary tables.
const RE2& chinese_ordinal() {
  static const normalize::Regex re(R"(^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)))");
  return re;
}

bool all_digits(std::string_view s);

bool all_digits(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

}  // namespace

std::string without_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out.push_back(c);
  return out;
}

namespace {
// "①公务用车购置费" after NFKC is "1公务用车购置费": a bare leading digit glued to a word.
// Years, counts and amounts (2024年, 3个, 1.5) keep theirs.
const RE2& circled_digit_prefix() {
  static const normalize::Regex re(R"(^[0-9]{1,2}([^0-9年月日个.、]))");
  return re;
}
}  // namespace

std::string canonical_label(std::string_view text) {
  std::string s = without_spaces(text);
  while (RE2::Replace(&s, ordinal_prefix(), "") ||
         RE2::Replace(&s, circled_digit_prefix(), "\\1")) {
  }
  return s;
}

bool has_ordinal_prefix(std::string_view text) {
  return RE2::PartialMatch(without_spaces(text), chinese_ordinal());
}

bool is_total_column_name(std::string_view column) {
  std::string seg = without_spaces(last_segment(column));
  return seg.find("合计") != std::string::npos || seg.find("小计") != std::string::npos ||
         seg.find("总计") != std::string::npos;
}

namespace {
// Subset ("of which") markers in one header segment.
const RE2& subset_segment() {
  static const normalize::Regex re(R"((?:^其中|中:|扣除.*后))");
  return re;
}

// Ordinals by nesting level, outermost first (NFKC has made the brackets and colons ASCII).
const std::array<const RE2*, 5>& ordinal_levels() {
  static const normalize::Regex l1(R"(^[一二三四五六七八九十]+、)");
  static const normalize::Regex l2(R"(^\([一二三四五六七八九十]+\))");
  static const normalize::Regex l3(R"(^[0-9]+(?:\.|、)[^0-9])");
  static const normalize::Regex l4(R"(^\([0-9]+\))");
  static const normalize::Regex l5(R"(^[①-⑳])");
  static const std::array<const RE2*, 5> levels = {&l1, &l2, &l3, &l4, &l5};
  return levels;
}
}  // namespace

bool is_subset_column_name(std::string_view column) {
  std::string_view last = last_segment(column);
  std::string leaf = without_spaces(last);
  if (leaf == "基本支出" || leaf == "项目支出") return false;
  std::string_view rest = column;
  while (!rest.empty()) {
    auto slash = rest.find('/');
    std::string seg = without_spaces(rest.substr(0, slash));
    if (RE2::PartialMatch(seg, subset_segment())) return true;
    if (slash == std::string_view::npos) break;
    rest.remove_prefix(slash + 1);
  }
  return false;
}

bool is_memo_total(const Table& t, std::size_t col) {
  std::string_view prefix = column_prefix(t.columns[col]);
  if (prefix.empty() || !is_total_column_name(t.columns[col])) return false;
  bool others = false;
  for (std::size_t c : money_columns(t)) {
    std::string_view name = t.columns[c];
    if (c == col || !name.starts_with(prefix) || name.size() <= prefix.size() ||
        name[prefix.size()] != '/')
      continue;
    if (!is_subset_column_name(name)) return false;
    others = true;
  }
  return others;
}

bool is_function_class_name(std::string_view canonical) {
  // 政府收支分类科目, 支出功能分类 类 (with the names of earlier years).
  static const std::array<std::string_view, 35> classes = {"一般公共服务支出",
                                                           "外交支出",
                                                           "国防支出",
                                                           "公共安全支出",
                                                           "教育支出",
                                                           "科学技术支出",
                                                           "文化旅游体育与传媒支出",
                                                           "文化体育与传媒支出",
                                                           "社会保障和就业支出",
                                                           "社会保险基金支出",
                                                           "卫生健康支出",
                                                           "医疗卫生与计划生育支出",
                                                           "医疗卫生支出",
                                                           "节能环保支出",
                                                           "城乡社区支出",
                                                           "农林水支出",
                                                           "交通运输支出",
                                                           "资源勘探工业信息等支出",
                                                           "资源勘探信息等支出",
                                                           "商业服务业等支出",
                                                           "金融支出",
                                                           "援助其他地区支出",
                                                           "自然资源海洋气象等支出",
                                                           "国土海洋气象等支出",
                                                           "住房保障支出",
                                                           "粮油物资储备支出",
                                                           "国有资本经营预算支出",
                                                           "灾害防治及应急管理支出",
                                                           "预备费",
                                                           "其他支出",
                                                           "转移性支出",
                                                           "债务还本支出",
                                                           "债务付息支出",
                                                           "债务发行费用支出",
                                                           "抗疫特别国债安排的支出"};
  return std::find(classes.begin(), classes.end(), canonical) != classes.end();
}

int ordinal_level(std::string_view text) {
  std::string s = without_spaces(text);
  const auto& levels = ordinal_levels();
  for (std::size_t i = 0; i < levels.size(); ++i)
    if (RE2::PartialMatch(s, *levels[i])) return static_cast<int>(i) + 1;
  return 0;
}

std::optional<int> unit_power(std::string_view unit) {
  std::string u = without_spaces(unit);
  if (u.find("亿元") != std::string::npos) return 8;
  if (u.find("万元") != std::string::npos) return 4;
  if (u.find("千元") != std::string::npos) return 3;
  if (u.find("元") != std::string::npos) return 0;
  return std::nullopt;
}

const Value* cell(const Table& t, std::size_t row, std::size_t col) {
  if (row >= t.rows.size() || col >= t.rows[row].size()) return nullptr;
  return &t.rows[row][col];
}

std::optional<Decimal> amount(const Table& t, std::size_t row, std::size_t col) {
  const Value* v = cell(t, row, col);
  if (v == nullptr || !v->is_amount()) return std::nullopt;
  return v->amount;
}

bool unreadable(const Table& t, std::size_t row, std::size_t col) {
  const Value* v = cell(t, row, col);
  return v == nullptr || v->is_text();
}

std::vector<std::size_t> money_columns(const Table& t) {
  std::vector<std::size_t> out;
  for (std::size_t c = 0; c < t.columns.size() && c < t.roles.size(); ++c) {
    if (t.roles[c] != ColumnRole::Amount) continue;
    std::string name = without_spaces(t.columns[c]);
    if (name.find("行次") != std::string::npos || name.find("栏次") != std::string::npos ||
        name.find("序号") != std::string::npos || name.find("编码") != std::string::npos)
      continue;
    out.push_back(c);
  }
  return out;
}

std::string label_in(const Table& t, std::size_t row, std::size_t col) {
  const Value* v = cell(t, row, col);
  if (v == nullptr || !v->is_text()) return {};
  return canonical_label(v->text);
}

std::string row_label(const Table& t, std::size_t row) {
  for (std::size_t c = 0; c < t.roles.size(); ++c) {
    if (t.roles[c] != ColumnRole::Label) continue;
    std::string s = label_in(t, row, c);
    if (!s.empty()) return s;
  }
  // Total rows often print 合计 across the merged code and name cells: it lands in the code
  // column (or the 单位编码 column). Any text there that is not a code is the label.
  for (std::size_t c = 0; c < t.roles.size(); ++c) {
    if (t.roles[c] != ColumnRole::Code && t.roles[c] != ColumnRole::Unit &&
        t.roles[c] != ColumnRole::Ordinal)
      continue;
    std::string s = label_in(t, row, c);
    if (!s.empty() && !all_digits(s)) return s;
  }
  return {};
}

std::vector<CodedHalf> coded_halves(const Table& t) {
  std::vector<ColumnSpan> spans = code_halves(t);
  std::vector<std::size_t> money = money_columns(t);
  std::vector<CodedHalf> halves;
  for (const ColumnSpan& span : spans) {
    CodedHalf h{span, spans.size() == 1, {}, {}, {}, {}};
    for (auto& c : read_row_codes(t, span)) {
      bool read = c.canonical || c.code.empty();
      h.codes.push_back(c.canonical ? c.code : std::string{});
      h.in_label.push_back(c.in_label);
      h.unread.push_back(read ? std::nullopt : std::optional<std::size_t>(c.level));
    }
    for (std::size_t c : money)
      if (c >= span.begin && c < span.end) h.money.push_back(c);
    halves.push_back(std::move(h));
  }
  return halves;
}

std::vector<std::string> row_codes(const Table& t) {
  std::vector<std::string> codes(t.rows.size());
  for (const CodedHalf& h : coded_halves(t))
    for (std::size_t r = 0; r < codes.size(); ++r)
      if (codes[r].empty() && !h.in_label[r]) codes[r] = h.codes[r];
  return codes;
}

std::vector<std::optional<std::size_t>> unread_codes(const Table& t) {
  std::vector<std::optional<std::size_t>> unread(t.rows.size());
  std::vector<bool> taken(t.rows.size(), false);
  for (const CodedHalf& h : coded_halves(t))
    for (std::size_t r = 0; r < unread.size(); ++r) {
      if (taken[r] || h.in_label[r]) continue;
      taken[r] = !h.codes[r].empty() || h.unread[r].has_value();
      unread[r] = h.unread[r];
    }
  return unread;
}

bool is_column_number_row(const Table& t, std::size_t row) {
  std::string label = row_label(t, row);
  if (label == "栏次" || label == "行次") return true;
  // "1 2 3 4 5 6 7" printed under the header: every filled cell is the next small integer.
  std::int64_t expect = 0;
  int seen = 0;
  for (const Value& v : t.rows[row]) {
    if (v.is_null()) continue;
    std::string s = without_spaces(v.text);
    if (!all_digits(s) || s.size() > 2) return false;
    std::int64_t n = std::stoll(s);
    if (seen > 0 && n != expect) return false;
    expect = n + 1;
    ++seen;
  }
  return seen >= 2;
}

namespace {
// The first block is the department's own level under the same name, or with 本级/机关 added.
bool opens_with_own_level(const Table& t, std::string_view label) {
  std::string first = canonical_label(t.unit_blocks.front().name);
  if (!first.starts_with(label)) return false;
  std::string_view rest = std::string_view(first).substr(label.size());
  return rest.empty() || rest == "(本级)" || rest == "本级" || rest == "(机关)" || rest == "机关" ||
         rest == "本级(机关)" || rest == "(机关本级)" || rest == "机关本级";
}
}  // namespace

std::optional<std::size_t> department_line(const Table& t, const std::vector<std::string>& codes) {
  if (t.unit_blocks.empty()) return std::nullopt;
  std::string department = canonical_label(t.department);
  std::vector<std::size_t> lines;
  bool total = false;
  for (std::size_t r = 0; r < t.unit_blocks.front().first; ++r) {
    if (!codes[r].empty() || is_column_number_row(t, r)) continue;
    std::string label = row_label(t, r);
    if (label.empty()) continue;
    if ((!department.empty() && label == department) || opens_with_own_level(t, label)) return r;
    if (normalize::names_the_grand_total(label))
      total = true;
    else
      lines.push_back(r);
  }
  // Under a 合计 an unnamed line may be a group of units (全额, 差额), not the department.
  if (!total && lines.size() == 1) return lines.front();
  return std::nullopt;
}

std::optional<std::size_t> department_total_row(const Table& t,
                                                const std::vector<std::string>& codes) {
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    if (codes[r].empty() && block_of(t, r) == nullptr &&
        normalize::names_the_grand_total(row_label(t, r)))
      return r;
  return department_line(t, codes);
}

std::string describe_row(const Table& t, std::size_t row, std::string_view code) {
  std::string label = row_label(t, row);
  std::string out = "row ";
  if (!code.empty()) out += std::string(code) + (label.empty() ? "" : " ");
  out += label.empty() && code.empty() ? "#" + std::to_string(row + 1) : label;
  return out;
}

std::string row_label(const Table& t, std::size_t row, const CodedHalf& half) {
  if (half.whole) return row_label(t, row);
  // The half's name column, else a word printed across its code cells (人员经费合计).
  for (ColumnRole role : {ColumnRole::Label, ColumnRole::Code})
    for (std::size_t c = half.span.begin; c < half.span.end && c < t.roles.size(); ++c) {
      if (t.roles[c] != role) continue;
      std::string s = label_in(t, row, c);
      if (!s.empty() && !all_digits(s)) return s;
    }
  return {};
}

std::string describe_row(const Table& t, std::size_t row, std::string_view code,
                         const CodedHalf& half) {
  // A code printed in the label is not repeated: "row [201]一般公共服务支出".
  if (row < half.in_label.size() && half.in_label[row]) code = {};
  if (half.whole) return describe_row(t, row, code);
  std::string label = row_label(t, row, half);
  std::string out = "row ";
  if (!code.empty()) out += std::string(code) + (label.empty() ? "" : " ");
  out += label.empty() && code.empty() ? "#" + std::to_string(row + 1) : label;
  return out;
}

std::string table_name(const Table& t) {
  return t.title.empty() ? t.number : t.title;
}

const Table* table_of(const Document& doc, TableKind kind) {
  const Table* found = nullptr;
  for (const Table& t : doc.tables) {
    if (t.kind != kind || t.empty || t.rows.empty()) continue;
    if (found) return nullptr;
    found = &t;
  }
  return found;
}

std::vector<const Table*> tables_of(const Document& doc, TableKind kind) {
  std::vector<const Table*> out;
  for (const Table& t : doc.tables)
    if (t.kind == kind && !t.empty && !t.rows.empty()) out.push_back(&t);
  return out;
}

bool has_amounts(const Table& t, std::size_t col) {
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    if (amount(t, r, col)) return true;
  return false;
}

}  // namespace gongkai::check::detail
