// The check stage on real documents: the seed (samples/sx-wsb-2024-budget.txt) through
// extract → parse → check must make many checks and fail none.
#define BOOST_TEST_MODULE check_corpus_test
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <iostream>
#include <iterator>

#include "check/check.h"
#include "extract/extract.h"
#include "parse/parse.h"
#include "tests/support.h"
#include "tests/support_checked.h"

using namespace gongkai;
using namespace gongkai::testing;

namespace {

void dump(const Document& doc) {
  if (std::getenv("GONGKAI_DUMP_TABLES"))
    for (const auto& t : doc.tables) {
      std::cout << "== " << t.kind << " | " << t.title << " | " << t.unit << " | empty=" << t.empty
                << "\n";
      for (std::size_t c = 0; c < t.columns.size(); ++c)
        std::cout << "  [" << c << "] " << t.columns[c] << " role=" << int(t.roles[c]) << "\n";
      for (std::size_t r = 0; r < t.rows.size() && r < 3; ++r) {
        std::cout << "  row:";
        for (const auto& v : t.rows[r]) std::cout << " {" << int(v.kind) << ":" << v.text << "}";
        std::cout << "\n";
      }
    }
  if (std::getenv("GONGKAI_DUMP_NARRATIVE"))
    for (const auto& line : doc.narrative) std::cout << "| " << line << "\n";
  if (!std::getenv("GONGKAI_DUMP_CHECKS")) return;
  for (const auto& c : doc.checks)
    std::cout << verdict_name(c.verdict) << "\t" << c.identity << "\t" << c.location << "\t"
              << (c.expected ? c.expected->to_string() : "-") << "\t"
              << (c.found ? c.found->to_string() : "-") << "\t" << c.note << "\n";
}

std::string seed_text() {
  std::ifstream in(sample("sx-wsb-2024-budget.txt"), std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The seed with `from` replaced by `to` (once), checked.
Document mutated(const std::string& from, const std::string& to) {
  std::string text = seed_text();
  auto at = text.find(from);
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, from);
  text.replace(at, from.size(), to);
  Document doc = parse::parse_document(extract::read_text_bytes(text, "mutated.txt"));
  check::run_checks(doc);
  return doc;
}

std::vector<const Check*> failures(const Document& doc) {
  std::vector<const Check*> out;
  for (const auto& c : doc.checks)
    if (c.verdict == Verdict::SourceError || c.verdict == Verdict::ParseDoubt) out.push_back(&c);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(seed_has_no_failed_check) {
  Document doc = checked(sample("sx-wsb-2024-budget.txt"));
  dump(doc);
  auto s = check::summarize(doc.checks);
  BOOST_TEST_MESSAGE(check::summary_line("sx-wsb-2024-budget.txt", s));
  BOOST_TEST(s.failed() == 0);
  BOOST_TEST(s.total() >= 339);  // measured: 313 ok, 26 rounding
  BOOST_TEST(s.rounding <= 26);
  int narrative = 0, cross = 0;
  for (const auto& c : doc.checks) {
    narrative += c.identity.starts_with("narrative:");
    cross += c.identity.starts_with("cross_table:");
  }
  BOOST_TEST(narrative >= 52);  // 37 figures, 11 shares, 4 changes
  BOOST_TEST(cross >= 13);
}

// A budget balances per 功能分类 code: the seed's 收入总表 and 支出总表 print the same 21 codes,
// each with the same amount (行政运行: 1586.72 both sides); one amount changed on one side is a
// source error on that code alone.
BOOST_AUTO_TEST_CASE(seed_balances_per_function_code) {
  auto by_code = [](const Document& doc, Verdict v) {
    return std::count_if(doc.checks.begin(), doc.checks.end(), [v](const Check& c) {
      return c.identity == "cross_table:expenditure_code_equals_income_code" && c.verdict == v;
    });
  };
  Document doc = checked(sample("sx-wsb-2024-budget.txt"));
  BOOST_TEST(by_code(doc, Verdict::Ok) == 21);
  // The 收入总表's 2010301 行政运行 row (合计 and 一般公共预算 1586.72) printed as 1568.72.
  Document wrong =
      mutated("2010301\t行政运行\t1586.72\t1586.72\t\t", "2010301\t行政运行\t1568.72\t1568.72\t\t");
  BOOST_TEST(by_code(wrong, Verdict::SourceError) == 1);
}

BOOST_AUTO_TEST_CASE(seed_with_a_misprinted_narrative_figure) {
  // 单位资金 stated as 855.59 instead of 885.59 (the 收入预算 section).
  Document doc = mutated("单位资金885.59万元，占16.10%", "单位资金855.59万元，占16.10%");
  auto failed = failures(doc);
  BOOST_REQUIRE(failed.size() == 2u);  // the figure against 收支总表, and its share 16.10 %
  BOOST_TEST(failed[0]->verdict == Verdict::SourceError);
  BOOST_TEST(failed[0]->identity == "narrative:share");
  BOOST_TEST(failed[1]->identity == "narrative:figure");
  BOOST_TEST(failed[1]->difference->to_string() == "-30.00");
}

BOOST_AUTO_TEST_CASE(seed_with_a_value_slid_to_the_neighbouring_column) {
  // 支出总表 行政运行: 1586.72 printed under 项目支出 instead of 基本支出 (what a parse bug that
  // misplaces a cell produces).
  Document doc =
      mutated("2010301\t行政运行\t1586.72\t1586.72\t\n", "2010301\t行政运行\t1586.72\t\t1586.72\n");
  auto failed = failures(doc);
  BOOST_REQUIRE(!failed.empty());
  for (const Check* c : failed) BOOST_TEST(c->verdict == Verdict::ParseDoubt, c->location);
}

// The seed's narrative read with every 万元 taken for 千元 (what a unit misread on every
// sentence, or figures linked to the wrong tables, would give): its figures all miss their tables
// by a factor of ten. So many failures of the narrative are a doubt about the reading, never a
// dozen accusations against the document.
BOOST_AUTO_TEST_CASE(a_cluster_of_narrative_failures_is_a_doubt) {
  std::string text = seed_text();
  auto narrative = text.find("2024年度山西省人民政府外事办公室预算收入总计");
  BOOST_REQUIRE(narrative != std::string::npos);
  for (auto at = text.find("万元", narrative); at != std::string::npos; at = text.find("万元", at))
    text.replace(at, std::string("万元").size(), "千元");
  Document doc = parse::parse_document(extract::read_text_bytes(text, "mutated.txt"));
  check::run_checks(doc);
  int doubts = 0;
  for (const Check& c : doc.checks) {
    if (!c.identity.starts_with("narrative:")) continue;
    BOOST_TEST(c.verdict != Verdict::SourceError, c.location);
    if (c.verdict == Verdict::ParseDoubt &&
        c.note.find("checks of the narrative against the tables fail") != std::string::npos)
      ++doubts;
  }
  BOOST_TEST(doubts >= 5);
}

// Xi'an (corpus/wild, xa-b58162bb p.29, 元): the 一般公共预算支出明细表(按经济分类科目分) is
// printed with its 合计 column out of step with the others from row 11 on (302 商品和服务支出:
// 合计 940000.00 beside 人员经费 13593324.02, the table's own total). 29 of its 51 checks fail.
// One misprinted cell fails two or three identities; a cluster like this is a parse_doubt that
// says so, never 29 accusations, and the 22 identities that hold still hold.
BOOST_AUTO_TEST_CASE(a_cluster_of_failures_in_one_table_is_a_doubt,
                     *boost::unit_test::precondition(shared_present{})) {
  Document doc = checked(shared_dir() / "corpus" / "wild" / "xa-b58162bb.pdf");
  const std::string title = "2022年部门综合预算一般公共预算支出明细表(按经济分类科目分)";
  int ok = 0, doubts = 0, errors = 0;
  for (const Check& c : doc.checks) {
    if (c.tables != std::vector<std::string>{title}) continue;
    ok += c.verdict == Verdict::Ok;
    errors += c.verdict == Verdict::SourceError;
    if (c.verdict != Verdict::ParseDoubt) continue;
    ++doubts;
    BOOST_TEST(c.note.find("29 of the 51 checks of this table fail") != std::string::npos, c.note);
  }
  BOOST_TEST(ok == 22);
  BOOST_TEST(doubts == 29);
  BOOST_TEST(errors == 0);
}

// Real PDFs: the checks run without throwing and say what they found (the reviewer checklists
// in ../shared/corpus/real/aux list real errors in the sh-pt-sfj-2026 documents).
BOOST_AUTO_TEST_CASE(real_pdfs_are_checked, *boost::unit_test::precondition(shared_present{})) {
  for (const char* name : {"sh-pt-sfj-2026-dept-budget.pdf", "sh-pt-sfj-2026-unit-budget.pdf"}) {
    if (const char* only = std::getenv("GONGKAI_ONLY"); only && std::string(only) != name) continue;
    Document doc = checked(real_pdf(name));
    dump(doc);
    auto s = check::summarize(doc.checks);
    BOOST_TEST_MESSAGE(check::summary_line(name, s));
    BOOST_TEST(s.total() > 0, name);
  }
}

namespace {

// The failed check of `identity` whose location contains `where`, or nullptr.
const Check* failure_at(const Document& doc, const std::string& identity,
                        const std::string& where) {
  for (const Check* c : failures(doc))
    if (c->identity == identity && c->location.find(where) != std::string::npos) return c;
  return nullptr;
}

struct Expected {
  const char* identity;
  const char* where;  // part of the location text
  const char* what;   // the checklist's words, for the failure message
};

}  // namespace

// Every arithmetic error recorded by the reviewers' checklists (aux/*checklist.xlsx) is found,
// as a source error, where the checklist puts it.
BOOST_AUTO_TEST_CASE(checklist_errors_are_found,
                     *boost::unit_test::precondition(shared_present{})) {
  const Expected dept[] = {
      {"narrative:change", "43269.3万元,2026年预算安排3845.49万元,比2025年预算执行数增加17.62%",
       "item 6: 3845.49 against 43269.3 cannot be an increase of 17.62%"},
      {"narrative:item_figure", "2026年预算安排201.50万元' vs row 2210201 住房公积金",
       "item 12: 住房公积金 208.8 then 201.50"},
  };
  const Expected unit[] = {
      {"narrative:change", "1690.69万元,2026年预算安排1434.89万元,比2025年预算执行数减少1.10%",
       "item 2: 1434.89 against 1690.69 is −15.13%, not −1.10%"},
      {"narrative:item_figure", "2026年预算安排57.8万元' vs row 2080501 行政单位离退休",
       "item 7: 56.12 then 57.8 (the table has 56.12)"},
      {"narrative:item_figure", "2026年预算安排170.03万元' vs row 2210203 购房补贴",
       "item 13: 购房补贴 207 then 170.03 (the table has 207)"},
      {"narrative:change", "241.76万元,2026年预算安排170.03万元,比2025年预算执行数增加21.74%",
       "item 13: against 241.76 it is no increase of 21.74%"},
      {"row_total_equals_parts", "row 2040601 行政运行, column '支出预算/合计'",
       "单位支出预算总表 行政运行: 合计 ≠ 基本支出 + 项目支出"},
      {"row_total_equals_parts", "row 2040601 行政运行, column '一般公共预算支出/合计'",
       "一般公共预算支出功能分类预算表 行政运行: 合计 ≠ 基本支出 + 项目支出"},
  };
  auto expect_all = [](const char* name, const auto& expected) {
    Document doc = checked(real_pdf(name));
    for (const Expected& e : expected) {
      const Check* c = failure_at(doc, e.identity, e.where);
      BOOST_TEST(c != nullptr, name << ": not found: " << e.what);
      if (c) BOOST_TEST(c->verdict == Verdict::SourceError, name << ": " << e.what);
    }
  };
  expect_all("sh-pt-sfj-2026-dept-budget.pdf", dept);
  expect_all("sh-pt-sfj-2026-unit-budget.pdf", unit);
}

// sh-pt-czj-2024-final-altered.pdf is the original with errors injected on purpose. The checks
// find the arithmetic ones, none of which fails on the original. The original has two genuine
// errors of its own (page 21, checked against the rendered page): 财政拨款收入支出总计 printed
// "0.3万元" where 财政拨款收入支出决算总表 prints 2961.68, and 一般公共服务支出 "占71.73%" of
// 2940.05 where 2106.66 / 2940.05 = 71.65% (the other three shares of that list hold on 2940.05).
BOOST_AUTO_TEST_CASE(injected_errors_are_found, *boost::unit_test::precondition(shared_present{})) {
  Document original = checked(real_pdf("sh-pt-czj-2024-final.pdf"));
  Document altered = checked(real_pdf("sh-pt-czj-2024-final-altered.pdf"));
  dump(altered);
  const Expected genuine[] = {
      {"narrative:figure", "财政拨款收入支出总计0.3万元", "0.3 against 2961.68"},
      {"narrative:share", "一般公共服务支出(类)2106.66万元,占71.73%", "71.73% against 71.65%"},
  };
  auto is_genuine = [&](const Check* c) {
    return std::any_of(std::begin(genuine), std::end(genuine), [&](const Expected& e) {
      return c->identity == e.identity && c->location.find(e.where) != std::string::npos;
    });
  };
  for (const Check* c : failures(original))
    BOOST_TEST(is_genuine(c), "unexpected failure on the original: " << c->location);
  for (const Expected& e : genuine)
    BOOST_TEST(failure_at(original, e.identity, e.where) != nullptr, e.what);
  // 326.72 (支出决算表) against 326.71 (收入支出决算总表): rounded apart, not an error.
  BOOST_TEST(std::none_of(original.checks.begin(), original.checks.end(), [](const Check& c) {
    return c.identity.starts_with("cross_table:") && c.verdict != Verdict::Ok &&
           c.verdict != Verdict::Rounding;
  }));

  const Expected injected[] = {
      {"narrative:figure", "收入支出总计0万元' vs row 总计", "收入支出总计 2995.39 printed as 0"},
      {"narrative:change", "收入支出总计0万元。与2023年度相比,收入支出总计减少56.95万元,下降1.87%",
       "its change, 56.95 of 56.95, is not 1.87%"},
      {"narrative:comparison", "年初预算为1560.05万元,支出决算为1511.89万元。决算数大于预算数",
       "行政运行: 决算 below 预算 said to be above"},
      {"narrative:comparison", "年初预算为80.81万元,支出决算为80.38万元。决算数大于预算数",
       "职业年金: 决算 below 预算 said to be above"},
      {"narrative:comparison", "年初预算为62.29万元,支出决算为60.99万元。决算数等于预算数",
       "行政单位医疗: 决算 below 预算 said to be equal"},
  };
  for (const Expected& e : injected) {
    const Check* c = failure_at(altered, e.identity, e.where);
    BOOST_TEST(c != nullptr, "not found in the altered file: " << e.what);
    if (c) BOOST_TEST(c->verdict == Verdict::SourceError, e.what);
    BOOST_TEST(failure_at(original, e.identity, e.where) == nullptr, e.what);
  }
}

// Documents whose every failure was a false one (docs/checks.md): subset columns taken for
// parts (bj-czj, gd-sz), several levels of items summed (cq-slj, zj-hz, gd-sz), a 合计 that
// counts its carry-over (fj-fz), a transposed 三公 table (gd-sz). They are right: nothing fails.
BOOST_AUTO_TEST_CASE(right_documents_are_not_called_wrong,
                     *boost::unit_test::precondition(shared_present{})) {
  for (const char* name :
       {"bj-czj-2026-budget-tables.pdf", "cq-slj-2026-budget.pdf", "fj-fz-mzj-2026-unit-budget.pdf",
        "gd-sz-czj-2026-budget.pdf", "zj-hz-sfj-2026-budget.pdf"}) {
    Document doc = checked(real_pdf(name));
    for (const Check* c : failures(doc))
      BOOST_TEST(false, name << ": " << c->identity << " at " << c->location << ": " << c->note);
  }
  // js-jcy-2018: figures of a named 款 are that row's, and shares nudged to add up to 100 %.
  Document jcy = checked(real_pdf("js-jcy-2018-budget.pdf"));
  for (const char* where : {"检察(款)", "行政事业单位离退休(款)", "住房改革支出(款)", "占99.94%",
                            "占0.06%", "占63.75%", "占10.87%"})
    for (const Check* c : failures(jcy))
      BOOST_TEST(c->location.find(where) == std::string::npos, c->location);
}
