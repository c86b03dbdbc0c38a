// --xlsx: the workbook of a document read back with openpyxl (tests/golden/xlsx_readback.py) and
// compared, sheet by sheet and cell by cell, with the JSON of the same document. Skipped, saying
// so, where python3-openpyxl is not installed.
#define BOOST_TEST_MODULE xlsx_test
#include <boost/test/unit_test.hpp>

#include "tests/support_cli.h"

namespace fs = std::filesystem;
using namespace gongkai::testing;

namespace {

struct OpenpyxlPresent {
  boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const {
    boost::test_tools::assertion_result ok(
        std::system("/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1") == 0);
    if (!ok) ok.message() << "python3-openpyxl is not installed (scripts/setup): skipped";
    return ok;
  }
};

// The readback's output for OUT/STEM.xlsx against OUT/STEM.json, with `probes` (SHEET!CELL).
Run read_back(const fs::path& dir, const std::string& stem, const std::string& probes = "") {
  std::string script = (source_dir() / "tests" / "golden" / "xlsx_readback.py").string();
  std::string cmd = "cd '" + dir.string() + "' && /usr/bin/python3 '" + script + "' 'out/" + stem +
                    ".xlsx' 'out/" + stem + ".json' " + probes + " >readback.txt 2>&1";
  int status = std::system(cmd.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(dir / "readback.txt"), ""};
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_seed_workbook_holds_every_table_as_its_json,
                     *boost::unit_test::precondition(OpenpyxlPresent())) {
  fs::path dir = fresh_dir("xlsx-seed");
  fs::copy_file(sample("sx-wsb-2024-budget.txt"), dir / "seed.txt");
  Run r = run_gongkai("convert seed.txt -o out --xlsx", dir);
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(fs::exists(dir / "out" / "seed.xlsx"));
  // Sheet 1 B5: 一般公共预算 4603.53 万元; sheet 2 A8: the code 2010301 (行政运行), as text.
  Run back = read_back(dir, "seed", "'1!B5' '2!A8' '2!C8' '1!A1'");
  BOOST_TEST(back.exit_code == 0, back.out);
  BOOST_TEST(contains(back.out, "probe 1!B5 n 4603.53 0.00"), back.out);
  BOOST_TEST(contains(back.out, "probe 2!A8 s 2010301 @"), back.out);
  BOOST_TEST(contains(back.out, "probe 2!C8 n 1586.72 0.00"), back.out);
  BOOST_TEST(contains(back.out, "probe 1!A1 s 预算公开表1 2024年预算收支总表"), back.out);
  // 23 tables and the checks sheet; the seed fails no check.
  BOOST_TEST(contains(back.out,
                      "24 sheets, 23 tables, 3827 cells compared, 0 failed checks, 0 differences"),
             back.out);
}

BOOST_AUTO_TEST_CASE(a_real_workbook_lists_its_failed_checks_with_their_cells,
                     *boost::unit_test::precondition(shared_present()) *
                         boost::unit_test::precondition(OpenpyxlPresent())) {
  // The altered Shanghai final account: its misprints are failed checks, each linked to the
  // cells it names (14: with its emptied 三公 table against 年初预算为0.95万元).
  fs::path pdf = real_pdf("sh-pt-czj-2024-final-altered.pdf");
  if (!fs::exists(pdf)) {
    BOOST_TEST_MESSAGE(pdf.string() + " is absent: skipped");
    return;
  }
  fs::path dir = fresh_dir("xlsx-real");
  Run r = run_gongkai("convert '" + pdf.string() + "' -o out --format json,xlsx", dir);
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(!fs::exists(dir / "out" / "sh-pt-czj-2024-final-altered"));  // no CSVs asked for
  BOOST_TEST(!fs::exists(dir / "out" / "tidy.csv"));
  Run back = read_back(dir, "sh-pt-czj-2024-final-altered");
  BOOST_TEST(back.exit_code == 0, back.out);
  BOOST_TEST(contains(back.out,
                      "10 sheets, 9 tables, 1177 cells compared, 14 failed checks, 0 differences"),
             back.out);
}
