// convert's conventions (issue 9): --format, --pages, --password, --version on every subcommand,
// and per-table CSV names that tell two tables of one kind apart.
#define BOOST_TEST_MODULE cli_options_test
#include <boost/test/unit_test.hpp>

#include "core/version.h"
#include "tests/support_cli.h"

namespace fs = std::filesystem;
using namespace gongkai::testing;

namespace {

bool qpdf_present() {
  return std::system("command -v qpdf >/dev/null 2>&1") == 0;
}

struct QpdfPresent {
  boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const {
    boost::test_tools::assertion_result ok(qpdf_present());
    if (!ok) ok.message() << "qpdf is not installed (scripts/setup): skipped";
    return ok;
  }
};

}  // namespace

BOOST_AUTO_TEST_CASE(format_chooses_the_outputs) {
  fs::path dir = fresh_dir("format");
  fs::copy_file(sample("sx-wsb-2024-budget.txt"), dir / "seed.txt");
  Run r = run_gongkai("convert seed.txt -o out --format csv", dir);
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(!fs::exists(dir / "out" / "seed.json"));
  BOOST_TEST(!fs::exists(dir / "out" / "tidy.csv"));
  BOOST_TEST(fs::exists(dir / "out" / "seed" / "02-income-预算收入总表.csv"));
  // Adding an output converts again what lacks it, though the input is unchanged.
  r = run_gongkai("convert seed.txt -o out --format csv,json,tidy --xlsx", dir);
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(contains(r.err, "converted 1 of 1"), r.err);
  BOOST_TEST(fs::exists(dir / "out" / "seed.json"));
  BOOST_TEST(fs::exists(dir / "out" / "seed.xlsx"));
  BOOST_TEST(fs::exists(dir / "out" / "tidy.csv"));
  r = run_gongkai("convert seed.txt -o out --xlsx", dir);
  BOOST_TEST(contains(r.err, "skipped 1 unchanged"), r.err);
}

BOOST_AUTO_TEST_CASE(tidy_csv_holds_inputs_converted_without_it) {
  fs::path dir = fresh_dir("format-tidy");
  fs::copy_file(sample("sx-wsb-2024-budget.txt"), dir / "seed.txt");
  Run r = run_gongkai("convert seed.txt -o out --format json", dir);
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(!fs::exists(dir / "out" / "tidy.csv"));
  // Unchanged, so skipped; its rows come from the store.
  r = run_gongkai("convert seed.txt -o out --format json,tidy", dir);
  BOOST_TEST(contains(r.err, "skipped 1 unchanged"), r.err);
  BOOST_TEST(contains(slurp(dir / "out" / "tidy.csv"), "4603.53"));
}

BOOST_AUTO_TEST_CASE(a_bad_format_is_a_bad_argument) {
  fs::path dir = fresh_dir("format-bad");
  fs::copy_file(sample("sx-wsb-2024-budget.txt"), dir / "seed.txt");
  Run r = run_gongkai("convert seed.txt -o out --format json,pdf", dir);
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(contains(r.err, "--format: unknown output \"pdf\" (known: json, csv, tidy, xlsx)"),
             r.err);
  BOOST_TEST(!fs::exists(dir / "out" / "seed.json"));
  r = run_gongkai("convert seed.txt -o - --xlsx", dir);
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(contains(r.err, "-o - prints the JSON of one input and nothing else"), r.err);
}

BOOST_AUTO_TEST_CASE(per_table_csv_names_carry_a_short_title) {
  fs::path dir = fresh_dir("csv-names");
  fs::copy_file(sample("sx-wsb-2024-budget.txt"), dir / "seed.txt");
  Run r = run_gongkai("convert seed.txt -o out --no-store", dir);
  BOOST_TEST(r.exit_code == 0, r.err);
  fs::path csvs = dir / "out" / "seed";
  // The title without the year (2024年…): 表五 and 表六 are both about 一般公共预算 expenditure.
  BOOST_TEST(
      fs::exists(csvs / "05-general_budget_expenditure-一般公共预算支出预算表(不含上年结转).csv"));
  BOOST_TEST(fs::exists(csvs / "12-project_expenditure-项目支出预算表(本年预算).csv"));
  BOOST_TEST(fs::exists(csvs / "13-project_expenditure_carryover-项目支出预算表(上年结转).csv"));
  BOOST_TEST(fs::exists(csvs / "22-unknown-山西省部门政府购买服务指导性目录.csv"));
  BOOST_TEST(fs::exists(csvs / "23-unknown-山西省政府购买服务指导性目录(B类).csv"));
}

BOOST_AUTO_TEST_CASE(pages_selects_pages_and_is_part_of_the_manifest) {
  fs::path dir = fresh_dir("pages");
  fs::copy_file(sample("sx-wsb-2024-budget-ruled.pdf"), dir / "seed.pdf");
  Run r = run_gongkai("convert seed.pdf -o out --pages 3-4,6", dir);
  BOOST_TEST(r.exit_code == 0, r.err);
  std::string json = slurp(dir / "out" / "seed.json");
  BOOST_TEST(contains(json, "\"selected_pages\": [3, 4, 6]"));
  BOOST_TEST(contains(json, "\"title\": \"2024年预算收支总表\""));   // pages 3-4
  BOOST_TEST(!contains(json, "\"title\": \"2024年预算收入总表\""));  // page 5, not read
  BOOST_TEST(!contains(json, "\"verdict\": \"source_error\""));      // a table cut at page 6
  BOOST_TEST(contains(json, "page 7 was not read (--pages): the table may go on there"));
  BOOST_TEST(contains(r.err, "0 source errors"), r.err);
  // The same pages again: unchanged. The whole document: not the same conversion.
  r = run_gongkai("convert seed.pdf -o out --pages 3-4,6", dir);
  BOOST_TEST(contains(r.err, "skipped 1 unchanged"), r.err);
  r = run_gongkai("convert seed.pdf -o out", dir);
  BOOST_TEST(contains(r.err, "converted 1 of 1 files into out\n"), r.err);
  BOOST_TEST(!contains(slurp(dir / "out" / "seed.json"), "selected_pages"));
  r = run_gongkai("convert seed.pdf -o out --pages 3", dir);
  BOOST_TEST(contains(r.err, "converted 1 of 1 files into out\n"), r.err);
}

BOOST_AUTO_TEST_CASE(pages_out_of_range_name_the_file) {
  fs::path dir = fresh_dir("pages-range");
  fs::copy_file(sample("sx-wsb-2024-budget-ruled.pdf"), dir / "seed.pdf");
  fs::copy_file(sample("sx-wsb-2024-budget.txt"), dir / "seed.txt");
  Run r = run_gongkai("convert seed.pdf seed.txt -o out --pages 36-38", dir);
  BOOST_TEST(r.exit_code == 1);
  BOOST_TEST(
      contains(r.err, "seed.pdf: --pages: page 38 is out of range: the document has 37 pages"),
      r.err);
  // A text input's pages are its form feeds: the seed's text has none, one page.
  BOOST_TEST(contains(r.err, "seed.txt: --pages: page 36 is out of range: the document has 1 page"),
             r.err);
  r = run_gongkai("convert seed.pdf -o out --pages 9-3", dir);
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(contains(r.err, "--pages 9-3: the range 9-3 runs backwards"), r.err);
  r = run_gongkai("convert seed.pdf -o out --pages 0,2", dir);
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(contains(r.err, "is not a page number"), r.err);
}

BOOST_AUTO_TEST_CASE(pages_of_a_text_input_are_its_form_feeds) {
  fs::path dir = fresh_dir("pages-text");
  std::string seed = slurp(sample("sx-wsb-2024-budget.txt"));
  // Page 1: a note; page 2: the seed.
  std::ofstream(dir / "two.txt", std::ios::binary) << "封面\n\f" << seed;
  Run r = run_gongkai("convert two.txt -o out --pages 2", dir);
  BOOST_TEST(r.exit_code == 0, r.err);
  std::string json = slurp(dir / "out" / "two.json");
  BOOST_TEST(contains(json, "\"selected_pages\": [2]"));
  BOOST_TEST(contains(json, "4603.53"));
}

BOOST_AUTO_TEST_CASE(password_opens_an_encrypted_pdf,
                     *boost::unit_test::precondition(QpdfPresent())) {
  fs::path dir = fresh_dir("password");
  fs::copy_file(sample("sx-wsb-2024-budget.txt"), dir / "seed.txt");
  std::string make = "cd '" + dir.string() + "' && qpdf --encrypt user-pw owner-pw 256 -- '" +
                     sample("sx-wsb-2024-budget-ruled.pdf").string() + "' locked.pdf";
  BOOST_TEST_REQUIRE(std::system(make.c_str()) == 0);
  // Without it: the file named, the rest of the batch goes on.
  Run r = run_gongkai("convert locked.pdf seed.txt -o out", dir);
  BOOST_TEST(r.exit_code == 1);
  BOOST_TEST(contains(r.err, "locked.pdf: encrypted: give --password\n"), r.err);
  BOOST_TEST(fs::exists(dir / "out" / "seed.json"));
  BOOST_TEST(!fs::exists(dir / "out" / "locked.json"));
  r = run_gongkai("convert locked.pdf -o out --password wrong", dir);
  BOOST_TEST(r.exit_code == 1);
  BOOST_TEST(
      contains(r.err,
               "locked.pdf: encrypted: give --password (the password given does not open it)"),
      r.err);
  // The user's password and the owner's both open it.
  for (const char* password : {"user-pw", "owner-pw"}) {
    r = run_gongkai("convert locked.pdf -o out --force --password " + std::string(password), dir);
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(contains(r.err, "(23 tables, 409 amounts)"), r.err);
    BOOST_TEST(contains(slurp(dir / "out" / "locked.json"), "4603.53"));
  }
}

BOOST_AUTO_TEST_CASE(version_works_on_every_subcommand) {
  fs::path dir = fresh_dir("version");
  for (const char* args : {"--version", "convert --version", "inspect --version",
                           "review --version", "kinds --version"}) {
    Run r = run_gongkai(args, dir);
    BOOST_TEST(r.exit_code == 0, args);
    BOOST_TEST(r.out == "gongkai " + std::string(gongkai::kVersion) + "\n", args);
  }
}
