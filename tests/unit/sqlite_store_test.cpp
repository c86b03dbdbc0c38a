#define BOOST_TEST_MODULE sqlite_store_test
#include "emit/sqlite_store.h"

#include <sqlite3.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "check/check.h"
#include "emit/csv_text.h"
#include "emit/emit.h"
#include "emit/tidy.h"
#include "extract/extract.h"
#include "parse/parse.h"
#include "tests/support.h"

namespace fs = std::filesystem;
using gongkai::ColumnRole;
using gongkai::Decimal;
using gongkai::Document;
using gongkai::Table;
using gongkai::TableKind;
using gongkai::Value;
using gongkai::emit::SqliteStore;

namespace {

Value amount(const char* text) {
  return Value::of_amount(*Decimal::parse(text));
}
Value text(const char* t) {
  return Value::of_text(t);
}
Value null() {
  return Value::null();
}

// 收支总表 of the seed (sx-wsb-2024-budget), three rows: 收入 | 支出 side by side.
Table summary_table() {
  Table t;
  t.title = "2024年部门预算收支总表";
  t.number = "表一";
  t.kind = TableKind::IncomeExpenditureSummary;
  t.department = "陕西省卫生健康委员会";
  t.unit = "万元";
  t.pages = {3, 4};
  t.columns = {"收入/项目",
               "收入/2024年",
               "支出/项目",
               "支出/2024年/合计",
               "支出/2024年/当年预算安排",
               "支出/2024年/上年结转安排"};
  t.roles = {ColumnRole::Label,  ColumnRole::Amount, ColumnRole::Label,
             ColumnRole::Amount, ColumnRole::Amount, ColumnRole::Amount};
  t.rows = {
      {text("一、一般公共预算"), amount("4603.53"), text("一、一般公共服务支出"), amount("4673.83"),
       amount("4664.00"), amount("9.83")},
      {text("五、单位资金"), amount("885.59"), text("五、教育支出"), null(), null(), null()},
      {text("本年收入合计"), amount("5489.12"), text("本年支出合计"), amount("5498.95"),
       amount("5489.12"), amount("9.83")},
  };
  return t;
}

// 收入总表 of the seed: a code column and a name column.
Table income_table() {
  Table t;
  t.title = "2024年部门收入总表";
  t.number = "表二";
  t.kind = TableKind::Income;
  t.department = "陕西省卫生健康委员会";
  t.unit = "万元";
  t.pages = {5};
  t.columns = {"科目编码", "科目名称", "本年收入/合计", "本年收入/一般公共预算"};
  t.roles = {ColumnRole::Code, ColumnRole::Label, ColumnRole::Amount, ColumnRole::Amount};
  t.rows = {
      {text("合计"), null(), amount("5489.12"), amount("4603.53")},
      {text("201"), text("一般公共服务支出"), amount("4664.00"), amount("3892.31")},
      {text("20103"), text("政府办公厅（室）及相关机构事务"), amount("4340.50"), amount("3892.31")},
      {text("2010301"), text("行政运行"), amount("1586.72"), amount("1586.72")},
  };
  return t;
}

Document seed_document() {
  Document doc;
  doc.source = {"sx-wsb-2024-budget.txt", std::string(64, 'a'), 40, "text"};
  doc.document = {"陕西省卫生健康委员会", 2024, "budget", "陕西省卫生健康委员会2024年部门预算"};
  doc.tables = {summary_table(), income_table()};
  gongkai::Check check;
  check.identity = "row total = sum of parts";
  check.tables = {"表一", "表二, 续"};
  check.location = "本年收入合计";
  check.expected = *Decimal::parse("5489.12");
  check.found = *Decimal::parse("5489.12");
  check.difference = *Decimal::parse("0.00");
  check.verdict = gongkai::Verdict::Ok;
  doc.checks = {check};
  doc.diagnostics = {{gongkai::Diagnostic::Severity::Warning, 7, "a broken number"}};
  return doc;
}

// A scratch folder per test case, removed afterwards.
struct Scratch {
  fs::path dir =
      fs::temp_directory_path() / ("gongkai-sqlite-test-" + std::to_string(::getpid()) + "-" +
                                   boost::unit_test::framework::current_test_case().p_name.get());
  Scratch() {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~Scratch() { fs::remove_all(dir); }
  fs::path db() const { return dir / "gongkai.sqlite"; }
  std::size_t file_count() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
  }
};

// Read-only SQL access to a store, to check what was written.
class Reader {
 public:
  explicit Reader(const fs::path& file) {
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
    db_.reset(raw);
    BOOST_REQUIRE_EQUAL(rc, SQLITE_OK);
  }
  // First column of the first row as text; "NULL" for NULL, "<none>" without a row.
  std::string text(const std::string& sql) {
    sqlite3_stmt* raw = nullptr;
    BOOST_REQUIRE_MESSAGE(
        sqlite3_prepare_v2(db_.get(), sql.c_str(), -1, &raw, nullptr) == SQLITE_OK,
        sql << ": " << sqlite3_errmsg(db_.get()));
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt(raw, &sqlite3_finalize);
    if (sqlite3_step(raw) != SQLITE_ROW) return "<none>";
    if (sqlite3_column_type(raw, 0) == SQLITE_NULL) return "NULL";
    return reinterpret_cast<const char*>(sqlite3_column_text(raw, 0));
  }
  long long number(const std::string& sql) { return std::stoll(text(sql)); }
  // Every row as a CSV record (CRLF-terminated, NULL as an empty field).
  std::string csv(const std::string& sql) {
    sqlite3_stmt* raw = nullptr;
    BOOST_REQUIRE(sqlite3_prepare_v2(db_.get(), sql.c_str(), -1, &raw, nullptr) == SQLITE_OK);
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt(raw, &sqlite3_finalize);
    std::ostringstream out;
    while (sqlite3_step(raw) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(raw); ++c) {
        if (c) out << ',';
        auto text = sqlite3_column_text(raw, c);
        gongkai::emit::write_csv_field(out, text ? reinterpret_cast<const char*>(text) : "");
      }
      out << gongkai::emit::kCsvEol;
    }
    return out.str();
  }

 private:
  std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db_{nullptr, &sqlite3_close};
};

void write_store(const fs::path& db, const std::vector<Document>& docs) {
  SqliteStore store(db);
  for (const auto& doc : docs) store.add(doc);
  store.commit();
}

}  // namespace

BOOST_AUTO_TEST_CASE(writes_every_part_of_a_document) {
  Scratch scratch;
  write_store(scratch.db(), {seed_document()});
  BOOST_REQUIRE(fs::exists(scratch.db()));
  BOOST_TEST(scratch.file_count() == 1u);  // no temporary or journal left beside it

  Reader r(scratch.db());
  BOOST_TEST(r.number("SELECT count(*) FROM documents") == 1);
  BOOST_TEST(r.number("SELECT count(*) FROM tables") == 2);
  BOOST_TEST(r.number("SELECT count(*) FROM columns") == 10);
  BOOST_TEST(r.number("SELECT count(*) FROM cells") == 30);  // null cells are not stored
  BOOST_TEST(r.number("SELECT count(*) FROM amount_rows") == 17);
  BOOST_TEST(r.number("SELECT count(*) FROM amounts") == 17);
  BOOST_TEST(r.number("PRAGMA user_version") == SqliteStore::kSchemaVersion);

  BOOST_TEST(r.text("SELECT year FROM documents") == "2024");
  BOOST_TEST(r.text("SELECT pages FROM tables WHERE seq = 1") == "3,4");
  BOOST_TEST(r.text("SELECT kind FROM tables WHERE seq = 2") == "income");
  BOOST_TEST(r.text("SELECT role FROM columns WHERE col = 0 AND table_id ="
                    " (SELECT id FROM tables WHERE seq = 2)") == "code");
  BOOST_TEST(r.text("SELECT text FROM cells WHERE row = 1 AND col = 1 AND table_id ="
                    " (SELECT id FROM tables WHERE seq = 2)") == "一般公共服务支出");
}

BOOST_AUTO_TEST_CASE(amounts_are_exact_text_and_integer_fen) {
  Scratch scratch;
  write_store(scratch.db(), {seed_document()});
  Reader r(scratch.db());
  // The printed form is kept, trailing zeros included.
  BOOST_TEST(r.text("SELECT value FROM amounts WHERE row_code = '201' AND col = 2") == "4664.00");
  // 4603.53 万元 = 46,035,300 元 = 4,603,530,000 fen, an INTEGER.
  BOOST_TEST(r.text("SELECT value_fen FROM amounts WHERE value = '4603.53' AND row = 0 AND"
                    " col = 1") == "4603530000");
  BOOST_TEST(r.text("SELECT typeof(value_fen) FROM amounts WHERE value = '4603.53'") == "integer");
  BOOST_TEST(r.text("SELECT value_yuan FROM amounts WHERE value = '4603.53'") == "46035300");
  BOOST_TEST(r.number("SELECT count(*) FROM amounts WHERE typeof(value) <> 'text'") == 0);
  // Never REAL anywhere in the schema.
  BOOST_TEST(r.number("SELECT count(*) FROM sqlite_schema s, pragma_table_info(s.name) c"
                      " WHERE s.type = 'table' AND upper(c.type) IN ('REAL', 'FLOAT', 'DOUBLE')") ==
             0);
}

BOOST_AUTO_TEST_CASE(amounts_are_keyed_by_row_code_and_label) {
  Scratch scratch;
  write_store(scratch.db(), {seed_document()});
  Reader r(scratch.db());
  BOOST_TEST(r.text("SELECT row_label FROM amounts WHERE row_code = '2010301' AND col = 2") ==
             "行政运行");
  BOOST_TEST(r.text("SELECT \"column\" FROM amounts WHERE row_code = '2010301' AND col = 3") ==
             "本年收入/一般公共预算");
  // The total row has no code and an empty name column.
  BOOST_TEST(r.text("SELECT row_code FROM amounts WHERE value = '5489.12' AND col = 2") == "NULL");
  // Side by side: each amount is named by the label of its own half.
  BOOST_TEST(r.text("SELECT row_label FROM amounts WHERE value = '4603.53' AND col = 1") ==
             "一、一般公共预算");
  BOOST_TEST(r.text("SELECT row_label FROM amounts WHERE value = '4673.83'") ==
             "一、一般公共服务支出");
  BOOST_TEST(r.text("SELECT value_yuan FROM amounts WHERE row_code = '2010301' AND"
                    " \"column\" = '本年收入/合计'") == "15867200");
  BOOST_TEST(r.text("SELECT table_kind FROM amounts WHERE row_code = '20103' LIMIT 1") == "income");
}

BOOST_AUTO_TEST_CASE(checks_and_diagnostics_keep_exact_decimals) {
  Scratch scratch;
  write_store(scratch.db(), {seed_document()});
  Reader r(scratch.db());
  BOOST_TEST(r.text("SELECT expected FROM checks") == "5489.12");
  BOOST_TEST(r.text("SELECT difference FROM checks") == "0.00");
  BOOST_TEST(r.text("SELECT verdict FROM checks") == "ok");
  // The table list is a JSON array: a title holding a comma stays one item.
  BOOST_TEST(r.text("SELECT count(*) FROM checks, json_each(checks.tables)") == "2");
  BOOST_TEST(r.text("SELECT j.value FROM checks, json_each(checks.tables) j WHERE j.key = 1") ==
             "表二, 续");
  BOOST_TEST(r.text("SELECT severity || ' ' || page || ' ' || message FROM diagnostics") ==
             "warning 7 a broken number");
}

BOOST_AUTO_TEST_CASE(re_adding_a_document_replaces_it) {
  Scratch scratch;
  Document doc = seed_document();
  write_store(scratch.db(), {doc, doc});  // twice in one run
  doc.document.title = "更正后的标题";
  doc.tables.pop_back();
  write_store(scratch.db(), {doc});  // and again in a later run

  Reader r(scratch.db());
  BOOST_TEST(r.number("SELECT count(*) FROM documents") == 1);
  BOOST_TEST(r.text("SELECT title FROM documents") == "更正后的标题");
  BOOST_TEST(r.number("SELECT count(*) FROM tables") == 1);
  BOOST_TEST(r.number("SELECT count(*) FROM amounts") == 9);  // the old tables' rows are gone
  BOOST_TEST(r.number("SELECT count(*) FROM cells") == 15);
  BOOST_TEST(r.number("SELECT count(*) FROM checks") == 1);
}

BOOST_AUTO_TEST_CASE(a_later_run_keeps_other_documents) {
  Scratch scratch;
  Document first = seed_document();
  Document second = seed_document();
  second.source.sha256 = std::string(64, 'b');
  second.source.file_name = "other.txt";
  second.document.year = 0;  // not found: NULL, not 0
  write_store(scratch.db(), {first});
  write_store(scratch.db(), {second});

  Reader r(scratch.db());
  BOOST_TEST(r.number("SELECT count(*) FROM documents") == 2);
  BOOST_TEST(r.number("SELECT count(*) FROM amounts") == 34);
  BOOST_TEST(r.text("SELECT year FROM documents WHERE file_name = 'other.txt'") == "NULL");
}

BOOST_AUTO_TEST_CASE(an_unwritable_place_leaves_no_file) {
  Scratch scratch;
  fs::path blocker = scratch.dir / "not-a-folder";
  std::ofstream(blocker) << "x";
  fs::path db = blocker / "gongkai.sqlite";  // its parent is a file: nothing can be created
  BOOST_CHECK_THROW(SqliteStore{db}, std::runtime_error);
  BOOST_TEST(scratch.file_count() == 1u);  // only the blocker
}

// Streaming: each document is committed as it is added, so a run killed before commit() keeps
// every document it added; a document added again under its path replaces its rows.
BOOST_AUTO_TEST_CASE(each_document_is_committed_as_it_is_added) {
  Scratch scratch;
  {
    SqliteStore store(scratch.db());
    store.add(seed_document());
    Reader r(scratch.db());  // another connection, while the store is open
    BOOST_TEST(r.number("SELECT count(*) FROM documents") == 1);
  }  // destroyed without commit(), as when a run is killed
  Reader r(scratch.db());
  BOOST_TEST(r.number("SELECT count(*) FROM documents") == 1);
  BOOST_TEST(r.text("PRAGMA journal_mode") == "wal");
}

// A failure deletes the path's rows and records why in the manifest.
BOOST_AUTO_TEST_CASE(a_failure_replaces_a_document_by_its_manifest_entry) {
  Scratch scratch;
  {
    SqliteStore store(scratch.db());
    store.add(seed_document());
    store.put_failure({.path = "sx-wsb-2024-budget.txt",
                       .sha256 = std::string(64, 'd'),
                       .status = "timed_out",
                       .error = "too slow",
                       .seconds = 1.25,
                       .version = "0.1.0"});
    auto m = store.manifest("sx-wsb-2024-budget.txt");
    BOOST_REQUIRE(m.has_value());
    BOOST_TEST(m->status == "timed_out");
    BOOST_TEST(m->seconds == 1.25);
    BOOST_TEST(!store.manifest("other.txt").has_value());
    store.commit();
  }
  Reader r(scratch.db());
  BOOST_TEST(r.number("SELECT count(*) FROM documents") == 0);
  BOOST_TEST(r.number("SELECT count(*) FROM amounts") == 0);
  BOOST_TEST(r.text("SELECT error FROM manifest") == "too slow");
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_a_store_is_refused_and_kept) {
  Scratch scratch;
  std::ofstream(scratch.db()) << "notes, not a database";
  BOOST_CHECK_THROW(SqliteStore{scratch.db()}, std::runtime_error);
  std::ifstream in(scratch.db());
  std::string content((std::istreambuf_iterator<char>(in)), {});
  BOOST_TEST(content == "notes, not a database");
  BOOST_TEST(scratch.file_count() == 1u);
}

BOOST_AUTO_TEST_CASE(add_after_commit_is_a_logic_error) {
  Scratch scratch;
  SqliteStore store(scratch.db());
  store.commit();
  BOOST_CHECK_THROW(store.add(seed_document()), std::logic_error);
  Reader r(scratch.db());
  BOOST_TEST(r.number("SELECT count(*) FROM documents") == 0);  // an empty store is still a store
}

// The view amounts opens with the tidy columns, same names, same order (emit/tidy.h); empty is
// NULL there, never ''.
BOOST_AUTO_TEST_CASE(the_amounts_view_has_the_tidy_columns) {
  Scratch scratch;
  write_store(scratch.db(), {seed_document()});
  Reader r(scratch.db());
  std::string names = r.csv("SELECT name FROM pragma_table_info('amounts')");
  std::string expected;
  for (std::string_view c : gongkai::emit::tidy_columns()) expected += std::string(c) + "\r\n";
  BOOST_TEST(names.substr(0, expected.size()) == expected);
  BOOST_TEST(r.number("SELECT count(*) FROM amounts WHERE row_label = '' OR department = ''"
                      " OR table_number = '' OR unit = '' OR budget_unit = ''") == 0);
  BOOST_TEST(r.number("SELECT count(*) FROM amounts WHERE budget_unit IS NULL") == 17);
}

// Property: the store and the tidy CSV of one document hold the same amounts, keyed the same way,
// in the same order (the seed's text through the real stages).
BOOST_AUTO_TEST_CASE(the_store_holds_the_tidy_csv_rows) {
  Scratch scratch;
  auto source = gongkai::extract::read_file(gongkai::testing::sample("sx-wsb-2024-budget.txt"));
  Document doc = gongkai::parse::parse_document(source);
  gongkai::check::run_checks(doc);
  std::ostringstream tidy;
  gongkai::emit::write_tidy_rows(doc, doc.source.file_name, tidy);
  write_store(scratch.db(), {doc});

  Reader r(scratch.db());
  std::string from_store = r.csv(
      "SELECT document, department, year, document_kind, budget_unit, table_number, table_title,"
      " table_kind, page, row_code, row_level, row_label,"
      " CASE is_total WHEN 1 THEN 'true' ELSE 'false' END, \"column\", column_role, column_year,"
      " three_public_item,"
      " value, unit, value_yuan FROM amounts");
  BOOST_TEST(r.number("SELECT count(*) FROM amounts") > 100);
  BOOST_TEST(from_store == tidy.str());
  BOOST_TEST(r.number("SELECT count(*) FROM checks") == static_cast<long long>(doc.checks.size()));
}
