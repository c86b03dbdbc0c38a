// Consistency sums of issue 11 on real documents (../shared/corpus, skipped when absent), with
// the values printed on their pages.
#define BOOST_TEST_MODULE consistency_corpus_test
#include <boost/test/unit_test.hpp>

#include "check/check.h"
#include "tests/support.h"
#include "tests/support_checked.h"

using namespace gongkai;
using namespace gongkai::testing;
namespace utf = boost::unit_test;

namespace {

const Document& real(const char* name) {
  return read_once(real_pdf(name), true);
}
const Document& wild(const char* name) {
  return read_once(shared_dir() / "corpus" / "wild" / name, true);
}

std::vector<const Check*> with(const Document& doc, std::string_view identity,
                               std::string_view where = {}) {
  std::vector<const Check*> out;
  for (const Check& c : doc.checks)
    if (c.identity == identity && (c.location + c.note).find(where) != std::string::npos)
      out.push_back(&c);
  return out;
}

}  // namespace

// 烟台市住房和城乡建设局 2026: the 项目支出预算情况表 (page 30) gives 既有住宅加装电梯专项资金经费
// 400.00万元, its performance target (page 88) 年度预算资金总额 500.00万元.
BOOST_AUTO_TEST_CASE(a_performance_target_that_disagrees_with_the_project_table,
                     *utf::precondition(shared_present{})) {
  const Document& d = wild("yt-27ae8074.pdf");
  auto wrong = with(d, "cross_table:performance_target_equals_project", "既有住宅加装电梯");
  BOOST_TEST_REQUIRE(wrong.size() == 1u);
  BOOST_TEST((wrong[0]->verdict == Verdict::SourceError));
  BOOST_TEST((*wrong[0]->difference == *Decimal::parse("1000000")));  // 100万元, in 元
  // The other projects named once on each side agree: 34 of them.
  int held = 0;
  for (const Check* c : with(d, "cross_table:performance_target_equals_project"))
    held += c->verdict == Verdict::Ok;
  BOOST_TEST(held == 34);
}

// 杭州市司法局 2026: 31 projects in both tables, those of several prisons sharing names
// (狱政设施建设 at 东郊 and 北郊监狱) paired by 单位名称; all agree.
BOOST_AUTO_TEST_CASE(performance_targets_paired_by_unit, *utf::precondition(shared_present{})) {
  const Document& d = real("zj-hz-sfj-2026-budget.pdf");
  auto made = with(d, "cross_table:performance_target_equals_project");
  BOOST_TEST(made.size() == 31u);
  for (const Check* c : made) BOOST_TEST((c->verdict == Verdict::Ok), c->location);
}

// Beijing (wild bj-0e0df07d, page 3): 收入预算 and 支出预算 9626.78万元 both 比2025年年初预算数
// 9819.98万元减少193.20万元.
BOOST_AUTO_TEST_CASE(income_and_expenditure_fall_alike, *utf::precondition(shared_present{})) {
  const Document& d = wild("bj-0e0df07d.pdf");
  auto made = with(d, "narrative:income_expenditure_change");
  BOOST_TEST_REQUIRE(made.size() == 1u);
  BOOST_TEST((made[0]->verdict == Verdict::Ok));
  BOOST_TEST((*made[0]->found == *Decimal::parse("-1932000")));
}

// 上海市普陀区财政局 2024 final account (page 23): 人员经费2152.26万元 and 公用经费184.65万元, the
// 人员经费合计 and 公用经费合计 of its 基本支出决算表, which are 301 + 303 and 302 + 310.
BOOST_AUTO_TEST_CASE(personnel_expense_of_a_final_account, *utf::precondition(shared_present{})) {
  const Document& d = real("sh-pt-czj-2024-final.pdf");
  auto stated = with(d, "narrative:personnel_expense");
  BOOST_TEST_REQUIRE(stated.size() == 2u);
  for (const Check* c : stated) BOOST_TEST((c->verdict == Verdict::Ok), c->location);
  BOOST_TEST(stated[0]->location.find("2152.26") != std::string::npos);
  auto definition = with(d, "structure:personnel_definition");
  BOOST_TEST_REQUIRE(definition.size() == 2u);
  for (const Check* c : definition) BOOST_TEST((c->verdict == Verdict::Ok), c->location);
}

// 西安市财政局 2026: 人员经费支出 74,582,857.23元 counts 其他交通费用 (30239) 2,546,838.00元
// of 商品和服务支出, in both its tables by economic class: the document's own definition, said
// and not failed.
BOOST_AUTO_TEST_CASE(xian_counts_a_commodity_item_in_personnel,
                     *utf::precondition(shared_present{})) {
  const Document& d = real("sn-xa-czj-2026-budget.pdf");
  auto moved = with(d, "structure:personnel_definition", "30239 其他交通费用 2546838.00");
  BOOST_TEST_REQUIRE(moved.size() == 2u);
  for (const Check* c : moved) BOOST_TEST((c->verdict == Verdict::NotChecked));
  for (const Check& c : d.checks)
    if (c.identity == "structure:personnel_definition" ||
        c.identity == "narrative:personnel_expense")
      BOOST_TEST(!is_failure(c.verdict), c.location);
  // Its two tables by economic class split each item they share alike (30103 奖金 …).
  auto split = with(d, "cross_table:personnel_split_agrees");
  BOOST_TEST(split.size() == 10u);
  for (const Check* c : split) BOOST_TEST((c->verdict == Verdict::Ok), c->location);
}
