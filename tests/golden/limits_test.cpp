// Inputs that would hang a batch or exhaust its memory (issue 8, defect 5): each is named with
// the limit it hit, and the file after it still converts. Every run is under `timeout`, so that
// a regression fails instead of hanging CTest.
#define BOOST_TEST_MODULE limits_test
#include <boost/test/unit_test.hpp>

#include "tests/support_cli.h"
#include "tests/support_pdf.h"

namespace fs = std::filesystem;
using namespace gongkai::testing;

namespace {

void copy_seed(const fs::path& to) {
  fs::copy_file(sample("sx-wsb-2024-budget.txt"), to, fs::copy_options::overwrite_existing);
}

// A 4.6 KB PDF whose forms each draw the next one twice, 24 levels deep: 2^24 drawings.
void write_fan_out(const fs::path& file) {
  std::vector<std::string> forms;
  const int levels = 24;
  for (int i = 0; i < levels; ++i) {
    std::string next = std::to_string(5 + i + 1);
    forms.push_back(i + 1 < levels ? form("/X Do /X Do", "/XObject << /X " + next + " 0 R >>")
                                   : form("0 0 m 10 10 l S"));
  }
  write_pdf(file, "/X0 Do", forms, "/XObject << /X0 5 0 R >>");
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_file_over_its_time_limit_is_named_and_the_batch_goes_on) {
  fs::path dir = fresh_dir("timeout");
  write_fan_out(dir / "fan.pdf");
  copy_seed(dir / "seed.txt");
  Run r = run_gongkai("convert fan.pdf seed.txt -o out --timeout 1", dir, "timeout 120");
  BOOST_TEST(r.exit_code == 1, r.err);
  BOOST_TEST(contains(r.err, "fan.pdf: timed out: took longer than the limit of 1 s per file"),
             r.err);
  BOOST_TEST(fs::exists(dir / "out" / "seed.json"));
  BOOST_TEST(!fs::exists(dir / "out" / "fan.json"));
}

// 200,000 cells on one line, and 2 MB on one line: refused at once, naming the line and limit.
BOOST_AUTO_TEST_CASE(text_lines_beyond_any_table_are_refused) {
  fs::path dir = fresh_dir("long-lines");
  {
    std::ofstream wide(dir / "wide.txt");
    wide << "标题\n";
    for (int i = 0; i < 200'000; ++i) wide << "1.00\t";
    wide << "1.00\n";
    std::ofstream long_line(dir / "long.txt");
    long_line << std::string(2 << 20, 'x') << '\n';
  }
  Run r = run_gongkai("convert wide.txt long.txt -o out", dir, "timeout 120");
  BOOST_TEST(r.exit_code == 1, r.err);
  BOOST_TEST(contains(r.err,
                      "wide.txt: line 2 has 200001 tab-separated cells, more than the "
                      "limit of 2000"),
             r.err);
  BOOST_TEST(contains(r.err, "long.txt: line 1 holds 2097152 bytes"), r.err);
}

// A page of 40,000 stroked rectangles, and a page of 700 × 700 full-length ruling lines: each
// page named with the limit it hit, the document still converts.
BOOST_AUTO_TEST_CASE(pages_of_ruling_lines_beyond_any_table_are_capped) {
  fs::path dir = fresh_dir("rulings");
  std::string rects = "0.1 w\n", lines = "0.1 w\n";
  for (int i = 0; i < 200; ++i)
    for (int j = 0; j < 200; ++j)
      rects += std::to_string(10 + 2 * j) + " " + std::to_string(10 + 2 * i) + " 2 2 re S\n";
  for (int i = 0; i <= 700; ++i) {
    std::string p = std::to_string(10 + 4 * i);
    lines += "10 " + p + " m 2810 " + p + " l S\n" + p + " 10 m " + p + " 2810 l S\n";
  }
  write_pdf(dir / "rects.pdf", rects);
  write_pdf(dir / "lines.pdf", lines, {}, "", 2820);
  Run r = run_gongkai("convert rects.pdf lines.pdf -o out", dir, "timeout 120");
  BOOST_TEST(contains(slurp(dir / "out" / "rects.json"), "more than 100000 ruling segments"));
  BOOST_TEST(contains(slurp(dir / "out" / "lines.json"), "\"code\": \"too_many_rulings\""));
}
