// Charts drawn on a page (a bar or line chart pasted from a spreadsheet): their value axis, a
// column of numbers stepping down evenly, stands beside the plot's gridlines, which the rulings
// make into a grid. Their numbers are axis ticks and data labels, never a table's amounts: the
// chart's grid and ticks are taken off the page, and the page says a chart was not read.
//
//   std::vector<Chart> charts = take_charts(grids, words);  // grids and words lose the charts'
//
// A chart without gridlines beside its axis, or one with no value axis (a pie), is not found here.
#pragma once

#include <string>
#include <vector>

#include "extract/layout.h"

namespace gongkai::extract {

struct Chart {
  Box box;           // the value axis and the plot
  std::string axis;  // its ticks as printed, bottom and top: "0 to 120000"
};

// Removes from `grids` each plot whose value axis stands at its left among `words`, and from
// `words` that axis, the words inside the plot (bar labels) and the category names on the line
// under it; what stays (title, legend) is the page's text. The charts, top to bottom.
std::vector<Chart> take_charts(std::vector<Grid>& grids, std::vector<Word>& words);

}  // namespace gongkai::extract
