// Internal to check/: linking — which table, row and column a figure of the narrative is about.
//
// A figure's subject (the words since the last clause mark before it) names a topic, and so do
// section headings: 三公经费 (and 会议费, 培训费), 机关运行经费, 政府采购, 基本支出, 项目支出,
// 国有资本经营预算, 政府性基金预算, 一般公共预算, 财政拨款 — or none (the department's totals).
// A figure is linked only to the tables of its topic: "财政拨款预算支出" to the 财政拨款 tables,
// "因公出国(境)费" to the 三公 table. It never falls back to the 合计 of another table; when no
// table of its topic holds it, it is not linked, and the link says why.
//
//   Link l = link_figure(doc, "五、财政拨款支出预算情况说明", "2026年财政拨款预算支出");
//   l.topic == Topic::Fiscal; l.cells → 财政拨款收支总表 支出总计 / 本年支出合计, 财政拨款支出表
//   合计
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace gongkai::check::detail {

struct CellRef {
  const Table* table = nullptr;
  std::size_t row = 0, col = 0;
  // The whole table is printed empty (a title and a header, no amount): the figure of its
  // subject is 0 there. row and col name no cell.
  bool printed_empty = false;
};

enum class Topic {
  General,  // the department's totals: 收入总计, 支出预算 …
  ThreePublic,
  Agency,
  Procurement,
  Basic,
  Project,
  StateCapital,
  GovFund,
  GeneralBudget,
  Fiscal,
};

// "三公经费", "财政拨款" …; "" for General.
std::string_view topic_name(Topic topic);

// The topic the text names (a subject or a heading); General when it names none.
Topic topic_in(std::string_view text);

struct Link {
  Topic topic = Topic::General;
  std::vector<CellRef> cells;  // the cells the figure may be: it holds when one of them agrees
  std::string unlinked;        // when cells is empty: why
  bool names_a_total = false;  // the subject names a total or a 三公 item: a check is due
};

// The cells a figure's subject names in its section.
Link link_figure(const Document& doc, std::string_view heading, std::string_view subject);

// When the lead's last clause names a 类/款/项 ("检察(款):2018年预算支出合计", "1.检察(款)行政
// 运行(项)支出"): that item's rows in the classification tables, each level under the one
// before; nullopt when the lead names no such item.
std::optional<std::vector<CellRef>> link_item(const Document& doc, std::string_view lead);

// The subject of a figure: the words since the last clause mark of its lead.
std::string subject_of(std::string_view lead);

// The label a cell belongs to: in side-by-side tables, the one of its own side.
std::string label_left_of(const Table& t, std::size_t row, std::size_t col);

}  // namespace gongkai::check::detail
