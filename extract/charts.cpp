// Finds charts by their value axis beside their gridlines (see charts.h). Pure geometry.
#include "extract/charts.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string_view>

#include "core/decimal.h"

namespace gongkai::extract {
namespace {

// The fewest ticks that make an axis: three evenly stepped numbers are too common in tables.
constexpr std::size_t kMinTicks = 4;
// Points between the axis' right edge and its plot's left edge, at most.
constexpr double kAxisGap = 30;

// A word that is a number as an axis prints it: 120000, 8.2, -20, 1,000, 40%.
std::optional<Decimal> tick_value(std::string_view text) {
  std::string plain;
  for (char c : text)
    if (c != ',') plain += c;
  if (!plain.empty() && plain.back() == '%') plain.pop_back();
  if (plain.empty() || !std::all_of(plain.begin(), plain.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == '-';
      }))
    return std::nullopt;
  return Decimal::parse(plain);
}

struct Tick {
  std::size_t word = 0;  // index into the page's words
  Decimal value;
  Box box;
  double y() const { return (box.y0 + box.y1) / 2; }
};

// The numbers of the page grouped by their right edge (an axis is right-aligned), each group
// top to bottom.
std::vector<std::vector<Tick>> right_aligned_columns(const std::vector<Word>& words) {
  std::vector<Tick> ticks;
  for (std::size_t i = 0; i < words.size(); ++i)
    if (auto v = tick_value(words[i].text)) ticks.push_back({i, *v, words[i].box});
  std::sort(ticks.begin(), ticks.end(), [](auto& a, auto& b) { return a.box.x1 < b.box.x1; });
  std::vector<std::vector<Tick>> columns;
  for (const auto& t : ticks) {
    if (columns.empty() || t.box.x1 - columns.back().front().box.x1 > kRuleTolerance)
      columns.emplace_back();
    columns.back().push_back(t);
  }
  for (auto& c : columns)
    std::sort(c.begin(), c.end(), [](auto& a, auto& b) { return a.y() < b.y(); });
  return columns;
}

// Whether `next` goes on the run: lower by the run's step, as far below as the run's spacing.
bool continues(const std::vector<Tick>& run, const Tick& next) {
  const Tick& last = run.back();
  const double gap = next.y() - last.y();
  if (run.size() == 1)
    return next.value < last.value && gap > 0 && gap <= 4 * std::max(last.box.height(), 1.0);
  const Decimal step = run[0].value - run[1].value;
  const double spacing = run[1].y() - run[0].y();
  return last.value - next.value == step &&
         std::abs(gap - spacing) <= std::max(1.5, 0.15 * spacing);
}

// The runs of a column that step down evenly, top to bottom, each of kMinTicks or more.
std::vector<std::vector<Tick>> axes_in(const std::vector<Tick>& column) {
  std::vector<std::vector<Tick>> axes;
  for (std::size_t start = 0; start < column.size();) {
    std::vector<Tick> run{column[start]};
    for (std::size_t i = start + 1; i < column.size() && continues(run, column[i]); ++i)
      run.push_back(column[i]);
    if (run.size() >= kMinTicks) {
      start += run.size();
      axes.push_back(std::move(run));
    } else {
      ++start;
    }
  }
  return axes;
}

Box box_of(const std::vector<Tick>& axis) {
  Box b = axis.front().box;
  for (const auto& t : axis) b = unite(b, t.box);
  return b;
}

// The grid just right of the axis whose row rulings (the gridlines) stand at most of its ticks.
std::optional<std::size_t> plot_of(const std::vector<Tick>& axis, const std::vector<Grid>& grids) {
  const Box a = box_of(axis);
  const double spacing = axis[1].y() - axis[0].y();
  for (std::size_t g = 0; g < grids.size(); ++g) {
    const double left = grids[g].xs.front();
    if (left < a.x1 - kRuleTolerance || left - a.x1 > kAxisGap) continue;
    const std::size_t on_rule = std::count_if(axis.begin(), axis.end(), [&](const Tick& t) {
      return std::any_of(grids[g].ys.begin(), grids[g].ys.end(), [&](double y) {
        return std::abs(y - t.y()) <= std::max(kRuleTolerance, 0.3 * spacing);
      });
    });
    if (on_rule >= kMinTicks - 1 && 5 * on_rule >= 3 * axis.size()) return g;
  }
  return std::nullopt;
}

bool centred_in(const Box& outer, const Box& b) {
  const double x = (b.x0 + b.x1) / 2, y = (b.y0 + b.y1) / 2;
  return x >= outer.x0 && x <= outer.x1 && y >= outer.y0 && y <= outer.y1;
}

}  // namespace

std::vector<Chart> take_charts(std::vector<Grid>& grids, std::vector<Word>& words) {
  std::vector<Chart> charts;
  std::vector<bool> drop(words.size(), false), plot(grids.size(), false);
  for (const auto& column : right_aligned_columns(words))
    for (const auto& axis : axes_in(column)) {
      auto g = plot_of(axis, grids);
      if (!g || plot[*g]) continue;
      plot[*g] = true;
      const Box a = box_of(axis);
      const Box area = grids[*g].box();
      // The category names under the plot, on the line its axis would print a tick further down.
      const Box names{a.x0, area.y1, area.x1, area.y1 + 2.5 * axis.front().box.height()};
      for (const auto& t : axis) drop[t.word] = true;
      for (std::size_t i = 0; i < words.size(); ++i)
        if (centred_in(area, words[i].box) || centred_in(names, words[i].box)) drop[i] = true;
      charts.push_back(
          {unite(a, area), words[axis.back().word].text + " to " + words[axis.front().word].text});
    }
  std::vector<Word> kept_words;
  for (std::size_t i = 0; i < words.size(); ++i)
    if (!drop[i]) kept_words.push_back(std::move(words[i]));
  words = std::move(kept_words);
  std::vector<Grid> kept_grids;
  for (std::size_t i = 0; i < grids.size(); ++i)
    if (!plot[i]) kept_grids.push_back(std::move(grids[i]));
  grids = std::move(kept_grids);
  std::sort(charts.begin(), charts.end(), [](auto& a, auto& b) { return a.box.y0 < b.box.y0; });
  return charts;
}

}  // namespace gongkai::extract
