// The README's one-line SQL answers, run as printed on a store of the seed (the pandas ones:
// tests/answers/pandas_answers.py). (a) 4603.53 万元; (b) 577.77 万元 in all, 483.00 of it
// 因公出国（境）; (c) 1586.72 万元 in the function-class total column. And (b) on a Shenzhen-style
// 三公 table of corpus/real (the year in a row, each item split by fund without a whole).
#define BOOST_TEST_MODULE answers_test
#include <sqlite3.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "check/check.h"
#include "emit/sqlite_store.h"
#include "extract/extract.h"
#include "parse/parse.h"
#include "tests/support.h"
#include "tests/support_readme.h"

namespace fs = std::filesystem;
using Row = std::map<std::string, std::string>;  // column name → text ("" for NULL)

namespace {

// A store holding one document, built once for the module.
struct OneStore {
  fs::path dir;
  sqlite3* db = nullptr;

  OneStore(const fs::path& input, const std::string& name)
      : dir(fs::temp_directory_path() /
            ("gongkai-answers-" + name + "-" + std::to_string(getpid()))) {
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto source = gongkai::extract::read_file(input);
    gongkai::Document doc = gongkai::parse::parse_document(source);
    gongkai::check::run_checks(doc);
    gongkai::emit::SqliteStore store(dir / "gongkai.sqlite");
    store.add(doc);
    store.commit();
    sqlite3_open_v2((dir / "gongkai.sqlite").c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  }
  ~OneStore() {
    sqlite3_close(db);
    fs::remove_all(dir);
  }

  std::vector<Row> run(const std::string& sql) const {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
      BOOST_FAIL(std::string(sqlite3_errmsg(db)) + " in " + sql);
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> owned(stmt, &sqlite3_finalize);
    std::vector<Row> rows;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      Row row;
      for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
        auto text = sqlite3_column_text(stmt, c);
        row[sqlite3_column_name(stmt, c)] = text ? reinterpret_cast<const char*>(text) : "";
      }
      rows.push_back(std::move(row));
    }
    return rows;
  }
};

const OneStore& seed() {
  static const OneStore store(gongkai::testing::sample("sx-wsb-2024-budget.txt"), "seed");
  return store;
}

// 深圳市财政局's 2026 budget: its 三公 table on p.38 prints 2025年, 2026年 and 增减变化金额 rows,
// each item by fund (一般公共预算 | 政府性基金预算 | 国有资本经营预算) with no item total.
const OneStore& shenzhen() {
  static const OneStore store(gongkai::testing::real_pdf("gd-sz-czj-2026-budget.pdf"), "sz");
  return store;
}

std::vector<std::string> queries() {
  auto blocks = gongkai::testing::readme_blocks(
      (gongkai::testing::source_dir() / "README.md").string(), "sql");
  BOOST_REQUIRE(blocks.size() == 3u);
  return blocks;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_general_budget_total_per_department_and_year) {
  auto rows = seed().run(queries()[0]);
  BOOST_REQUIRE(rows.size() == 1u);
  BOOST_TEST(rows[0]["department"] == "山西省人民政府外事办公室");
  BOOST_TEST(rows[0]["year"] == "2024");
  BOOST_TEST(rows[0]["value"] == "4603.53");
  BOOST_TEST(rows[0]["unit"] == "万元");
  BOOST_TEST(rows[0]["value_yuan"] == "46035300");
}

BOOST_AUTO_TEST_CASE(b_three_public_expenses_per_item) {
  auto rows = seed().run(queries()[1]);
  long long all = 0;
  std::map<std::string, long long> by_item;
  for (auto& r : rows) {
    BOOST_TEST(r["year"] == "2024");
    long long fen = std::stoll(r["fen"]);
    all += fen;
    by_item[r["item"]] += fen;
  }
  BOOST_TEST(all == 577770000LL);  // 577.77 万元 in fen
  BOOST_TEST(by_item["因公出国（境）"] == 483000000LL);
  BOOST_TEST(by_item["公务接待"] == 76470000LL);
  BOOST_TEST(by_item["公务用车运行"] == 18300000LL);
  BOOST_TEST(by_item.count("公务用车购置") == 0u);  // printed empty
}

BOOST_AUTO_TEST_CASE(c_every_row_of_code_2010301) {
  auto rows = seed().run(queries()[2]);
  BOOST_REQUIRE(!rows.empty());
  int function_class = 0;
  for (auto& r : rows) {
    if (r["table_kind"] != "general_budget_expenditure") continue;
    ++function_class;
    BOOST_TEST(r["value"] == "1586.72");
    BOOST_TEST(r["value_yuan"] == "15867200");
  }
  BOOST_TEST(function_class == 1);
}

BOOST_AUTO_TEST_CASE(b_on_a_table_with_the_year_in_a_row,
                     *boost::unit_test::precondition(gongkai::testing::shared_present{})) {
  auto rows = shenzhen().run(queries()[1]);
  BOOST_REQUIRE(rows.size() == 4u);
  std::map<std::string, std::string> fen;
  for (auto& r : rows) {
    BOOST_TEST(r["year"] == "2026");
    BOOST_TEST(r["department"] == "深圳市财政局(本级)");
    fen[r["item"]] = r["fen"];
  }
  // As printed on the 2026年 row, in 万元 (its 增减变化金额 and 2025年 rows left out).
  BOOST_TEST(fen["因公出国（境）"] == "41600000");  // 41.60
  BOOST_TEST(fen["公务接待"] == "9460000");         // 9.46
  BOOST_TEST(fen["公务用车购置"] == "0");           // 0.00
  BOOST_TEST(fen["公务用车运行"] == "7400000");     // 7.40
  // They add up to the 2026 总计 the table prints: 58.46 万元.
  auto total = shenzhen().run(
      "SELECT sum(value_fen) AS fen FROM amounts WHERE table_kind = 'three_public_expenses' AND "
      "\"column\" LIKE '总计/%' AND column_year = 2026 AND column_role <> 'change'");
  BOOST_REQUIRE(total.size() == 1u);
  BOOST_TEST(total[0]["fen"] == "58460000");
}
