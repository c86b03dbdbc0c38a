// The printed text read as an auditor does: template residue, doubled punctuation, years that
// contradict the document's, changes reported without a reason, over-precise percentages.
#include "check/structure_text.h"

#include <re2/re2.h>

#include <utility>

#include "check/structure.h"
#include "check/table_view.h"
#include "normalize/regex.h"

namespace gongkai::check::detail {
namespace {

bool is_leader_line(std::string_view text) {
  static const normalize::Regex re(R"((?:\.{4,}|…{2,}|·{4,}|。{4,}|-{6,})\s*\d*\s*$)");
  return RE2::PartialMatch(text, re);
}

// "XX", "××", "待填写", "(单位名称)": a template not filled in. Latin XX inside a word (XXL) is
// not.
void check_placeholders(const Document& doc, std::vector<Check>& out) {
  static const normalize::Regex re(
      R"((?:^|[^A-Za-z])((?:XX|xx)[Xx]*|××+|待填写|待补充|请填写|\((?:单位名称|部门名称)\))(?:[^A-Za-z]|$))");
  std::vector<Check> found_here;
  std::string pages;
  int last_page = 0;
  for (const auto& l : doc.printed) {
    std::string found;
    if (is_leader_line(l.text) || !RE2::PartialMatch(l.text, re, &found)) continue;
    found_here.push_back(finding("structure:placeholder", {}, at_page(l.page, l.text),
                                 Verdict::SourceError,
                                 "template residue \"" + found + "\" is printed"));
    if (found_here.size() <= 30 && l.page != last_page)
      pages += (pages.empty() ? "" : ", ") + std::to_string(l.page);
    last_page = l.page;
  }
  // A blank template (its every heading "XX局") is one finding, not one per line.
  constexpr std::size_t kTemplate = 10;
  if (found_here.size() >= kTemplate) {
    Check c = std::move(found_here.front());
    c.note = std::to_string(found_here.size()) + " lines hold template residue (pages " + pages +
             " …): the document is an unfilled template";
    found_here = {std::move(c)};
  }
  for (auto& c : found_here) out.push_back(std::move(c));
}

// "。。", "，，", "、、" within a line; a run of four or more is a leader, not a slip.
void check_punctuation(const Document& doc, std::vector<Check>& out) {
  static const normalize::Regex re(R"((。。|,,|、、|;;))");
  for (const auto& l : doc.printed) {
    if (l.in_grid || is_leader_line(l.text)) continue;
    std::string found;
    if (!RE2::PartialMatch(l.text, re, &found)) continue;
    auto at = l.text.find(found);
    std::string_view after = std::string_view(l.text).substr(at + found.size());
    std::string_view unit = std::string_view(found).substr(0, found.size() / 2);
    if (after.starts_with(unit) && after.substr(unit.size()).starts_with(unit)) continue;
    out.push_back(finding("structure:repeated_punctuation", {}, at_page(l.page, l.text),
                          Verdict::SourceError, "\"" + found + "\" is printed"));
  }
}

// Headings and titles carrying another year than the document's, and 截至 dates outside the
// period the document reports on. Comparisons with other years (比上年, 与2023年相比) are fine.
void check_years(const Document& doc, std::vector<Check>& out) {
  int year = doc.document.year;
  const std::string& kind = doc.document.kind;
  if (year == 0 || (kind != "budget" && kind != "final_account")) return;
  static const normalize::Regex any_year(R"(((?:19|20)\d{2})\s*年)");
  static const normalize::Regex heading_words(
      R"((?:部门|单位)(?:预算|决算)|(?:预算|决算)(?:公开|情况说明|表)|收支总表|情况说明$)");
  static const normalize::Regex comparison(
      R"(比|相比|较|上年|对比|执行|同期|以来|至|[、,;，；。]|和|与)");
  static const normalize::Regex until(R"(截\s*(?:至|止)\s*((?:19|20)\d{2})\s*年)");
  static const normalize::Regex space(R"(\s+)");
  for (const auto& l : doc.printed) {
    if (l.in_grid) continue;
    std::string text = l.text;
    RE2::GlobalReplace(&text, space, "");
    int until_year = 0;
    if (RE2::PartialMatch(text, until, &until_year)) {
      bool fine = kind == "final_account" ? until_year >= year && until_year <= year + 1
                                          : until_year >= year - 2 && until_year <= year;
      if (!fine)
        out.push_back(finding(
            "structure:year", {}, at_page(l.page, l.text), Verdict::SourceError,
            "截至 " + std::to_string(until_year) + " in a " + std::to_string(year) + " document"));
      continue;
    }
    if (text.size() > 180 || !RE2::PartialMatch(text, heading_words) ||
        RE2::PartialMatch(text, comparison))
      continue;
    re2::StringPiece rest(text);
    int y = 0;
    bool any = false, own = false;
    while (RE2::FindAndConsume(&rest, any_year, &y)) {
      any = true;
      own = own || y == year;
    }
    if (any && !own)
      out.push_back(
          finding("structure:year", {}, at_page(l.page, l.text), Verdict::SourceError,
                  "a heading of another year in a " + std::to_string(year) + " document"));
  }
}

// A column headed by a year outside what the document compares ("2021年预算数" in a 2024 budget:
// a column left from an old template). Budgets show their year and the two before (上年预算,
// 上上年决算); final accounts their year and the one before.
void check_column_years(const Document& doc, std::vector<Check>& out) {
  int year = doc.document.year;
  const std::string& kind = doc.document.kind;
  if (year == 0 || (kind != "budget" && kind != "final_account")) return;
  const int earliest = kind == "budget" ? year - 2 : year - 1;
  static const normalize::Regex any_year(R"(((?:19|20)\d{2})\s*年)");
  for (const Table& t : doc.tables)
    for (const std::string& column : t.columns) {
      re2::StringPiece rest(column);
      int y = 0;
      while (RE2::FindAndConsume(&rest, any_year, &y)) {
        if (y >= earliest && y <= year) continue;
        out.push_back(finding(
            "structure:year", {table_name(t)}, "'" + table_name(t) + "' column '" + column + "'",
            Verdict::SourceError,
            "a column of " + std::to_string(y) + " in a " + std::to_string(year) + " document"));
        break;
      }
    }
}

// "比上年增加A万元" of 三公, income or expenditure, with no reason in that sentence or the next.
void check_changes_explained(const Document& doc, std::vector<Check>& out) {
  static const normalize::Regex change(
      R"((?:比|较|与)(?:上年|上一年|\d{4}年)[^。]{0,20}(?:增加|减少|增长|下降|上升)[^。\d]{0,6}[1-9])");
  // The totals and 三公, not a 类/款/项 item (items need no reason of their own).
  static const normalize::Regex subject(
      R"(三公|收入(?:预算)?(?:总计|合计)|支出(?:预算)?(?:总计|合计)|收支(?:预算)?总计|财政拨款(?:收入|支出))");
  static const normalize::Regex item(R"(\((?:类|款|项)\)|[类款项]\))");
  static const normalize::Regex reason(R"(原因|主要是|主要用于|由于|因|系|用于|导致|所致)");
  auto all = sentences(doc);
  for (std::size_t i = 0; i < all.size(); ++i) {
    const auto& s = all[i].text;
    if (!RE2::PartialMatch(s, change) || !RE2::PartialMatch(s, subject) ||
        RE2::PartialMatch(s, item))
      continue;
    bool explained = RE2::PartialMatch(s, reason);
    // A total broken down (其中: …) may be explained item by item below it.
    bool broken_down = s.find("其中") != std::string::npos ||
                       (i + 1 < all.size() && all[i + 1].text.starts_with("其中"));
    std::size_t window = broken_down ? 8 : 3;
    for (std::size_t j = i + 1; j < all.size() && j <= i + window && !explained; ++j)
      explained = RE2::PartialMatch(all[j].text, reason);
    out.push_back(finding(
        "structure:change_explained", {}, at_page(all[i].page, s),
        explained ? Verdict::Ok : Verdict::SourceError,
        explained ? "a reason is given" : "a change is reported without its reason (主要原因…)"));
  }
}

// "占12.345%": a share printed with more than two decimals.
void check_percent_decimals(const Document& doc, std::vector<Check>& out) {
  static const normalize::Regex re(R"((?:占|增长|下降|增加|减少|完成|为|\()(\d{1,3}\.\d{3,})%)");
  for (const auto& s : sentences(doc)) {
    std::string found;
    if (RE2::PartialMatch(s.text, re, &found))
      out.push_back(finding("structure:percent_decimals", {}, at_page(s.page, s.text),
                            Verdict::SourceError,
                            found + "% is printed with more than two decimals"));
  }
}

}  // namespace

namespace {

// Lines in reading order become sentences ending at "。", spaces dropped (PDFs break words
// anywhere); a sentence carries the page it starts on.
class SentenceJoiner {
 public:
  void add(std::string_view text, int page) {
    while (!text.empty()) {
      if (current_.text.empty()) current_.page = page;
      auto stop = text.find("。");
      std::string_view part =
          text.substr(0, stop == std::string_view::npos ? text.size() : stop + 3);
      for (char c : part)
        if (c != ' ') current_.text += c;
      text.remove_prefix(part.size());
      if (stop != std::string_view::npos) out_.push_back(std::exchange(current_, {}));
    }
  }
  std::vector<Sentence> finish() && {
    if (!current_.text.empty()) out_.push_back(std::move(current_));
    return std::move(out_);
  }

 private:
  std::vector<Sentence> out_;
  Sentence current_;
};

}  // namespace

std::vector<Sentence> sentences(const Document& doc) {
  SentenceJoiner joiner;
  for (const auto& l : doc.printed)
    if (!l.in_grid && !is_leader_line(l.text)) joiner.add(l.text, l.page);
  return std::move(joiner).finish();
}

std::vector<Sentence> narrative_sentences(const Document& doc) {
  SentenceJoiner joiner;
  for (std::size_t i = 0; i < doc.narrative.size(); ++i)
    joiner.add(doc.narrative[i], i < doc.narrative_pages.size() ? doc.narrative_pages[i] : 0);
  return std::move(joiner).finish();
}

void check_text(const Document& doc, std::vector<Check>& out) {
  check_placeholders(doc, out);
  check_punctuation(doc, out);
  check_years(doc, out);
  check_column_years(doc, out);
  check_changes_explained(doc, out);
  check_percent_decimals(doc, out);
}

}  // namespace gongkai::check::detail
