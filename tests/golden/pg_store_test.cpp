// The PostgreSQL store (--db, issue 8): the same tables, views and rows as the SQLite store,
// table by table; two `gongkai convert` processes loading one database at once (--shard 1/2 and
// 2/2) give what one SQLite run gives; a rerun skips everything; a changed input replaces its
// rows and a failing one is marked failed. A real server (tests/support_pg.h) on a unix socket;
// every case skips, saying why, where none can start.
#define BOOST_TEST_MODULE pg_store_test
#include <sqlite3.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <vector>

#include "tests/support_cli.h"
#include "tests/support_pg.h"
#include "tests/support_sqlite.h"

namespace fs = std::filesystem;
using namespace gongkai::testing;

namespace {

// Queries both dialects answer alike (the test database has the C collation, as SQLite's
// ORDER BY): per table, its count and sums, and every amount in order.
const std::vector<std::pair<std::string, std::string>> kComparisons = {
    {"manifest",
     "SELECT path, sha256, pages, status, error, failed_checks, version FROM manifest "
     "ORDER BY path"},
    {"documents",
     "SELECT count(*), sum(page_count), count(year), sum(year), sum(length(title)), "
     "sum(length(department)) FROM documents"},
    {"tables",
     "SELECT count(*), sum(n_rows), sum(n_columns), sum(empty), sum(seq), sum(length(title)), "
     "sum(length(number)), sum(length(pages)) FROM tables"},
    {"tables by kind",
     "SELECT kind, unit, count(*) FROM tables GROUP BY kind, unit ORDER BY kind, unit"},
    {"columns",
     "SELECT role, count(*), sum(col), sum(length(name)) FROM columns GROUP BY role ORDER BY role"},
    {"cells",
     "SELECT kind, count(*), sum(row), sum(col), sum(length(text)) FROM cells GROUP BY kind ORDER "
     "BY kind"},
    {"amount_rows",
     "SELECT count(*), sum(value_fen), count(value_fen), count(value_yuan), count(row_code), "
     "count(row_level), count(budget_unit), sum(is_total), count(page), sum(page), "
     "count(column_year), sum(length(value)), sum(length(row_label)), sum(length(column_name)), "
     "count(department), count(table_number) FROM amount_rows"},
    {"amount_rows by role",
     "SELECT column_role, document_kind, count(*), sum(value_fen) FROM amount_rows "
     "GROUP BY column_role, document_kind ORDER BY column_role, document_kind"},
    {"checks",
     "SELECT verdict, count(*), count(expected), sum(length(identity)), sum(length(tables)), "
     "sum(length(note)) FROM checks GROUP BY verdict ORDER BY verdict"},
    {"diagnostics",
     "SELECT severity, count(*), sum(page), sum(length(message)) FROM diagnostics "
     "GROUP BY severity ORDER BY severity"},
    {"tidy_rows", "SELECT count(*), sum(length(csv)) FROM tidy_rows"},
    {"amounts",
     "SELECT document, table_seq, row, col, value, value_fen, row_code, row_level, is_total, "
     "column_role, column_year, budget_unit, table_kind, page FROM amounts "
     "ORDER BY document, table_seq, row, col"},
};

// Every comparison, table by table, between a SQLite store and a PostgreSQL database.
void expect_same_store(const fs::path& sqlite, const std::string& pg) {
  for (const auto& [table, sql] : kComparisons) {
    std::string lite = sqlite_rows(sqlite, sql), post = PgServer::get().query(pg, sql);
    BOOST_TEST(!lite.starts_with("<"), table << ": " << lite);
    BOOST_TEST(lite == post, table << ": SQLite\n"
                                   << lite.substr(0, 600) << "\nPostgreSQL\n"
                                   << post.substr(0, 600));
  }
}

std::vector<std::string> sorted_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::sort(lines.begin(), lines.end());
  return lines;
}

void copy_seed(const fs::path& to) {
  fs::create_directories(to.parent_path());
  fs::copy_file(sample("sx-wsb-2024-budget.txt"), to, fs::copy_options::overwrite_existing);
}

}  // namespace

// The same tables and views, with the same columns in the same order, as the SQLite store.
BOOST_AUTO_TEST_CASE(the_schema_is_the_sqlite_store_s,
                     *boost::unit_test::precondition(pg_available())) {
  fs::path dir = fresh_dir("pg-schema");
  copy_seed(dir / "seed.txt");
  std::string db = PgServer::get().fresh_database("schema");
  BOOST_REQUIRE(run_gongkai("convert seed.txt -o lite", dir).exit_code == 0);
  Run r = run_gongkai("convert seed.txt -o post --db '" + db + "'", dir);
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  fs::path lite = dir / "lite" / "gongkai.sqlite";
  std::string tables = sqlite_rows(
      lite, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name");
  BOOST_TEST(PgServer::get().query(db,
                                   "SELECT table_name FROM information_schema.tables WHERE "
                                   "table_schema = current_schema() ORDER BY table_name") ==
             tables);
  std::istringstream names(tables);
  for (std::string table; std::getline(names, table);) {
    BOOST_TEST(PgServer::get().query(db,
                                     "SELECT column_name FROM information_schema.columns WHERE "
                                     "table_schema = current_schema() AND table_name = '" +
                                         table + "' ORDER BY ordinal_position") ==
                   sqlite_rows(lite, "SELECT name FROM pragma_table_info('" + table + "')"),
               table);
  }
  expect_same_store(lite, db);
}

// Every sample (text, ruled and unruled PDFs, the lab exports) through --db equals the SQLite
// store, table by table; tidy.csv is the same file.
BOOST_AUTO_TEST_CASE(the_samples_through_db_equal_the_sqlite_store,
                     *boost::unit_test::precondition(pg_available())) {
  fs::path dir = fresh_dir("pg-samples");
  std::string db = PgServer::get().fresh_database("samples");
  std::string samples = "'" + (source_dir() / "samples").string() + "'";
  Run lite = run_gongkai("convert " + samples + " -o lite -q -j 2", dir);
  Run post = run_gongkai("convert " + samples + " -o post -q -j 2 --db '" + db + "'", dir);
  BOOST_TEST(post.exit_code == lite.exit_code, post.err);
  expect_same_store(dir / "lite" / "gongkai.sqlite", db);
  BOOST_TEST(slurp(dir / "post" / "tidy.csv") == slurp(dir / "lite" / "tidy.csv"));
  BOOST_TEST(PgServer::get().query(db, "SELECT count(*) FROM documents") ==
             sqlite_rows(dir / "lite" / "gongkai.sqlite", "SELECT count(*) FROM documents"));
}

// Two processes at once on one database, each its share of the real corpus (or, without it, of
// forty copies of the samples), equal one SQLite run, table by table; the two tidy.csv hold
// the SQLite run's rows between them; run again, both skip everything.
BOOST_AUTO_TEST_CASE(two_processes_at_once_equal_one_sqlite_run,
                     *boost::unit_test::precondition(pg_available())) {
  fs::path dir = fresh_dir("pg-two");
  fs::path corpus = shared_dir() / "corpus" / "real";
  if (!fs::exists(corpus)) {
    BOOST_TEST_MESSAGE("../shared/corpus/real is absent: copies of the samples instead");
    corpus = dir / "in";
    for (int i = 0; i < 20; ++i) {
      copy_seed(corpus / ("d" + std::to_string(i)) / "seed.txt");
      fs::copy_file(sample("sx-wsb-2024-budget-ruled.pdf"),
                    corpus / ("d" + std::to_string(i)) / "ruled.pdf");
    }
  }
  std::string in = "'" + corpus.string() + "'";
  std::string db = PgServer::get().fresh_database("two");
  Run lite = run_gongkai("convert " + in + " -o lite -q -j 2", dir);
  std::string gongkai = "'" + (binary_dir() / "gongkai").string() + "'";
  auto both = [&](const std::string& extra) {
    std::string cmd = "cd '" + dir.string() + "' && { " + gongkai + " convert " + in +
                      " -o one -j 1 --shard 1/2 --db '" + db + "' " + extra +
                      " 2>one.err & a=$!; " + gongkai + " convert " + in +
                      " -o two -j 1 --shard 2/2 --db '" + db + "' " + extra +
                      " 2>two.err & b=$!; wait $a; echo $? >one.rc; wait $b; echo $? >two.rc; }";
    BOOST_REQUIRE(std::system(cmd.c_str()) == 0);
  };
  both("");
  BOOST_TEST(slurp(dir / "one.rc") == std::to_string(lite.exit_code) + "\n",
             slurp(dir / "one.err"));
  BOOST_TEST(slurp(dir / "two.rc") == std::to_string(lite.exit_code) + "\n",
             slurp(dir / "two.err"));
  expect_same_store(dir / "lite" / "gongkai.sqlite", db);
  // Each share's tidy.csv holds its own documents: together, the SQLite run's rows.
  std::string whole = slurp(dir / "lite" / "tidy.csv");
  auto lines = sorted_lines(slurp(dir / "one" / "tidy.csv") + slurp(dir / "two" / "tidy.csv"));
  auto expected = sorted_lines(whole + whole.substr(0, whole.find('\n') + 1));  // two headers
  BOOST_TEST((lines == expected), lines.size()
                                      << " lines; the SQLite run's tidy.csv " << expected.size());
  std::string before =
      PgServer::get().query(db, "SELECT path, milliseconds FROM manifest ORDER BY path");
  both("");
  BOOST_TEST(contains(slurp(dir / "one.err"), "converted 0 of "), slurp(dir / "one.err"));
  BOOST_TEST(contains(slurp(dir / "two.err"), "converted 0 of "), slurp(dir / "two.err"));
  BOOST_TEST(PgServer::get().query(db, "SELECT path, milliseconds FROM manifest ORDER BY path") ==
             before);
}

// A changed input replaces its rows; one that now fails loses them and is marked failed; a
// share leaves the other share's rows alone.
BOOST_AUTO_TEST_CASE(a_changed_input_replaces_its_rows,
                     *boost::unit_test::precondition(pg_available())) {
  fs::path dir = fresh_dir("pg-changed");
  copy_seed(dir / "in" / "a.txt");
  copy_seed(dir / "in" / "b.txt");
  std::string db = PgServer::get().fresh_database("changed");
  BOOST_REQUIRE(run_gongkai("convert in -o out --db '" + db + "'", dir).exit_code == 0);
  auto& pg = PgServer::get();
  BOOST_TEST(pg.query(db, "SELECT count(*) FROM amount_rows") == "818\n");
  std::string a_sha = pg.query(db, "SELECT sha256 FROM manifest WHERE path = 'a.txt'");
  std::ofstream(dir / "in" / "a.txt", std::ios::app) << "附注：本表为修订版\n";
  std::ofstream(dir / "in" / "b.txt", std::ios::trunc) << std::string("\0\x01 binary\n", 10);
  Run r = run_gongkai("convert in -o out --db '" + db + "'", dir);
  BOOST_TEST(r.exit_code == 1, r.err);
  BOOST_TEST(pg.query(db, "SELECT count(*) FROM amount_rows") == "409\n");
  BOOST_TEST(pg.query(db, "SELECT path FROM documents") == "a.txt\n");
  BOOST_TEST(pg.query(db, "SELECT path, status FROM manifest ORDER BY path") ==
             "a.txt|ok\nb.txt|failed\n");
  BOOST_TEST(pg.query(db, "SELECT sha256 FROM manifest WHERE path = 'a.txt'") != a_sha);
  BOOST_TEST(!contains(slurp(dir / "out" / "tidy.csv"), "b.txt,"));
}

// --db refuses what cannot work before converting anything.
BOOST_AUTO_TEST_CASE(db_refuses_bad_arguments) {
  fs::path dir = fresh_dir("pg-args");
  copy_seed(dir / "seed.txt");
  Run r = run_gongkai("convert seed.txt -o out --db notes.txt", dir);
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(contains(r.err, "give a PostgreSQL URI"), r.err);
  BOOST_TEST(run_gongkai("convert seed.txt -o - --db dbname=x", dir).exit_code == 2);
  BOOST_TEST(
      run_gongkai("convert seed.txt -o out --sqlite a.sqlite --db dbname=x", dir).exit_code == 2);
  BOOST_TEST(run_gongkai("convert seed.txt -o out --shard 3/2", dir).exit_code == 2);
  r = run_gongkai("convert seed.txt -o out --db 'host=/nonexistent dbname=x'", dir);
  BOOST_TEST(r.exit_code == 1);
  BOOST_TEST(contains(r.err, "postgresql database x on /nonexistent: cannot connect"), r.err);
  BOOST_TEST(!fs::exists(dir / "out" / "seed.json"));
}
