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
// across a column's amounts without lining up with them starts another table. Rows whose columns
// cannot be told for sure (a table without header under another, a headless page that leaves
// columns empty and does not line up with the table it continues) stay text: a missing row is
// better than an amount in a wrong column.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>

#include "extract/layout.h"

namespace gongkai::extract {
namespace {

using Column = UnruledColumn;

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

// Header chunks lying wholly in a gap between body columns (or beyond the outer ones) stand for
// columns that have no amounts on this page: they become columns of their own.
void add_header_columns(std::vector<Column>& columns, const std::vector<const Chunk*>& chunks) {
  std::vector<const Chunk*> free;
  for (const Chunk* c : chunks)
    if (!c->rule && std::none_of(columns.begin(), columns.end(),
                                 [&](const Column& col) { return overlaps(*c, col); }))
      free.push_back(c);
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
  bool headless = true;  // no tabular line before the first amount line
  std::vector<const Chunk*> body, others;
};

Census census(const std::vector<Line>& lines, const Run& run) {
  Census n;
  for (std::size_t i = run.first; i < run.last; ++i) {
    const Line& line = lines[i];
    if (n.numeric == 0 && !line.numeric() && line.tabular()) n.headless = false;
    n.tabular += line.tabular();
    n.numeric += line.numeric();
    n.rich += line.amounts() >= 2;
    for (const auto& c : line.chunks) (line.numeric() ? n.body : n.others).push_back(&c);
  }
  n.headless = n.headless && n.numeric > 0;
  return n;
}

// The columns of a run that is a table by itself, or nothing.
std::optional<std::vector<Column>> own_columns(const std::vector<Line>& lines, const Run& run,
                                               const Census& n) {
  // Three lines in columns, or the last two rows of a table carried over to a new page (then
  // each holds two amounts at least, which a sentence with a figure does not), or a header over
  // a bare 合计 (a table without data, "本表无数据").
  const bool bare_total = n.numeric == 0 && n.tabular >= 1 && lines[run.last - 1].total;
  if (n.tabular < 3 && (n.numeric < 2 || n.rich < n.numeric) && !bare_total) return std::nullopt;
  auto columns = body_columns(n.body.empty() ? n.others : n.body);
  if (columns.size() < 2) return std::nullopt;
  if (n.numeric > 0 && !shared_amount_column(lines, run, columns)) return std::nullopt;
  if (n.numeric == 0 && columns.size() < 3 && !(bare_total && n.tabular >= 2)) return std::nullopt;
  return columns;
}

// How a run turned out: a table, not a table, or rows whose columns cannot be told for sure.
enum class Verdict { Table, Text, Ambiguous };

// The columns of a run: its own, or those of the table it continues (`above`: the table over it
// on this page, or the one ending the previous page; empty when none). `split_off` marks a run
// cut from the table above: without the columns of that table its rows are left as text.
std::pair<Verdict, std::vector<Column>> choose_columns(const std::vector<Line>& lines,
                                                       const Run& run,
                                                       const std::vector<Column>& above,
                                                       bool split_off) {
  const Census n = census(lines, run);
  std::vector<Column> body;
  if (n.numeric > 0) {
    body = body_columns(n.body);
    note_contents(body, n.body);
  }
  if (!above.empty() && n.headless) {
    // Rows lining up with the columns above continue them, even a single row of amounts.
    if (auto merged = continued_columns(body, above);
        merged && (n.tabular >= 3 || n.rich == n.numeric))
      return {Verdict::Table, std::move(*merged)};
    if (same_columns(body, above))
      if (auto own = own_columns(lines, run, n)) return {Verdict::Table, std::move(*own)};
    if (split_off || body.size() < above.size()) return {Verdict::Ambiguous, {}};
  } else if (split_off) {
    return {Verdict::Ambiguous, {}};
  }
  auto own = own_columns(lines, run, n);
  if (!own) return {Verdict::Text, {}};
  add_header_columns(*own, n.others);
  return {Verdict::Table, std::move(*own)};
}

// Builds the rows of a table over `columns`.
UnruledTable build_table(const std::vector<Line>& lines, const Run& run, int page,
                         std::vector<Column>& columns) {
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

// Whether a table ends its page: at most a page number or a stray label below it. Only then
// may the next page continue it.
bool ends_page(const std::vector<Line>& lines, std::size_t last) {
  return lines.size() - last <= 2 &&
         std::all_of(lines.begin() + last, lines.end(),
                     [](const Line& l) { return l.chunks.size() <= 1 && !l.caption; });
}

}  // namespace

std::vector<UnruledTable> find_unruled_tables(const std::vector<TextRow>& rows, int page,
                                              CarriedColumns& carried) {
  if (carried.page != page - 1) carried.columns.clear();
  std::vector<Line> lines;
  for (const auto& r : rows) lines.push_back(line_of(r));
  std::vector<UnruledTable> tables;
  std::vector<Column> last_columns;  // of the last table built
  for (std::size_t i = 0; i < lines.size();) {
    if (!lines[i].tabular()) {
      ++i;
      continue;
    }
    // Only the first table of a page may continue the previous page's.
    const std::vector<Column> none;
    const auto& from_before = tables.empty() ? carried.columns : none;
    Run run = grow_run(lines, i, from_before);
    if (!tables.empty()) run.first = std::max(run.first, tables.back().last);
    bool settled = false;  // some part of the run became a table or was left out for doubt
    std::vector<Column> part_columns;  // of the part just built, for the part cut under it
    for (const auto& part : split_run(lines, run)) {
      const bool split_off = part.first != run.first;
      auto [verdict, columns] =
          choose_columns(lines, part, split_off ? part_columns : from_before, split_off);
      part_columns.clear();
      if (verdict == Verdict::Table) {
        tables.push_back(build_table(lines, part, page, columns));
        last_columns = columns;
        part_columns = std::move(columns);
      }
      settled = settled || verdict != Verdict::Text;
    }
    i = settled ? run.last : i + 1;
  }
  carried.page = page;
  carried.columns.clear();
  if (!tables.empty() && ends_page(lines, tables.back().last))
    carried.columns = std::move(last_columns);
  return tables;
}

}  // namespace gongkai::extract
