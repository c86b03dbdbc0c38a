// Prints what the extract stage sees on one page (see inspect.h).
#include "extract/inspect.h"

#include <cstdio>
#include <string>

#include "core/error.h"
#include "extract/layout.h"
#include "extract/poppler_adapter.h"

namespace gongkai::extract {
namespace {

// libstdc++ 12 has no std::format yet.
std::string fixed(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  return buffer;
}

std::string coordinates(const std::vector<double>& values) {
  std::string text;
  for (double v : values) {
    if (!text.empty()) text += ' ';
    text += fixed(v);
  }
  return text;
}

std::string describe(const Box& b) {
  std::string text = "[";
  text += coordinates({b.x0, b.y0, b.x1, b.y1});
  text += ']';
  return text;
}

}  // namespace

void inspect_page(const std::filesystem::path& pdf, int page, std::ostream& out) {
  PdfSource source(pdf);
  if (page < 1 || page > source.page_count())
    throw FileError(pdf.filename().string(), page,
                    "no such page (the file has " + std::to_string(source.page_count()) + ")");
  std::vector<std::string> warnings;
  PageContent content = source.read_page(page, &warnings);
  out << "page " << page << " of " << source.page_count() << ": " << fixed(content.width) << " x "
      << fixed(content.height) << " pt, " << content.words.size() << " words, "
      << content.segments.size() << " segments\n";
  for (const auto& w : warnings) out << "poppler: " << w << '\n';
  const auto grids = find_grids(content.segments);
  for (std::size_t i = 0; i < grids.size(); ++i)
    out << "grid " << i << ": " << grids[i].rows() << " rows x " << grids[i].columns()
        << " columns\n  columns x: " << coordinates(grids[i].xs)
        << "\n  rows y: " << coordinates(grids[i].ys) << '\n';
  LayoutState state;
  const auto lines = lay_out_page(content, state);
  for (const auto& axis : state.charts) out << "chart (not a table): value axis " << axis << '\n';
  for (const auto& line : lines) {
    out << line.region << ' ' << describe(line.box) << ' ';
    for (std::size_t c = 0; c < line.cells.size(); ++c) out << (c ? "|" : "") << line.cells[c].text;
    out << '\n';
  }
}

}  // namespace gongkai::extract
