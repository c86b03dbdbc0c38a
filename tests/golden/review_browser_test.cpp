// The review report in a real browser: Debian's chromium, headless, opens the seed's report and
// the altered final account's (sh-pt-czj-2024-final-altered.pdf, errors injected on purpose),
// and the rendered DOM is read back (--dump-dom): the tables and the number of checks are
// there, and opening a failed check (the page's own script, through #check-N, does what a
// click does) marks the cells and narrative lines it names on the pages where they are printed.
// A screenshot is checked for its size and for being neither blank nor without the mark. Where
// chromium is absent or cannot start, every case is skipped with a message (scripts/setup-review
// installs it).
#define BOOST_TEST_MODULE review_browser_test
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include "check/check.h"
#include "extract/extract.h"
#include "parse/parse.h"
#include "tests/support.h"
#include "tests/support_checked.h"

namespace fs = std::filesystem;
using namespace gongkai;
using namespace gongkai::testing;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

int shell(const std::string& cmd) {
  int status = std::system(cmd.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

fs::path work_dir() {
  static const fs::path dir = [] {
    // The pid: runs from several worktrees at once never share (and remove) one folder.
    fs::path d =
        fs::temp_directory_path() / ("gongkai-review-browser-test-" + std::to_string(::getpid()));
    fs::remove_all(d);
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

std::optional<std::string> chromium_path() {
  for (const char* name : {"chromium", "chromium-browser"})
    if (shell(std::string("command -v ") + name + " >/dev/null 2>&1") == 0) return name;
  return std::nullopt;
}

// One headless chromium run with a fresh profile and nothing fetched from the network.
// `action` is --dump-dom or --screenshot=FILE; stdout goes to `out`.
int chromium(const std::string& action, const std::string& url, const fs::path& out) {
  static int runs = 0;
  fs::path profile = work_dir() / ("profile-" + std::to_string(runs++));
  fs::create_directories(profile);
  std::string cmd = "timeout 120 " + chromium_path().value_or("chromium") +
                    " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                    " --disable-background-networking --disable-component-update --disable-sync"
                    " --hide-scrollbars --window-size=1200,760 --user-data-dir='" +
                    profile.string() + "' " + action + " '" + url + "' >'" + out.string() +
                    "' 2>'" + out.string() + ".err'";
  int code = shell(cmd);
  fs::remove_all(profile);
  return code;
}

struct chromium_starts {
  boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const {
    static const std::optional<std::string> why_not = []() -> std::optional<std::string> {
      if (!chromium_path()) return "chromium is not installed (scripts/setup-review): skipped";
      fs::path out = work_dir() / "blank.html";
      if (chromium("--dump-dom", "about:blank", out) != 0 ||
          slurp(out).find("<body") == std::string::npos)
        return "chromium cannot start here: skipped (" +
               slurp(out.string() + ".err").substr(0, 300) + ")";
      return std::nullopt;
    }();
    boost::test_tools::assertion_result ok(!why_not);
    if (why_not) ok.message() << *why_not;
    return ok;
  }
};

struct chromium_and_shared {
  boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id id) const {
    auto shared = shared_present{}(id);
    if (!shared) return shared;
    return chromium_starts{}(id);
  }
};

// Runs `gongkai review` on `pdfs` into work_dir()/reports; returns that folder.
fs::path reports(const std::vector<fs::path>& pdfs) {
  fs::path dir = work_dir() / "reports";
  std::string cmd = "'" + (binary_dir() / "gongkai").string() + "' review -q";
  for (const auto& p : pdfs) cmd += " '" + p.string() + "'";
  cmd += " -o '" + dir.string() + "' 2>'" + (work_dir() / "review.err").string() + "'";
  BOOST_REQUIRE_MESSAGE(shell(cmd) == 0, slurp(work_dir() / "review.err"));
  return dir;
}

std::string dom_of(const fs::path& html, const std::string& fragment = "") {
  fs::path out =
      work_dir() / (html.stem().string() + fragment.substr(fragment.empty() ? 0 : 1) + ".dom");
  BOOST_REQUIRE(chromium("--dump-dom", "file://" + html.string() + fragment, out) == 0);
  return slurp(out);
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::string attribute(const std::string& dom, const std::string& name) {
  auto at = dom.find(name + "=\"");
  if (at == std::string::npos) return {};
  at += name.size() + 2;
  return dom.substr(at, dom.find('"', at) - at);
}

// The pages (section id="page-N") holding overlay marks the script marked (class "… hit").
std::set<int> pages_marked(const std::string& dom) {
  std::set<int> pages;
  const std::string section = "<section class=\"page\" id=\"page-";
  for (auto at = dom.find("<div class=\"m "); at != std::string::npos;
       at = dom.find("<div class=\"m ", at + 1)) {
    auto end = dom.find('"', at + 12);
    if (dom.substr(at, end - at).find(" hit") == std::string::npos) continue;
    auto s = dom.rfind(section, at);
    if (s != std::string::npos) pages.insert(std::atoi(dom.c_str() + s + section.size()));
  }
  return pages;
}

// A PNG's size and pixels, RGB(A) 8-bit as chromium writes them.
struct Pixels {
  int width = 0, height = 0, channels = 0;
  std::vector<unsigned char> data;
};

std::optional<Pixels> decode_png(const std::string& png) {
  if (png.size() < 33 || png.compare(1, 3, "PNG") != 0) return std::nullopt;
  auto u32 = [&](std::size_t at) {
    return std::uint32_t(static_cast<unsigned char>(png[at])) << 24 |
           std::uint32_t(static_cast<unsigned char>(png[at + 1])) << 16 |
           std::uint32_t(static_cast<unsigned char>(png[at + 2])) << 8 |
           std::uint32_t(static_cast<unsigned char>(png[at + 3]));
  };
  Pixels p;
  p.width = int(u32(16));
  p.height = int(u32(20));
  const int type = png[25];
  if (png[24] != 8 || (type != 2 && type != 6) || png[28] != 0) return std::nullopt;
  p.channels = type == 6 ? 4 : 3;
  std::string idat;
  for (std::size_t at = 8; at + 8 <= png.size();) {
    std::uint32_t length = u32(at);
    if (png.compare(at + 4, 4, "IDAT") == 0) idat += png.substr(at + 8, length);
    at += 12 + length;
  }
  const std::size_t stride = std::size_t(p.width) * p.channels;
  std::vector<unsigned char> raw((stride + 1) * p.height);
  uLongf size = raw.size();
  if (uncompress(raw.data(), &size, reinterpret_cast<const Bytef*>(idat.data()), idat.size()) !=
          Z_OK ||
      size != raw.size())
    return std::nullopt;
  p.data.resize(stride * p.height);
  const int bpp = p.channels;
  for (int y = 0; y < p.height; ++y) {
    const unsigned char filter = raw[y * (stride + 1)];
    const unsigned char* in = &raw[y * (stride + 1) + 1];
    unsigned char* row = &p.data[y * stride];
    const unsigned char* up = y ? row - stride : nullptr;
    for (std::size_t x = 0; x < stride; ++x) {
      int a = x >= std::size_t(bpp) ? row[x - bpp] : 0, b = up ? up[x] : 0,
          c = up && x >= std::size_t(bpp) ? up[x - bpp] : 0;
      int pred = 0;
      if (filter == 1) pred = a;
      if (filter == 2) pred = b;
      if (filter == 3) pred = (a + b) / 2;
      if (filter == 4) {
        int pa = std::abs(b - c), pb = std::abs(a - c), pc = std::abs(a + b - 2 * c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      row[x] = static_cast<unsigned char>(in[x] + pred);
    }
  }
  return p;
}

}  // namespace

BOOST_AUTO_TEST_CASE(seed_report_shows_its_tables_and_checks,
                     *boost::unit_test::precondition(chromium_starts{})) {
  const fs::path seed = sample("sx-wsb-2024-budget-ruled.pdf");
  const Document doc = checked(seed);
  const fs::path dir = reports({seed});
  const std::string dom = dom_of(dir / "sx-wsb-2024-budget-ruled.html");
  BOOST_TEST(count(dom, "<table id=\"table-") == doc.tables.size());
  BOOST_TEST(attribute(dom, "data-checks") == std::to_string(doc.checks.size()));
  BOOST_TEST(count(dom, "<li class=\"check ") ==
             std::size_t(check::summarize(doc.checks).failed()));
  BOOST_TEST(count(dom, "<div class=\"m amount\"") > 300u);  // 384 amounts, each on its page
  BOOST_TEST(count(dom, "<section class=\"page\"") > 10u);
  BOOST_TEST(dom.find("src=\"http") == std::string::npos);  // nothing fetched
}

BOOST_AUTO_TEST_CASE(altered_final_account_shows_its_errors_where_printed,
                     *boost::unit_test::precondition(chromium_and_shared{})) {
  const fs::path altered = real_pdf("sh-pt-czj-2024-final-altered.pdf");
  const Document doc = checked(altered);
  const fs::path dir = reports({sample("sx-wsb-2024-budget-ruled.pdf"), altered});
  const fs::path html = dir / "sh-pt-czj-2024-final-altered.html";

  const std::string dom = dom_of(html);
  BOOST_TEST(count(dom, "<table id=\"table-") == doc.tables.size());
  BOOST_TEST(attribute(dom, "data-checks") == std::to_string(doc.checks.size()));
  BOOST_TEST(count(dom, "<li class=\"check ") ==
             std::size_t(check::summarize(doc.checks).failed()));
  BOOST_TEST(pages_marked(dom).empty());  // nothing marked before a check is opened

  // The injected errors (tests/golden/check_corpus_test.cpp) and the pages that print them,
  // read on the rendered pages: the 总计 cell on page 7, the sentences on 18 to 21.
  struct Expected {
    const char* identity;
    const char* where;
    std::set<int> pages;
  };
  const Expected injected[] = {
      {"narrative:figure", "收入支出总计0万元' vs row 总计", {7, 18}},
      {"narrative:change", "收入支出总计减少56.95万元", {18}},
      {"narrative:comparison", "年初预算为1560.05万元", {19}},
      {"narrative:comparison", "年初预算为80.81万元", {20}},
      {"narrative:comparison", "年初预算为62.29万元", {21}},
  };
  for (const Expected& e : injected) {
    BOOST_TEST_CONTEXT(e.where) {
      std::optional<std::size_t> k;
      for (std::size_t i = 0; i < doc.checks.size() && !k; ++i)
        if (doc.checks[i].identity == e.identity &&
            doc.checks[i].location.find(e.where) != std::string::npos &&
            doc.checks[i].verdict == Verdict::SourceError)
          k = i;
      BOOST_REQUIRE(k.has_value());
      const std::string opened = dom_of(html, "#check-" + std::to_string(*k));
      BOOST_TEST(opened.find("id=\"check-" + std::to_string(*k) + "\"") != std::string::npos);
      BOOST_TEST(std::stoi("0" + attribute(opened, "data-marked")) > 0);
      BOOST_TEST(pages_marked(opened) == e.pages, boost::test_tools::per_element());
    }
  }

  // The index: both documents, the one with source errors first.
  const std::string index = dom_of(dir / "index.html");
  BOOST_TEST(attribute(index, "data-documents") == "2");
  BOOST_TEST(index.find("sh-pt-czj-2024-final-altered.html") <
             index.find("sx-wsb-2024-budget-ruled.html"));

  // A screenshot of the first injected error opened: a page, not a blank, the mark visible.
  std::size_t first = 0;
  for (std::size_t i = 0; i < doc.checks.size(); ++i)
    if (doc.checks[i].identity == "narrative:figure" &&
        doc.checks[i].verdict == Verdict::SourceError) {
      first = i;
      break;
    }
  const fs::path shot = binary_dir() / "review-screenshot.png";
  fs::remove(shot);
  BOOST_REQUIRE(chromium("--screenshot='" + shot.string() + "'",
                         "file://" + html.string() + "#check-" + std::to_string(first),
                         work_dir() / "screenshot.out") == 0);
  const std::string png = slurp(shot);
  BOOST_TEST(png.size() > 30000u);
  BOOST_TEST(png.size() < 2000000u);
  auto pixels = decode_png(png);
  BOOST_REQUIRE(pixels.has_value());
  BOOST_TEST(pixels->width == 1200);
  BOOST_TEST(pixels->height == 760);
  std::size_t ink = 0, marked = 0;
  const std::size_t n = std::size_t(pixels->width) * pixels->height;
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char* px = &pixels->data[i * pixels->channels];
    if (px[0] + px[1] + px[2] < 3 * 128) ++ink;
    if (px[0] > 200 && px[1] < 110 && px[2] < 110) ++marked;  // the red of a marked cell
  }
  BOOST_TEST(ink > n / 200);  // text and rules, not an empty page
  BOOST_TEST(ink < n / 2);    // not a black or failed render either
  BOOST_TEST(marked > 100u);  // the marked cell is in view
}
