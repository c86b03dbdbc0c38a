// The default store as a batch uses it (issue 8, defects 2, 3, 6): one run per folder, a changed
// or failing file keeps no stale rows, resume, Ctrl-C and kill -9 lose nothing finished, and
// the next run cleans up after a killed one. Each case drives build/gongkai in a scratch folder
// and compares stores by query.
#define BOOST_TEST_MODULE store_test
#include <signal.h>
#include <sqlite3.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <thread>

#include "core/version.h"
#include "tests/support_cli.h"
#include "tests/support_sqlite.h"

namespace fs = std::filesystem;
using namespace gongkai::testing;

namespace {

void copy_seed(const fs::path& to) {
  fs::create_directories(to.parent_path());
  fs::copy_file(sample("sx-wsb-2024-budget.txt"), to, fs::copy_options::overwrite_existing);
}

// What two equal stores agree on: the manifest without timings, and every table's rows
// summed exactly.
std::string fingerprint(const fs::path& db) {
  return sqlite_rows(db,
                     "SELECT path, sha256, pages, status, error, failed_checks, version FROM "
                     "manifest ORDER BY path") +
         sqlite_rows(db,
                     "SELECT count(*), sum(value_fen), group_concat(value, ',') FROM "
                     "(SELECT * FROM amounts ORDER BY document, table_seq, row, col)") +
         sqlite_rows(db,
                     "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM tables), "
                     "(SELECT count(*) FROM cells), (SELECT count(*) FROM checks), "
                     "(SELECT count(*) FROM diagnostics), (SELECT count(*) FROM tidy_rows)");
}

std::vector<std::string> temporaries(const fs::path& dir) {
  std::vector<std::string> found;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.path().filename().string().find("gongkai-tmp") != std::string::npos)
      found.push_back(e.path().string());
  return found;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_store_is_written_by_default_with_a_manifest) {
  fs::path dir = fresh_dir("store-default");
  copy_seed(dir / "in" / "2018" / "部门预算.txt");
  fs::create_directories(dir / "in" / "2019");
  std::ofstream(dir / "in" / "2019" / "部门预算.txt") << std::string("\0\x01 binary\n", 10);
  Run r = run_gongkai("convert in -o out", dir);
  BOOST_TEST(r.exit_code == 1, r.err);
  fs::path db = dir / "out" / "gongkai.sqlite";
  BOOST_TEST(sqlite_rows(db, "SELECT path, status, pages FROM manifest ORDER BY path") ==
             "2018/部门预算.txt|ok|1\n2019/部门预算.txt|failed|NULL\n");
  BOOST_TEST(sqlite_rows(db, "SELECT count(*) FROM amounts") == "409\n");
  BOOST_TEST(sqlite_rows(db, "PRAGMA journal_mode") == "wal\n");
  BOOST_TEST(run_gongkai("convert in -o out2 --no-store", dir).exit_code == 1);
  BOOST_TEST(!fs::exists(dir / "out2" / "gongkai.sqlite"));
  BOOST_TEST(contains(slurp(dir / "out2" / "tidy.csv"), "4603.53"));
}

// A file whose bytes changed replaces its rows; a file that now fails loses its JSON and rows
// and is marked failed.
BOOST_AUTO_TEST_CASE(a_changed_file_replaces_its_rows_and_a_failing_one_loses_them) {
  fs::path dir = fresh_dir("store-changed");
  copy_seed(dir / "in" / "a.txt");
  copy_seed(dir / "in" / "b.txt");
  BOOST_REQUIRE(run_gongkai("convert in -o out", dir).exit_code == 0);
  fs::path db = dir / "out" / "gongkai.sqlite";
  BOOST_TEST(sqlite_rows(db, "SELECT count(*) FROM amounts") == "818\n");
  std::ofstream(dir / "in" / "a.txt", std::ios::app) << "附注：本表为修订版\n";
  std::ofstream(dir / "in" / "b.txt", std::ios::trunc) << std::string("\0\x01 binary\n", 10);
  Run r = run_gongkai("convert in -o out", dir);
  BOOST_TEST(r.exit_code == 1, r.err);
  BOOST_TEST(sqlite_rows(db, "SELECT count(*) FROM amounts") == "409\n");
  BOOST_TEST(sqlite_rows(db, "SELECT count(*) FROM documents") == "1\n");
  BOOST_TEST(sqlite_rows(db, "SELECT path, status FROM manifest ORDER BY path") ==
             "a.txt|ok\nb.txt|failed\n");
  BOOST_TEST(!fs::exists(dir / "out" / "b.json"));
  BOOST_TEST(!fs::exists(dir / "out" / "b"));
  BOOST_TEST(!contains(slurp(dir / "out" / "tidy.csv"), "b.txt,"));
}

// A rerun skips what is unchanged and says so; --force converts it again, to the same store.
BOOST_AUTO_TEST_CASE(a_rerun_resumes_and_force_redoes) {
  fs::path dir = fresh_dir("store-resume");
  copy_seed(dir / "in" / "a.txt");
  copy_seed(dir / "in" / "b.txt");
  BOOST_REQUIRE(run_gongkai("convert in -o out", dir).exit_code == 0);
  fs::path db = dir / "out" / "gongkai.sqlite";
  std::string first = fingerprint(db);
  std::string tidy = slurp(dir / "out" / "tidy.csv");
  Run again = run_gongkai("convert in -o out", dir);
  BOOST_TEST(again.exit_code == 0);
  BOOST_TEST(contains(again.err, "converted 0 of 2 files, skipped 2 unchanged"), again.err);
  BOOST_TEST(slurp(dir / "out" / "tidy.csv") == tidy);
  Run forced = run_gongkai("convert in -o out --force", dir);
  BOOST_TEST(contains(forced.err, "converted 2 of 2 files into out"), forced.err);
  BOOST_TEST(fingerprint(db) == first);
}

// The manifest's version names the build (release and commit, as --version prints it): a
// rerun by a build of other code converts again what an earlier build converted.
BOOST_AUTO_TEST_CASE(a_rerun_by_another_version_converts_again) {
  fs::path dir = fresh_dir("store-version");
  copy_seed(dir / "in" / "a.txt");
  copy_seed(dir / "in" / "b.txt");
  BOOST_REQUIRE(run_gongkai("convert in -o out", dir).exit_code == 0);
  std::string version(gongkai::kVersion);
  BOOST_TEST(run_gongkai("--version", dir).out == "gongkai " + version + "\n");
  fs::path db = dir / "out" / "gongkai.sqlite";
  BOOST_TEST(sqlite_rows(db, "SELECT DISTINCT version FROM manifest") == version + "\n");
  sqlite_rows(db, "UPDATE manifest SET version = '0.1.0-0000000' WHERE path = 'a.txt'", true);
  Run again = run_gongkai("convert in -o out", dir);
  BOOST_TEST(contains(again.err, "converted 1 of 2 files, skipped 1 unchanged"), again.err);
  BOOST_TEST(sqlite_rows(db, "SELECT DISTINCT version FROM manifest") == version + "\n");
  BOOST_TEST(sqlite_rows(db, "SELECT count(*) FROM amounts") == "818\n");
}

// A second run into the folder (or the store) of a running one is refused, naming the first.
BOOST_AUTO_TEST_CASE(a_second_run_into_the_same_folder_is_refused) {
  fs::path dir = fresh_dir("store-lock");
  copy_seed(dir / "seed.txt");
  fs::create_directories(dir / "out");
  // flock(1) holds the lock as a first run would.
  std::string holder = "cd '" + dir.string() +
                       "' && (echo 'gongkai pid 4242, started 2026-01-01 00:00:00 UTC' > "
                       "out/.gongkai.lock; flock out/.gongkai.lock sleep 20) & sleep 1;";
  Run r = run_gongkai("convert seed.txt -o out", dir, holder);
  BOOST_TEST(r.exit_code == 1, r.err);
  BOOST_TEST(contains(r.err, "the folder out is in use by gongkai pid 4242, started 2026-01-01"),
             r.err);
  BOOST_TEST(!fs::exists(dir / "out" / "seed.json"));
}

// Ctrl-C: what is done is kept (store, JSON, tidy.csv), the run says so and exits 130, and a
// rerun finishes the rest.
BOOST_AUTO_TEST_CASE(an_interrupted_run_keeps_what_is_done_and_a_rerun_resumes) {
  fs::path dir = fresh_dir("store-interrupt");
  for (int i = 0; i < 40; ++i) copy_seed(dir / "in" / ("d" + std::to_string(100 + i) + ".txt"));
  // The shell's own child named gongkai: never another test's run.
  Run r = run_gongkai("convert in -o out -j 1", dir,
                      "(sleep 1.5; pkill -INT -P $$ -x gongkai || true) & ");
  if (r.exit_code == 0) {
    BOOST_TEST_MESSAGE("the run finished before the interrupt: nothing to check");
    return;
  }
  BOOST_TEST(r.exit_code == 130, r.err);
  BOOST_TEST(contains(r.err, "interrupted: "), r.err);
  fs::path db = dir / "out" / "gongkai.sqlite";
  std::string done = sqlite_rows(db, "SELECT count(*) FROM manifest WHERE status = 'ok'");
  BOOST_TEST(done != "0\n");
  auto tidy = slurp(dir / "out" / "tidy.csv");
  BOOST_TEST(std::to_string(std::count(tidy.begin(), tidy.end(), '\n') - 1) + "\n" ==
             sqlite_rows(db, "SELECT count(*) FROM amounts"));
  BOOST_TEST(temporaries(dir / "out").empty());
  Run rerun = run_gongkai("convert in -o out", dir);
  BOOST_TEST(rerun.exit_code == 0, rerun.err);
  BOOST_TEST(sqlite_rows(db, "SELECT count(*) FROM manifest WHERE status = 'ok'") == "40\n");
}

// kill -9 in the middle, then a rerun: the same store as an uninterrupted run, the same tidy
// CSV, and no temporary left.
BOOST_AUTO_TEST_CASE(kill_9_then_rerun_equals_an_uninterrupted_run) {
  fs::path dir = fresh_dir("store-kill");
  for (int i = 0; i < 40; ++i) copy_seed(dir / "in" / ("d" + std::to_string(100 + i) + ".txt"));
  fs::copy_file(sample("sx-wsb-2024-budget-ruled.pdf"), dir / "in" / "ruled.pdf");
  BOOST_REQUIRE(run_gongkai("convert in -o whole -j 2 -q", dir).exit_code == 0);
  // A stale temporary as a run killed earlier would leave it.
  fs::create_directories(dir / "cut");
  std::ofstream(dir / "cut" / "d100.json.gongkai-tmp-99999-0") << "{";
  Run killed = run_gongkai("convert in -o cut -j 2 -q", dir,
                           "(sleep 1; pkill -KILL -P $$ -x gongkai || true) & ");
  BOOST_TEST_MESSAGE("killed run: exit "
                     << killed.exit_code << ", "
                     << sqlite_rows(dir / "cut" / "gongkai.sqlite", "SELECT count(*) FROM manifest")
                     << " documents done");
  Run rerun = run_gongkai("convert in -o cut -j 2", dir);
  BOOST_TEST(rerun.exit_code == 0, rerun.err);
  BOOST_TEST(fingerprint(dir / "cut" / "gongkai.sqlite") ==
             fingerprint(dir / "whole" / "gongkai.sqlite"));
  BOOST_TEST(slurp(dir / "cut" / "tidy.csv") == slurp(dir / "whole" / "tidy.csv"));
  BOOST_TEST(temporaries(dir / "cut").empty());
}
