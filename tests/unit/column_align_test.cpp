// Continuation grids put under a table's columns by position, or refused when ambiguous.
#define BOOST_TEST_MODULE column_align_test
#include "parse/column_align.h"

#include <boost/test/unit_test.hpp>

using namespace gongkai;
using namespace gongkai::parse;

namespace {

SourceLine line_of(std::vector<std::pair<double, double>> spans, std::vector<std::string> texts) {
  SourceLine line;
  line.region = 1;
  for (std::size_t i = 0; i < spans.size(); ++i)
    line.cells.push_back({texts[i], Box{spans[i].first, 100, spans[i].second, 120}});
  return line;
}

const std::vector<std::pair<double, double>> kFour = {{0, 50}, {50, 200}, {200, 280}, {280, 360}};

}  // namespace

BOOST_AUTO_TEST_CASE(extents_from_a_row_without_merged_cells) {
  auto row = line_of(kFour, {"201", "一般公共服务支出", "5.00", "3.00"});
  auto extents = column_extents(row);
  BOOST_REQUIRE(extents.has_value());
  BOOST_TEST(extents->size() == 4u);
  BOOST_TEST((*extents)[2].x0 == 200.0);
  SourceLine text_input;  // no boxes: no extents
  text_input.cells = {{"201", {}}, {"x", {}}};
  BOOST_TEST(!column_extents(text_input).has_value());
}

BOOST_AUTO_TEST_CASE(a_merged_total_row_goes_under_the_columns) {
  auto columns = *column_extents(line_of(kFour, {"201", "名称", "5.00", "3.00"}));
  // 合计 spans the code and name columns; the amounts sit in their own columns.
  auto total = line_of({{0, 200}, {200, 280}, {280, 360}}, {"合计", "9.00", "4.00"});
  auto aligned = align_to_columns(total, {"合计", "9.00", "4.00"}, columns);
  BOOST_REQUIRE(aligned.has_value());
  BOOST_TEST(*aligned == (std::vector<std::string>{"合计", "", "9.00", "4.00"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_amount_between_two_columns_is_refused) {
  auto columns = *column_extents(line_of(kFour, {"201", "名称", "5.00", "3.00"}));
  auto shifted = line_of({{0, 200}, {240, 320}}, {"合计", "9.00"});  // half in each amount column
  BOOST_TEST(!align_to_columns(shifted, {"合计", "9.00"}, columns).has_value());
  auto crowded = line_of({{0, 200}, {200, 240}, {240, 280}}, {"合计", "1.00", "2.00"});
  BOOST_TEST(!align_to_columns(crowded, {"合计", "1.00", "2.00"}, columns).has_value());
}
