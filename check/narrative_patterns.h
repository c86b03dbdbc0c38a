// Internal to check/: the sentence patterns of the narrative (情况说明), compiled once, named,
// and tested in tests/unit/check_test.cpp with what they must and must not match.
//
//   figures_in("收入总计5,498.95万元,其中")      → {5498.95, 万元 (power 4)}
//   change_lead("比上年增长")                      → Direction::Up
//   change_percent(",增长34.94%,主要原因")          → {Up, 34.94}
//   share_percent(",占83.72%;")                    → 83.72
//
// Input is normalised narrative text (NFKC: ASCII , : ; ( ), spaces already removed).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.h"

namespace gongkai::check::detail {

// An amount with its unit in running text: "5,498.95万元", "400万元", "0万元".
struct TextFigure {
  std::size_t begin = 0, end = 0;  // byte offsets in the searched text
  Decimal value;                   // as printed, in `unit_power`
  int unit_power = 0;              // 元 0, 千元 3, 万元 4, 亿元 8
};
std::vector<TextFigure> figures_in(std::string_view text);

enum class Direction { Up, Down, Same };

// The change phrase that leads a figure: "比上年增长", "比2023年增加", "与上年相比预算数减少",
// "较上年下降". Not: "因公出国(境)经费收入增加" (no comparison), "比上年" alone.
std::optional<Direction> change_lead(std::string_view lead);

// The percentage right after a change figure: ",增长34.94%" → {Up, 34.94}.
struct ChangePercent {
  Direction direction = Direction::Same;
  Decimal percent;
};
std::optional<ChangePercent> change_percent(std::string_view tail);

// A percentage change stated against another figure, right after the current one:
// ",比2025年预算执行数减少1.10%" → {Down, 1.10}. Not ",比上年增加4.92万元" (an amount).
std::optional<ChangePercent> compared_percent(std::string_view tail);

// A share right after a figure: ",占83.72%" → 83.72. Not ",增长3%".
std::optional<Decimal> share_percent(std::string_view tail);

// A line that opens a section of the narrative: "三、支出预算情况说明", "(一)一般公共预算当年
// 支出规模变化情况", "第三部分2024年度部门预算情况说明". Not sentences that happen to start
// with an ordinal and state figures.
bool is_section_heading(std::string_view line);
bool is_top_heading(std::string_view line);  // "三、…" or "第三部分…", not "(一)…"

// A change whose current figure closed the previous sentence: "与2023年度相比,收入支出总计减少"
// → {Down, "收入支出总计"}. Not "与上年相比,减少" (no subject to match), not "比上年增长".
struct ComparedLead {
  Direction direction = Direction::Same;
  std::string subject;
};
std::optional<ComparedLead> compared_lead(std::string_view lead);

// 决算 against 年初预算 (final accounts): "年初预算为1560.05万元,支出决算为1511.89万元。决算数
// 小于预算数" or "…,完成年初预算的98.20%". Figures in 万元 as printed; percent and relation
// (大于/小于/等于/持平/基本持平) when stated. Each match's byte range is in the searched text.
struct Execution {
  std::size_t begin = 0, end = 0;
  Decimal budget, actual;
  std::optional<Decimal> completion;
  std::string relation;  // "" when not stated
};
std::vector<Execution> executions_in(std::string_view text);

// A numbered item naming a 类/款/项 by code or by name, and the figures stated for it:
// "公共安全支出(204类)司法(06款)行政运行(01项)1434.89万元" → code "2040601";
// "一般公共服务支出(类)财政事务(款)行政运行(项)" → names {一般公共服务支出, 财政事务, 行政运行}.
struct ItemHead {
  std::size_t begin = 0, end = 0;  // of the whole head (names and codes)
  std::string code;                // 7 digits when printed, else ""
  std::vector<std::string> names;  // 类, 款, 项 names as printed (ordinals dropped)
};
std::vector<ItemHead> item_heads_in(std::string_view text);

// The figures of an item that state its amount for the year of the document: the one right
// after the head (budgets), "2026年预算安排57.8万元", "支出决算为1511.89万元". Not "预算执行数为"
// (last year), not "年初预算为" (the budget a final account is compared with).
std::vector<TextFigure> item_amounts(std::string_view item_text, std::size_t head_end);

}  // namespace gongkai::check::detail
