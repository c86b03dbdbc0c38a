// Tables printed without ruling lines: runs of text rows whose gap-separated chunks line up.
//
// Without rulings the columns come from the white space: every visual line is cut into chunks
// at gaps wider than a fraction of an em (never inside a broken number such as "4603. 53"), and
// the x ranges that no chunk of an amount line covers separate the columns. Header-only columns
// (no amount in them on this page) are added where header chunks sit in such a gap. Visual lines
// that overlap or nearly touch are one printed row (a wrapped name, a wrapped header, a label
// centred beside two lines of text), but two lines with amounts never are.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>

#include "extract/layout.h"

namespace gongkai::extract {
namespace {

// A gap narrower than this many ems is a space inside a cell; a wider one separates cells.
// Spreadsheet exports leave as little as 0.55 em between a full cell and its neighbour.
constexpr double kCellGap = 0.4;
// A broken number ("4603." + "53") is rejoined across a gap up to this many ems.
constexpr double kNumberGap = 1.0;
// Lines further apart than this many ems are never one table.
constexpr double kRunBreak = 5.0;
// Visual lines closer than this many ems (or overlapping) belong to one printed row.
constexpr double kChainGap = 0.3;

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
  // "单位：万元", "部门名称：…", a contents line, a sentence: never inside a table
  bool caption = false;
  bool tabular() const { return !caption && chunks.size() >= 2; }
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

std::vector<Chunk> chunks_of(const TextRow& row) {
  std::vector<Chunk> chunks;
  for (const auto& w : row.words) {
    if (!chunks.empty()) {
      const Word& prev = chunks.back().words.back();
      const double gap = w.box.x0 - prev.box.x1, em = std::max(em_of(prev), em_of(w));
      if (gap < kCellGap * em || (gap < kNumberGap * em && broken_number(prev, w))) {
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
// tables but are never rows of them.
bool caption_text(std::string_view s) {
  for (std::string_view key :
       {"单位：", "单位:", "部门名称", "单位名称", "编制单位", "....", "……", "···", "。。。"})
    if (contains(s, key)) return true;
  return false;
}

// Sentences (a justified paragraph line spread around a figure, a numbered list item) end
// with or contain sentence punctuation; table cells hardly ever do.
bool sentence_text(std::string_view s) {
  for (std::string_view mark : {"。", "；", ";", "，", "％", "%"})
    if (contains(s, mark)) return true;
  return false;
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
  line.caption = caption_text(text) || sentence_text(text);
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
// its ends (a wrapped header above, a wrapped name below).
Run grow_run(const std::vector<Line>& lines, std::size_t start) {
  double x0 = lines[start].row->box.x0, x1 = lines[start].row->box.x1;
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
  while (run.first > 0 && !lines[run.first - 1].caption &&
         chained(lines[run.first - 1], lines[run.first], kChainGap * lines[run.first].em) &&
         may_join(lines, run.first - 1, x0, x1))
    --run.first;
  return run;
}

// A column: the x extent of its content.
struct Column {
  double x0 = 0, x1 = 0;
};

// Columns from the white space of the amount lines: every x range that no chunk covers
// separates two columns.
std::vector<Column> body_columns(const std::vector<const Chunk*>& chunks) {
  std::vector<Column> spans;
  for (const Chunk* c : chunks) spans.push_back({c->x0, c->x1});
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

// Header chunks lying wholly in a gap between body columns (or beyond the outer ones) stand for
// columns that have no amounts on this page: they become columns of their own.
void add_header_columns(std::vector<Column>& columns, const std::vector<const Chunk*>& chunks) {
  std::vector<Column> extra;
  for (const Chunk* c : chunks) {
    const bool free = std::none_of(columns.begin(), columns.end(), [&](const Column& col) {
      return c->x1 > col.x0 + 0.5 && c->x0 < col.x1 - 0.5;
    });
    if (free && !c->rule) extra.push_back({c->x0, c->x1});
  }
  std::sort(extra.begin(), extra.end(), [](auto& a, auto& b) { return a.x0 < b.x0; });
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
                     [&](const Column& col) { return m.x1 > col.x0 + 0.5 && m.x0 < col.x1 - 0.5; }))
      columns.push_back(m);
  std::sort(columns.begin(), columns.end(), [](auto& a, auto& b) { return a.x0 < b.x0; });
}

// The column a chunk goes to: the leftmost one whose content it overlaps (a header or a name
// spanning several columns belongs to the first of them), else the one around its centre.
int column_of(const Chunk& c, const std::vector<Column>& columns, const std::vector<double>& xs) {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (std::min(c.x1, columns[i].x1) - std::max(c.x0, columns[i].x0) > 0.5)
      return static_cast<int>(i);
  const double centre = (c.x0 + c.x1) / 2;
  auto it = std::upper_bound(xs.begin() + 1, xs.end() - 1, centre);
  return static_cast<int>(it - xs.begin()) - 1;
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

// The columns of the last table on the previous page. A table carried over to a new page
// repeats no header, so a column left empty on that page leaves no trace in the white space;
// its rows then take the columns of the table they continue. lay_out_page sees one page at a
// time, hence this per-thread memory of one page (forgotten at page 1 and on any other jump).
struct CarriedColumns {
  int page = 0;
  std::vector<Column> columns;
};
thread_local CarriedColumns carried;

// The carried-over columns when the body columns of a headless table each fall in exactly one of
// them, in order, and leave some of them empty.
std::optional<std::vector<Column>> continued_columns(const std::vector<Column>& body, int page) {
  if (carried.page != page - 1 || carried.columns.size() <= body.size()) return std::nullopt;
  std::vector<Column> merged = carried.columns;
  std::size_t next = 0;
  for (const auto& b : body) {
    std::size_t hit = merged.size(), hits = 0;
    for (std::size_t k = 0; k < merged.size(); ++k)
      if (std::min(b.x1, merged[k].x1) - std::max(b.x0, merged[k].x0) > 0.5) hit = hits++ ? hit : k;
    if (hits != 1 || hit < next) return std::nullopt;
    merged[hit].x0 = std::min(merged[hit].x0, b.x0),
    merged[hit].x1 = std::max(merged[hit].x1, b.x1);
    next = hit + 1;
  }
  return merged;
}

std::string cell_text(std::vector<Word> words) {
  std::string text;
  for (auto& row : group_rows(std::move(words))) {
    if (!text.empty()) text += ' ';
    text += join_words(row.words);
  }
  return text;
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

// Builds the table of one run, or nothing when its lines do not share columns.
// `columns_out` receives the columns of the table built.
std::optional<UnruledTable> build_table(const std::vector<Line>& lines, const Run& run, int page,
                                        std::vector<Column>& columns_out) {
  std::vector<const Chunk*> body, others;
  int tabular = 0, numeric = 0, rich = 0;
  for (std::size_t i = run.first; i < run.last; ++i) {
    tabular += lines[i].tabular();
    numeric += lines[i].numeric();
    rich += lines[i].amounts() >= 2;
    for (const auto& c : lines[i].chunks) (lines[i].numeric() ? body : others).push_back(&c);
  }
  // Three lines in columns, or the last two rows of a table carried over to a new page (then
  // each holds two amounts at least, which a sentence with a figure does not).
  // A table without amounts ("本表无数据") needs three lines in three columns.
  if (tabular < 3 && (numeric < 2 || rich < numeric)) return std::nullopt;
  auto columns = body_columns(body.empty() ? others : body);
  if (columns.size() < 2) return std::nullopt;
  if (numeric > 0 && !shared_amount_column(lines, run, columns)) return std::nullopt;
  if (numeric == 0 && columns.size() < 3) return std::nullopt;
  add_header_columns(columns, others);
  if (lines[run.first].numeric())
    if (auto continued = continued_columns(columns, page)) columns = std::move(*continued);

  UnruledTable table;
  table.first = run.first, table.last = run.last;
  table.xs.push_back(std::min(columns.front().x0, lines[run.first].row->box.x0));
  for (std::size_t i = 1; i < columns.size(); ++i)
    table.xs.push_back((columns[i - 1].x1 + columns[i].x0) / 2);
  table.xs.push_back(columns.back().x1);
  for (std::size_t i = run.first; i < run.last; ++i)
    table.xs.back() = std::max(table.xs.back(), lines[i].row->box.x1);

  columns_out = columns;
  const int cols = static_cast<int>(columns.size());
  for (const auto& members : printed_rows(lines, run)) {
    std::vector<std::vector<Word>> cells(cols);
    Box box{table.xs.front(), 1e9, table.xs.back(), -1e9};
    for (std::size_t m : members) {
      box.y0 = std::min(box.y0, lines[m].top()), box.y1 = std::max(box.y1, lines[m].bottom());
      for (const auto& c : lines[m].chunks) {
        auto& cell = cells[column_of(c, columns, table.xs)];
        cell.insert(cell.end(), c.words.begin(), c.words.end());
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

}  // namespace

std::vector<UnruledTable> find_unruled_tables(const std::vector<TextRow>& rows, int page) {
  if (carried.page != page - 1) carried = {};
  CarriedColumns seen{page, {}};
  std::vector<Line> lines;
  for (const auto& r : rows) lines.push_back(line_of(r));
  std::vector<UnruledTable> tables;
  for (std::size_t i = 0; i < lines.size();) {
    if (!lines[i].tabular()) {
      ++i;
      continue;
    }
    Run run = grow_run(lines, i);
    if (!tables.empty()) run.first = std::max(run.first, tables.back().last);
    if (auto table = build_table(lines, run, page, seen.columns)) {
      tables.push_back(std::move(*table));
      i = run.last;
    } else {
      ++i;
    }
  }
  carried = std::move(seen);
  return tables;
}

}  // namespace gongkai::extract
