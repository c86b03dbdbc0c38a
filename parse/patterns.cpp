#include "parse/patterns.h"

#include <re2/re2.h>

namespace gongkai::parse {
namespace {

constexpr const char* kNumberPrefix =
    R"((?:预算公开表|部门公开表|单位公开表|公开表|预算表|附表|表)\s*(?:[0-9]{1,2}|[一二三四五六七八九十〇零]+)(?:-\d+)?|公开\d+表|预算\d+表|部门\d+表)";

std::string trim(std::string_view s) {
  auto b = s.find_first_not_of(' ');
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(' ');
  return std::string(s.substr(b, e - b + 1));
}

}  // namespace

bool is_table_number(std::string_view line) {
  static const RE2 re(("^(?:" + std::string(kNumberPrefix) + ")$"));
  return RE2::FullMatch(line, re);
}

std::optional<TitleMatch> match_title(std::string_view line) {
  // number? body(…表|清单|目录) qualifier? number-suffix? unit?
  static const RE2 re(
      ("^(" + std::string(kNumberPrefix) +
       R"()?\s*([^。，；;,:]{2,60}?(?:表|清单|目录)(?:\s*\([^()]{1,24}\))?)\s*(?:\((?:)" +
       std::string(kNumberPrefix) + R"()\))?\s*(?:\(?(?:金额)?单位\s*:\s*[千万亿]?元\)?)?$)"));
  static const RE2 not_title(R"(^(?:注|说明|备注|资料来源|来源)|见附表|如下表|详见)");
  if (line.size() > 200 || is_toc_line(line)) return std::nullopt;
  std::string number, body;
  if (!RE2::FullMatch(line, re, &number, &body)) return std::nullopt;
  if (RE2::PartialMatch(body, not_title)) return std::nullopt;
  TitleMatch m{trim(number), trim(body)};
  if (m.title.empty()) return std::nullopt;
  return m;
}

bool is_toc_line(std::string_view line) {
  static const RE2 re(R"((?:\.{4,}|…{2,}|·{4,}|-{6,})\s*\d+\s*$)");
  return RE2::PartialMatch(line, re);
}

std::optional<std::string> department_in(std::string_view line) {
  static const RE2 re(
      R"((?:部门名称|编制部门|预算部门|主管部门|单位名称|编制单位|预算单位|部门)\s*:\s*(?:\d{2,}\s*-\s*)?(.+?)\s*(?:\(?(?:金额)?单位\s*:.*)?$)");
  std::string name;
  if (!RE2::PartialMatch(line, re, &name)) return std::nullopt;
  name = trim(name);
  if (name.empty()) return std::nullopt;
  return name;
}

bool is_empty_note(std::string_view line) {
  static const RE2 re(R"(本表无数据|此表无数据|本表为空|无数据|本部门(?:没有|无).{0,30}(?:收支|预算|支出|收入|经费)|空表)");
  return RE2::PartialMatch(line, re);
}

bool is_total_label(std::string_view text) {
  static const RE2 re(R"(^(?:.{0,12}(?:合\s*计|总\s*计|小\s*计))$)");
  return RE2::FullMatch(text, re);
}

bool is_subject_code(std::string_view text) {
  static const RE2 re(R"(^\d{3}(?:\d{2}){0,2}$)");
  return RE2::FullMatch(text, re);
}

int year_in(std::string_view text) {
  static const RE2 re(R"(((?:19|20)\d{2})\s*年)");
  int year = 0;
  return RE2::PartialMatch(text, re, &year) ? year : 0;
}

bool is_page_marker(std::string_view line) {
  static const RE2 re(
      R"(^(?:-?\s*\d{1,4}\s*-?|第\s*\d+\s*页(?:\s*[,/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)$)");
  return RE2::FullMatch(line, re);
}

bool is_document_title(std::string_view line) {
  static const RE2 re(R"(^.{0,40}(?:19|20)\d{2}\s*年度?.{0,20}(?:预算|决算).{0,12}$)");
  return line.size() < 160 && !is_toc_line(line) && RE2::FullMatch(line, re) &&
         !match_title(line).has_value();
}

}  // namespace gongkai::parse
