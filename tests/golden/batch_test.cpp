// Batches as users run them (issue 8): folders of yearly downloads that repeat names, bad
// entries among good ones, bad arguments, full disks, text saved in GBK or UTF-16. Each case
// drives build/gongkai in a scratch folder.
#define BOOST_TEST_MODULE batch_test
#include <sys/stat.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>

#include "tests/support_cli.h"

namespace fs = std::filesystem;
using namespace gongkai::testing;

namespace {

const std::string kSeedRow =
    "山西省人民政府外事办公室,2024,budget,,预算公开表1,2024年预算收支总表,"
    "income_expenditure_summary,1,,,一、一般公共预算,false,收入/2024年,total,2024,,4603.53,万元,"
    "46035300";  // budget_unit, row_code, row_level and three_public_item empty

void copy_seed(const fs::path& to) {
  fs::create_directories(to.parent_path());
  fs::copy_file(sample("sx-wsb-2024-budget.txt"), to, fs::copy_options::overwrite_existing);
}

std::size_t count_temporaries(const fs::path& dir) {
  std::size_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    n += e.path().filename().string().find("tmp") != std::string::npos &&
         e.path().filename().string() != "a.tmp";
  return n;
}

}  // namespace

// 2018/部门预算.txt and 2019/部门预算.txt: both kept, under their own folders, at -j 2.
BOOST_AUTO_TEST_CASE(same_name_in_two_folders_keeps_both) {
  fs::path dir = fresh_dir("same-name");
  copy_seed(dir / "in" / "2018" / "部门预算.txt");
  copy_seed(dir / "in" / "2019" / "部门预算.txt");
  std::ofstream(dir / "in" / "2019" / "部门预算.txt", std::ios::app) << "2019年的补充说明\n";
  Run r = run_gongkai("convert in -o out -j 2", dir);
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(contains(r.err, "converted 2 of 2"), r.err);
  std::string a = slurp(dir / "out" / "2018" / "部门预算.json");
  std::string b = slurp(dir / "out" / "2019" / "部门预算.json");
  BOOST_TEST(contains(a, "\"department\": \"山西省人民政府外事办公室\""));
  BOOST_TEST(a != b);  // the 2019 file's own bytes (sha256), not a copy of 2018's
  BOOST_TEST(fs::exists(dir / "out" / "2018" / "部门预算" /
                        "01-income_expenditure_summary-预算收支总表.csv"));
  BOOST_TEST(fs::exists(dir / "out" / "2019" / "部门预算" /
                        "01-income_expenditure_summary-预算收支总表.csv"));
  BOOST_TEST(count_temporaries(dir / "out") == 0u);
}

// a.tmp.txt beside a.txt: the CSV folder a.tmp/ is an output, not a temporary to delete.
BOOST_AUTO_TEST_CASE(an_input_named_like_a_temporary_keeps_its_outputs) {
  fs::path dir = fresh_dir("tmp-name");
  copy_seed(dir / "in" / "a.txt");
  copy_seed(dir / "in" / "a.tmp.txt");  // sorted first: its CSV folder exists when a.txt is written
  Run r = run_gongkai("convert in -o out -j 1", dir);
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(fs::exists(dir / "out" / "a" / "01-income_expenditure_summary-预算收支总表.csv"));
  BOOST_TEST(fs::exists(dir / "out" / "a.tmp" / "01-income_expenditure_summary-预算收支总表.csv"));
  BOOST_TEST(fs::exists(dir / "out" / "a.tmp.json"));
}

// 2018.txt beside a folder 2018/: the CSV folder of one is not the output folder of the other.
BOOST_AUTO_TEST_CASE(a_file_named_like_a_folder_keeps_both) {
  fs::path dir = fresh_dir("file-and-folder");
  copy_seed(dir / "in" / "2018.txt");
  copy_seed(dir / "in" / "2018" / "a.txt");
  Run r = run_gongkai("convert in -o out", dir);
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(fs::exists(dir / "out" / "2018" / "a.json"));
  BOOST_TEST(fs::exists(dir / "out" / "2018-txt.json"));
  BOOST_TEST(
      fs::exists(dir / "out" / "2018-txt" / "01-income_expenditure_summary-预算收支总表.csv"));
}

// A missing path, a symbolic link loop, a named pipe, an unreadable folder: each named, the
// rest converted, exit code 1, and no hang on the pipe.
BOOST_AUTO_TEST_CASE(bad_entries_are_named_and_the_rest_goes_on) {
  fs::path dir = fresh_dir("bad-entries");
  copy_seed(dir / "in" / "good.txt");
  fs::create_symlink("loop.pdf", dir / "in" / "loop.pdf");
  BOOST_REQUIRE(::mkfifo((dir / "in" / "pipe.txt").c_str(), 0600) == 0);
  copy_seed(dir / "in" / "locked" / "hidden.txt");
  fs::permissions(dir / "in" / "locked", fs::perms::none);
  Run r = run_gongkai("convert missing.pdf in -o out", dir, "timeout 120");
  fs::permissions(dir / "in" / "locked", fs::perms::owner_all);
  BOOST_TEST(r.exit_code == 1, r.err);
  BOOST_TEST(contains(r.err, "missing.pdf: No such file or directory"), r.err);
  BOOST_TEST(contains(r.err, "loop.pdf: Too many levels of symbolic links"), r.err);
  BOOST_TEST(contains(r.err, "pipe.txt: a named pipe"), r.err);
  if (::geteuid() != 0)  // root reads a folder whatever its permissions
    BOOST_TEST(contains(r.err, "locked: cannot read the folder: Permission denied"), r.err);
  BOOST_TEST(fs::exists(dir / "out" / "good.json"));
  BOOST_TEST(contains(slurp(dir / "out" / "tidy.csv"), "good.txt," + kSeedRow));
}

BOOST_AUTO_TEST_CASE(bad_arguments_exit_2) {
  fs::path dir = fresh_dir("arguments");
  copy_seed(dir / "seed.txt");
  BOOST_TEST(run_gongkai("convert", dir).exit_code == 2);
  BOOST_TEST(run_gongkai("convert seed.txt --no-such-option", dir).exit_code == 2);
  BOOST_TEST(run_gongkai("convert seed.txt -j 0", dir).exit_code == 2);
  BOOST_TEST(run_gongkai("frobnicate", dir).exit_code == 2);
  BOOST_TEST(run_gongkai("--help", dir).exit_code == 0);
  Run both = run_gongkai("convert seed.txt -o - --sqlite s.sqlite", dir);
  BOOST_TEST(both.exit_code == 2);
  BOOST_TEST(contains(both.err, "--sqlite"), both.err);
  BOOST_TEST(both.out.empty());
  Run two = run_gongkai("convert seed.txt seed.txt in -o -", dir);
  BOOST_TEST(two.exit_code != 0);
}

// --sqlite into a missing folder, or onto a folder: refused before anything is converted.
BOOST_AUTO_TEST_CASE(a_store_that_cannot_be_written_fails_before_converting) {
  fs::path dir = fresh_dir("store-path");
  copy_seed(dir / "seed.txt");
  Run missing = run_gongkai("convert seed.txt -o out --sqlite nowhere/s.sqlite", dir);
  BOOST_TEST(missing.exit_code == 2);
  BOOST_TEST(contains(missing.err, "nowhere does not exist"), missing.err);
  BOOST_TEST(!fs::exists(dir / "out" / "seed.json"));
  fs::create_directories(dir / "folder");
  Run folder = run_gongkai("convert seed.txt -o out --sqlite folder", dir);
  BOOST_TEST(folder.exit_code == 2);
  BOOST_TEST(contains(folder.err, "is a folder"), folder.err);
  BOOST_TEST(!fs::exists(dir / "out" / "seed.json"));
}

// A write that fails gives the system's reason, for the output it concerns. The file size limit
// stands in for a full disk (with SIGXFSZ ignored, write() fails with EFBIG).
BOOST_AUTO_TEST_CASE(a_failed_write_gives_the_system_reason) {
  fs::path dir = fresh_dir("write-failure");
  copy_seed(dir / "seed.txt");
  Run r = run_gongkai("convert seed.txt -o out", dir, "trap '' XFSZ; ulimit -f 16;");
  BOOST_TEST(r.exit_code == 1);
  // The JSON or the store, whichever is written first past the limit.
  BOOST_TEST(contains(r.err, "File too large"), r.err);
  BOOST_TEST((contains(r.err, "out/seed.json: cannot write: File too large") ||
              contains(r.err, "out/gongkai.sqlite")),
             r.err);
  BOOST_TEST(!fs::exists(dir / "out" / "seed.json"));
  BOOST_TEST(count_temporaries(dir / "out") == 0u);
}

// The seed saved as GBK and as UTF-16 gives the same amounts as the UTF-8 seed; bytes that are
// neither are refused, never read as garbled tables.
BOOST_AUTO_TEST_CASE(gbk_and_utf16_text_are_converted_others_refused) {
  fs::path dir = fresh_dir("encodings");
  copy_seed(dir / "seed.txt");
  BOOST_REQUIRE(std::system(("cd '" + dir.string() +
                             "' && iconv -f UTF-8 -t GBK seed.txt >gbk.txt && "
                             "iconv -f UTF-8 -t UTF-16 seed.txt >utf16.txt")
                                .c_str()) == 0);
  std::ofstream(dir / "latin1.txt") << "Caf\xE9\tna\xEFve\t\xA3"
                                       "12.00\n";
  Run r = run_gongkai("convert gbk.txt utf16.txt latin1.txt -o out", dir);
  BOOST_TEST(r.exit_code == 1);
  std::string tidy = slurp(dir / "out" / "tidy.csv");
  BOOST_TEST(contains(tidy, "gbk.txt," + kSeedRow));
  BOOST_TEST(contains(tidy, "utf16.txt," + kSeedRow));
  BOOST_TEST(contains(r.err, "latin1.txt: not UTF-8 text"), r.err);
  BOOST_TEST(
      contains(slurp(dir / "out" / "gbk.json"), "text input in GB18030, converted to UTF-8"));
}
