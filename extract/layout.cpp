// Grid detection and word placement for one page (see layout.h). Pure geometry: no PDF library.
#include "extract/layout.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>
#include <optional>

#include "extract/charts.h"
#include "extract/glued_amount.h"

namespace gongkai::extract {
namespace {

// A ruling line reduced to one coordinate across it (`at`) and its extent along it.
struct Rule {
  double at, lo, hi;
};

class UnionFind {
 public:
  explicit UnionFind(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  int find(int i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  // The smaller index becomes the root, so a merged cell's root is its top-left cell.
  void unite(int a, int b) {
    a = find(a), b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<int> parent_;
};

double centre_x(const Box& b) {
  return (b.x0 + b.x1) / 2;
}
double centre_y(const Box& b) {
  return (b.y0 + b.y1) / 2;
}

// Borders drawn cell by cell (WPS, Excel) or as doubled strokes become one rule per line:
// rules whose `at` chain within the tolerance are one line, and touching extents join.
std::vector<Rule> merge_collinear(std::vector<Rule> rules) {
  std::sort(rules.begin(), rules.end(), [](auto& a, auto& b) { return a.at < b.at; });
  std::vector<Rule> merged;
  for (std::size_t i = 0; i < rules.size();) {
    std::size_t j = i + 1;
    while (j < rules.size() && rules[j].at - rules[j - 1].at <= kRuleTolerance) ++j;
    std::vector<Rule> line(rules.begin() + i, rules.begin() + j);
    std::sort(line.begin(), line.end(), [](auto& a, auto& b) { return a.lo < b.lo; });
    Rule run = line.front();
    double at_sum = run.at;
    int count = 1;
    for (std::size_t k = 1; k <= line.size(); ++k) {
      if (k < line.size() && line[k].lo <= run.hi + kRuleTolerance) {
        run.hi = std::max(run.hi, line[k].hi);
        at_sum += line[k].at, ++count;
        continue;
      }
      merged.push_back({at_sum / count, run.lo, run.hi});
      if (k < line.size()) run = line[k], at_sum = run.at, count = 1;
    }
    i = j;
  }
  return merged;
}

bool touches(const Rule& h, const Rule& v) {
  constexpr double t = kRuleTolerance;
  return v.at >= h.lo - t && v.at <= h.hi + t && h.at >= v.lo - t && h.at <= v.hi + t;
}

// Distinct coordinates: values within the tolerance of their neighbour are one, and a boundary
// closer than a few points to the previous one (a line cap, a doubled border) is dropped.
std::vector<double> distinct(std::vector<double> values) {
  constexpr double kNarrowest = 4.0;
  std::sort(values.begin(), values.end());
  std::vector<double> centres;
  for (std::size_t i = 0; i < values.size();) {
    std::size_t j = i + 1;
    while (j < values.size() && values[j] - values[j - 1] <= kRuleTolerance) ++j;
    double c = std::accumulate(values.begin() + i, values.begin() + j, 0.0) / double(j - i);
    if (centres.empty() || c - centres.back() >= kNarrowest) centres.push_back(c);
    i = j;
  }
  return centres;
}

// Whether rules at `pos` cover at least half of lo..hi.
bool covered(const std::vector<Rule>& rules, double pos, double lo, double hi) {
  double length = 0;
  for (const auto& r : rules)
    if (std::abs(r.at - pos) <= 1.5 * kRuleTolerance)
      length += std::max(0.0, std::min(hi, r.hi) - std::max(lo, r.lo));
  return length >= 0.5 * (hi - lo);
}

// A table without side borders: its row rulings run past the outermost column ruling, and the
// nearest of their ends is the table's edge. One rule alone running past is another table's.
void open_sides(std::vector<double>& bounds, const std::vector<double>& ends) {
  const auto [lo, hi] = std::minmax_element(bounds.begin(), bounds.end());
  const double first = *lo, last = *hi;
  std::vector<double> before, after;
  for (double e : ends) {
    if (e < first - kRuleTolerance) before.push_back(e);
    if (e > last + kRuleTolerance) after.push_back(e);
  }
  if (before.size() >= 2) bounds.push_back(*std::max_element(before.begin(), before.end()));
  if (after.size() >= 2) bounds.push_back(*std::min_element(after.begin(), after.end()));
}

std::optional<Grid> build_grid(const std::vector<Rule>& hs, const std::vector<Rule>& vs) {
  if (hs.empty() || vs.empty()) return std::nullopt;
  std::vector<double> xs, ys, x_ends, y_ends;
  for (const auto& v : vs) xs.push_back(v.at), y_ends.push_back(v.lo), y_ends.push_back(v.hi);
  for (const auto& h : hs) ys.push_back(h.at), x_ends.push_back(h.lo), x_ends.push_back(h.hi);
  open_sides(xs, x_ends);
  open_sides(ys, y_ends);
  Grid g;
  g.xs = distinct(std::move(xs));
  g.ys = distinct(std::move(ys));
  if (g.columns() < 2 || g.rows() < 1) return std::nullopt;
  const int rows = g.rows(), cols = g.columns();
  g.vsep.assign(rows * (cols - 1), false);
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c + 1 < cols; ++c)
      g.vsep[r * (cols - 1) + c] = covered(vs, g.xs[c + 1], g.ys[r], g.ys[r + 1]);
  // A frame with stray lines inside is not a table: it needs one column ruling at least.
  if (std::none_of(g.vsep.begin(), g.vsep.end(), [](bool b) { return b; })) return std::nullopt;
  UnionFind cells(rows * cols);
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c) {
      if (c + 1 < cols && !g.separated(r, c)) cells.unite(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !covered(hs, g.ys[r + 1], g.xs[c], g.xs[c + 1]))
        cells.unite(r * cols + c, (r + 1) * cols + c);
    }
  for (int i = 0; i < rows * cols; ++i) g.anchor.push_back(cells.find(i));
  return g;
}

// Index of the interval of `bounds` holding v (clamped to the valid range).
int locate(const std::vector<double>& bounds, double v) {
  auto it = std::upper_bound(bounds.begin(), bounds.end(), v);
  int i = static_cast<int>(it - bounds.begin()) - 1;
  return std::clamp(i, 0, static_cast<int>(bounds.size()) - 2);
}

bool inside(const Box& b, double x, double y) {
  return x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;
}

// Byte offsets of the UTF-8 code points of s, plus s.size().
std::vector<std::size_t> code_point_offsets(const std::string& s) {
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) offsets.push_back(i);
  offsets.push_back(s.size());
  return offsets;
}

// Cuts a word before its first character whose centre lies right of x; nullopt when no
// character boundary separates the two sides.
std::optional<std::pair<Word, Word>> cut(const Word& w, double x) {
  auto offsets = code_point_offsets(w.text);
  const std::size_t n = offsets.size() - 1;
  if (w.edges.size() != n + 1) return std::nullopt;
  std::size_t k = 0;
  while (k < n && (w.edges[k] + w.edges[k + 1]) / 2 < x) ++k;
  if (k == 0 || k == n) return std::nullopt;
  Word left = w, right = w;
  left.text = w.text.substr(0, offsets[k]);
  right.text = w.text.substr(offsets[k]);
  left.edges.assign(w.edges.begin(), w.edges.begin() + k + 1);
  right.edges.assign(w.edges.begin() + k, w.edges.end());
  left.box.x1 = w.edges[k], right.box.x0 = w.edges[k];
  left.space_after = false;
  return std::pair{std::move(left), std::move(right)};
}

// A name too long for its cell runs on over the ruling into the next cell ("(3)对个人和家庭的补"
// + "助" beside "0.00", "机关资本性支出（一" + "）"): an ideograph before the ruling, an
// ideograph or a closing bracket after it, and less of it past the ruling than before it. It stays
// whole, in the cell where it starts, instead of gluing its tail to the next cell's amount.
bool overflowing_name(const Word& left, const Word& right) {
  auto han = [](unsigned char lead) { return lead >= 0xE4 && lead <= 0xE9; };
  const auto l = code_point_offsets(left.text), r = code_point_offsets(right.text);
  const std::string_view tail = right.text;
  const bool continues = han(tail.front()) || tail.starts_with("）") || tail.starts_with(")") ||
                         tail.starts_with("》") || tail.starts_with("」");
  return l.size() >= 2 && r.size() >= 2 && han(left.text[l[l.size() - 2]]) && continues &&
         2 * (r.size() - 1) <= l.size() - 1;
}

// A word that runs over a column ruling (poppler saw no gap between two cells) is cut there.
std::vector<Word> split_at_rulings(const Grid& g, Word w) {
  std::vector<Word> parts;
  const int row = locate(g.ys, centre_y(w.box));
  for (int c = 0; c + 1 < g.columns(); ++c) {
    const double x = g.xs[c + 1];
    if (!g.separated(row, c) || x <= w.box.x0 + 1 || x >= w.box.x1 - 1) continue;
    if (auto halves = cut(w, x)) {
      if (overflowing_name(halves->first, halves->second)) continue;
      parts.push_back(std::move(halves->first));
      w = std::move(halves->second);
    }
  }
  parts.push_back(std::move(w));
  return parts;
}

// A word printed as an amount: digits with separators, a point or a sign, nothing else.
bool is_numeric_word(const std::string& text) {
  bool digit = false;
  for (char c : text) {
    if (c >= '0' && c <= '9')
      digit = true;
    else if (c != ',' && c != '.' && c != '-')
      return false;
  }
  return digit;
}

// Whether another row of the grid prints an amount inside `column` that shares the left or the
// right edge of x0..x1: amounts of one column line up, the end of a hidden name does not.
bool aligned_in_column(const Grid& g, const std::vector<Word>& words, int row, int column,
                       double x0, double x1) {
  constexpr double kSameEdge = 1.5;
  const double left = g.xs[column] - kRuleTolerance, right = g.xs[column + 1] + kRuleTolerance;
  return std::any_of(words.begin(), words.end(), [&](const Word& o) {
    return locate(g.ys, centre_y(o.box)) != row && o.box.x0 >= left && o.box.x1 <= right &&
           is_numeric_word(o.text) &&
           (std::abs(o.box.x1 - x1) <= kSameEdge || std::abs(o.box.x0 - x0) <= kSameEdge);
  });
}

// A name that runs on, hidden, under the cells to its right and is glued to the amount of the
// cell it reaches ("机关事业单位职业年金" | "缴费支出43608.96"): the name stays whole in the cell
// where it starts and the amount goes to its own cell. Only when the amount lies wholly in one
// later cell of the row, alone there, and lines up with amounts of that column in other rows;
// otherwise the word is cut at the rulings as any other, and the cell it leaves is a doubt.
std::optional<std::pair<Word, Word>> detach_glued_amount(const Grid& g, const Word& w,
                                                         const std::vector<Word>& words) {
  const auto at = glued_amount_offset(w.text);
  if (!at) return std::nullopt;  // most words: before any allocation
  const auto offsets = code_point_offsets(w.text);
  if (w.edges.size() != offsets.size()) return std::nullopt;
  const auto k =
      static_cast<std::size_t>(std::find(offsets.begin(), offsets.end(), *at) - offsets.begin());
  const double start = w.edges[k];
  const int row = locate(g.ys, centre_y(w.box));
  const int first = locate(g.xs, w.box.x0), column = locate(g.xs, start);
  if (column <= first || !g.separated(row, column - 1) || start < g.xs[column] ||
      w.box.x1 > g.xs[column + 1] + kRuleTolerance)
    return std::nullopt;
  const bool alone = std::none_of(words.begin(), words.end(), [&](const Word& o) {
    return &o != &w && locate(g.ys, centre_y(o.box)) == row &&
           locate(g.xs, centre_x(o.box)) == column;
  });
  if (!alone || !aligned_in_column(g, words, row, column, start, w.box.x1)) return std::nullopt;
  Word name = w, amount = w;
  name.text = w.text.substr(0, *at);
  amount.text = w.text.substr(*at);
  // The hidden part of the name lies under other cells: the name keeps the box of its own cell
  // and never splits again.
  name.box.x1 = std::min(start, g.xs[first + 1]);
  name.edges.clear();
  name.space_after = false;
  amount.box.x0 = start;
  amount.edges.assign(w.edges.begin() + static_cast<std::ptrdiff_t>(k), w.edges.end());
  return std::pair{std::move(name), std::move(amount)};
}

// The parts of a word inside a grid: a name and the amount glued to it, or the pieces cut at
// the rulings it runs over.
std::vector<Word> parts_in_grid(const Grid& g, const Word& w, const std::vector<Word>& words) {
  if (auto glued = detach_glued_amount(g, w, words)) {
    std::vector<Word> parts;
    parts.push_back(std::move(glued->first));
    parts.push_back(std::move(glued->second));
    return parts;
  }
  return split_at_rulings(g, w);
}

// A printed row under construction: the words of each column.
struct RowDraft {
  std::vector<std::vector<Word>> cells;
  std::vector<Box> boxes;
  Box box;
};

SourceLine finish(RowDraft draft, int page) {
  SourceLine line;
  line.page = page;
  line.box = draft.box;
  for (std::size_t c = 0; c < draft.cells.size(); ++c)
    line.cells.push_back({cell_text(std::move(draft.cells[c])), draft.boxes[c]});
  return line;
}

// Rows without text, and rows of dashes only ("-----" drawn as characters): the text reader
// skips such rule rows too.
bool blank(const SourceLine& line) {
  return std::all_of(line.cells.begin(), line.cells.end(), [](const SourceCell& c) {
    return c.text.find_first_not_of("-=_ ") == std::string::npos;
  });
}

// Boxes of the merged spans, indexed by anchor.
std::vector<Box> span_boxes(const Grid& g) {
  std::vector<Box> boxes(g.anchor.size());
  std::vector<bool> seen(g.anchor.size(), false);
  for (int r = 0; r < g.rows(); ++r)
    for (int c = 0; c < g.columns(); ++c) {
      Box cell{g.xs[c], g.ys[r], g.xs[c + 1], g.ys[r + 1]};
      int a = g.anchor[r * g.columns() + c];
      boxes[a] = seen[a] ? unite(boxes[a], cell) : cell;
      seen[a] = true;
    }
  return boxes;
}

// A grid row holds several printed rows (a body ruled by column lines only) when three or more
// of its visual lines fill two columns or more, each sharing a column with the previous such
// line. A wrapped header does not: its lines alternate between disjoint sets of columns.
bool holds_several_rows(std::vector<std::vector<int>> columns_by_line) {
  std::vector<std::vector<int>> filled;
  for (auto& cols : columns_by_line) {
    std::sort(cols.begin(), cols.end());
    cols.erase(std::unique(cols.begin(), cols.end()), cols.end());
    if (cols.size() >= 2) filled.push_back(std::move(cols));
  }
  if (filled.size() < 3) return false;
  for (std::size_t i = 1; i < filled.size(); ++i) {
    std::vector<int> shared;
    std::set_intersection(filled[i - 1].begin(), filled[i - 1].end(), filled[i].begin(),
                          filled[i].end(), std::back_inserter(shared));
    if (shared.empty()) return false;
  }
  return true;
}

// How many visual lines carry an amount. Several printed rows in one grid row are data rows, so
// they carry amounts; a header whose cells wrap over several lines (centred, so its lines look
// like rows) carries none.
int lines_with_numbers(const std::vector<TextRow>& visual) {
  return static_cast<int>(std::count_if(visual.begin(), visual.end(), [](const TextRow& v) {
    return std::any_of(v.words.begin(), v.words.end(),
                       [](const Word& w) { return is_numeric_word(w.text); });
  }));
}

// A cell whose visual lines (all but the last) run from its left edge to its right edge holds
// wrapped text: then its grid row is one printed row, however many lines it has.
bool has_wrapped_cell(const Grid& g, const std::vector<Box>& spans,
                      const std::vector<TextRow>& visual, int row) {
  const int cols = g.columns();
  for (int c = 0; c < cols; ++c) {
    const Box& span = spans[g.anchor[row * cols + c]];
    std::vector<std::pair<double, double>> extents;
    double size = 0;
    for (const auto& v : visual) {
      double x0 = 1e9, x1 = -1e9;
      for (const auto& w : v.words)
        if (g.anchor[row * cols + locate(g.xs, centre_x(w.box))] % cols == c)
          x0 = std::min(x0, w.box.x0), x1 = std::max(x1, w.box.x1),
          size = std::max(size, w.font_size);
      if (x1 > x0) extents.emplace_back(x0, x1);
    }
    const double slack = size + 2;
    if (extents.size() >= 2 && std::all_of(extents.begin(), extents.end() - 1, [&](const auto& e) {
          return e.first <= span.x0 + slack && e.second >= span.x1 - slack;
        }))
      return true;
  }
  return false;
}

// The rows of one grid. A grid row normally gives one printed row; when it holds several
// visual lines that each fill two or more columns (rows ruled only by column lines), each
// visual line becomes a row of its own.
std::vector<SourceLine> grid_lines(const Grid& g, const std::vector<Word>& words, int page) {
  const int rows = g.rows(), cols = g.columns();
  const auto spans = span_boxes(g);
  std::vector<std::vector<Word>> by_row(rows);
  for (const auto& w : words)
    for (auto& part : parts_in_grid(g, w, words))
      by_row[locate(g.ys, centre_y(part.box))].push_back(std::move(part));

  auto column_of = [&](const Word& w, int row) {
    return g.anchor[row * cols + locate(g.xs, centre_x(w.box))] % cols;
  };
  std::vector<RowDraft> drafts;
  std::vector<int> main_draft(rows, -1);
  for (int r = 0; r < rows; ++r) {
    auto visual = group_rows(by_row[r]);
    std::vector<std::vector<int>> used;
    for (const auto& v : visual) {
      used.emplace_back();
      for (const auto& w : v.words) used.back().push_back(column_of(w, r));
    }
    auto new_draft = [&](double y0, double y1) {
      RowDraft d;
      d.cells.resize(cols);
      d.box = {g.xs.front(), y0, g.xs.back(), y1};
      for (int c = 0; c < cols; ++c) {
        const Box& s = spans[g.anchor[r * cols + c]];
        d.boxes.push_back({s.x0, y0, s.x1, y1});
      }
      drafts.push_back(std::move(d));
    };
    if (!has_wrapped_cell(g, spans, visual, r) && lines_with_numbers(visual) >= 2 &&
        holds_several_rows(std::move(used))) {
      main_draft[r] = static_cast<int>(drafts.size());
      for (auto& v : visual) {
        new_draft(v.box.y0, v.box.y1);
        for (auto& w : v.words) drafts.back().cells[column_of(w, r)].push_back(std::move(w));
      }
      continue;
    }
    main_draft[r] = static_cast<int>(drafts.size());
    new_draft(g.ys[r], g.ys[r + 1]);
    for (auto& w : by_row[r]) {
      const int a = g.anchor[r * cols + locate(g.xs, centre_x(w.box))];
      drafts[main_draft[a / cols]].cells[a % cols].push_back(std::move(w));
    }
  }
  // Cells of merged spans keep the span's box.
  for (int r = 0; r < rows; ++r)
    if (main_draft[r] >= 0)
      for (int c = 0; c < cols; ++c)
        if (int a = g.anchor[r * cols + c]; a == r * cols + c) {
          auto& b = drafts[main_draft[r]].boxes[c];
          b.y1 = std::max(b.y1, spans[a].y1);
        }
  std::vector<SourceLine> lines;
  for (auto& d : drafts)
    if (auto line = finish(std::move(d), page); !blank(line)) lines.push_back(std::move(line));
  return lines;
}

SourceLine text_line(const TextRow& row, int page) {
  SourceLine line;
  line.page = page;
  line.box = row.box;
  line.cells.push_back({join_words(row.words), row.box});
  return line;
}

// A unit of reading order: a grid, an unruled table, or one text line.
struct Block {
  double top = 0;
  bool region = false;
  std::vector<SourceLine> lines;
};

// x of the vertical rules crossing height y.
std::vector<double> crossing(const std::vector<Rule>& vs, double y) {
  std::vector<double> xs;
  for (const auto& v : vs)
    if (v.lo < y && v.hi > y) xs.push_back(v.at);
  return xs;
}

// Whether every value of a has a counterpart in b.
bool subset(const std::vector<double>& a, const std::vector<double>& b) {
  return std::all_of(a.begin(), a.end(), [&](double x) {
    return std::any_of(b.begin(), b.end(),
                       [&](double y) { return std::abs(x - y) <= 1.5 * kRuleTolerance; });
  });
}

// Tables drawn one under the other share a ruling; they are told apart by their column rulings:
// a merged header has fewer column rulings than the body, but none that the body lacks. Returns
// the y of the rules where the column structure changes.
std::vector<double> table_breaks(const std::vector<Rule>& hs, const std::vector<Rule>& vs) {
  std::vector<double> ys;
  for (const auto& h : hs) ys.push_back(h.at);
  ys = distinct(std::move(ys));
  std::vector<double> breaks;
  for (std::size_t k = 1; k + 1 < ys.size(); ++k) {
    auto above = crossing(vs, (ys[k - 1] + ys[k]) / 2);
    auto below = crossing(vs, (ys[k] + ys[k + 1]) / 2);
    if (!above.empty() && !below.empty() && !subset(above, below) && !subset(below, above))
      breaks.push_back(ys[k]);
  }
  return breaks;
}

// The rules of one connected group between two heights (vertical rules clipped to it).
void band_grids(const std::vector<Rule>& hs, const std::vector<Rule>& vs, std::vector<Grid>& out) {
  auto breaks = table_breaks(hs, vs);
  breaks.insert(breaks.begin(), -1e9);
  breaks.push_back(1e9);
  for (std::size_t b = 0; b + 1 < breaks.size(); ++b) {
    const double lo = breaks[b], hi = breaks[b + 1];
    std::vector<Rule> bh, bv;
    for (const auto& h : hs)
      if (h.at >= lo - kRuleTolerance && h.at <= hi + kRuleTolerance) bh.push_back(h);
    for (auto v : vs) {
      v.lo = std::max(v.lo, lo), v.hi = std::min(v.hi, hi);
      if (v.hi - v.lo > kRuleTolerance) bv.push_back(v);
    }
    if (auto g = build_grid(bh, bv)) out.push_back(std::move(*g));
  }
}

}  // namespace

// Text of one cell: its visual lines (a wrapped name) joined with a single space.
std::string cell_text(std::vector<Word> words) {
  std::string text;
  for (auto& row : group_rows(std::move(words))) {
    if (!text.empty()) text += ' ';
    text += join_words(row.words);
  }
  return text;
}

std::vector<Grid> find_grids(const std::vector<Segment>& segments) {
  std::vector<Rule> hs, vs;
  for (const auto& s : segments) {
    if (s.horizontal())
      hs.push_back({centre_y(s.box), s.box.x0, s.box.x1});
    else
      vs.push_back({centre_x(s.box), s.box.y0, s.box.y1});
  }
  hs = merge_collinear(std::move(hs));
  vs = merge_collinear(std::move(vs));
  UnionFind groups(hs.size() + vs.size());
  for (std::size_t i = 0; i < hs.size(); ++i)
    for (std::size_t j = 0; j < vs.size(); ++j)
      if (touches(hs[i], vs[j])) groups.unite(i, hs.size() + j);
  std::vector<Grid> grids;
  for (std::size_t root = 0; root < hs.size() + vs.size(); ++root) {
    if (groups.find(root) != static_cast<int>(root)) continue;
    std::vector<Rule> gh, gv;
    for (std::size_t i = 0; i < hs.size(); ++i)
      if (groups.find(i) == static_cast<int>(root)) gh.push_back(hs[i]);
    for (std::size_t j = 0; j < vs.size(); ++j)
      if (groups.find(hs.size() + j) == static_cast<int>(root)) gv.push_back(vs[j]);
    band_grids(gh, gv, grids);
  }
  std::sort(grids.begin(), grids.end(), [](auto& a, auto& b) { return a.ys[0] < b.ys[0]; });
  return grids;
}

std::vector<TextRow> group_rows(std::vector<Word> words) {
  std::sort(words.begin(), words.end(),
            [](auto& a, auto& b) { return centre_y(a.box) < centre_y(b.box); });
  std::vector<TextRow> rows;
  for (auto& w : words) {
    if (!rows.empty()) {
      Box& line = rows.back().box;
      double overlap = std::min(line.y1, w.box.y1) - std::max(line.y0, w.box.y0);
      double shorter = std::min(line.height(), w.box.height());
      if (overlap >= 0.5 * shorter) {
        line = unite(line, w.box);
        rows.back().words.push_back(std::move(w));
        continue;
      }
    }
    rows.push_back({{}, w.box});
    rows.back().words.push_back(std::move(w));
  }
  for (auto& r : rows)
    std::stable_sort(r.words.begin(), r.words.end(),
                     [](auto& a, auto& b) { return a.box.x0 < b.box.x0; });
  return rows;
}

std::string join_words(const std::vector<Word>& words) {
  std::string text;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) {
      const Word& prev = words[i - 1];
      double size = std::max({prev.font_size, words[i].font_size, 1.0});
      if (prev.space_after || words[i].box.x0 - prev.box.x1 > 0.2 * size) text += ' ';
    }
    text += words[i].text;
  }
  return text;
}

std::vector<SourceLine> lay_out_page(const PageContent& page, LayoutState& state) {
  auto grids = find_grids(page.segments);
  // A chart's axis ticks and bar labels are no table's cells: its plot and numbers leave first.
  auto words = page.words;
  state.charts.clear();
  for (const auto& chart : take_charts(grids, words)) state.charts.push_back(chart.axis);
  std::vector<std::vector<Word>> in_grid(grids.size());
  std::vector<Word> loose;
  for (const auto& w : words) {
    const double x = centre_x(w.box), y = centre_y(w.box);
    auto g = std::find_if(grids.begin(), grids.end(),
                          [&](const Grid& grid) { return inside(grid.box(), x, y); });
    if (g == grids.end())
      loose.push_back(w);
    else
      in_grid[g - grids.begin()].push_back(w);
  }
  std::vector<Block> blocks;
  for (std::size_t i = 0; i < grids.size(); ++i) {
    auto lines = grid_lines(grids[i], in_grid[i], page.number);
    if (!lines.empty()) blocks.push_back({grids[i].ys.front(), true, std::move(lines)});
  }
  const auto rows = group_rows(std::move(loose));
  auto tables = find_unruled_tables(rows, page.number, state.carried);
  state.inferred_tables = static_cast<int>(std::count_if(
      tables.begin(), tables.end(), [](const UnruledTable& t) { return t.inferred; }));
  // A ruled grid below the last unruled table ends the page: nothing unruled is carried over.
  const double last_bottom = tables.empty() ? 1e9 : rows[tables.back().last - 1].box.y1;
  if (std::any_of(grids.begin(), grids.end(),
                  [&](const Grid& g) { return g.ys.front() > last_bottom; }))
    state.carried.columns.clear();
  std::size_t next_row = 0;
  for (auto& t : tables) {
    for (; next_row < t.first; ++next_row)
      blocks.push_back({rows[next_row].box.y0, false, {text_line(rows[next_row], page.number)}});
    blocks.push_back({rows[t.first].box.y0, true, std::move(t.lines)});
    next_row = t.last;
  }
  for (; next_row < rows.size(); ++next_row)
    blocks.push_back({rows[next_row].box.y0, false, {text_line(rows[next_row], page.number)}});
  std::stable_sort(blocks.begin(), blocks.end(), [](auto& a, auto& b) { return a.top < b.top; });
  std::vector<SourceLine> lines;
  for (auto& b : blocks) {
    const int region = b.region ? state.next_region++ : -1;
    for (auto& l : b.lines) {
      l.region = region;
      lines.push_back(std::move(l));
    }
  }
  return lines;
}

std::vector<SourceLine> lay_out_page(const PageContent& page, int& next_region) {
  LayoutState state;
  state.next_region = next_region;
  auto lines = lay_out_page(page, state);
  next_region = state.next_region;
  return lines;
}

}  // namespace gongkai::extract
