#include "parse/column_align.h"

#include <algorithm>

#include "normalize/normalize.h"

namespace gongkai::parse {
namespace {

double overlap(const Box& a, const Box& b) {
  return std::max(0.0, std::min(a.x1, b.x1) - std::max(a.x0, b.x0));
}

bool has_extent(const Box& b) {
  return b.x1 - b.x0 > 0.5;
}

// Where a filled cell goes, or nullopt when no column claims it clearly.
std::optional<std::size_t> target_column(const Box& cell, bool amount,
                                         const std::vector<Box>& columns) {
  if (amount) {
    std::size_t best = 0;
    for (std::size_t c = 1; c < columns.size(); ++c)
      if (overlap(cell, columns[c]) > overlap(cell, columns[best])) best = c;
    if (overlap(cell, columns[best]) < 0.6 * cell.width()) return std::nullopt;
    return best;
  }
  for (std::size_t c = 0; c < columns.size(); ++c)
    if (overlap(cell, columns[c]) >= 0.5 * columns[c].width()) return c;
  return std::nullopt;
}

}  // namespace

std::optional<std::vector<Box>> column_extents(const SourceLine& line) {
  std::vector<Box> columns;
  for (const auto& cell : line.cells) {
    if (!has_extent(cell.box)) return std::nullopt;
    if (!columns.empty() && cell.box.x0 < columns.back().x1 - 1.0) return std::nullopt;  // a span
    columns.push_back(cell.box);
  }
  return columns;
}

std::optional<std::vector<std::string>> align_to_columns(const SourceLine& line,
                                                         const std::vector<std::string>& cells,
                                                         const std::vector<Box>& columns) {
  if (columns.empty() || line.cells.size() != cells.size()) return std::nullopt;
  std::vector<std::string> out(columns.size());
  std::vector<bool> taken(columns.size(), false);
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (cells[i].empty()) continue;
    const Box& box = line.cells[i].box;
    if (!has_extent(box)) return std::nullopt;
    bool amount = normalize::parse_cell_amount(cells[i]).has_value();
    auto c = target_column(box, amount, columns);
    if (!c || taken[*c]) return std::nullopt;
    taken[*c] = true;
    out[*c] = cells[i];
  }
  return out;
}

RowPlace place_of(const SourceLine& line, const std::vector<std::string>& cells,
                  const std::vector<Box>& columns, bool aligned) {
  RowPlace place;
  place.page = line.page;
  if (!aligned) {
    for (const auto& cell : line.cells) place.cells.push_back(cell.box);
    return place;
  }
  std::vector<bool> used(line.cells.size(), false);
  for (std::size_t c = 0; c < cells.size(); ++c) {
    Box box{0, line.box.y0, 0, line.box.y1};
    if (c < columns.size()) box.x0 = columns[c].x0, box.x1 = columns[c].x1;
    for (std::size_t i = 0; !cells[c].empty() && i < line.cells.size(); ++i)
      if (!used[i] && normalize::clean_text(line.cells[i].text) == cells[c]) {
        used[i] = true;
        box = line.cells[i].box;
        break;
      }
    place.cells.push_back(box);
  }
  return place;
}

}  // namespace gongkai::parse
