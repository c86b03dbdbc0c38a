// Page pictures with poppler-cpp's page_renderer (see render.h). The page's turn comes from the
// core adapter, so that the picture and the words agree on which way is up.
#include "extract/render.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>
#include <zlib.h>

#include <algorithm>
#include <string_view>

#include "core/error.h"
#include "extract/poppler_adapter.h"

namespace gongkai::extract {
namespace {

// read_pdf undoes the text direction `turn` (poppler's 0..3: right, down, left, up); the same
// quarter turns for the renderer, which turns clockwise.
poppler::rotation_enum rotation_for(int turn) {
  switch (turn & 3) {
    case 1:
      return poppler::rotate_270;
    case 2:
      return poppler::rotate_180;
    case 3:
      return poppler::rotate_90;
    default:
      return poppler::rotate_0;
  }
}

void put_u32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>(v >> shift & 0xFF);
}

void put_chunk(std::string& out, std::string_view type, std::string_view data) {
  put_u32(out, static_cast<std::uint32_t>(data.size()));
  std::string body(type);
  body += data;
  out += body;
  put_u32(out, static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(body.data()),
                                                static_cast<uInt>(body.size()))));
}

// Each row filtered by Sub or Up, whichever leaves smaller residues (the usual heuristic): text
// on white compresses to a few KiB a row either way, but gray antialiasing prefers one or other.
std::string filtered_rows(const PageImage& image) {
  const auto row_bytes = static_cast<std::size_t>(image.width * image.channels);
  const auto bpp = static_cast<std::size_t>(image.channels);
  std::string out;
  out.reserve((row_bytes + 1) * static_cast<std::size_t>(image.height));
  std::string sub(row_bytes, '\0'), up(row_bytes, '\0');
  for (std::size_t y = 0; y < static_cast<std::size_t>(image.height); ++y) {
    const std::uint8_t* row = image.pixels.data() + y * row_bytes;
    const std::uint8_t* above = y ? row - row_bytes : nullptr;
    long cost_sub = 0, cost_up = 0;
    for (std::size_t x = 0; x < row_bytes; ++x) {
      auto s = static_cast<std::uint8_t>(row[x] - (x >= bpp ? row[x - bpp] : 0));
      auto u = static_cast<std::uint8_t>(row[x] - (above ? above[x] : 0));
      sub[x] = static_cast<char>(s), up[x] = static_cast<char>(u);
      cost_sub += s < 128 ? s : 256 - s;
      cost_up += u < 128 ? u : 256 - u;
    }
    out += static_cast<char>(cost_up < cost_sub ? 2 : 1);
    out += cost_up < cost_sub ? up : sub;
  }
  return out;
}

}  // namespace

struct PageRenderer::Impl {
  std::string name;
  std::unique_ptr<poppler::document> doc;
  PdfSource source;  // for each page's turn
  Impl(const std::filesystem::path& pdf, const std::string& password)
      : name(pdf.filename().string()), source(pdf, password) {}
};

PageRenderer::PageRenderer(const std::filesystem::path& pdf, const std::string& password)
    : impl_(std::make_unique<Impl>(pdf, password)) {
  impl_->doc.reset(poppler::document::load_from_file(pdf.string(), password, password));
  if (!impl_->doc || impl_->doc->is_locked())
    throw FileError(impl_->name, 0, "poppler-cpp cannot open the file for rendering");
}

PageRenderer::~PageRenderer() = default;

int PageRenderer::page_count() const {
  return impl_->doc->pages();
}

PageImage PageRenderer::render(int number, double dpi, bool colour) {
  std::unique_ptr<poppler::page> page(impl_->doc->create_page(number - 1));
  if (!page) throw FileError(impl_->name, number, "no such page");
  const int turn = impl_->source.read_page(number).turn;
  poppler::page_renderer renderer;
  renderer.set_render_hints(poppler::page_renderer::antialiasing |
                            poppler::page_renderer::text_antialiasing |
                            poppler::page_renderer::text_hinting);
  renderer.set_image_format(colour ? poppler::image::format_rgb24 : poppler::image::format_gray8);
  poppler::image img =
      renderer.render_page(page.get(), dpi, dpi, -1, -1, -1, -1, rotation_for(turn));
  if (!img.is_valid()) throw FileError(impl_->name, number, "poppler could not render the page");
  PageImage out;
  out.width = img.width();
  out.height = img.height();
  out.channels = colour ? 3 : 1;
  out.scale = dpi / 72.0;
  const auto row_bytes = static_cast<std::size_t>(out.width * out.channels);
  out.pixels.resize(row_bytes * static_cast<std::size_t>(out.height));
  for (int y = 0; y < out.height; ++y) {
    const auto* row = reinterpret_cast<const std::uint8_t*>(img.const_data()) +
                      static_cast<std::ptrdiff_t>(y) * img.bytes_per_row();
    std::copy(row, row + row_bytes,
              out.pixels.begin() + static_cast<std::ptrdiff_t>(y * row_bytes));
  }
  return out;
}

std::string encode_png(const PageImage& image) {
  std::string png("\x89PNG\r\n\x1a\n", 8);
  std::string header;
  put_u32(header, static_cast<std::uint32_t>(image.width));
  put_u32(header, static_cast<std::uint32_t>(image.height));
  header += '\x08';                                 // 8 bits a sample
  header += image.channels == 3 ? '\x02' : '\x00';  // RGB or gray
  header += std::string(3, '\0');                   // deflate, adaptive filters, no interlace
  put_chunk(png, "IHDR", header);
  const std::string rows = filtered_rows(image);
  uLongf size = compressBound(static_cast<uLong>(rows.size()));
  std::string packed(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(packed.data()), &size,
                reinterpret_cast<const Bytef*>(rows.data()), static_cast<uLong>(rows.size()),
                Z_BEST_COMPRESSION) != Z_OK)
    throw std::runtime_error("zlib could not compress the page image");
  packed.resize(size);
  put_chunk(png, "IDAT", packed);
  put_chunk(png, "IEND", {});
  return png;
}

}  // namespace gongkai::extract
