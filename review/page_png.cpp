// `inspect --png`: one page with the report's overlay drawn into its pixels (see review.h).
#include <fstream>

#include "check/check.h"
#include "core/error.h"
#include "extract/extract.h"
#include "extract/render.h"
#include "parse/parse.h"
#include "review/page_marks.h"
#include "review/review.h"

namespace gongkai::review {
namespace {

struct Rgb {
  std::uint8_t r, g, b;
};

// The report's colours (report_style.h).
Rgb colour_of(MarkKind kind) {
  switch (kind) {
    case MarkKind::Table:
      return {0x33, 0x33, 0x33};
    case MarkKind::Header:
      return {0xe6, 0x9f, 0x00};
    case MarkKind::Code:
      return {0xcc, 0x79, 0xa7};
    case MarkKind::Amount:
      return {0x00, 0x9e, 0x73};
    case MarkKind::LeftAsText:
      return {0xd5, 0x5e, 0x00};
    case MarkKind::Quote:
      return {0xb8, 0xa8, 0x00};
    default:
      return {0x00, 0x72, 0xb2};
  }
}

// A rectangle's outline, `thickness` pixels inside the box, clipped to the image.
void outline(extract::PageImage& image, const Box& px, Rgb colour, int thickness) {
  auto put = [&](int x, int y) {
    if (x < 0 || y < 0 || x >= image.width || y >= image.height) return;
    auto* p = &image.pixels[static_cast<std::size_t>((y * image.width + x) * 3)];
    p[0] = colour.r, p[1] = colour.g, p[2] = colour.b;
  };
  const int x0 = static_cast<int>(px.x0), y0 = static_cast<int>(px.y0);
  const int x1 = static_cast<int>(px.x1), y1 = static_cast<int>(px.y1);
  for (int t = 0; t < thickness; ++t) {
    for (int x = x0; x <= x1; ++x) put(x, y0 + t), put(x, y1 - t);
    for (int y = y0; y <= y1; ++y) put(x0 + t, y), put(x1 - t, y);
  }
}

}  // namespace

void write_page_png(const std::filesystem::path& pdf, int page, const std::filesystem::path& png,
                    double dpi) {
  SourceDocument source = extract::read_file(pdf);
  if (source.info.format != "pdf") throw FileError(pdf.filename().string(), 0, "--png needs a PDF");
  if (page < 1 || page > source.info.page_count)
    throw FileError(pdf.filename().string(), page,
                    "no such page (the file has " + std::to_string(source.info.page_count) + ")");
  Document doc = parse::parse_document(source);
  check::run_checks(doc);
  extract::PageRenderer renderer(pdf);
  extract::PageImage image = renderer.render(page, dpi, true);
  for (const auto& m : marks_on_page(doc, source, page))
    outline(image, image.to_pixels(m.box), colour_of(m.kind), m.kind == MarkKind::Table ? 3 : 1);
  std::ofstream out(png, std::ios::binary);
  out << extract::encode_png(image);
  if (!out.flush()) throw FileError(png.filename().string(), 0, "cannot write the PNG");
}

}  // namespace gongkai::review
