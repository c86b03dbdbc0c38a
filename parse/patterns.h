// The RE2 patterns of the parse stage, one named function per concern, each compiled once.
// Every function takes text already passed through normalize::clean_text (ASCII digits and
// punctuation, no stray spaces between CJK characters).
//
//   auto t = gongkai::parse::match_title("预算公开表1 2024年预算收支总表");
//   t->number == "预算公开表1"; t->title == "2024年预算收支总表";
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongkai::parse {

struct TitleMatch {
  std::string number;  // "预算公开表1", "表一", "公开01表"; empty when the line has none
  std::string title;   // the title proper, e.g. "2024年预算收支总表"
};

// A table title: a short line ending in 表 (or 清单/目录), optionally with a parenthesised
// qualifier "(不含上年结转)", a number prefix or suffix, and a trailing "单位:万元".
// Not a sentence (no 。，；), not a table-of-contents line, not a note.
std::optional<TitleMatch> match_title(std::string_view line);

// A line that is only a table number: "预算公开表1", "部门公开表9", "表一", "公开01表", "附表3".
bool is_table_number(std::string_view line);

// A table-of-contents line: dot leaders (or …) followed by a page number.
bool is_toc_line(std::string_view line);

// The department named by "部门名称:X", "编制部门:X", "单位名称:X", "编制单位:X", "部门:X",
// without a trailing "单位:万元" and without a budget-code prefix ("341-湖州市财政局" →
// 湖州市财政局).
std::optional<std::string> department_in(std::string_view line);

// "注:本表无数据", "本表无数据", "此表无数据", "本部门无…数据" …
bool is_empty_note(std::string_view line);

// A functional classification code (科目编码) printed whole: 3, 5 or 7 digits.
bool is_subject_code(std::string_view text);

// The year a title speaks of ("2024年…" → 2024), 0 when none.
int year_in(std::string_view text);

// A table's subtitle that only dates it: "(2026年度)", "2026年", "(2026年预算)". Printed under the
// title, and on continuation pages sometimes instead of it; never a title of its own.
bool is_subtitle(std::string_view line);

// A qualifier printed on its own line under a title, in parentheses:
// "(按支出经济分类科目-不含上年结转)", "(上年结转)". Not a subtitle (a year alone).
bool is_title_qualifier(std::string_view line);

// A section heading of the narrative: "三、预算单位构成", "第七部分 重点项目预算绩效情况说明",
// "(二)部门预算单位构成". Returns the heading's words without the enumeration.
std::optional<std::string> section_heading(std::string_view line);

// A page number or running footer: "3", "- 3 -", "第3页", "第 3 页 共 10 页".
bool is_page_marker(std::string_view line);

// A cover line that names only the kind of document: "部门预算", "单位预算", "部门综合预算公开".
bool is_document_kind_line(std::string_view line);

// The document's own title on its cover: "2024年度部门预算公开", "2019年部门决算".
bool is_document_title(std::string_view line);

// The organisation a title or cover line names: "2017年度江苏省高级人民法院部门收支预算总表" →
// 江苏省高级人民法院; "国家信访局2026年度部门预算" → 国家信访局. nullopt when the words there do
// not look like an organisation's name.
std::optional<std::string> department_in_title(std::string_view text);

// A name ending as organisations' names do (…局, …办公室, …委员会, …中心, …(本级)).
bool looks_like_organization(std::string_view text);

}  // namespace gongkai::parse
