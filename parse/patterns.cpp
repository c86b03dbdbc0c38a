#include "parse/patterns.h"

#include <re2/re2.h>

#include "normalize/regex.h"

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
  static const normalize::Regex re(("^(?:" + std::string(kNumberPrefix) + ")$"));
  return RE2::FullMatch(line, re);
}

std::optional<TitleMatch> match_title(std::string_view line) {
  // number? body(…表|清单|目录) qualifier? number-suffix? unit?
  static const normalize::Regex re(
      ("^(" + std::string(kNumberPrefix) +
       R"()?\s*[.:、]?\s*([^。，；;,:]{2,60}?(?:表|清单|目录)(?:\s*\([^()]{1,24}\))?)\s*(?:\((?:)" +
       std::string(kNumberPrefix) + R"()\))?\s*(?:\(?(?:金额)?单位\s*:\s*[千万亿]?元\)?)?$)"));
  static const normalize::Regex not_title(
      R"(^(?:注|说明|备注|资料来源|来源|第[一二三四五六七八九十]+部分)|见附表|如下表|详见)");
  // "一、2017年度…收支预算总表", "(十一)…": the list position serves as the number.
  static const normalize::Regex enumeration(
      R"(^(?:([一二三四五六七八九十]{1,3})、|\(([一二三四五六七八九十]{1,3})\)|(\d{1,2})[、.])\s*)");
  if (line.size() > 200 || is_toc_line(line)) return std::nullopt;
  std::string listed, listed_paren, listed_digit;
  re2::StringPiece rest(line.data(), line.size());
  if (RE2::Consume(&rest, enumeration, &listed, &listed_paren, &listed_digit)) {
    listed = listed + listed_paren + listed_digit;
    line = std::string_view(rest.data(), rest.size());
  }
  std::string number, body;
  if (!RE2::FullMatch(line, re, &number, &body)) return std::nullopt;
  if (number.empty()) number = listed;
  if (RE2::PartialMatch(body, not_title)) return std::nullopt;
  TitleMatch m{trim(number), trim(body)};
  if (m.title.empty()) return std::nullopt;
  return m;
}

bool is_toc_line(std::string_view line) {
  static const normalize::Regex re(R"((?:\.{4,}|…{2,}|·{4,}|-{6,})\s*\d+\s*$)");
  return RE2::PartialMatch(line, re);
}

std::optional<std::string> department_in(std::string_view line) {
  // The department and the money unit often share a line, with or without space between them
  // once CJK spacing is cleaned: "部门(单位):X局单位:万元", "单位:X局 单位:万元",
  // "编制单位:X 金额单位:元". The name stops where the unit phrase starts; a bare "单位:" names
  // a department only when what follows is not a money unit ("单位:万元").
  static const normalize::Regex re(
      R"((?:部门名称|编制部门|预算部门|主管部门|单位名称|编制单位|预算单位|填报单位|部门\(单位\)|单位\(部门\)|部门|单位)\s*:\s*(?:\d{2,}\s*-\s*)?(.+?)\s*(?:\(?(?:金额|计量)?单位\s*[:(].*)?$)");
  static const normalize::Regex money_unit(R"(^\(?(?:人民币)?[千万亿]?元)");
  static const normalize::Regex sentence(R"([。，,;；])");
  // "单位:万元 部门:X": a unit phrase before the department is passed over.
  re2::StringPiece rest(line.data(), line.size()), found;
  while (RE2::PartialMatch(rest, re, &found)) {
    std::string name = trim(std::string_view(found.data(), found.size()));
    if (!RE2::PartialMatch(name, money_unit)) {
      if (name.empty() || name.size() > 120 || RE2::PartialMatch(name, sentence))
        return std::nullopt;
      return name;
    }
    re2::StringPiece after_unit = found;
    RE2::Consume(&after_unit, money_unit);
    rest = after_unit;
  }
  return std::nullopt;
}

bool is_empty_note(std::string_view line) {
  static const normalize::Regex re(
      R"((?:本|此|该)表(?:无数据|为空)|无数据|本部门(?:没有|无).{0,30}(?:收支|预算|支出|收入|经费)|空表)");
  return RE2::PartialMatch(line, re);
}

bool is_subject_code(std::string_view text) {
  static const normalize::Regex re(R"(^\d{3}(?:\d{2}){0,2}$)");
  return RE2::FullMatch(text, re);
}

int year_in(std::string_view text) {
  static const normalize::Regex re(R"(((?:19|20)\d{2})\s*年)");
  int year = 0;
  return RE2::PartialMatch(text, re, &year) ? year : 0;
}

bool is_subtitle(std::string_view line) {
  static const normalize::Regex re(R"(^\(?\s*(?:19|20)\d{2}\s*年度?\s*(?:预算|决算)?\s*\)?$)");
  return RE2::FullMatch(line, re);
}

bool is_title_qualifier(std::string_view line) {
  static const normalize::Regex re(R"(^\([^()。，;；]{2,30}\)$)");
  return RE2::FullMatch(line, re) && !is_subtitle(line);
}

std::optional<std::string> section_heading(std::string_view line) {
  static const normalize::Regex re(
      R"(^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))\s*([^,，。;；:()]{2,30})$)");
  // "二、部门决算单位构成(仅有一个单位的部门,…": a note in parentheses is not the heading.
  line = line.substr(0, line.find('('));
  std::string words;
  if (!RE2::FullMatch(line, re, &words)) return std::nullopt;
  words = trim(words);
  if (words.empty()) return std::nullopt;
  return words;
}

bool is_page_marker(std::string_view line) {
  static const normalize::Regex re(
      R"(^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d+\s*页(?:\s*[,/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)$)");
  return RE2::FullMatch(line, re);
}

bool is_document_kind_line(std::string_view line) {
  static const normalize::Regex re(R"(^(?:部门|单位)(?:综合)?(?:预算|决算)(?:公开|信息公开)?$)");
  return RE2::FullMatch(line, re);
}

bool is_document_title(std::string_view line) {
  // "2024年度部门预算公开", "国家信访局2026年度部门预算", "2019年佛山市轨道交通局部门决算",
  // "重庆市水利局2026年部门预算情况说明": it ends with the kind of document, not in a sentence.
  static const normalize::Regex re(
      R"(^[^:,;。，；、()]{0,40}(?:19|20)\d{2}\s*年度?[^:,;。，；、()\d]{0,30}(?:(?:部门|单位)(?:综合)?(?:预算|决算)(?:公开|信息公开|公开说明|情况说明|说明|报告|草案|编制说明)?|(?:预算|决算)(?:公开|信息公开))$)");
  static const normalize::Regex section(R"(^第[一二三四五六七八九十]+部分)");
  return line.size() < 160 && !RE2::PartialMatch(line, section) && !is_toc_line(line) &&
         RE2::FullMatch(line, re) && !match_title(line).has_value();
}

std::optional<std::string> department_in_title(std::string_view text) {
  // The organisation between the year and the document/table words, or before the year.
  static const normalize::Regex after_year(
      R"((?:19|20)\d{2}\s*年度?\s*([^\d:,;。，；、()“”"]{2,40}?)(?:部门|单位)?(?:预算|决算|收支|收入|支出|财政拨款|一般公共|政府性基金|国有资本|三公|项目|政府采购|机关运行))");
  static const normalize::Regex before_year(
      R"(^([^\d:,;。，；、“”"]{2,40}?)(?:19|20)\d{2}\s*年度?)");
  std::string name;
  if (RE2::PartialMatch(text, after_year, &name) && looks_like_organization(name)) return name;
  if (RE2::PartialMatch(text, before_year, &name) && looks_like_organization(name)) return name;
  return std::nullopt;
}

bool looks_like_organization(std::string_view text) {
  static const normalize::Regex re(
      R"(^[^\d:,;。，；、\s]{2,40}(?:局|厅|委|办|院|会|部|处|室|中心|政府|馆|站|所|队|校|园|社|协会|办事处|法院|检察院|委员会|公司|集团|署|台|团|监狱|学校|医院)(?:\(本级\)|\(汇总\)|本级)?$)");
  return RE2::FullMatch(text, re);
}

}  // namespace gongkai::parse
