// Income and expenditure move together. A budget balances, so where the narrative states the
// department's total income and total spending as one figure and each one's change against the
// same base ("2026年收入预算99,230.46万元,比上年执行数增加7,331.92万元" … "2026年支出预算
// 99,230.46万元,比上年执行数增加7,331.92万元"), the two changes agree in direction and amount
// (and so do last year's figures when both are printed: "比2025年年初预算数9819.98万元减少").
// Totals qualified by a fund (财政拨款收入, 一般公共预算收入预算) and changes stated after
// 其中 (of an item) are not the department's totals; a statement of both at once ("收入、支出预算
// 总计…各增加") has nothing to compare.
#include <re2/re2.h>

#include <optional>

#include "check/identities.h"
#include "check/narrative_patterns.h"
#include "check/structure.h"
#include "check/structure_text.h"
#include "check/table_view.h"
#include "check/tolerance.h"
#include "normalize/regex.h"

namespace gongkai::check::detail {
namespace {

constexpr std::string_view kIdentity = "narrative:income_expenditure_change";

struct Statement {
  bool income = false;
  Decimal total, change;                        // in 元
  int total_exponent = 0, change_exponent = 0;  // last printed digit, in 元
  Direction direction = Direction::Up;
  std::string base;                 // the comparison words without figures: "比上年执行数"
  std::optional<Decimal> previous;  // last year's figure when printed in the comparison
  std::string reason;               // the words after 原因, for "the same reason"
  int page = 0;
  std::string text;   // its sentence
  std::string quote;  // the total and its change, as printed
};

std::optional<Decimal> in_yuan(const std::string& number, const std::string& unit, int* exponent) {
  std::string digits;
  for (char c : number)
    if (c != ',') digits.push_back(c);
  auto value = Decimal::parse(digits);
  auto power = unit == "亿元" ? 8 : unit == "万元" ? 4 : unit == "千元" ? 3 : 0;
  if (!value) return std::nullopt;
  if (exponent) *exponent = last_digit(*value, power);
  return value->times_power_of_ten(power);
}

// The words before a total that make it a fund's or a part's, not the department's.
bool qualified(std::string_view before) {
  for (std::string_view w :
       {"拨款", "一般公共", "基金", "国有资本", "事业", "经营", "其他", "专户", "单位资金",
        "上级补助", "非税", "收入、", "收入和", "收入与", "收、", "三公", "项目", "基本"})
    if (contains(before, w)) return true;
  return false;
}

std::vector<Statement> statements(const Document& doc) {
  static const normalize::Regex re(
      R"((?:(收入|支出)(?:总预算|预算总计|预算总额|预算合计|预算|总计|总额)|预算(收入|支出))(?:为|是|:)?)"
      R"(([0-9][0-9,]*(?:\.[0-9]+)?)(亿元|万元|元),?((?:比|较|与)[^,;。]{0,40}?))"
      R"((增加|减少|增长|下降|降低)了?([0-9][0-9,]*(?:\.[0-9]+)?)(亿元|万元|元))");
  static const normalize::Regex figure(R"(([0-9][0-9,]*(?:\.[0-9]+)?)(亿元|万元|元))");
  std::vector<Statement> out;
  for (const Sentence& s : narrative_sentences(doc)) {
    re2::StringPiece input(s.text), g[9];
    std::size_t pos = 0;
    while (pos < s.text.size() && re.Match(input, pos, s.text.size(), RE2::UNANCHORED, g, 9)) {
      auto str = [](re2::StringPiece p) { return std::string(p.data(), p.size()); };
      std::size_t begin = static_cast<std::size_t>(g[0].data() - s.text.data());
      std::size_t end = begin + g[0].size();
      pos = end;
      // The words of its clause before the subject (at most 15 characters).
      std::string_view head = std::string_view(s.text).substr(0, begin);
      auto clause = head.find_last_of(",;:");
      if (clause != std::string_view::npos) head.remove_prefix(clause + 1);
      if (head.size() > 45) head.remove_prefix(head.size() - 45);
      std::string lead = str(g[5]), word = str(g[6]);
      if (qualified(head) || contains(lead, "各")) continue;
      Statement st;
      st.income = str(g[1].empty() ? g[2] : g[1]) == "收入";
      auto t = in_yuan(str(g[3]), str(g[4]), &st.total_exponent);
      auto c = in_yuan(str(g[7]), str(g[8]), &st.change_exponent);
      if (!t || !c) continue;
      st.total = *t;
      st.change = *c;
      st.direction = word == "增加" || word == "增长" ? Direction::Up : Direction::Down;
      std::string number, unit;
      if (RE2::PartialMatch(lead, figure, &number, &unit))
        st.previous = in_yuan(number, unit, nullptr);
      RE2::GlobalReplace(&lead, figure, "");
      st.base = lead;
      auto why = s.text.find("原因", end);
      if (why != std::string::npos) st.reason = s.text.substr(why);
      st.page = s.page;
      st.text = s.text;
      st.quote = str(g[0]);
      out.push_back(std::move(st));
    }
  }
  return out;
}

// Last year's figure as an execution or a final account (执行数, 决算数): last year's income and
// spending then need not be equal, and neither need the changes, unless the narrative gives both
// the same reason.
bool executed_base(std::string_view base) {
  return contains(base, "执行") || contains(base, "决算") || contains(base, "实际");
}

std::string direction_word(Direction d) {
  return d == Direction::Up ? "增加" : "减少";
}

Check judge(const Statement& in, const Statement& ex) {
  Check c;
  c.identity = std::string(kIdentity);
  c.location = at_page(in.page, in.quote) + " / " + at_page(ex.page, ex.quote);
  Decimal signed_in = in.direction == Direction::Up ? in.change : -in.change;
  Decimal signed_ex = ex.direction == Direction::Up ? ex.change : -ex.change;
  c.expected = signed_in;
  c.found = signed_ex;
  c.difference = signed_ex - signed_in;
  Decimal tolerance = half_unit(std::max(in.change_exponent, ex.change_exponent)) +
                      half_unit(std::max(in.change_exponent, ex.change_exponent));
  bool previous_differ = in.previous && ex.previous && *in.previous != *ex.previous;
  if (c.difference->abs() <= tolerance && !previous_differ) {
    c.verdict = c.difference->is_zero() ? Verdict::Ok : Verdict::Rounding;
    if (!c.difference->is_zero()) c.note = "one unit of the last printed digit apart";
    return c;
  }
  std::string what = "income " + direction_word(in.direction) + " " + in.change.to_string() +
                     " 元, expenditure " + direction_word(ex.direction) + " " +
                     ex.change.to_string() + " 元";
  if (previous_differ)
    what += "; last year's figures " + in.previous->to_string() + " and " +
            ex.previous->to_string() + " 元";
  bool same_reason = !in.reason.empty() && in.reason == ex.reason;
  if (executed_base(in.base) && !same_reason) {
    c.verdict = Verdict::NotChecked;
    c.note = what + ": compared with last year's execution (" + in.base +
             "), whose income and spending need not be equal";
    return c;
  }
  c.verdict = Verdict::SourceError;
  c.note = "income and expenditure total the same this year and last year (" + in.base +
           "), yet their changes differ: " + what +
           (same_reason ? " (the same reason is given)" : "");
  return c;
}

}  // namespace

void check_income_expenditure_change(const Document& doc, std::vector<Check>& out) {
  std::vector<Statement> all = statements(doc);
  std::vector<bool> used(all.size(), false);
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Statement& in = all[i];
    if (!in.income) continue;
    // A statement repeated word for word (a summary and its section) is one statement.
    bool repeated = false;
    for (std::size_t k = 0; k < i; ++k) repeated = repeated || all[k].text == in.text;
    if (repeated) continue;
    for (std::size_t j = 0; j < all.size(); ++j) {
      const Statement& ex = all[j];
      if (ex.income || used[j] || ex.total != in.total) continue;
      used[j] = true;
      if (ex.base == in.base) {
        out.push_back(judge(in, ex));
        break;
      }
      Check c;
      c.identity = std::string(kIdentity);
      c.location = at_page(in.page, in.quote) + " / " + at_page(ex.page, ex.quote);
      c.verdict = Verdict::NotChecked;
      c.note = "income and expenditure are compared with different bases (" + in.base + ", " +
               ex.base + ")";
      out.push_back(std::move(c));
      break;
    }
  }
}

}  // namespace gongkai::check::detail
