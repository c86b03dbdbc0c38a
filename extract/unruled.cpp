// Tables printed without ruling lines: runs of text rows whose gap-separated chunks line up.
//
// Without rulings the columns come from the white space: every visual line is cut into chunks
// at gaps wider than a fraction of an em (never inside a broken number such as "4603. 53"), and
// the x ranges that no chunk of an amount line covers separate the columns. Header-only columns
// (no amount in them on this page) are added where header chunks sit in such a gap. Visual lines
// that overlap or nearly touch are one printed row (a wrapped name, a wrapped header, a label
// centred beside two lines of text), but two lines with amounts never are.
//
// Without rulings nothing marks where one table ends and the next, printed right under it,
// begins; the amounts do: the amounts of one column share an edge. A line whose amount stands
// across a column's amounts without lining up with them starts another table, unless it is a
// squeezed copy of the table above (its last rows printed narrower, empty columns shrunk) whose
// columns the page tells for sure. Rows whose columns cannot be told for sure (a table without
// header under another, a headless page that leaves columns empty and does not line up with the
// table it continues) stay text: a missing row is better than an amount in a wrong column.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <stdexcept>
#include <string_view>

#include "core/decimal.h"
#include "extract/layout.h"

namespace gongkai::extract {
namespace {

using Column = UnruledColumn;
// A table's columns and the amounts of its rows (page unused): what a part printed under it is
// matched against.
using Shape = CarriedColumns;
// The amounts of one row, one entry per column, exact as printed.
using AmountRow = std::vector<std::optional<Decimal>>;

// A gap narrower than this many ems is a space inside a cell; a wider one separates cells.
// Spreadsheet exports leave as little as 0.55 em between a full cell and its neighbour.
constexpr double kCellGap = 0.4;
// Words closer than this many ems touch: one piece of text, whatever they hold.
constexpr double kTouching = 0.1;
// Single ideographs this many ems apart or closer are one letter-spaced word.
constexpr double kLetterSpacing = 2.0;
// A broken number ("4603." + "53") is rejoined across a gap up to this many ems.
constexpr double kNumberGap = 1.0;
// Lines further apart than this many ems are never one table.
constexpr double kRunBreak = 5.0;
// Visual lines closer than this many ems (or overlapping) belong to one printed row.
constexpr double kChainGap = 0.3;
// The lines of one wrapped cell start within this many ems of each other.
constexpr double kTailAlign = 0.5;
// Amounts whose left edges, right edges or centres are this many points apart line up.
constexpr double kAlign = 1.5;

struct Chunk {
  double x0 = 0, x1 = 0;
  std::vector<Word> words;
  bool amount = false;
  bool rule = false;  // dashes only: a rule drawn with characters, not a cell
};

// One visual line seen as chunks, with what decides its role in a table.
struct Line {
  const TextRow* row = nullptr;
  std::vector<Chunk> chunks;
  double em = 10;
  // "单位：万元", "部门名称：…", a contents line, a sentence, a title: never inside a table
  bool caption = false;
  bool total = false;  // a bare "合计": the only row of a table without data
  bool tabular() const {
    return !caption && chunks.size() >= 2 &&
           std::any_of(chunks.begin(), chunks.end(), [](const Chunk& c) { return !c.rule; });
  }
  bool numeric() const { return tabular() && amounts() > 0; }
  int amounts() const {
    return static_cast<int>(
        std::count_if(chunks.begin(), chunks.end(), [](const Chunk& c) { return c.amount; }));
  }
  double top() const { return row->box.y0; }
  double bottom() const { return row->box.y1; }
};

double em_of(const Word& w) {
  return w.font_size > 0 ? w.font_size : std::max(w.box.height(), 1.0);
}

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// An amount as printed: optional sign, digits with thousands commas, optional decimals; the
// space of a broken number ("4603. 53") is allowed. Percentages are left out: pie-chart labels
// ("40.01%") line up like columns without being a table.
bool amount_text(std::string_view s) {
  std::string t;
  for (char c : s)
    if (c != ' ') t += c;
  std::string_view v = t;
  if (!v.empty() && (v.front() == '-' || v.front() == '+')) v.remove_prefix(1);
  const auto dot = v.find('.');
  std::string_view whole = v.substr(0, dot);
  if (whole.empty() || whole.front() == ',' || whole.back() == ',') return false;
  if (!std::all_of(whole.begin(), whole.end(),
                   [](char c) { return (c >= '0' && c <= '9') || c == ','; }))
    return false;
  return dot == std::string_view::npos || digits(v.substr(dot + 1));
}

// "4603." + "53" or "4603" + ".53": poppler breaks a number at the space some exports print
// after its decimal point.
bool broken_number(const Word& left, const Word& right) {
  std::string_view a = left.text, b = right.text;
  if (!a.empty() && a.back() == '.') return amount_text(a.substr(0, a.size() - 1)) && digits(b);
  return amount_text(a) && a.find('.') == std::string_view::npos && b.size() > 1 &&
         b.front() == '.' && digits(b.substr(1));
}

std::string text_of(const std::vector<Word>& words) {
  return join_words(words);
}

bool decimal_amount(std::string_view s) {
  return amount_text(s) && s.find('.') != std::string_view::npos;
}

// The first byte of a UTF-8 Han ideograph (U+4E00–U+9FFF).
bool starts_han(std::string_view s) {
  return !s.empty() && static_cast<unsigned char>(s.front()) >= 0xE4 &&
         static_cast<unsigned char>(s.front()) <= 0xE9;
}

bool ends_han(std::string_view s) {
  return s.size() >= 3 && starts_han(s.substr(s.size() - 3));
}

// A spreadsheet export prints a right-aligned amount up against the left-aligned name of the
// next cell (or a full name against the amount after it) with hardly any white space; an
// amount with decimals never shares its cell with a name, so any real gap between the two
// separates cells.
bool amount_meets_name(const Word& left, const Word& right, double gap, double em) {
  if (gap < kTouching * em) return false;
  return (decimal_amount(left.text) && starts_han(right.text)) ||
         (ends_han(left.text) && decimal_amount(right.text));
}

std::vector<Chunk> chunks_of(const TextRow& row) {
  std::vector<Chunk> chunks;
  for (const auto& w : row.words) {
    if (!chunks.empty()) {
      const Word& prev = chunks.back().words.back();
      const double gap = w.box.x0 - prev.box.x1, em = std::max(em_of(prev), em_of(w));
      if ((gap < kCellGap * em && !amount_meets_name(prev, w, gap, em)) ||
          (gap < kNumberGap * em && broken_number(prev, w))) {
        chunks.back().words.push_back(w);
        chunks.back().x1 = std::max(chunks.back().x1, w.box.x1);
        continue;
      }
    }
    chunks.push_back({w.box.x0, w.box.x1, {w}, false});
  }
  for (auto& c : chunks) {
    const std::string text = text_of(c.words);
    c.amount = amount_text(text);
    c.rule = text.find_first_not_of("-=_ ") == std::string::npos;
  }
  return chunks;
}

bool contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

// Lines that name the table's unit or owner, and contents lines with dot leaders, sit next to
// tables but are never rows of them. An owner's label without a colon is a caption only on a
// short line ("单位名称 某某局"): among a header's column names it names a column.
bool caption_text(std::string_view s, std::size_t chunks) {
  for (std::string_view key : {"单位：", "单位:", "....", "……", "···", "。。。"})
    if (contains(s, key)) return true;
  for (std::string_view key : {"部门名称", "单位名称", "编制单位"})
    if (contains(s, key) && (chunks <= 2 || contains(s, std::string(key) + "：") ||
                             contains(s, std::string(key) + ":")))
      return true;
  return false;
}

// Sentences (a justified paragraph line spread around a figure, a numbered list item) end
// with or contain sentence punctuation; table cells hardly ever do.
bool sentence_text(std::string_view s) {
  for (std::string_view mark : {"。", "；", ";", "，", "％", "%"})
    if (contains(s, mark)) return true;
  return false;
}

// A table's title or number on a line of its own ("2024年项目支出预算表（上年结转）",
// "预算公开表 3"): what follows is another table.
bool title_text(std::string s) {
  std::erase(s, ' ');
  for (std::string_view prefix : {"预算公开表", "部门公开表", "公开表", "附表"})
    if (s.starts_with(prefix)) return true;
  for (std::string_view close : {"）", ")"})
    if (s.ends_with(close)) {
      const auto open = s.rfind(close == ")" ? "(" : "（");
      if (open != std::string::npos) s.erase(open);
    }
  return s.ends_with("表");
}

bool total_text(std::string s) {
  std::erase(s, ' ');
  return s == "合计" || s == "总计";
}

Line line_of(const TextRow& row) {
  Line line;
  line.row = &row;
  line.chunks = chunks_of(row);
  std::vector<double> sizes;
  for (const auto& w : row.words) sizes.push_back(em_of(w));
  std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
  line.em = sizes[sizes.size() / 2];
  const std::string text = join_words(row.words);
  line.caption = caption_text(text, line.chunks.size()) || sentence_text(text) ||
                 (line.chunks.size() == 1 && title_text(text));
  line.total = line.chunks.size() == 1 && total_text(text);
  return line;
}

double gap(const Line& upper, const Line& lower) {
  return lower.top() - upper.bottom();
}

bool chained(const Line& upper, const Line& lower, double limit) {
  return gap(upper, lower) < limit;
}

// A run of lines [first, last) that may be a table.
struct Run {
  std::size_t first = 0, last = 0;
};

// A line that is not tabular may still sit inside a table: an empty row with only its label,
// a wrapped name or header. It must be short (a paragraph line runs across the table) and inside
// the table, or hang on a neighbour (the second line of a wrapped cell may lie anywhere).
bool may_join(const std::vector<Line>& lines, std::size_t i, double x0, double x1) {
  const Line& line = lines[i];
  if (line.caption || line.chunks.size() != 1) return false;
  const Chunk& c = line.chunks.front();
  const double width = c.x1 - c.x0;
  if (c.x0 >= x0 - line.em && c.x1 <= x1 + line.em && width <= 0.5 * (x1 - x0)) return true;
  const double limit = kChainGap * line.em;
  return width <= 10 * line.em && ((i > 0 && chained(lines[i - 1], line, limit)) ||
                                   (i + 1 < lines.size() && chained(line, lines[i + 1], limit)));
}

// Extends a run from the tabular line at `start` downwards, then takes the lines that hang on
// its ends (a wrapped header above, a wrapped name below) and a bare 合计 closing it. `frame`
// (the width of a table carried over from the previous page) widens what counts as inside.
Run grow_run(const std::vector<Line>& lines, std::size_t start, const std::vector<Column>& frame) {
  double x0 = lines[start].row->box.x0, x1 = lines[start].row->box.x1;
  if (!frame.empty()) x0 = std::min(x0, frame.front().x0), x1 = std::max(x1, frame.back().x1);
  std::size_t last_tabular = start;
  for (std::size_t j = start + 1; j < lines.size(); ++j) {
    const Line& line = lines[j];
    if (gap(lines[j - 1], line) > kRunBreak * line.em) break;
    if (line.tabular()) {
      last_tabular = j;
      x0 = std::min(x0, line.row->box.x0), x1 = std::max(x1, line.row->box.x1);
    } else if (!may_join(lines, j, x0, x1)) {
      break;
    }
  }
  Run run{start, last_tabular + 1};
  while (run.last < lines.size() && !lines[run.last].caption &&
         chained(lines[run.last - 1], lines[run.last], kChainGap * lines[run.last].em) &&
         may_join(lines, run.last, x0, x1))
    ++run.last;
  if (run.last < lines.size() && lines[run.last].total &&
      gap(lines[run.last - 1], lines[run.last]) <= kRunBreak * lines[run.last].em &&
      may_join(lines, run.last, x0, x1))
    ++run.last;
  while (run.first > 0 && !lines[run.first - 1].caption &&
         chained(lines[run.first - 1], lines[run.first], kChainGap * lines[run.first].em) &&
         may_join(lines, run.first - 1, x0, x1))
    --run.first;
  return run;
}

double overlap(double a0, double a1, double b0, double b1) {
  return std::min(a1, b1) - std::max(a0, b0);
}

bool overlaps(const Chunk& c, const Column& col) {
  return overlap(c.x0, c.x1, col.x0, col.x1) > 0.5;
}

// Whether an amount spanning x0..x1 lines up with the amounts of a column (shares a left edge,
// a right edge or a centre with one of them).
bool lines_up(double x0, double x1, const Column& col) {
  return std::any_of(col.amounts.begin(), col.amounts.end(), [&](const auto& a) {
    return std::abs(x0 - a.first) <= kAlign || std::abs(x1 - a.second) <= kAlign ||
           std::abs(x0 + x1 - a.first - a.second) <= 2 * kAlign;
  });
}

// The amounts of a line that take part in its column structure. A code printed before its name
// ("2010601 行政运行") reads as a number but is indented by its level, so it lines up with
// nothing; figures right of every name, or with a point or comma, are amounts.
std::vector<const Chunk*> figures(const Line& line) {
  std::vector<const Chunk*> out;
  for (std::size_t k = 0; k < line.chunks.size(); ++k) {
    const Chunk& c = line.chunks[k];
    if (!c.amount) continue;
    const std::string text = text_of(c.words);
    const bool marked = text.find_first_of(".,") != std::string::npos;
    const bool before_name = std::any_of(line.chunks.begin() + k + 1, line.chunks.end(),
                                         [](const Chunk& d) { return !d.amount && !d.rule; });
    if (marked || !before_name) out.push_back(&c);
  }
  return out;
}

// Whether a line's amounts break the columns that the amounts above it formed: one stands
// across two columns, or across one column without lining up with its amounts.
bool breaks_columns(const std::vector<Column>& tracks, const Line& line) {
  for (const Chunk* c : figures(line)) {
    std::vector<const Column*> hits;
    for (const auto& t : tracks)
      if (overlaps(*c, t)) hits.push_back(&t);
    if (hits.size() > 1 || (hits.size() == 1 && !lines_up(c->x0, c->x1, *hits.front())))
      return true;
  }
  return false;
}

void track_amounts(std::vector<Column>& tracks, const Line& line) {
  for (const Chunk* f : figures(line)) {
    const Chunk& c = *f;
    auto t = std::find_if(tracks.begin(), tracks.end(),
                          [&](const Column& col) { return overlaps(c, col); });
    if (t == tracks.end()) t = tracks.insert(tracks.end(), Column{c.x0, c.x1, false, {}});
    t->x0 = std::min(t->x0, c.x0), t->x1 = std::max(t->x1, c.x1);
    t->amounts.emplace_back(c.x0, c.x1);
  }
}

// A run cut where its amount columns change: two tables printed one right under the other.
// The lines between the last amount line above and the first below go with the upper table,
// except the header lines and the wrapped name that hang on the lower one.
std::vector<Run> split_run(const std::vector<Line>& lines, const Run& run) {
  std::vector<Run> parts{run};
  std::vector<Column> tracks;
  std::optional<std::size_t> last_numeric;
  for (std::size_t i = run.first; i < run.last; ++i) {
    if (!lines[i].numeric()) continue;
    if (last_numeric && breaks_columns(tracks, lines[i])) {
      std::size_t start = i;
      while (start > *last_numeric + 1 &&
             (lines[start - 1].tabular() ||
              chained(lines[start - 1], lines[start], kChainGap * lines[start].em)))
        --start;
      parts.back().last = start;
      parts.push_back({start, run.last});
      tracks.clear();
    }
    track_amounts(tracks, lines[i]);
    last_numeric = i;
  }
  return parts;
}

// Columns from the white space of the amount lines: every x range that no chunk covers
// separates two columns.
std::vector<Column> body_columns(const std::vector<const Chunk*>& chunks) {
  std::vector<Column> spans;
  for (const Chunk* c : chunks) spans.push_back({c->x0, c->x1, false, {}});
  std::sort(spans.begin(), spans.end(), [](auto& a, auto& b) { return a.x0 < b.x0; });
  std::vector<Column> columns;
  for (const auto& s : spans) {
    if (!columns.empty() && s.x0 <= columns.back().x1 + 0.5)
      columns.back().x1 = std::max(columns.back().x1, s.x1);
    else
      columns.push_back(s);
  }
  return columns;
}

// A header word printed letter-spaced ("收    入", "项  目"): single ideographs on one line
// about an em apart are one name, not one column each.
bool letter_spaced(const Chunk& left, const Chunk& right) {
  auto single_han = [](const Chunk& c) {
    return c.words.size() == 1 && c.words.front().text.size() == 3 &&
           starts_han(c.words.front().text);
  };
  const Word& a = left.words.front();
  const Word& b = right.words.front();
  return single_han(left) && single_han(right) && std::abs(a.box.y0 - b.box.y0) < 1 &&
         right.x0 - left.x1 <= kLetterSpacing * std::max(em_of(a), em_of(b));
}

double top_of(const Chunk& c) {
  return c.words.front().box.y0;
}

// The last line of a header cell wrapped in its cell: a word right under a header word, within
// its width, and alone there on its line ("对附属单位补助支" over "出"). It is part of that name,
// no column of its own.
bool wrapped_header_tail(const Chunk& c, const std::vector<const Chunk*>& header) {
  const double em = em_of(c.words.front());
  auto within = [](const Chunk& inner, const Chunk& outer) {
    return inner.x0 >= outer.x0 - 1 && inner.x1 <= outer.x1 + 1;
  };
  for (const Chunk* d : header) {
    const double rise = top_of(c) - top_of(*d);
    if (d == &c || rise < 0.5 * em || rise > 2 * em || !within(c, *d)) continue;
    const bool alone = std::none_of(header.begin(), header.end(), [&](const Chunk* e) {
      return e != &c && std::abs(top_of(*e) - top_of(c)) < 0.5 * em && within(*e, *d);
    });
    if (alone) return true;
  }
  return false;
}

// A header word printed over names of a lower header line on both sides of it, apart from them
// (close to them, or centred between them): it heads their group ("基本支出" over "人员经费" and
// "公用经费", "收入" over "项目" and "预算") and is no column of its own.
bool group_heading(const Chunk& c, const std::vector<const Chunk*>& header) {
  const double em = em_of(c.words.front());
  std::optional<double> left, right;  // white space to the nearest lower name on each side
  for (const Chunk* d : header) {
    if (top_of(*d) <= top_of(c) + 0.5 * em || overlap(c.x0, c.x1, d->x0, d->x1) > 0.5 ||
        wrapped_header_tail(*d, header))
      continue;  // (the end of a wrapped name is no name)
    if (d->x1 <= c.x0) left = std::min(left.value_or(1e9), c.x0 - d->x1);
    if (d->x0 >= c.x1) right = std::min(right.value_or(1e9), d->x0 - c.x1);
  }
  if (!left || !right) return false;
  return (*left < 4 * em && *right < 4 * em) || std::abs(*left - *right) < 2 * em;
}

// How the amounts of a table are aligned, as far as their columns tell: some column's amounts
// share their right edge and not their left one (right), or the other way round (left).
enum class Alignment { Unknown, Left, Right };

Alignment amount_alignment(const std::vector<Column>& columns) {
  Alignment found = Alignment::Unknown;
  for (const auto& col : columns) {
    if (col.amounts.size() < 2) continue;
    const auto [l0, l1] =
        std::minmax_element(col.amounts.begin(), col.amounts.end(),
                            [](const auto& a, const auto& b) { return a.first < b.first; });
    const auto [r0, r1] =
        std::minmax_element(col.amounts.begin(), col.amounts.end(),
                            [](const auto& a, const auto& b) { return a.second < b.second; });
    const bool lefts = l1->first - l0->first <= kAlign, rights = r1->second - r0->second <= kAlign;
    if (lefts && !rights) return Alignment::Left;
    if (rights && !lefts) found = Alignment::Right;
  }
  return found;
}

// The amount column a header word names when it stands in the white space left of it: the
// amounts are right-aligned (they share their right edge, not their left), nothing else of the
// header line stands over them, and the word stands nearer to them than to the column on its
// left: it is centred over their cell, which runs from that column's cell to their right edge
// ("预算" over "174,177.85", "0.00"). Index into `columns`.
std::optional<std::size_t> centred_over(const Chunk& c, const std::vector<Column>& columns,
                                        const std::vector<const Chunk*>& header, Alignment table) {
  auto next = std::find_if(columns.begin(), columns.end(),
                           [&](const Column& col) { return col.x0 >= c.x1 - 0.5; });
  if (next == columns.end() || next->amounts.empty()) return std::nullopt;
  const auto [lo, hi] =
      std::minmax_element(next->amounts.begin(), next->amounts.end(),
                          [](const auto& a, const auto& b) { return a.first < b.first; });
  const bool right_aligned = std::all_of(next->amounts.begin(), next->amounts.end(), [&](auto& a) {
    return std::abs(a.second - next->x1) <= kAlign;
  });
  // A lone amount (the one row of a table at the foot of a page) or amounts all as wide (a
  // column of 0.00) show no alignment of their own: the table's other columns tell it, when
  // one does.
  if (!right_aligned ||
      (hi->first - lo->first <= kAlign && next->amounts.size() > 1 && table == Alignment::Left))
    return std::nullopt;
  const double em = em_of(c.words.front());
  for (const Chunk* d : header)
    if (d != &c && std::abs(top_of(*d) - top_of(c)) < 0.5 * em && overlaps(*d, *next))
      return std::nullopt;
  const double start = next == columns.begin() ? c.x0 : std::prev(next)->x1;
  if (c.x0 <= start || c.x0 - start <= next->x0 - c.x1) return std::nullopt;
  return static_cast<std::size_t>(next - columns.begin());
}

// Header chunks lying wholly in a gap between body columns (or beyond the outer ones) stand for
// columns that have no amounts on this page: they become columns of their own.
void note_contents(std::vector<Column>& columns, const std::vector<const Chunk*>& body);

void add_header_columns(std::vector<Column>& columns, const std::vector<const Chunk*>& chunks,
                        const std::vector<const Chunk*>& body) {
  double body_top = 1e9;
  for (const Chunk* c : body) body_top = std::min(body_top, top_of(*c));
  // The columns with where their amounts stand; codes ("212", "21208": figures without a point
  // or a comma, left-aligned in their own column) tell nothing of how the amounts are aligned.
  std::vector<const Chunk*> money;
  for (const Chunk* c : body)
    if (!c->amount || text_of(c->words).find_first_of(".,") != std::string::npos)
      money.push_back(c);
  std::vector<Column> noted = columns;
  note_contents(noted, money);
  const Alignment alignment = amount_alignment(noted);
  std::vector<const Chunk*> header;  // the chunks above the first line with amounts
  for (const Chunk* c : chunks)
    if (top_of(*c) < body_top) header.push_back(c);
  std::vector<const Chunk*> free;
  for (const Chunk* c : chunks)
    if (!c->rule && std::none_of(columns.begin(), columns.end(),
                                 [&](const Column& col) { return overlaps(*c, col); }))
      free.push_back(c);
  std::erase_if(free, [&](const Chunk* c) {
    if (top_of(*c) >= body_top) return false;
    if (group_heading(*c, header) || wrapped_header_tail(*c, header)) return true;
    const auto named = centred_over(*c, noted, header, alignment);
    if (named) columns[*named].x0 = std::min(columns[*named].x0, c->x0);  // its cell: one column
    return named.has_value();
  });
  std::sort(free.begin(), free.end(), [](auto* a, auto* b) { return a->x0 < b->x0; });
  std::vector<Column> extra;
  for (std::size_t k = 0; k < free.size(); ++k)
    if (k > 0 && letter_spaced(*free[k - 1], *free[k]))
      extra.back().x1 = std::max(extra.back().x1, free[k]->x1);
    else
      extra.push_back({free[k]->x0, free[k]->x1, false, {}});
  std::vector<Column> merged;
  for (const auto& e : extra) {
    if (!merged.empty() && e.x0 <= merged.back().x1 + 0.5)
      merged.back().x1 = std::max(merged.back().x1, e.x1);
    else
      merged.push_back(e);
  }
  // A merged header span must still not overlap a body column.
  for (const auto& m : merged)
    if (std::none_of(columns.begin(), columns.end(),
                     [&](const Column& col) { return overlap(m.x0, m.x1, col.x0, col.x1) > 0.5; }))
      columns.push_back(m);
  std::sort(columns.begin(), columns.end(), [](auto& a, auto& b) { return a.x0 < b.x0; });
}

// The column a chunk goes to: the leftmost one whose content it overlaps (a header or a name
// spanning several columns belongs to the first of them), else the one around its centre.
int column_of(const Chunk& c, const std::vector<Column>& columns, const std::vector<double>& xs) {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (overlaps(c, columns[i])) return static_cast<int>(i);
  const double centre = (c.x0 + c.x1) / 2;
  auto it = std::upper_bound(xs.begin() + 1, xs.end() - 1, centre);
  return static_cast<int>(it - xs.begin()) - 1;
}

// Records in each column what the data lines put there: text, and where each amount stands.
void note_contents(std::vector<Column>& columns, const std::vector<const Chunk*>& body) {
  for (const Chunk* c : body) {
    if (c->rule) continue;
    auto col = std::find_if(columns.begin(), columns.end(),
                            [&](const Column& k) { return overlaps(*c, k); });
    if (col == columns.end()) continue;
    if (c->amount)
      col->amounts.emplace_back(c->x0, c->x1);
    else
      col->text = true;
  }
}

// Whether a column of a headless table may hold what a column of the table above held: amounts
// where amounts stood (lined up with them when `aligned`), text where text stood; a column
// that had neither (a header only) takes anything.
bool same_role(const Column& part, const Column& above, bool aligned) {
  if (above.amounts.empty() && !above.text) return true;
  if (part.text && !above.text) return false;
  return std::all_of(part.amounts.begin(), part.amounts.end(), [&](const auto& a) {
    return !above.amounts.empty() && (!aligned || lines_up(a.first, a.second, above));
  });
}

// The columns of the table above when the body columns of a headless table each fall in exactly
// one of them, in order, and hold what they held: the headless rows continue that table.
std::optional<std::vector<Column>> continued_columns(const std::vector<Column>& body,
                                                     const std::vector<Column>& above) {
  if (above.size() < body.size()) return std::nullopt;
  std::vector<Column> merged = above;
  std::size_t next = 0;
  for (const auto& b : body) {
    std::size_t hit = merged.size(), hits = 0;
    for (std::size_t k = 0; k < merged.size(); ++k)
      if (overlap(b.x0, b.x1, merged[k].x0, merged[k].x1) > 0.5) hit = hits++ ? hit : k;
    if (hits != 1 || hit < next || !same_role(b, above[hit], true)) return std::nullopt;
    merged[hit].x0 = std::min(merged[hit].x0, b.x0),
    merged[hit].x1 = std::max(merged[hit].x1, b.x1);
    next = hit + 1;
  }
  return merged;
}

// A headless table printed narrower than the one above (a spreadsheet fitting its last rows
// into a page) still continues it column for column when it fills as many columns, each
// holding what the column above held.
bool same_columns(const std::vector<Column>& body, const std::vector<Column>& above) {
  if (body.size() != above.size()) return false;
  for (std::size_t k = 0; k < body.size(); ++k)
    if (!same_role(body[k], above[k], false)) return false;
  return true;
}

// Whether a cell's text starts an item of its own (a code, "一、", "（一）", "①", "１．", "其中", a
// total): a wrapped tail never does.
bool starts_item(std::string_view s) {
  if (s.empty() || (s.front() >= '0' && s.front() <= '9') || s.front() == '(' ||
      s.starts_with("（") || s.starts_with("其中") || total_text(std::string(s)))
    return true;
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  if (s.size() >= 3 && byte(0) == 0xE2 && byte(1) >= 0x91 && byte(1) <= 0x93)
    return true;  // U+2460–U+24FF: ①, ⑴, ⒈
  if (s.size() >= 3 && byte(0) == 0xEF && byte(1) == 0xBC && byte(2) >= 0x90 && byte(2) <= 0x99)
    return true;  // full-width digits

  const auto mark = s.find("、");
  return mark != std::string_view::npos && mark <= 12;
}

// Whether line i (no amounts) is the tail of names wrapped in their cells on the line above it:
// a row with amounts (or such a tail itself), every chunk of line i starting where a name chunk
// of that line starts, and line i no nearer to the line under it than to that line. A
// top-aligned name wraps under its own first line however close the rows are printed.
bool wrapped_tail(const std::vector<Line>& lines, const Run& run, std::size_t i,
                  const std::vector<bool>& tails) {
  if (i <= run.first || lines[i].numeric() || lines[i].caption || lines[i].chunks.empty())
    return false;
  const Line& above = lines[i - 1];
  if (!above.numeric() && !tails[i - 1]) return false;
  // The lines of one cell are printed closer together than two rows: a line nearer to the line
  // under it starts a name that is centred on its row (the amounts come on the next line).
  if (gap(above, lines[i]) > above.em ||
      (i + 1 < run.last && gap(lines[i], lines[i + 1]) < gap(above, lines[i])))
    return false;
  return std::all_of(lines[i].chunks.begin(), lines[i].chunks.end(), [&](const Chunk& c) {
    if (c.amount || c.rule || starts_item(text_of(c.words))) return false;
    return std::any_of(above.chunks.begin(), above.chunks.end(), [&](const Chunk& a) {
      // glyphs differ in their side bearings: the first letters of two lines of one cell start
      // up to a fraction of an em apart
      return !a.amount && !a.rule && std::abs(a.x0 - c.x0) <= kTailAlign * above.em;
    });
  });
}

// Moves each wrapped tail into the row of the line it continues (a chain may have given it to the
// row below, when rows are printed as close as the lines of one cell).
void keep_tails_with_their_rows(const std::vector<Line>& lines, const Run& run,
                                std::vector<std::vector<std::size_t>>& rows) {
  std::vector<bool> tails(lines.size(), false);
  for (std::size_t i = run.first; i < run.last; ++i) tails[i] = wrapped_tail(lines, run, i, tails);
  auto row_of = [&](std::size_t line) {
    return std::find_if(rows.begin(), rows.end(), [&](const auto& r) {
      return std::find(r.begin(), r.end(), line) != r.end();
    });
  };
  for (std::size_t i = run.first; i < run.last; ++i) {
    if (!tails[i]) continue;
    auto from = row_of(i), to = row_of(i - 1);
    if (from == to) continue;
    from->erase(std::find(from->begin(), from->end(), i));
    to->push_back(i);
    std::sort(to->begin(), to->end());
  }
  std::erase_if(rows, [](const auto& r) { return r.empty(); });
}

// The printed rows of a run: visual lines that overlap or nearly touch are one row, unless both
// carry amounts; a line without amounts in such a chain joins the nearest line with amounts.
std::vector<std::vector<std::size_t>> printed_rows(const std::vector<Line>& lines, const Run& run) {
  std::vector<double> gaps;
  for (std::size_t i = run.first + 1; i < run.last; ++i)
    if (lines[i].numeric() && lines[i - 1].numeric()) gaps.push_back(gap(lines[i - 1], lines[i]));
  double limit = kChainGap * lines[run.first].em;
  if (!gaps.empty()) {
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    limit = std::min(limit, 0.5 * gaps[gaps.size() / 2]);
  }
  std::vector<std::vector<std::size_t>> rows;
  for (std::size_t i = run.first; i < run.last;) {
    std::size_t j = i + 1;
    while (j < run.last && chained(lines[j - 1], lines[j], limit)) ++j;
    // lines[i, j) are one chain: split it around its amount lines.
    std::vector<std::size_t> anchors;
    for (std::size_t k = i; k < j; ++k)
      if (lines[k].numeric()) anchors.push_back(k);
    if (anchors.size() <= 1) {
      rows.emplace_back();
      for (std::size_t k = i; k < j; ++k) rows.back().push_back(k);
    } else {
      const std::size_t base = rows.size();
      rows.resize(base + anchors.size());
      for (std::size_t k = i; k < j; ++k) {
        auto centre = [&](std::size_t n) { return (lines[n].top() + lines[n].bottom()) / 2; };
        std::size_t best = 0;
        for (std::size_t a = 1; a < anchors.size(); ++a)
          if (std::abs(centre(anchors[a]) - centre(k)) <
              std::abs(centre(anchors[best]) - centre(k)))
            best = a;
        rows[base + best].push_back(k);
      }
    }
    i = j;
  }
  keep_tails_with_their_rows(lines, run, rows);
  return rows;
}

// Whether amounts of two lines or more stand in one column: a figure in a sentence stands alone.
bool shared_amount_column(const std::vector<Line>& lines, const Run& run,
                          const std::vector<Column>& columns) {
  std::vector<int> count(columns.size(), 0);
  for (std::size_t i = run.first; i < run.last; ++i) {
    std::vector<bool> hit(columns.size(), false);
    for (const auto& c : lines[i].chunks)
      for (std::size_t k = 0; k < columns.size() && c.amount; ++k)
        if (c.x0 >= columns[k].x0 - 0.5 && c.x1 <= columns[k].x1 + 0.5) hit[k] = true;
    for (std::size_t k = 0; k < columns.size(); ++k) count[k] += hit[k];
  }
  return std::any_of(count.begin(), count.end(), [](int n) { return n >= 2; });
}

// What a run's lines are made of.
struct Census {
  int tabular = 0, numeric = 0, rich = 0;
  int header = 0;        // tabular lines before the first amount line
  bool headless = true;  // no tabular line before the first amount line
  std::vector<const Chunk*> body, others;
};

Census census(const std::vector<Line>& lines, const Run& run) {
  Census n;
  for (std::size_t i = run.first; i < run.last; ++i) {
    const Line& line = lines[i];
    if (n.numeric == 0 && !line.numeric() && line.tabular()) n.headless = false, ++n.header;
    n.tabular += line.tabular();
    n.numeric += line.numeric();
    n.rich += line.amounts() >= 2;
    for (const auto& c : line.chunks) (line.numeric() ? n.body : n.others).push_back(&c);
  }
  n.headless = n.headless && n.numeric > 0;
  return n;
}

// The columns of a run that is a table by itself, or nothing. `fresh`: no table above or on the
// previous page that the run may continue.
std::optional<std::vector<Column>> own_columns(const std::vector<Line>& lines, const Run& run,
                                               const Census& n, bool fresh) {
  // Three lines in columns, or the last two rows of a table carried over to a new page (then
  // each holds two amounts at least, which a sentence with a figure does not), or a header over
  // a bare 合计 (a table without data, "本表无数据").
  const bool bare_total = n.numeric == 0 && n.tabular >= 1 && lines[run.last - 1].total;
  if (n.tabular < 3 && (n.numeric < 2 || n.rich < n.numeric) && !bare_total) return std::nullopt;
  auto columns = body_columns(n.body.empty() ? n.others : n.body);
  if (columns.size() < 2) return std::nullopt;
  // A new table that starts at the foot of a page may show one row of amounts under its header
  // there: a header of two lines at least over amounts in two columns or more is no sentence.
  // (A single row under a header repeated on the next page is left to the table it continues.)
  const bool headed_row = fresh && n.numeric == 1 && n.rich == 1 && n.header >= 2;
  if (n.numeric > 0 && !headed_row && !shared_amount_column(lines, run, columns))
    return std::nullopt;
  if (n.numeric == 0 && columns.size() < 3 && !(bare_total && n.tabular >= 2)) return std::nullopt;
  return columns;
}

// A squeezed copy: the last rows of a table printed narrower, right under it or at the top of the
// next page, with the columns that are empty there shrunk to nothing, so that its amounts line up
// with nothing above and fill fewer columns. Each of its columns is matched to a column above, in
// order and by role, and the match is taken only when one alone survives what the page shows:
// a rule of dashes printed as text gives the column starts outright; otherwise the values (an
// amount that is the sum of those right of it stands in a 合计 column), the white space (columns
// as close as the closest two of the part have none between them) and, as a last resort, the
// columns that every row above fills.

// The exact value of an amount chunk; nothing when it does not fit a Decimal.
std::optional<Decimal> value_of(const Chunk& c) {
  std::string t;
  for (char ch : text_of(c.words))
    if (ch != ' ' && ch != ',') t += ch;
  std::string_view v = t;
  if (v.starts_with('+')) v.remove_prefix(1);
  return Decimal::parse(v);
}

// The amounts of a line, placed in the column each overlaps.
AmountRow amount_row(const Line& line, const std::vector<Column>& columns) {
  AmountRow row(columns.size());
  for (const Chunk* c : figures(line))
    for (std::size_t k = 0; k < columns.size(); ++k)
      if (overlaps(*c, columns[k]) && !row[k]) row[k] = value_of(*c);
  return row;
}

// What the amounts of a column are to those right of them in their rows.
enum class Sum { Unknown, Total, Part };

// Total when the amount equals the sum of the first amounts right of it (a 合计 and its parts);
// Part when amounts stand right of it that do not add up to it; Unknown when there are none.
Sum row_sum(const AmountRow& row, std::size_t c) {
  if (!row[c]) return Sum::Unknown;
  Decimal sum;
  bool any = false;
  for (std::size_t k = c + 1; k < row.size(); ++k) {
    if (!row[k]) continue;
    try {
      sum += *row[k];
    } catch (const std::overflow_error&) {
      return Sum::Unknown;  // no printed total is that large: nothing to tell
    }
    any = true;
    if (sum == *row[c]) return Sum::Total;
  }
  return any ? Sum::Part : Sum::Unknown;
}

Sum column_sum(const std::vector<AmountRow>& rows, std::size_t c) {
  Sum s = Sum::Unknown;
  for (const auto& r : rows) {
    const Sum x = row_sum(r, c);
    if (x == Sum::Part) return Sum::Part;
    if (x == Sum::Total) s = Sum::Total;
  }
  return s;
}

// A total goes only where totals stood; a part never where they did.
bool sums_agree(Sum part, Sum above) {
  if (part == Sum::Total) return above == Sum::Total;
  return part == Sum::Unknown || above != Sum::Total;
}

// The left edges of a rule of dashes printed as text right above or below the part
// ("---------  -------  --"): one per column of the layout the part is printed in.
std::vector<double> dash_starts(const std::vector<Line>& lines, const Run& part) {
  auto starts = [](const Line& l) {
    std::vector<double> xs;
    for (const auto& w : l.row->words) {
      if (w.text.find_first_not_of('-') != std::string::npos) return std::vector<double>{};
      xs.push_back(w.box.x0);
    }
    return xs.size() >= 2 ? xs : std::vector<double>{};
  };
  if (part.last < lines.size() &&
      gap(lines[part.last - 1], lines[part.last]) <= kRunBreak * lines[part.last].em)
    if (auto xs = starts(lines[part.last]); !xs.empty()) return xs;
  if (part.first > 0 &&
      gap(lines[part.first - 1], lines[part.first]) <= kRunBreak * lines[part.first].em)
    return starts(lines[part.first - 1]);
  return {};
}

// What decides the columns of a squeezed part.
struct Squeeze {
  const std::vector<Column>& body;  // the part's own columns
  const Shape& above;
  std::vector<AmountRow> rows;  // the part's amounts, over `body`
  std::vector<double> dashes;   // column starts from a dash rule, when it has one per column
  std::vector<bool> adjacent;   // body[b - 1] and body[b] are neighbours above too
};

// Whether body column b may stand in column h above, after body column b - 1 in column `prev`.
bool may_map(const Squeeze& q, std::size_t b, std::size_t h, std::size_t prev) {
  const Column& part = q.body[b];
  if (b == 0 && (h != 0 || std::abs(part.x0 - q.above.columns[0].x0) > kAlign)) return false;
  if (b > 0 && q.adjacent[b] && h != prev + 1) return false;
  if (!same_role(part, q.above.columns[h], false)) return false;
  if (!sums_agree(column_sum(q.rows, b), column_sum(q.above.amounts, h))) return false;
  if (q.dashes.empty()) return true;
  const bool last = h + 1 == q.dashes.size();
  return part.x0 >= q.dashes[h] - kAlign && (last || part.x0 < q.dashes[h + 1] - kAlign);
}

// Every order-keeping match of the body columns from `b` on; gives up past `limit` matches.
void matches(const Squeeze& q, std::size_t b, std::vector<std::size_t>& map,
             std::vector<std::vector<std::size_t>>& out, std::size_t limit) {
  if (b == q.body.size()) {
    out.push_back(map);
    return;
  }
  const std::size_t from = b == 0 ? 0 : map.back() + 1;
  const std::size_t room = q.body.size() - b - 1;  // columns still to place after this one
  for (std::size_t h = from; h + room < q.above.columns.size() && out.size() <= limit; ++h) {
    if (!may_map(q, b, h, b == 0 ? 0 : map.back())) continue;
    map.push_back(h);
    matches(q, b + 1, map, out, limit);
    map.pop_back();
  }
}

// The amount columns filled by every row of the table above, when at least three rows with
// amounts all fill the same ones.
std::optional<std::vector<bool>> uniform_fill(const std::vector<AmountRow>& rows) {
  std::optional<std::vector<bool>> fill;
  int seen = 0;
  for (const auto& r : rows) {
    std::vector<bool> f(r.size());
    for (std::size_t k = 0; k < r.size(); ++k) f[k] = r[k].has_value();
    if (std::none_of(f.begin(), f.end(), [](bool x) { return x; })) continue;
    if (fill && *fill != f) return std::nullopt;
    fill = f, ++seen;
  }
  return seen >= 3 ? fill : std::nullopt;
}

// Among several matches, the one putting the part's amounts exactly in the columns that every
// row above fills: the part goes on as the rows it follows.
std::optional<std::vector<std::size_t>> like_the_rows_above(
    const Squeeze& q, const std::vector<std::vector<std::size_t>>& found) {
  const auto fill = uniform_fill(q.above.amounts);
  if (!fill) return std::nullopt;
  std::optional<std::vector<std::size_t>> pick;
  for (const auto& map : found) {
    std::vector<bool> image(fill->size());
    for (const auto& r : q.rows)
      for (std::size_t b = 0; b < r.size(); ++b)
        if (r[b]) image[map[b]] = true;
    if (image != *fill) continue;
    if (pick) return std::nullopt;
    pick = map;
  }
  return pick;
}

// The columns of the table above as the part prints them: the part's own columns where matched,
// empty points in the white space between them for the columns it leaves out.
std::vector<Column> squeezed_layout(const std::vector<Column>& body,
                                    const std::vector<std::size_t>& map, std::size_t width) {
  std::vector<Column> out(width);
  for (std::size_t b = 0; b < body.size(); ++b) out[map[b]] = {body[b].x0, body[b].x1, false, {}};
  for (std::size_t b = 0; b < body.size(); ++b) {
    const std::size_t next = b + 1 < body.size() ? map[b + 1] : width;
    const double left = body[b].x1;
    const double right = b + 1 < body.size() ? body[b + 1].x0 : left + double(next - map[b]);
    for (std::size_t h = map[b] + 1; h < next; ++h) {
      const double x = left + (right - left) * double(h - map[b]) / double(next - map[b]);
      out[h] = {x, x, false, {}};
    }
  }
  return out;
}

// The columns of a squeezed part under `above`, or nothing when they cannot be told for sure.
// `by_likeness` is set when only the last resort (the pattern of the rows above) decided.
std::optional<std::vector<Column>> squeezed_columns(const std::vector<Line>& lines, const Run& part,
                                                    const std::vector<Column>& body,
                                                    const Shape& above, bool& by_likeness) {
  if (body.size() < 2 || body.size() >= above.columns.size() || above.amounts.empty())
    return std::nullopt;
  Squeeze q{body, above, {}, dash_starts(lines, part), std::vector<bool>(body.size(), false)};
  if (q.dashes.size() != above.columns.size()) q.dashes.clear();
  for (std::size_t i = part.first; i < part.last; ++i)
    if (lines[i].numeric()) q.rows.push_back(amount_row(lines[i], body));
  std::vector<double> gaps;
  for (std::size_t b = 1; b < body.size(); ++b) gaps.push_back(body[b].x0 - body[b - 1].x1);
  const double tight = *std::min_element(gaps.begin(), gaps.end());
  for (std::size_t b = 1; b < body.size(); ++b)
    q.adjacent[b] = gaps[b - 1] <= tight + kAlign && gaps[b - 1] < lines[part.first].em;
  std::vector<std::vector<std::size_t>> found;
  std::vector<std::size_t> map;
  matches(q, 0, map, found, 64);
  if (found.size() > 64 || found.empty()) return std::nullopt;
  if (found.size() > 1) {
    auto pick = like_the_rows_above(q, found);
    if (!pick) return std::nullopt;
    found = {*pick};
    by_likeness = true;
  }
  return squeezed_layout(body, found.front(), above.columns.size());
}

// How a run turned out: a table, not a table, or rows whose columns cannot be told for sure.
// Inferred: a table whose columns only the likeness of the rows above decided (weak evidence,
// reported to the reader).
enum class Verdict { Table, Inferred, Text, Ambiguous };

// The columns of a run: its own, or those of the table it continues (`shape`: the table over it
// on this page, or the one ending the previous page; no columns when none). `split_off` marks a run
// cut from the table above: without the columns of that table its rows are left as text.
std::pair<Verdict, std::vector<Column>> choose_columns(const std::vector<Line>& lines,
                                                       const Run& run, const Shape& shape,
                                                       bool split_off) {
  const Census n = census(lines, run);
  const std::vector<Column>& above = shape.columns;
  std::vector<Column> body;
  if (n.numeric > 0) {
    body = body_columns(n.body);
    note_contents(body, n.body);
  }
  if (!above.empty() && n.headless) {
    // Rows lining up with the columns above continue them, even a single row of amounts.
    const bool enough = n.tabular >= 3 || n.rich == n.numeric;
    if (auto merged = continued_columns(body, above); merged && enough)
      return {Verdict::Table, std::move(*merged)};
    if (same_columns(body, above))
      if (auto own = own_columns(lines, run, n, false)) return {Verdict::Table, std::move(*own)};
    bool by_likeness = false;
    if (auto squeezed = squeezed_columns(lines, run, body, shape, by_likeness); squeezed && enough)
      return {by_likeness ? Verdict::Inferred : Verdict::Table, std::move(*squeezed)};
    if (split_off || body.size() < above.size()) return {Verdict::Ambiguous, {}};
  } else if (split_off) {
    return {Verdict::Ambiguous, {}};
  }
  auto own = own_columns(lines, run, n, above.empty());
  if (!own) return {Verdict::Text, {}};
  add_header_columns(*own, n.others, n.body);
  return {Verdict::Table, std::move(*own)};
}

// Builds the rows of a table over `shape.columns`, noting in `shape` what its rows hold.
UnruledTable build_table(const std::vector<Line>& lines, const Run& run, int page, Shape& shape) {
  std::vector<Column>& columns = shape.columns;
  shape.amounts.clear();
  UnruledTable table;
  table.first = run.first, table.last = run.last;
  table.xs.push_back(std::min(columns.front().x0, lines[run.first].row->box.x0));
  for (std::size_t i = 1; i < columns.size(); ++i)
    table.xs.push_back((columns[i - 1].x1 + columns[i].x0) / 2);
  table.xs.push_back(columns.back().x1);
  for (std::size_t i = run.first; i < run.last; ++i)
    table.xs.back() = std::max(table.xs.back(), lines[i].row->box.x1);

  const int cols = static_cast<int>(columns.size());
  for (const auto& members : printed_rows(lines, run)) {
    std::vector<std::vector<Word>> cells(cols);
    Box box{table.xs.front(), 1e9, table.xs.back(), -1e9};
    for (std::size_t m : members) {
      box.y0 = std::min(box.y0, lines[m].top()), box.y1 = std::max(box.y1, lines[m].bottom());
      if (lines[m].numeric()) shape.amounts.push_back(amount_row(lines[m], columns));
      for (const auto& c : lines[m].chunks) {
        const int k = column_of(c, columns, table.xs);
        cells[k].insert(cells[k].end(), c.words.begin(), c.words.end());
        if (!lines[m].numeric() || c.rule) continue;
        if (c.amount)
          columns[k].amounts.emplace_back(c.x0, c.x1);
        else
          columns[k].text = true;
      }
    }
    if (std::all_of(cells.begin(), cells.end(), [](const std::vector<Word>& words) {
          return std::all_of(words.begin(), words.end(), [](const Word& w) {
            return w.text.find_first_not_of("-=_ ") == std::string::npos;
          });
        }))
      continue;  // no text, or a rule drawn with dashes: the ruled path drops such rows too
    SourceLine line;
    line.page = page;
    line.box = box;
    for (int c = 0; c < cols; ++c)
      line.cells.push_back(
          {cell_text(std::move(cells[c])), {table.xs[c], box.y0, table.xs[c + 1], box.y1}});
    table.lines.push_back(std::move(line));
  }
  return table;
}

// Whether a table ends its page: at most a page number or a stray label below it, or only labels
// in one of its text columns, one under the other (rows without amounts, as the long list of
// expenditure items of a 收支总表). Only then may the next page continue it.
bool ends_page(const std::vector<Line>& lines, std::size_t last,
               const std::vector<Column>& columns) {
  auto single = [](const Line& l) { return l.chunks.size() <= 1 && !l.caption; };
  if (!std::all_of(lines.begin() + last, lines.end(), single)) return false;
  if (lines.size() - last <= 2) return true;
  auto label_row = [&](std::size_t i) {
    const Chunk& c = lines[i].chunks.front();
    auto hit = [&](const Column& col) { return overlaps(c, col); };
    auto col = std::find_if(columns.begin(), columns.end(), hit);
    return !c.amount && col != columns.end() && std::none_of(col + 1, columns.end(), hit) &&
           col->text && col->amounts.empty() &&
           gap(lines[i - 1], lines[i]) <= kRunBreak * lines[i].em;
  };
  for (std::size_t i = last; i < lines.size(); ++i)
    if (!label_row(i)) return false;
  return true;
}

}  // namespace

std::vector<UnruledTable> find_unruled_tables(const std::vector<TextRow>& rows, int page,
                                              CarriedColumns& carried) {
  if (carried.page != page - 1) carried = {};
  std::vector<Line> lines;
  for (const auto& r : rows) lines.push_back(line_of(r));
  std::vector<UnruledTable> tables;
  Shape last_shape;  // of the last table built
  for (std::size_t i = 0; i < lines.size();) {
    if (!lines[i].tabular()) {
      ++i;
      continue;
    }
    // Only the first table of a page may continue the previous page's.
    const Shape none;
    const Shape& from_before = tables.empty() ? carried : none;
    Run run = grow_run(lines, i, from_before.columns);
    if (!tables.empty()) run.first = std::max(run.first, tables.back().last);
    bool settled = false;  // some part of the run became a table or was left out for doubt
    Shape part_shape;      // of the part just built, for the part cut under it
    for (const auto& part : split_run(lines, run)) {
      const bool split_off = part.first != run.first;
      auto [verdict, columns] =
          choose_columns(lines, part, split_off ? part_shape : from_before, split_off);
      part_shape = {};
      if (verdict == Verdict::Table || verdict == Verdict::Inferred) {
        part_shape.columns = std::move(columns);
        tables.push_back(build_table(lines, part, page, part_shape));
        tables.back().inferred = verdict == Verdict::Inferred;
        last_shape = part_shape;
      }
      settled = settled || verdict != Verdict::Text;
    }
    i = settled ? run.last : i + 1;
  }
  carried = {};
  carried.page = page;
  if (!tables.empty() && ends_page(lines, tables.back().last, last_shape.columns)) {
    carried.columns = std::move(last_shape.columns);
    carried.amounts = std::move(last_shape.amounts);
  }
  return tables;
}

}  // namespace gongkai::extract
