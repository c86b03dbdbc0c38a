// Pictures of PDF pages for people (the review page, `inspect --png`), drawn by poppler-cpp's
// page_renderer in the coordinates of the rest of the pipeline: PDF points × scale, top-left
// origin, the page turned as read_pdf turns it (a sideways table comes out upright), so that a
// Box of core/model.h lands on its printed text.
//
//   extract::PageRenderer pdf("budget.pdf");
//   extract::PageImage image = pdf.render(5, 110);   // page 5 at 110 dpi, gray
//   std::string png = extract::encode_png(image);
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/model.h"

namespace gongkai::extract {

struct PageImage {
  int width = 0, height = 0;         // pixels
  int channels = 1;                  // 1 gray, 3 RGB
  double scale = 1;                  // pixels per PDF point
  std::vector<std::uint8_t> pixels;  // row-major, `channels` bytes a pixel

  // A box of the page (points) in pixels.
  Box to_pixels(const Box& b) const {
    return {b.x0 * scale, b.y0 * scale, b.x1 * scale, b.y1 * scale};
  }
};

class PageRenderer {
 public:
  // Throws FileError when poppler cannot open the file.
  // `password` opens an encrypted PDF (owner or user password), as extract::read_pdf does.
  explicit PageRenderer(const std::filesystem::path& pdf, const std::string& password = "");
  ~PageRenderer();
  PageRenderer(const PageRenderer&) = delete;
  PageRenderer& operator=(const PageRenderer&) = delete;

  int page_count() const;
  // Page `number` (1-based) at `dpi`, anti-aliased; gray unless `colour`. Throws FileError when
  // the page cannot be rendered.
  PageImage render(int number, double dpi, bool colour = false);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The image as PNG bytes, gray or RGB as it is (zlib; poppler's writer turns gray into RGB).
std::string encode_png(const PageImage& image);

}  // namespace gongkai::extract
