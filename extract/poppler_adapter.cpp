// All use of poppler's core API lives here (it changes between releases; written for 22.x).
#include "extract/poppler_adapter.h"

#include <GfxState.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <TextOutputDev.h>
#include <goo/GooString.h>
#include <poppler-config.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <mutex>
#include <optional>
#include <stdexcept>

#include "core/error.h"
#include "core/work_limit.h"

namespace gongkai::extract {
namespace {

// ---- poppler's global state and its error channel ------------------------------------------

// poppler reports problems through one global callback; while a page is read they are
// collected into that page's warnings (thread_local: one reader per thread is safe).
thread_local std::vector<std::string>* current_warnings = nullptr;

void collect_error(ErrorCategory category, Goffset, const char* message) {
  constexpr std::size_t kCap = 20;
  if (category == errSyntaxWarning || current_warnings == nullptr) return;
  if (current_warnings->size() < kCap) current_warnings->emplace_back(message);
}

// poppler-cpp (the page renderer, render.h) counts its documents in GlobalParamsIniter and
// resets globalParams when its last one closes: one initer held for the life of the process
// keeps globalParams, and this error callback, in place for the core API.
void init_poppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    static GlobalParamsIniter initer(collect_error);
    setErrorCallback(collect_error);
  });
}

class WarningScope {
 public:
  explicit WarningScope(std::vector<std::string>* sink) : previous_(current_warnings) {
    current_warnings = sink;
  }
  ~WarningScope() { current_warnings = previous_; }

 private:
  std::vector<std::string>* previous_;
};

// ---- ruling lines from paths ---------------------------------------------------------------

constexpr double kThin = 2.0;      // a filled rectangle this thin is a drawn line
constexpr double kStraight = 0.5;  // drift allowed across an axis-aligned edge
constexpr double kShortest = 1.0;  // shorter edges are dots, not lines

struct Point {
  double x, y;
};

Segment line_between(Point a, Point b) {
  return {{std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)}};
}

bool axis_aligned(Point a, Point b) {
  return std::abs(a.y - b.y) <= kStraight || std::abs(a.x - b.x) <= kStraight;
}

bool long_enough(Point a, Point b) {
  return std::max(std::abs(a.x - b.x), std::abs(a.y - b.y)) >= kShortest;
}

// Device-space vertices of a subpath; empty when it has curves (glyph outlines, circles).
std::vector<Point> straight_points(const GfxState& state, const GfxSubpath& sub) {
  std::vector<Point> points;
  for (int i = 0; i < sub.getNumPoints(); ++i) {
    if (sub.getCurve(i)) return {};
    Point p;
    state.transform(sub.getX(i), sub.getY(i), &p.x, &p.y);
    points.push_back(p);
  }
  return points;
}

bool near_white(const GfxRGB& rgb) {
  return colToDbl(rgb.r) > 0.95 && colToDbl(rgb.g) > 0.95 && colToDbl(rgb.b) > 0.95;
}

void collect_stroke(const GfxState& state, std::vector<Segment>& out) {
  GfxRGB rgb;
  state.getStrokeRGB(&rgb);
  if (near_white(rgb)) return;  // invisible on paper
  const GfxPath* path = state.getPath();
  for (int s = 0; s < path->getNumSubpaths(); ++s) {
    const GfxSubpath* sub = path->getSubpath(s);
    std::vector<Point> pts;
    for (int i = 0; i < sub->getNumPoints(); ++i) {
      Point p;
      state.transform(sub->getX(i), sub->getY(i), &p.x, &p.y);
      pts.push_back(p);
      // Only edges between two on-curve points are straight.
      if (i > 0 && !sub->getCurve(i) && !sub->getCurve(i - 1) && axis_aligned(pts[i - 1], p) &&
          long_enough(pts[i - 1], p))
        out.push_back(line_between(pts[i - 1], p));
    }
  }
}

// Filled rectangles: thin ones are drawn lines (WPS draws every border so); a tinted cell
// background also marks its cell's edges. White fills are invisible on paper.
void collect_fill(const GfxState& state, std::vector<Segment>& out) {
  GfxRGB rgb;
  state.getFillRGB(&rgb);
  if (near_white(rgb)) return;  // WPS paints the unruled cells' gridlines white
  const double page_area = state.getPageWidth() * state.getPageHeight();
  const GfxPath* path = state.getPath();
  for (int s = 0; s < path->getNumSubpaths(); ++s) {
    auto pts = straight_points(state, *path->getSubpath(s));
    if (pts.size() < 4 || pts.size() > 5) continue;
    bool rectangular = true;
    for (std::size_t i = 1; i < pts.size(); ++i) rectangular &= axis_aligned(pts[i - 1], pts[i]);
    if (!rectangular) continue;
    Point lo = pts[0], hi = pts[0];
    for (auto p : pts) {
      lo = {std::min(lo.x, p.x), std::min(lo.y, p.y)};
      hi = {std::max(hi.x, p.x), std::max(hi.y, p.y)};
    }
    const double w = hi.x - lo.x, h = hi.y - lo.y;
    if (std::max(w, h) < kShortest) continue;
    if (h <= kThin) {
      out.push_back({{lo.x, (lo.y + hi.y) / 2, hi.x, (lo.y + hi.y) / 2}});
    } else if (w <= kThin) {
      out.push_back({{(lo.x + hi.x) / 2, lo.y, (lo.x + hi.x) / 2, hi.y}});
    } else if (w * h < 0.5 * page_area) {
      out.push_back(line_between(lo, {hi.x, lo.y}));
      out.push_back(line_between({lo.x, hi.y}, hi));
      out.push_back(line_between(lo, {lo.x, hi.y}));
      out.push_back(line_between({hi.x, lo.y}, hi));
    }
  }
}

// A TextOutputDev that also sees every path (needNonText) and keeps the ruling lines.
class PageCollector : public TextOutputDev {
 public:
  PageCollector() : TextOutputDev(static_cast<const char*>(nullptr), false, 0, false, false) {}

  bool needNonText() override { return true; }
  void startPage(int number, GfxState* state, XRef* xref) override {
    TextOutputDev::startPage(number, state, xref);
    segments.clear();
    width = state ? state->getPageWidth() : 0;
    height = state ? state->getPageHeight() : 0;
  }
  void stroke(GfxState* state) override {
    TextOutputDev::stroke(state);
    if (!too_many()) collect_stroke(*state, segments);
  }
  void fill(GfxState* state) override {
    TextOutputDev::fill(state);
    if (!too_many()) collect_fill(*state, segments);
  }
  void eoFill(GfxState* state) override {
    TextOutputDev::eoFill(state);
    if (!too_many()) collect_fill(*state, segments);
  }

  // A page of tables draws thousands of ruling segments (every cell's border: 60 × 30 × 4);
  // far beyond that it is a drawing, whose lines would cost far more than its text is worth.
  static constexpr std::size_t kMaxSegments = 100'000;
  bool too_many() const { return segments.size() > kMaxSegments; }

  std::vector<Segment> segments;
  double width = 0, height = 0;
};

struct TextPageRelease {
  void operator()(TextPage* page) const { page->decRefCnt(); }
};

// ---- words ---------------------------------------------------------------------------------

// Full-width digits and decimal point (０-９, ．) as ASCII, so that the geometry that tells
// amounts from words (column detection, broken numbers) sees "１２３．４５" as a number. The
// normalize stage's NFKC makes the same change later; other characters are kept as printed.
Unicode half_width(Unicode c) {
  bool numeric = (c >= 0xFF10 && c <= 0xFF19) || c == 0xFF0E;
  return numeric ? c - 0xFEE0 : c;
}

// A full-width comma between digits ("１，２３４．５６") is a thousands separator, not the
// sentence comma it is elsewhere: as ASCII it lets the number read as one amount, and a line
// holding it is not taken for a sentence.
void half_width_separators(std::vector<Unicode>& chars) {
  auto digit = [](Unicode c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = 1; i + 1 < chars.size(); ++i)
    if (chars[i] == 0xFF0C && digit(chars[i - 1]) && digit(chars[i + 1])) chars[i] = ',';
}

void append_utf8(std::string& out, Unicode c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x110000) {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

struct RawWord {
  Word word;
  int rotation = 0;  // poppler's 0..3: text direction right, down, left, up
};

std::vector<RawWord> read_words(TextPage& text) {
  std::vector<RawWord> words;
  auto list = text.makeWordList(false);
  for (int i = 0; i < list->getLength(); ++i) {
    const TextWord* tw = list->get(i);
    RawWord raw;
    raw.rotation = tw->getRotation();
    Word& w = raw.word;
    std::vector<Unicode> chars;
    for (int c = 0; c < tw->getLength(); ++c) chars.push_back(half_width(*tw->getChar(c)));
    half_width_separators(chars);
    for (Unicode c : chars) append_utf8(w.text, c);
    for (int c = 0; c <= tw->getLength(); ++c) w.edges.push_back(tw->getEdge(c));
    tw->getBBox(&w.box.x0, &w.box.y0, &w.box.x1, &w.box.y1);
    w.font_size = tw->getFontSize();
    w.space_after = tw->getSpaceAfter();
    if (w.text.find_first_not_of(" \t") != std::string::npos) words.push_back(std::move(raw));
  }
  return words;
}

// Turns page content whose text runs sideways so that its text reads left to right.
struct Turn {
  int rotation;  // the text direction being undone
  double width, height;

  Box apply(const Box& b) const {
    switch (rotation) {
      case 1:
        return {b.y0, width - b.x1, b.y1, width - b.x0};
      case 2:
        return {width - b.x1, height - b.y1, width - b.x0, height - b.y0};
      case 3:
        return {height - b.y1, b.x0, height - b.y0, b.x1};
      default:
        return b;
    }
  }
  double edge(double e) const {
    switch (rotation) {
      case 2:
        return width - e;
      case 3:
        return height - e;
      default:
        return e;
    }
  }
};

int dominant_rotation(const std::vector<RawWord>& words) {
  std::array<std::size_t, 4> chars{};
  for (const auto& w : words) chars[w.rotation & 3] += w.word.edges.size();
  return static_cast<int>(std::max_element(chars.begin(), chars.end()) - chars.begin());
}

PageContent assemble(int number, PageCollector& dev, std::vector<RawWord> words) {
  PageContent page;
  page.number = number;
  const Turn turn{dominant_rotation(words), dev.width, dev.height};
  page.turn = turn.rotation;
  const bool sideways = turn.rotation == 1 || turn.rotation == 3;
  page.width = sideways ? dev.height : dev.width;
  page.height = sideways ? dev.width : dev.height;
  for (auto& raw : words) {
    Word& w = raw.word;
    w.box = turn.apply(w.box);
    if (raw.rotation != turn.rotation) {
      w.edges.clear();  // runs across the page's text direction: never split
    } else {
      for (auto& e : w.edges) e = turn.edge(e);
      if (!std::is_sorted(w.edges.begin(), w.edges.end())) w.edges.clear();
    }
    page.words.push_back(std::move(w));
  }
  for (const auto& s : dev.segments) page.segments.push_back({turn.apply(s.box)});
  return page;
}

std::string open_error(int code, bool password_given) {
  switch (code) {
    case errOpenFile:
      return "cannot open the file";
    case errEncrypted:
      return password_given ? "encrypted: give --password (the password given does not open it)"
                            : "encrypted: give --password";
    case errDamaged:
    case errBadCatalog:
      return "damaged PDF: poppler cannot read it";
    default:
      return "not a readable PDF (poppler error " + std::to_string(code) + ")";
  }
}

}  // namespace

struct PdfSource::Impl {
  std::unique_ptr<PDFDoc> doc;
};

PdfSource::PdfSource(const std::filesystem::path& path, const std::string& password)
    : impl_(std::make_unique<Impl>()) {
  init_poppler();
  std::vector<std::string> ignored;
  WarningScope scope(&ignored);
  // The same loading as poppler-cpp's document::load_from_file(path, owner, user), which wraps
  // this constructor: the password is tried as the owner's and as the user's.
  std::optional<GooString> pw;
  if (!password.empty()) pw.emplace(password);
  impl_->doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path.string()), pw, pw);
  if (!impl_->doc->isOk())
    throw FileError(path.filename().string(), 0,
                    open_error(impl_->doc->getErrorCode(), !password.empty()));
  if (impl_->doc->getNumPages() <= 0)
    throw FileError(path.filename().string(), 0, "the PDF has no pages");
}

PdfSource::~PdfSource() = default;

int PdfSource::page_count() const {
  return impl_->doc->getNumPages();
}

PageContent PdfSource::read_page(int number, std::vector<std::string>* warnings) {
  std::vector<std::string> ignored;
  WarningScope scope(warnings ? warnings : &ignored);
  if (impl_->doc->getPage(number) == nullptr) throw std::runtime_error("the page cannot be read");
  PageCollector dev;
  // poppler polls the callback while it draws, so a page of nested forms that fans out without
  // end stops at the file's time limit instead of running for minutes.
  auto stop = [](void* collector) -> bool {
    return work_limit_reached() || static_cast<PageCollector*>(collector)->too_many();
  };
  impl_->doc->displayPage(&dev, number, 72, 72, 0, false, true, false, stop, &dev);
  check_work_limit();
  if (dev.too_many())
    throw std::runtime_error("more than " + std::to_string(PageCollector::kMaxSegments) +
                             " ruling segments, a drawing rather than a table: not read");
  std::unique_ptr<TextPage, TextPageRelease> text(dev.takeText());
  if (!text) throw std::runtime_error("poppler produced no text layer");
  return assemble(number, dev, read_words(*text));
}

}  // namespace gongkai::extract
