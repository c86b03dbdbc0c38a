// Internal to check/: the families of identities, one file each, called by run_checks().
// Each appends the checks it could place to `out`; a check it cannot place is not made.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace gongkai::check::detail {

// table_identities.cpp: row totals (合计 = its columns), code hierarchy (类 = Σ款, 款 = Σ项),
// the 合计 row (= Σ类), economic-class groups, 三公经费, units of 机关运行经费.
// `continued`: the next table of the document goes on with this one's rows (same title and kind,
// from the next page, columns too unlike to be joined): its last unit's block is not whole.
void check_table(const Table& table, std::vector<Check>& out, bool continued = false);

// summary_tables.cpp: side-by-side 收入 | 支出 tables (本年收入合计 = Σ items, 收入总计 =
// 本年收入合计 + 上年结转, 收入总计 = 支出总计; final accounts: 年末结转和结余 = 年初结转和结余 +
// 本年收入合计 − 本年支出合计 …).
void check_side_by_side(const Table& table, std::vector<Check>& out);

// cross_table.cpp: the same figure printed in two tables of one document.
void check_cross_tables(const Document& doc, std::vector<Check>& out);

// performance_targets.cpp: a project's amount in its performance target (绩效目标表, a list or
// one card per project) = its amount in the 项目支出 table, paired by name (and unit).
void check_performance_targets(const Document& doc, std::vector<Check>& out);

// narrative.cpp: figures and changes stated in the text against the tables and themselves;
// every figure the text states goes to doc.figures, with the tables it was checked against or
// why it was not.
void check_narrative(Document& doc);

// narrative_balance.cpp: the narrative's changes of total income and total spending against the
// same base agree (a budget balances), read from the printed sentences.
void check_income_expenditure_change(const Document& doc, std::vector<Check>& out);

// personnel.cpp: the narrative's 人员经费 / 公用经费 against the document's own totals of them
// (narrative:personnel_expense), and the textbook definition 301 + 303 / 302 + 310, never an
// accusation (structure:personnel_definition).
void check_personnel_expense(const Document& doc, std::vector<Check>& out);

// narrative_items.cpp: in one section of the narrative, 年初预算 against 决算 (the relation word
// and the completion percent), and the figures of numbered 类/款/项 items against the table row
// of that code.
void check_narrative_items(const Document& doc, std::string_view heading, std::string_view text,
                           std::vector<Check>& out);

// verdicts.cpp: second look at the failures from `first` on — two failures in one table whose
// differences cancel mean a value slid between columns (parse doubt); a lone failure in an
// otherwise consistent table is said to be so.
void refine_verdicts(std::vector<Check>& checks, std::size_t first);

}  // namespace gongkai::check::detail
