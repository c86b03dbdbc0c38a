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
#include <span>
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
  // a caption only for its sentence punctuation: it may still be a row whose prose stands
  // outside the amounts, or a line of a prose cell right of them
  bool prose = false;
  // a line of a prose cell right of the amounts of the rows around it (a 绩效目标 column): part
  // of the table, but of the row it is centred on, not of the lines it sits between
  bool side = false;
  bool total = false;  // a bare "合计": the only row of a table without data
  bool tabular() const {
    return !caption && !side && chunks.size() >= 2 &&
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
// The unit an amount may be printed with ("万元", "亿元", "元", "％").
bool unit_word(std::string_view s) {
  for (std::string_view unit : {"元", "万", "亿", "千", "百", "％", "‰"})
    if (s.starts_with(unit)) return true;
  return false;
}

// A cell of prose (a 绩效目标 column) may be printed right up against the amount before it: a
// decimal amount followed, apart however little, by words with ideographs or full-width signs
// ("服，维护…", "1.为工作人员…") that are not its unit ("万元") is two cells too.
bool amount_meets_name(const Word& left, const Word& right, double gap, double em) {
  if (gap > 0 && decimal_amount(left.text) && !unit_word(right.text) &&
      std::any_of(right.text.begin(), right.text.end(),
                  [](char c) { return static_cast<unsigned char>(c) >= 0xE2; }))
    return true;
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

// A percentage that is part of a name ("1%人口抽样调查", a digit, "%", an ideograph) in the
// name cell of a row that ends in a decimal amount: no sentence's percentage, which a sentence
// prints with its punctuation. Only such a row's other marks then make it prose.
bool named_percentage_row(const std::vector<Chunk>& chunks) {
  if (chunks.size() < 2 || !decimal_amount(text_of(chunks.back().words))) return false;
  std::string rest;
  bool named = false;
  for (std::size_t k = 0; k + 1 < chunks.size(); ++k) {
    const std::string text = text_of(chunks[k].words);
    for (std::size_t i = 0; i < text.size(); ++i) {
      const bool percent = text[i] == '%' && i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9' &&
                           starts_han(std::string_view(text).substr(i + 1));
      named = named || percent;
      if (!percent) rest += text[i];
    }
    rest += ' ';
  }
  return named && !sentence_text(rest);
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
  const bool captioned =
      caption_text(text, line.chunks.size()) || (line.chunks.size() == 1 && title_text(text));
  line.prose = !captioned && sentence_text(text) && !named_percentage_row(line.chunks);
  line.caption = captioned || line.prose;
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
  if (line.side) return true;
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
         (chained(lines[run.last - 1], lines[run.last], kChainGap * lines[run.last].em) ||
          (lines[run.last].side &&
           gap(lines[run.last - 1], lines[run.last]) <= kRunBreak * lines[run.last].em)) &&
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

// A name wrapped with a hanging indent ("     产品质量安全抽检监测" over "专项经费") puts the
// lines after its first left of the names of the rows with amounts: under a header, text left
// of a first column of names is part of it, no column of its own. (Extends that column.)
bool wrapped_name_start(const Chunk& c, std::vector<Column>& columns,
                        const std::vector<Column>& noted) {
  if (c.amount || columns.empty() || c.x1 > columns.front().x0 || !noted.front().text ||
      !noted.front().amounts.empty())
    return false;
  columns.front().x0 = std::min(columns.front().x0, c.x0);
  return true;
}

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
    if (top_of(*c) >= body_top) return wrapped_name_start(*c, columns, noted);
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
  if (i <= run.first || lines[i].numeric() || lines[i].caption || lines[i].side ||
      lines[i].chunks.empty())
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
  // Lines of a prose cell beside the rows are placed by place_side_prose, not chained here.
  std::vector<std::size_t> order;
  for (std::size_t i = run.first; i < run.last; ++i)
    if (!lines[i].side) order.push_back(i);
  std::vector<std::vector<std::size_t>> rows;
  for (std::size_t o = 0; o < order.size();) {
    std::size_t p = o + 1;
    while (p < order.size() && chained(lines[order[p - 1]], lines[order[p]], limit)) ++p;
    // lines order[o, p) are one chain: split it around its amount lines.
    std::vector<std::size_t> anchors;
    for (std::size_t q = o; q < p; ++q)
      if (lines[order[q]].numeric()) anchors.push_back(order[q]);
    if (anchors.size() <= 1) {
      rows.emplace_back();
      for (std::size_t q = o; q < p; ++q) rows.back().push_back(order[q]);
    } else {
      const std::size_t base = rows.size();
      rows.resize(base + anchors.size());
      for (std::size_t q = o; q < p; ++q) {
        const std::size_t k = order[q];
        auto centre = [&](std::size_t n) { return (lines[n].top() + lines[n].bottom()) / 2; };
        std::size_t best = 0;
        for (std::size_t a = 1; a < anchors.size(); ++a)
          if (std::abs(centre(anchors[a]) - centre(k)) <
              std::abs(centre(anchors[best]) - centre(k)))
            best = a;
        rows[base + best].push_back(k);
      }
    }
    o = p;
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
    if (line.side) continue;  // prose beside the rows: placed with them, no part of the grid
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
  // So is a row with a prose cell beside it, on any page.
  const bool beside_prose = std::any_of(lines.begin() + run.first, lines.begin() + run.last,
                                        [](const Line& l) { return l.side; });
  const bool headed_row = (fresh || beside_prose) && n.numeric == 1 && n.rich == 1 && n.header >= 2;
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

// In a table whose rows are centred on their amounts (one with a prose column beside them), a
// name wrapped over three lines or more prints its first line above the amounts and its last
// below, as far from them as from the rows around: no chain joins them. The lines of rows
// without amounts around the rows with amounts are shared out so that each row's lines come
// out best centred on its amounts: between two rows, those above the cut go to the upper row;
// lone lines right over the first row (a name cut by the page break: header lines have several
// cells) and lines after the last go to them only where that centres them as well or better.
void centre_wrapped_names(const std::vector<Line>& lines,
                          std::vector<std::vector<std::size_t>>& rows) {
  auto has_amounts = [&](const std::vector<std::size_t>& r) {
    return std::any_of(r.begin(), r.end(), [&](std::size_t i) { return lines[i].numeric(); });
  };
  std::vector<std::vector<std::size_t>> head, anchors;
  std::vector<std::vector<std::size_t>> gaps(1);  // gaps[j]: loose lines above anchors[j]
  for (auto& r : rows) {
    if (has_amounts(r)) {
      anchors.push_back(std::move(r));
      gaps.emplace_back();
    } else if (anchors.empty()) {
      head.push_back(std::move(r));
    } else {
      gaps.back().insert(gaps.back().end(), r.begin(), r.end());
    }
  }
  if (anchors.empty()) {
    rows = std::move(head);
    return;
  }
  // The lone lines at the end of the head (one cell left of the prose) may go to the first row.
  double right = -1e9;
  for (const auto& r : anchors)
    for (std::size_t i : r)
      if (lines[i].numeric())
        for (const Chunk* c : figures(lines[i])) right = std::max(right, c->x1);
  auto lone_line = [&](std::size_t i) {
    return std::count_if(lines[i].chunks.begin(), lines[i].chunks.end(),
                         [&](const Chunk& c) { return c.x0 <= right; }) == 1;
  };
  std::size_t lone = 0;
  while (lone < head.size() && std::all_of(head[head.size() - 1 - lone].begin(),
                                           head[head.size() - 1 - lone].end(), lone_line))
    ++lone;
  for (std::size_t k = 0; k < lone; ++k) {
    gaps[0].insert(gaps[0].begin(), head.back().begin(), head.back().end());
    head.pop_back();
  }
  std::sort(gaps[0].begin(), gaps[0].end());
  // cut[j]: how many lines of gaps[j] go to the row above it (anchors[j - 1]); the others go to
  // anchors[j] (none past the last). For gaps[0] there is no row above: its first cut[0] lines
  // stay rows of their own, as do the last lines of the last gap.
  const std::size_t n = anchors.size();
  auto off_centre = [&](std::size_t a, std::size_t above_from, std::size_t below_to) {
    const auto& r = anchors[a];
    auto m = std::find_if(r.begin(), r.end(), [&](std::size_t i) { return lines[i].numeric(); });
    double top = 1e9, bottom = -1e9;
    auto take = [&](std::size_t i) {
      top = std::min(top, lines[i].top()), bottom = std::max(bottom, lines[i].bottom());
    };
    for (std::size_t i : r) take(i);
    for (std::size_t k = above_from; k < gaps[a].size(); ++k) take(gaps[a][k]);
    for (std::size_t k = 0; k < below_to; ++k) take(gaps[a + 1][k]);
    return std::abs((top + bottom) / 2 - (lines[*m].top() + lines[*m].bottom()) / 2);
  };
  // best[j][c]: the least total off-centring of anchors[0, j) with cut[j] = c; from[j][c] the
  // cut of gaps[j - 1] that gives it. Ties go to the cut that moves more lines into rows.
  std::vector<std::vector<double>> best(n + 1);
  std::vector<std::vector<std::size_t>> from(n + 1);
  best[0].assign(gaps[0].size() + 1, 0.0);
  from[0].assign(gaps[0].size() + 1, 0);
  for (std::size_t j = 1; j <= n; ++j) {
    best[j].assign(gaps[j].size() + 1, 1e18);
    from[j].assign(gaps[j].size() + 1, 0);
    for (std::size_t c = 0; c <= gaps[j].size(); ++c)
      for (std::size_t p = 0; p <= gaps[j - 1].size(); ++p) {
        const double cost = best[j - 1][p] + off_centre(j - 1, p, c);
        if (cost < best[j][c] - 0.5 || (cost < best[j][c] + 0.5 && p < from[j][c]))
          best[j][c] = cost, from[j][c] = p;
      }
  }
  std::vector<std::size_t> cut(n + 1);
  cut[n] = gaps[n].size();
  for (std::size_t c = gaps[n].size() + 1; c-- > 0;)
    if (best[n][c] < best[n][cut[n]] - 0.5 || (best[n][c] < best[n][cut[n]] + 0.5 && c > cut[n]))
      cut[n] = c;
  for (std::size_t j = n; j > 0; --j) cut[j - 1] = from[j][cut[j]];
  rows = std::move(head);
  for (std::size_t k = 0; k < cut[0]; ++k) rows.push_back({gaps[0][k]});
  for (std::size_t a = 0; a < n; ++a) {
    auto r = std::move(anchors[a]);
    r.insert(r.end(), gaps[a].begin() + cut[a], gaps[a].end());
    r.insert(r.end(), gaps[a + 1].begin(), gaps[a + 1].begin() + cut[a + 1]);
    std::sort(r.begin(), r.end());
    rows.push_back(std::move(r));
  }
  for (std::size_t k = cut[n]; k < gaps[n].size(); ++k) rows.push_back({gaps[n][k]});
}

// The prose cells beside the rows of a table: each row's paragraph is one block of lines
// centred on the row's amounts. The pieces (top and bottom of each, in reading order) are cut
// into consecutive blocks, one per anchor (the centre of a row's amounts; a block may be empty),
// so that each block is centred as near its anchor as it can be, and no taller than it must be.
// Gives each piece's anchor.
std::vector<std::size_t> centred_blocks(const std::vector<std::pair<double, double>>& pieces,
                                        const std::vector<double>& anchors) {
  const std::size_t m = pieces.size(), n = anchors.size();
  constexpr double kNone = 1e18;
  // Several paragraphs together may be centred on the middle row as well as each on its own:
  // a block's height costs a little, so that the tighter cut wins.
  constexpr double kSpread = 0.1;
  // cost[k][j]: the first j pieces in the blocks of the first k anchors; from[k][j]: where the
  // block of anchor k - 1 starts.
  std::vector<std::vector<double>> cost(n + 1, std::vector<double>(m + 1, kNone));
  std::vector<std::vector<std::size_t>> from(n + 1, std::vector<std::size_t>(m + 1, 0));
  cost[0][0] = 0;
  for (std::size_t k = 1; k <= n; ++k)
    for (std::size_t j = 0; j <= m; ++j)
      for (std::size_t i = 0; i <= j; ++i) {
        if (cost[k - 1][i] >= kNone) continue;
        const double own =
            i == j ? 0
                   : std::abs((pieces[i].first + pieces[j - 1].second) / 2 - anchors[k - 1]) +
                         kSpread * (pieces[j - 1].second - pieces[i].first);
        if (cost[k - 1][i] + own < cost[k][j]) cost[k][j] = cost[k - 1][i] + own, from[k][j] = i;
      }
  std::vector<std::size_t> out(m);
  for (std::size_t k = n, j = m; k > 0; --k) {
    const std::size_t i = from[k][j];
    for (std::size_t p = i; p < j; ++p) out[p] = k - 1;
    j = i;
  }
  return out;
}

// The prose right of the amounts of a run that has a prose column beside its rows: its chunks
// (those of the lines of prose, and those right of every amount on the rows' own lines below
// the header), each with the row it is placed in. Empty when the run has no such column.
struct PlacedProse {
  std::vector<const Chunk*> chunks;
  std::vector<std::size_t> row;  // index into the printed rows, per chunk
};

PlacedProse place_side_prose(const std::vector<Line>& lines, const Run& run,
                             const std::vector<std::vector<std::size_t>>& rows) {
  PlacedProse out;
  if (std::none_of(lines.begin() + run.first, lines.begin() + run.last,
                   [](const Line& l) { return l.side; }))
    return out;
  double left = 1e9, right = -1e9;
  for (std::size_t i = run.first; i < run.last; ++i) {
    if (!lines[i].numeric()) continue;
    for (const Chunk* c : figures(lines[i]))
      left = std::min(left, c->x0), right = std::max(right, c->x1);
  }
  std::vector<double> anchors;
  std::vector<std::size_t> anchor_row;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    auto m = std::find_if(rows[r].begin(), rows[r].end(),
                          [&](std::size_t i) { return lines[i].numeric(); });
    if (m == rows[r].end()) continue;
    anchors.push_back((lines[*m].top() + lines[*m].bottom()) / 2);
    anchor_row.push_back(r);
  }
  if (anchors.empty()) return out;
  std::vector<std::pair<double, double>> extent;
  // The rows' own lines give their chunks right of every amount, header lines (a name over the
  // amounts) none.
  auto row_line = [&](const Line& l) {
    return l.numeric() || std::none_of(l.chunks.begin(), l.chunks.end(),
                                       [&](const Chunk& c) { return c.x1 > left && c.x0 < right; });
  };
  for (std::size_t i = run.first; i < run.last; ++i)
    for (const auto& c : lines[i].chunks)
      if (lines[i].side || (!c.amount && c.x0 > right && row_line(lines[i]))) {
        out.chunks.push_back(&c);
        extent.emplace_back(lines[i].top(), lines[i].bottom());
      }
  for (std::size_t a : centred_blocks(extent, anchors)) out.row.push_back(anchor_row[a]);
  return out;
}

// A prose column beside the rows has a column of its own, even where no header names it.
void add_prose_column(std::vector<Column>& columns, const std::vector<Line>& lines,
                      const Run& run) {
  std::optional<Column> prose;
  for (std::size_t i = run.first; i < run.last; ++i)
    for (const auto& c : lines[i].chunks)
      if (lines[i].side) {
        if (!prose) prose = Column{c.x0, c.x1, true, {}};
        prose->x0 = std::min(prose->x0, c.x0), prose->x1 = std::max(prose->x1, c.x1);
      }
  if (!prose) return;
  // The column its header names, widened to the whole prose (a short first line of a paragraph
  // lies nearer the last amount column than that header's centre).
  auto named = std::find_if(columns.begin(), columns.end(), [&](const Column& k) {
    return overlap(prose->x0, prose->x1, k.x0, k.x1) > 0.5;
  });
  if (named != columns.end()) {
    named->x0 = std::min(named->x0, prose->x0), named->x1 = std::max(named->x1, prose->x1);
    return;
  }
  columns.push_back(*prose);
  std::sort(columns.begin(), columns.end(), [](auto& a, auto& b) { return a.x0 < b.x0; });
}

// Builds the rows of a table over `shape.columns`, noting in `shape` what its rows hold.
UnruledTable build_table(const std::vector<Line>& lines, const Run& run, int page, Shape& shape) {
  std::vector<Column>& columns = shape.columns;
  shape.amounts.clear();
  add_prose_column(columns, lines, run);
  UnruledTable table;
  table.first = run.first, table.last = run.last;
  table.xs.push_back(std::min(columns.front().x0, lines[run.first].row->box.x0));
  for (std::size_t i = 1; i < columns.size(); ++i)
    table.xs.push_back((columns[i - 1].x1 + columns[i].x0) / 2);
  table.xs.push_back(columns.back().x1);
  for (std::size_t i = run.first; i < run.last; ++i)
    table.xs.back() = std::max(table.xs.back(), lines[i].row->box.x1);

  const int cols = static_cast<int>(columns.size());
  auto rows = printed_rows(lines, run);
  if (std::any_of(lines.begin() + run.first, lines.begin() + run.last,
                  [](const Line& l) { return l.side; }))
    centre_wrapped_names(lines, rows);
  const PlacedProse prose = place_side_prose(lines, run, rows);
  auto placed = [&](const Chunk& c) {
    return std::find(prose.chunks.begin(), prose.chunks.end(), &c) != prose.chunks.end();
  };
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto& members = rows[r];
    std::vector<std::vector<Word>> cells(cols);
    Box box{table.xs.front(), 1e9, table.xs.back(), -1e9};
    for (std::size_t p = 0; p < prose.chunks.size(); ++p)
      if (prose.row[p] == r) {
        auto& cell = cells[column_of(*prose.chunks[p], columns, table.xs)];
        cell.insert(cell.end(), prose.chunks[p]->words.begin(), prose.chunks[p]->words.end());
      }
    for (std::size_t m : members) {
      box.y0 = std::min(box.y0, lines[m].top()), box.y1 = std::max(box.y1, lines[m].bottom());
      if (lines[m].numeric()) shape.amounts.push_back(amount_row(lines[m], columns));
      for (const auto& c : lines[m].chunks) {
        if (placed(c)) continue;
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

// Prose beside amounts. A table may end in a column of prose (a 项目支出 table's 绩效目标: a
// paragraph per row, centred on the row's amounts, its lines as far apart as the rows): its
// lines carry sentence punctuation, and some share a visual line with a row's amounts or its
// wrapped name. Such a line is no caption when its prose keeps out of the amounts of the rows
// around it: right of them (the prose cell), or left of them (a wrapped name ending in "，").

// Where the amounts of a line with two or more of them begin and end.
std::optional<std::pair<double, double>> amount_band(const Line& line) {
  if (line.caption && !line.prose) return std::nullopt;
  const auto f = figures(line);
  if (f.size() < 2) return std::nullopt;
  std::pair<double, double> band{1e9, -1e9};
  for (const Chunk* c : f) band = {std::min(band.first, c->x0), std::max(band.second, c->x1)};
  return band;
}

bool right_of(const Chunk& c, std::pair<double, double> band) {
  return c.x0 > band.second;
}

bool left_of(const Chunk& c, std::pair<double, double> band) {
  return c.x1 < band.first;
}

// Whether a line of several cells with one over the amounts `band` (a header, a row) stands
// above line i, reached over lines that lie close: prose beside amounts is read only under a
// table's header or rows, never from a figure in a paragraph, nor from text that overflows a
// ruled table's page.
bool under_table(const std::vector<Line>& lines, std::size_t i, std::pair<double, double> band) {
  for (std::size_t j = i; j > 0; --j) {
    const Line& above = lines[j - 1];
    if (gap(above, lines[j]) > kRunBreak * lines[j].em) return false;
    if (above.caption && !above.prose) return false;
    if (above.tabular() && std::any_of(above.chunks.begin(), above.chunks.end(), [&](auto& c) {
          return c.x1 > band.first && c.x0 < band.second;
        }))
      return true;
  }
  return false;
}

// The bands of the nearest lines with amounts above and below line i, reached over lines that
// lie close (no hard caption, no gap wider than a table allows between them).
std::vector<std::pair<double, double>> bands_around(const std::vector<Line>& lines, std::size_t i) {
  std::vector<std::pair<double, double>> out;
  for (const int step : {-1, 1}) {
    for (std::size_t j = i;;) {
      const std::size_t next = j + step;
      if (next >= lines.size()) break;
      const Line& upper = lines[std::min(j, next)];
      const Line& lower = lines[std::max(j, next)];
      if (gap(upper, lower) > kRunBreak * lower.em) break;
      j = next;
      if (lines[j].caption && !lines[j].prose) break;
      if (auto band = amount_band(lines[j]); band && !lines[j].caption) {
        if (under_table(lines, j, *band)) out.push_back(*band);
        break;
      }
    }
  }
  return out;
}

// Rows with the same amount columns above and below: a line left of them between the two is a
// name wrapped in its cell ("增加安居集团资本金，"), not a note under a table.
bool between_rows(const std::vector<std::pair<double, double>>& bands) {
  return bands.size() == 2 && std::abs(bands[0].second - bands[1].second) <= kAlign;
}

void place_prose(std::vector<Line>& lines) {
  // A row whose prose stands outside its own amounts.
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Line& line = lines[i];
    if (!line.prose) continue;
    const auto band = amount_band(line);
    if (band && under_table(lines, i, *band) &&
        std::all_of(line.chunks.begin(), line.chunks.end(), [&](const Chunk& c) {
          return !sentence_text(text_of(c.words)) || right_of(c, *band) || left_of(c, *band);
        }))
      line.caption = line.prose = false;
  }
  // Lines without amounts beside the rows around them: all right of their amounts (a line of
  // the prose cell), or a wrapped name left of them and prose right of them.
  std::vector<bool> candidate(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if ((line.caption && !line.prose) || amount_band(line)) continue;
    const auto bands = bands_around(lines, i);
    if (bands.empty()) continue;
    auto all = [&](auto pred) {
      return std::all_of(bands.begin(), bands.end(), [&](const auto& b) {
        return std::all_of(line.chunks.begin(), line.chunks.end(),
                           [&](const Chunk& c) { return pred(c, b); });
      });
    };
    if (all([](const Chunk& c, const auto& b) { return right_of(c, b); })) {
      candidate[i] = true;
    } else if (line.prose &&
               all([](const Chunk& c, const auto& b) { return right_of(c, b) || left_of(c, b); }) &&
               (std::any_of(line.chunks.begin(), line.chunks.end(),
                            [&](const Chunk& c) { return right_of(c, bands.front()); }) ||
                between_rows(bands))) {
      lines[i].caption = lines[i].prose = false;
    }
  }
  // A line of the prose cell is one of a block with sentence punctuation in it: a lone short
  // line right of the amounts stays what it was (the wrapped end of a name in a text column).
  // (The lines of one column of prose lie close, whatever rows stand between them.)
  std::vector<std::size_t> block;
  auto settle = [&] {
    const bool prose =
        std::any_of(block.begin(), block.end(), [&](std::size_t k) { return lines[k].prose; });
    for (std::size_t k : block) lines[k].side = prose;
    block.clear();
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!candidate[i]) continue;
    if (!block.empty() && gap(lines[block.back()], lines[i]) > kRunBreak * lines[i].em) settle();
    block.push_back(i);
  }
  settle();
  for (auto& line : lines)
    if (line.side) line.caption = line.prose = false;
}

}  // namespace

std::vector<UnruledTable> find_unruled_tables(const std::vector<TextRow>& rows, int page,
                                              CarriedColumns& carried) {
  if (carried.page != page - 1) carried = {};
  std::vector<Line> lines;
  for (const auto& r : rows) lines.push_back(line_of(r));
  place_prose(lines);
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
