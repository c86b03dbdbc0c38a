// A 合计 added up from the items while the subtotals over them were rounded on their own: the
// 财政拨款基本支出表(经济科目) of a Wuxi 部门预算 (wx-744286f0.pdf, 公开06表, page 27), 万元. Its
// 301 工资福利支出 prints 23,647.92 over items summing to 23,647.94; 合计 26,790.33 is the sum of
// all 26 items, 0.02 above 301 + 302 + 303.
#define BOOST_TEST_MODULE subtotal_rounding_test
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "check/check.h"
#include "tests/support_built.h"

using namespace gongkai;
using gongkai::testing::table_from_printed;

namespace {

constexpr auto C = ColumnRole::Code;
constexpr auto L = ColumnRole::Label;
constexpr auto A = ColumnRole::Amount;

Table wuxi_basic(const std::string& total, const std::string& staff_total) {
  return table_from_printed("财政拨款基本支出表(经济科目)", TableKind::BasicExpenditure,
                            {"科目编码", "科目名称", "本年财政拨款基本支出/合计",
                             "本年财政拨款基本支出/人员经费", "本年财政拨款基本支出/公用经费"},
                            {C, L, A, A, A},
                            {{"合计", "", total, staff_total, "1259.82"},
                             {"301", "工资福利支出", "23647.92", "23647.92", ""},
                             {"30101", "基本工资", "3720.78", "3720.78", ""},
                             {"30102", "津贴补贴", "6476.31", "6476.31", ""},
                             {"30103", "奖金", "3055.68", "3055.68", ""},
                             {"30106", "伙食补助费", "0.01", "0.01", ""},
                             {"30107", "绩效工资", "3606.12", "3606.12", ""},
                             {"30108", "机关事业单位基本养老保险缴费", "1924.13", "1924.13", ""},
                             {"30109", "职业年金缴费", "962.08", "962.08", ""},
                             {"30110", "职工基本医疗保险缴费", "841.81", "841.81", ""},
                             {"30112", "其他社会保障缴费", "169.65", "169.65", ""},
                             {"30113", "住房公积金", "1834.32", "1834.32", ""},
                             {"30114", "医疗费", "99.45", "99.45", ""},
                             {"30199", "其他工资福利支出", "957.60", "957.60", ""},
                             {"302", "商品和服务支出", "1259.82", "", "1259.82"},
                             {"30201", "办公费", "506.66", "", "506.66"},
                             {"30215", "会议费", "13.55", "", "13.55"},
                             {"30216", "培训费", "70.70", "", "70.70"},
                             {"30217", "公务接待费", "24.82", "", "24.82"},
                             {"30228", "工会经费", "302.13", "", "302.13"},
                             {"30231", "公务用车运行维护费", "18.60", "", "18.60"},
                             {"30239", "其他交通费用", "221.30", "", "221.30"},
                             {"30299", "其他商品和服务支出", "102.06", "", "102.06"},
                             {"303", "对个人和家庭的补助", "1882.57", "1882.57", ""},
                             {"30301", "离休费", "66.45", "66.45", ""},
                             {"30302", "退休费", "1799.53", "1799.53", ""},
                             {"30303", "退职(役)费", "2.24", "2.24", ""},
                             {"30305", "生活补助", "3.78", "3.78", ""},
                             {"30309", "奖励金", "1.53", "1.53", ""},
                             {"30399", "其他对个人和家庭的补助", "9.04", "9.04", ""}});
}

std::vector<Check> top_level_checks(const std::string& total, const std::string& staff_total) {
  Document doc;
  doc.document.kind = "budget";
  doc.tables.push_back(wuxi_basic(total, staff_total));
  check::run_checks(doc);
  std::vector<Check> out;
  for (const auto& c : doc.checks)
    if (c.identity == "total_row_equals_top_level_rows") out.push_back(c);
  return out;
}

}  // namespace

// As printed: 合计 = Σ items exactly, each subtotal within rounding of its items: rounding.
BOOST_AUTO_TEST_CASE(total_of_the_items_over_rounded_subtotals_is_rounding) {
  const auto checks = top_level_checks("26790.33", "25530.51");
  BOOST_REQUIRE(checks.size() == 3u);
  for (const auto& c : checks) {
    BOOST_TEST(c.verdict != Verdict::SourceError);
    BOOST_TEST(c.verdict != Verdict::ParseDoubt);
  }
  BOOST_TEST(checks[0].verdict == Verdict::Rounding);
  BOOST_TEST(checks[0].expected->to_string() == "26790.31");
  BOOST_TEST(checks[0].difference->to_string() == "0.02");
  BOOST_TEST(checks[0].note.find("26 item rows (26790.33)") != std::string::npos);
}

// A 合计 that is neither the sum of the subtotals nor of the items stays a failure, and two
// failures of one sign are not a value that slid from one column to the other.
BOOST_AUTO_TEST_CASE(a_total_off_both_sums_stays_a_failure) {
  const auto checks = top_level_checks("26790.36", "25530.54");
  BOOST_REQUIRE(checks.size() == 3u);
  BOOST_TEST(checks[0].verdict == Verdict::SourceError);
  BOOST_TEST(checks[1].verdict == Verdict::SourceError);
  BOOST_TEST(checks[0].note.find("slid") == std::string::npos);
}
