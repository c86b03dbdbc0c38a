// The review's overlay geometry on the seed PDF: a cell's box, scaled to the rendered page, lands
// on its printed cell (the ruling lines around it and the ink of its figure) at two resolutions,
// and the checks name the cells they read.
#define BOOST_TEST_MODULE review_overlay_test
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>

#include "check/check.h"
#include "extract/extract.h"
#include "extract/render.h"
#include "parse/parse.h"
#include "review/page_marks.h"
#include "tests/support.h"

using namespace gongkai;
using namespace gongkai::testing;

namespace {

const SourceDocument& seed_source() {
  static const SourceDocument source = extract::read_pdf(sample("sx-wsb-2024-budget-ruled.pdf"));
  return source;
}

const Document& seed() {
  static const Document doc = [] {
    Document d = parse::parse_document(seed_source());
    check::run_checks(d);
    return d;
  }();
  return doc;
}

// The row of table `t` whose first cell reads `label`.
std::size_t row_of(const Table& t, const std::string& label) {
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    if (!t.rows[r].empty() && t.rows[r][0].text == label) return r;
  BOOST_FAIL("no row " << label);
  return 0;
}

bool dark(const extract::PageImage& img, int x, int y) {
  if (x < 0 || y < 0 || x >= img.width || y >= img.height) return false;
  return img.pixels[static_cast<std::size_t>(y * img.width + x)] < 160;
}

// The share of dark pixels on the horizontal line y between x0 and x1.
double row_ink(const extract::PageImage& img, int y, int x0, int x1) {
  int n = 0;
  for (int x = x0; x <= x1; ++x) n += dark(img, x, y);
  return double(n) / (x1 - x0 + 1);
}

double column_ink(const extract::PageImage& img, int x, int y0, int y1) {
  int n = 0;
  for (int y = y0; y <= y1; ++y) n += dark(img, x, y);
  return double(n) / (y1 - y0 + 1);
}

// The y (or x) within ±tolerance of `at` where a ruling line is drawn, or -1.
int rule_near_row(const extract::PageImage& img, double at, int x0, int x1, int tolerance) {
  for (int d = 0; d <= tolerance; ++d)
    for (int y : {int(std::lround(at)) - d, int(std::lround(at)) + d})
      if (row_ink(img, y, x0, x1) > 0.8) return y;
  return -1;
}
int rule_near_column(const extract::PageImage& img, double at, int y0, int y1, int tolerance) {
  for (int d = 0; d <= tolerance; ++d)
    for (int x : {int(std::lround(at)) - d, int(std::lround(at)) + d})
      if (column_ink(img, x, y0, y1) > 0.8) return x;
  return -1;
}

}  // namespace

// 预算公开表1 (收支总表), row 一、一般公共预算, column 收入/2024年: 4603.53 on page 1... as
// printed: the cell's box is the ruled cell, its figure the only ink inside.
BOOST_AUTO_TEST_CASE(known_cell_lands_on_its_printed_cell_at_two_resolutions) {
  const Table& t = seed().tables.at(0);
  BOOST_TEST(t.kind == TableKind::IncomeExpenditureSummary);
  const std::size_t r = row_of(t, "一、一般公共预算");
  BOOST_TEST(t.rows[r][1].text == "4603.53");
  BOOST_REQUIRE(r < t.row_places.size());
  const RowPlace& place = t.row_places[r];
  BOOST_REQUIRE(place.cells.size() == t.rows[r].size());
  const Box cell = place.cells[1];
  BOOST_TEST(cell.width() > 10);
  BOOST_TEST(cell.height() > 5);

  extract::PageRenderer renderer(sample("sx-wsb-2024-budget-ruled.pdf"));
  for (double dpi : {72.0, 144.0}) {
    BOOST_TEST_CONTEXT("at " << dpi << " dpi") {
      const auto img = renderer.render(place.page, dpi);
      const Box px = img.to_pixels(cell);
      const int tolerance = dpi > 100 ? 3 : 2;
      const int inner_x0 = int(px.x0) + 3 * tolerance, inner_x1 = int(px.x1) - 3 * tolerance;
      const int inner_y0 = int(px.y0) + tolerance + 1, inner_y1 = int(px.y1) - tolerance - 1;
      // Ruling lines on all four sides, within the tolerance.
      BOOST_TEST(rule_near_row(img, px.y0, inner_x0, inner_x1, tolerance) >= 0);
      BOOST_TEST(rule_near_row(img, px.y1, inner_x0, inner_x1, tolerance) >= 0);
      BOOST_TEST(rule_near_column(img, px.x0, inner_y0, inner_y1, tolerance) >= 0);
      BOOST_TEST(rule_near_column(img, px.x1, inner_y0, inner_y1, tolerance) >= 0);
      // The figure's ink inside, and none in the cell's middle rows outside it.
      int ink = 0;
      for (int y = inner_y0; y <= inner_y1; ++y)
        for (int x = inner_x0; x <= inner_x1; ++x) ink += dark(img, x, y);
      BOOST_TEST(ink > 10);
    }
  }
}

BOOST_AUTO_TEST_CASE(page_marks_colour_cells_by_role) {
  const Table& t = seed().tables.at(0);
  const int page = t.row_places.front().page;
  auto marks = review::marks_on_page(seed(), seed_source(), page);
  auto count = [&](review::MarkKind k) {
    return std::count_if(marks.begin(), marks.end(), [k](const auto& m) { return m.kind == k; });
  };
  BOOST_TEST(count(review::MarkKind::Table) >= 1);
  BOOST_TEST(count(review::MarkKind::Header) >= 6);
  BOOST_TEST(count(review::MarkKind::Label) >= 4);
  BOOST_TEST(count(review::MarkKind::Amount) >= 4);
  BOOST_TEST(count(review::MarkKind::LeftAsText) == 0);  // ruled: every row placed
  const std::size_t r = row_of(t, "一、一般公共预算");
  BOOST_TEST(std::any_of(marks.begin(), marks.end(), [&](const auto& m) {
    return m.kind == review::MarkKind::Amount && m.table == 0 && m.row == r && m.column == 1 &&
           m.text == "4603.53";
  }));
  const auto pages = review::pages_with_tables(seed());
  BOOST_TEST(std::count(pages.begin(), pages.end(), page) == 1);
}

// A sum check names its total first, then its parts, by table, row and column.
BOOST_AUTO_TEST_CASE(checks_name_the_cells_they_read) {
  const Check* sum = nullptr;
  for (const auto& c : seed().checks)
    if (c.identity == "row_total_equals_parts" && c.cells.size() >= 3) {
      sum = &c;
      break;
    }
  BOOST_REQUIRE(sum != nullptr);
  const TableCell total = sum->cells.front();
  const Table& t = seed().tables.at(total.table);
  BOOST_REQUIRE(total.row < t.rows.size());
  BOOST_TEST(t.rows[total.row][total.column].is_amount());
  BOOST_TEST(t.rows[total.row][total.column].amount == *sum->found);
  Decimal parts;
  for (std::size_t i = 1; i < sum->cells.size(); ++i) {
    const TableCell& p = sum->cells[i];
    BOOST_TEST(p.table == total.table);
    BOOST_TEST(p.row == total.row);
    if (t.rows[p.row][p.column].is_amount()) parts += t.rows[p.row][p.column].amount;
  }
  BOOST_TEST(parts == *sum->expected);
}
