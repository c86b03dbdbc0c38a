// The seed disclosure (samples/sx-wsb-2024-budget.txt) end to end through extract → parse:
// real values from each of its 13 numbered tables, read from the printed document.
#define BOOST_TEST_MODULE seed_text_test
#include <boost/test/unit_test.hpp>

#include "extract/extract.h"
#include "parse/parse.h"
#include "tests/support.h"
#include "tests/support_tables.h"

using namespace gongkai;
using namespace gongkai::testing;

namespace {
const Document& seed() {
  static const Document doc =
      parse::parse_document(extract::read_text(sample("sx-wsb-2024-budget.txt")));
  return doc;
}
}  // namespace

BOOST_AUTO_TEST_CASE(document_metadata) {
  const auto& d = seed().document;
  BOOST_TEST(d.department == "山西省人民政府外事办公室");
  BOOST_TEST(d.year == 2024);
  BOOST_TEST(d.kind == "budget");
  BOOST_TEST(seed().source.format == "text");
}

BOOST_AUTO_TEST_CASE(thirteen_numbered_tables_in_order_and_no_table_of_contents) {
  const TableKind kinds[] = {TableKind::IncomeExpenditureSummary,
                             TableKind::Income,
                             TableKind::Expenditure,
                             TableKind::FiscalAppropriationSummary,
                             TableKind::GeneralBudgetExpenditure,
                             TableKind::GeneralBudgetBasicExpenditure,
                             TableKind::GovFundIncome,
                             TableKind::GovFundExpenditure,
                             TableKind::StateCapitalBudget,
                             TableKind::ThreePublicExpenses,
                             TableKind::AgencyOperatingExpenses,
                             TableKind::ProjectExpenditure,
                             TableKind::ProjectExpenditureCarryover};
  BOOST_REQUIRE(seed().tables.size() >= 13u);
  for (std::size_t i = 0; i < 13; ++i) {
    const auto& t = seed().tables[i];
    BOOST_TEST(t.kind == kinds[i], t.title);
    BOOST_TEST(t.unit == "万元", t.title);
    BOOST_TEST(t.department == "山西省人民政府外事办公室", t.title);
  }
  BOOST_TEST(seed().tables[0].number == "预算公开表1");
  BOOST_TEST(seed().tables[4].number == "表五");  // from the table of contents
  for (const auto& t : seed().tables) BOOST_TEST(t.title != "目录");
}

BOOST_AUTO_TEST_CASE(side_by_side_summary_keeps_both_halves) {
  const auto& t = table_of_kind(seed(), TableKind::IncomeExpenditureSummary);
  BOOST_TEST(t.title == "2024年预算收支总表");
  BOOST_TEST(cell(t, "一、一般公共预算", "收入/2024年") == "4603.53");
  BOOST_TEST(cell(t, "一、一般公共预算", "支出/项目") == "一、一般公共服务支出");
  BOOST_TEST(cell(t, "一、一般公共服务支出", "支出/2024年合计") == "4673.83");
  BOOST_TEST(cell(t, "一、一般公共服务支出", "支出/上年结转安排") == "9.83");
  BOOST_TEST(cell(t, "二、政府性基金预算", "收入/2024年") == "null");
  BOOST_TEST(cell(t, "收入总计", "收入/2024年") == "5498.95");
  BOOST_TEST(cell(t, "支出总计", "支出/2024年合计") == "5498.95");
  BOOST_TEST(cell(t, "三十、抗疫特别国债安排的支出", "收入/项目") ==
             "null");  // rows after a page break
}

BOOST_AUTO_TEST_CASE(income_table_codes_and_empty_cells) {
  const auto& t = table_of_kind(seed(), TableKind::Income);
  BOOST_TEST(cell(t, "合计", "本年收入/合计") == "5489.12");
  BOOST_TEST(cell(t, "2010302", "项目/科目名称") == "一般行政管理事务");
  BOOST_TEST(cell(t, "2010302", "本年收入/一般公共预算") == "1791.77");
  BOOST_TEST(cell(t, "2010302", "本年收入/政府性基金") == "null");
  BOOST_TEST(cell(t, "2010302", "上年结转") == "9.83");
  BOOST_TEST(cell(t, "2101103", "本年收入/单位资金") == "5.92");
  BOOST_TEST(t.rows.size() == 22u);
}

BOOST_AUTO_TEST_CASE(expenditure_table_totals) {
  const auto& t = table_of_kind(seed(), TableKind::Expenditure);
  BOOST_TEST(cell(t, "合计", "2024年预算数/合计") == "5498.95");
  BOOST_TEST(cell(t, "合计", "2024年预算数/基本支出") == "3287.40");
  BOOST_TEST(cell(t, "合计", "2024年预算数/项目支出") == "2211.55");
  BOOST_TEST(cell(t, "2010301", "2024年预算数/项目支出") == "null");
}

BOOST_AUTO_TEST_CASE(fiscal_appropriation_summary) {
  const auto& t = table_of_kind(seed(), TableKind::FiscalAppropriationSummary);
  BOOST_TEST(cell(t, "本年支出合计", "支出/金额/小计") == "4613.36");
  BOOST_TEST(cell(t, "上年财政拨款结转", "收入/金额") == "9.83");
  BOOST_TEST(cell(t, "收入总计", "收入/金额") == "4613.36");
}

BOOST_AUTO_TEST_CASE(numbers_broken_by_spacing_are_repaired) {
  // Printed "4603. 53", "2725. 31", "1878. 22" in the 一般公共预算支出表.
  const auto& t = table_of_kind(seed(), TableKind::GeneralBudgetExpenditure);
  BOOST_TEST(cell(t, "合计", "2024年预算数/合计") == "4603.53");
  BOOST_TEST(cell(t, "合计", "2024年预算数/基本支出") == "2725.31");
  BOOST_TEST(cell(t, "合计", "2024年预算数/项目支出") == "1878.22");
  BOOST_TEST(cell(t, "20199", "2024年预算数/合计") == "null");
}

BOOST_AUTO_TEST_CASE(economic_classification_table) {
  const auto& t = table_of_kind(seed(), TableKind::GeneralBudgetBasicExpenditure);
  BOOST_TEST(cell(t, "合计", "2024年预算数/人员经费") == "2305.23");
  BOOST_TEST(cell(t, "对个人和家庭的补助", "2024年预算数/合计") == "311.07");
  // Two economic classifications side by side: the row is found by its second label.
  BOOST_TEST(cell(t, "其他社会保障缴费", "2024年预算数/公用经费") == "15.20");
  BOOST_TEST(cell(t, "资本性支出", "2024年预算数/人员经费") == "null");
}

BOOST_AUTO_TEST_CASE(tables_stating_no_data_are_empty) {
  for (TableKind kind :
       {TableKind::GovFundIncome, TableKind::GovFundExpenditure, TableKind::StateCapitalBudget}) {
    const auto& t = table_of_kind(seed(), kind);
    BOOST_TEST(t.empty, kind);
    BOOST_TEST(t.rows.size() == 1u, kind);  // the bare 合计
  }
  BOOST_TEST(!table_of_kind(seed(), TableKind::Income).empty);
}

BOOST_AUTO_TEST_CASE(three_public_expenses_and_agency_costs) {
  const auto& t = table_of_kind(seed(), TableKind::ThreePublicExpenses);
  BOOST_TEST(cell(t, "合计", "2024年预算数/合计") == "577.77");
  BOOST_TEST(cell(t, "因公出国(境)费", "2024年预算数/一般公共预算") == "483.00");
  BOOST_TEST(cell(t, "1公务用车购置费", "2024年预算数/合计") == "null");  // NFKC: ① → 1
  const auto& a = table_of_kind(seed(), TableKind::AgencyOperatingExpenses);
  BOOST_TEST(cell(a, "部门合计", "2024预算数/合计") == "366.48");
}

BOOST_AUTO_TEST_CASE(project_tables_with_wrapped_names) {
  const auto& t = table_of_kind(seed(), TableKind::ProjectExpenditure);
  BOOST_TEST(t.columns.size() == 7u);
  BOOST_TEST(cell(t, "山西省人民政府外事办公室对外交流中心", "合计") == "12.03");
  BOOST_TEST(cell(t, "山西省外事服务和因公护照制证中心", "单位资金") == "293.50");
  BOOST_TEST(cell(t, "山西省人民政府外事办公室", "合计") == "2201.72");
  const auto& c = table_of_kind(seed(), TableKind::ProjectExpenditureCarryover);
  BOOST_TEST(cell(c, "省外事办2023年政务信息系统运维项目", "2024年财政拨款/一般公共预算") ==
             "9.35");
}
