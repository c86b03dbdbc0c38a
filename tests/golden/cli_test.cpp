// The command line as a user meets it: a batch with a bad file in it, outputs written whole,
// the JSON on stdout, exit codes.
#define BOOST_TEST_MODULE cli_test
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "tests/support.h"

namespace fs = std::filesystem;
using namespace gongkai::testing;

namespace {

struct Run {
  int exit_code;
  std::string out;
  std::string err;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs build/gongkai with `args` in a fresh temporary folder.
Run run_gongkai(const std::string& args, const fs::path& dir) {
  std::string cmd = "cd '" + dir.string() + "' && '" + (binary_dir() / "gongkai").string() + "' " +
                    args + " >stdout.txt 2>stderr.txt";
  int status = std::system(cmd.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(dir / "stdout.txt"),
          slurp(dir / "stderr.txt")};
}

fs::path fresh_dir(const std::string& name) {
  fs::path dir =
      fs::temp_directory_path() / ("gongkai-cli-test-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_bad_file_is_named_and_the_batch_goes_on) {
  fs::path dir = fresh_dir("batch");
  fs::copy_file(sample("sx-wsb-2024-budget.txt"), dir / "seed.txt");
  std::ofstream(dir / "broken.pdf") << "%PDF-1.4\nthis is not really a pdf\n";
  Run r = run_gongkai("convert seed.txt broken.pdf -o out", dir);
  BOOST_TEST(r.exit_code == 1);
  BOOST_TEST(r.err.find("broken.pdf") != std::string::npos, r.err);
  BOOST_TEST(fs::exists(dir / "out" / "seed.json"));
  BOOST_TEST(fs::exists(dir / "out" / "seed" / "01-income_expenditure_summary-预算收支总表.csv"));
  BOOST_TEST(!fs::exists(dir / "out" / "broken.json"));
  // Nothing half-written is left behind: no temporary files in the output folder.
  for (const auto& e : fs::recursive_directory_iterator(dir / "out"))
    BOOST_TEST(e.path().string().find(".tmp") == std::string::npos, e.path().string());
  std::string tidy = slurp(dir / "out" / "tidy.csv");
  BOOST_TEST(
      tidy.find(
          "seed.txt,山西省人民政府外事办公室,2024,budget,,预算公开表1,2024年预算收支总表,"
          "income_expenditure_summary,1,,,一、一般公共预算,false,收入/2024年,total,2024,,4603.53,"
          "万元,46035300") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_saved_error_page_is_not_read_as_text) {
  fs::path dir = fresh_dir("html");
  std::ofstream(dir / "budget.pdf") << "<html><body>404 Not Found</body></html>\n";
  Run r = run_gongkai("convert budget.pdf -o out", dir);
  BOOST_TEST(r.exit_code == 1);
  BOOST_TEST(r.err.find("budget.pdf: not a PDF") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("<html>") != std::string::npos, r.err);
}

// A notice filed under a budget name (words, no tables, no budget amounts) is converted with a
// diagnostic saying it is not a budget document, and exit 0: nothing failed.
BOOST_AUTO_TEST_CASE(a_file_that_is_no_budget_document_says_so) {
  fs::path dir = fresh_dir("notice");
  std::ofstream(dir / "2026年部门预算.txt")
      << "关于做好2026年元旦春节期间有关工作的通知\n各处室、直属单位：\n"
         "现将有关事项通知如下，请认真贯彻落实。\n办公室\n2025年12月30日\n";
  Run r = run_gongkai("convert 2026年部门预算.txt -o - --compact", dir);
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.out.find("\"code\":\"not_a_budget_document\"") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("\"tables\":[]") != std::string::npos, r.out);
}

BOOST_AUTO_TEST_CASE(json_on_stdout_for_one_input) {
  fs::path dir = fresh_dir("stdout");
  Run r = run_gongkai("convert '" + sample("sx-wsb-2024-budget.txt").string() + "' -o - --compact",
                      dir);
  BOOST_TEST(r.exit_code == 0);
  // Amounts are written exactly as printed, the broken "4603. 53" repaired.
  BOOST_TEST(r.out.find("[\"合计\",null,4603.53,2725.31,1878.22]") != std::string::npos);
  BOOST_TEST(r.out.find("\"empty\":true") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(table_csv_quotes_and_bom) {
  fs::path dir = fresh_dir("csv");
  Run r = run_gongkai("convert '" + sample("sx-wsb-2024-budget.txt").string() + "' -o out --bom -q",
                      dir);
  BOOST_TEST(r.exit_code == 0);
  std::string csv = slurp(dir / "out" / "sx-wsb-2024-budget" / "03-expenditure-预算支出总表.csv");
  BOOST_TEST(csv.rfind("\xEF\xBB\xBF", 0) == 0u);
  BOOST_TEST(csv.find("项目/科目编码,项目/科目名称,2024年预算数/合计,2024年预算数/基本支出,"
                      "2024年预算数/项目支出\r\n合计,,5498.95,3287.40,2211.55\r\n") !=
             std::string::npos);
}

// The store holds the same amounts as the tidy CSV, exactly, as text.
BOOST_AUTO_TEST_CASE(sqlite_store_from_the_command_line) {
  fs::path dir = fresh_dir("sqlite");
  Run r = run_gongkai("convert '" + sample("sx-wsb-2024-budget.txt").string() +
                          "' -o out --sqlite out/gongkai.sqlite -q",
                      dir);
  BOOST_REQUIRE(r.exit_code == 0);
  sqlite3* raw = nullptr;
  BOOST_REQUIRE(sqlite3_open_v2((dir / "out" / "gongkai.sqlite").c_str(), &raw,
                                SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, sqlite3_close);
  auto scalar = [&](const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    BOOST_REQUIRE(sqlite3_prepare_v2(db.get(), sql, -1, &stmt, nullptr) == SQLITE_OK);
    std::string out;
    if (sqlite3_step(stmt) == SQLITE_ROW)
      out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    return out;
  };
  std::string tidy = slurp(dir / "out" / "tidy.csv");
  auto tidy_rows = std::count(tidy.begin(), tidy.end(), '\n') - 1;
  BOOST_TEST(scalar("SELECT count(*) FROM amounts") == std::to_string(tidy_rows));
  BOOST_TEST(scalar("SELECT value FROM amounts WHERE row_label = '行政运行' AND "
                    "\"column\" = '2024年预算数/合计' LIMIT 1") == "1586.72");
  BOOST_TEST(scalar("SELECT department FROM documents") == "山西省人民政府外事办公室");
}

// --strict turns a failed check into exit code 3; without it the conversion succeeds.
BOOST_AUTO_TEST_CASE(strict_exit_code_on_a_total_that_does_not_add_up) {
  fs::path dir = fresh_dir("strict");
  std::ofstream(dir / "wrong.txt")
      << "2024年预算支出总表\n单位:万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
         "合计\t\t10.00\t4.00\t5.00\n201\t一般公共服务支出\t10.00\t4.00\t5.00\n";
  Run lenient = run_gongkai("convert wrong.txt -o out", dir);
  BOOST_TEST(lenient.exit_code == 0);
  BOOST_TEST(lenient.err.find("source error") != std::string::npos, lenient.err);
  BOOST_TEST(run_gongkai("convert wrong.txt -o out --strict", dir).exit_code == 3);
  BOOST_TEST(
      run_gongkai("convert '" + sample("sx-wsb-2024-budget.txt").string() + "' -o out2 --strict",
                  dir)
          .exit_code == 0);
}

BOOST_AUTO_TEST_CASE(usage_errors) {
  fs::path dir = fresh_dir("usage");
  BOOST_TEST(run_gongkai("convert does-not-exist.pdf -o out", dir).exit_code != 0);
  Run help = run_gongkai("convert --help", dir);
  BOOST_TEST(help.exit_code == 0);
  BOOST_TEST(help.out.find("--sqlite") != std::string::npos);
  BOOST_TEST(help.out.find("--strict") != std::string::npos);
}
