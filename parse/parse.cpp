// Walks the document's lines once, in reading order: text lines are titles, numbers, metadata,
// notes or narrative; grid lines are rows of the table that is open. A table stays open across
// page markers and continuation pages (a new grid with no title of its own), whose repeated
// header rows are dropped.
#include "parse/parse.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "normalize/normalize.h"
#include "normalize/vocabulary.h"
#include "parse/classify.h"
#include "parse/code_doubts.h"
#include "parse/column_align.h"
#include "parse/document_info.h"
#include "parse/document_nature.h"
#include "parse/patterns.h"
#include "parse/table_builder.h"
#include "parse/unit_blocks.h"
#include "parse/unit_inference.h"

namespace gongkai::parse {
namespace {

std::string joined_text(const SourceLine& line) {
  std::string out;
  for (const auto& c : line.cells) {
    if (c.text.empty()) continue;
    if (!out.empty()) out += ' ';
    out += c.text;
  }
  return normalize::clean_text(out);
}

std::vector<std::string> cleaned_cells(const SourceLine& line) {
  std::vector<std::string> cells;
  cells.reserve(line.cells.size());
  for (const auto& c : line.cells) cells.push_back(normalize::clean_text(c.text));
  return cells;
}

std::string without_spaces(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != ' ') out += c;
  return out;
}

bool all_empty(const std::vector<std::string>& cells) {
  return std::all_of(cells.begin(), cells.end(), [](const auto& c) { return c.empty(); });
}

class DocumentWalker {
 public:
  explicit DocumentWalker(const SourceDocument& source) : source_(source) {}

  Document run() {
    // Each line's cleaned text, once: the contents pass, the walk and its look-ahead all read it.
    texts_.reserve(source_.lines.size());
    for (const auto& line : source_.lines) texts_.push_back(joined_text(line));
    collect_toc();
    for (std::size_t i = 0; i < source_.lines.size(); ++i) {
      next_index_ = i + 1;
      const auto& line = source_.lines[i];
      if (line.region < 0)
        on_text(line, texts_[i]);
      else
        on_grid(line, texts_[i]);
    }
    close_table();
    for (auto& pending : closed_) doc_.tables.push_back(build_table(std::move(pending)));
    doc_.printed.reserve(texts_.size());
    for (std::size_t i = 0; i < texts_.size(); ++i)
      doc_.printed.push_back({source_.lines[i].page, texts_[i], source_.lines[i].region >= 0});
    doc_.source = source_.info;
    doc_.diagnostics.insert(doc_.diagnostics.begin(), source_.diagnostics.begin(),
                            source_.diagnostics.end());
    for (const auto& t : doc_.tables)
      if (auto doubt = table_doubts(t)) doc_.diagnostics.push_back(std::move(*doubt));
    infer_document_info(doc_, cover_department_);
    for (auto& t : doc_.tables) find_unit_blocks(t, t.department);
    infer_missing_units(doc_);
    for (const auto& t : doc_.tables)
      if (auto unread = unread_codes(t)) doc_.diagnostics.push_back(std::move(*unread));
    note_missing_tables(doc_);
    return std::move(doc_);
  }

 private:
  // The table of contents maps titles to numbers for tables printed without theirs (表五 …).
  void collect_toc() {
    for (const auto& text : texts_) {
      if (!is_toc_line(text)) continue;
      auto cut = std::min({text.find(".."), text.find("…"), text.find("··")});
      if (auto m = match_title(text.substr(0, cut)); m && !m->number.empty())
        toc_numbers_.emplace(m->title, m->number);
    }
  }

  void on_text(const SourceLine& line, std::string text) {
    bool title_just_before = std::exchange(title_just_before_, false);
    bool narrative_just_before = std::exchange(narrative_just_before_, false);
    if (text.empty() || is_toc_line(text)) return;
    if (is_page_marker(text)) return;
    if (is_table_number(text)) {
      // A number printed under its title ("收支预算总表" / "公开表一") belongs to that title.
      if (open_ && open_->rows.empty() && open_->number.empty() && title_just_before &&
          !next_text_is_title()) {
        open_->number = text;
        return;
      }
      close_table();
      pending_number_ = text;
      return;
    }
    // A title wrapped over two lines: "公开09表:一般公共预算“三公”经费、会议费、培训费" /
    // "支出预算表", "…培训费支出预" / "算表". The head, read as narrative a line ago, is taken
    // back.
    std::optional<TitleMatch> title;
    if (narrative_just_before) title = wrapped_title(text);
    if (title) {
      doc_.narrative.pop_back();
      doc_.narrative_pages.pop_back();
      pending_number_ = std::move(number_before_head_);
    } else {
      title = match_title(text);
    }
    if (title) {
      open_table(*title, line.page);
      if (auto unit = normalize::unit_in(text)) open_->unit = *unit;
      title_just_before_ = true;
      return;
    }
    if (take_metadata(text)) return;
    // A qualifier under the title completes it ("…支出明细表" / "(按支出经济分类科目)"); under
    // the title repeated on a continuation page it is already known.
    if (open_ && is_title_qualifier(text)) {
      if (open_->rows.empty() && title_just_before && open_->qualifier.empty()) {
        open_->qualifier = text;
        title_just_before_ = true;
        return;
      }
      if (at_continued_heading(line.page)) return;
    }
    if (open_ && is_subtitle(text)) {
      on_subtitle(line.page);
      return;
    }
    if (open_ && is_empty_note(text)) {
      open_->empty_note = true;
      return;
    }
    // Narrative ends a table that has rows; before its rows it is a subtitle ("(2024)年度").
    if (open_ && !open_->rows.empty()) close_table();
    if (!document_title_seen_ && is_document_title(text)) {
      document_title_seen_ = true;
      doc_.document.title = text;
      if (looks_like_organization(previous_text_)) cover_department_ = previous_text_;
    }
    previous_text_ = text;
    doc_.narrative.push_back(std::move(text));
    doc_.narrative_pages.push_back(line.page);
    if (!document_title_seen_) read_cover_in_lines();
    narrative_just_before_ = true;
    number_before_head_ = std::exchange(pending_number_, {});
  }

  // "(2026年度)" under a title, or alone heading a continuation page: it dates the table and
  // never names one. Alone, it ends the rows of the page before: the grid that follows continues
  // that table only if its columns agree (open_untitled).
  void on_subtitle(int page) {
    if (open_->rows.empty() || at_continued_heading(page)) return;
    close_table();
    subtitle_page_ = page;
  }

  // Between a table's title repeated on a later page and that page's first row.
  bool at_continued_heading(int page) const {
    return open_ && continued_on_page_ == page && open_->rows.size() == rows_when_continued_;
  }

  // A cover that prints its title over three short lines, in any order: the year ("2026 年度"),
  // the organisation ("福州市民政局(本级)") and the kind of document ("单位预算").
  void read_cover_in_lines() {
    const auto& lines = doc_.narrative;
    if (lines.size() < 3) return;
    std::string year, organisation, kind;
    for (std::size_t i = lines.size() - 3; i < lines.size(); ++i) {
      if (is_subtitle(lines[i]))
        year = lines[i];
      else if (looks_like_organization(lines[i]))
        organisation = lines[i];
      else if (is_document_kind_line(lines[i]))
        kind = lines[i];
    }
    if (year.empty() || organisation.empty() || kind.empty()) return;
    document_title_seen_ = true;
    doc_.document.title = year + organisation + kind;
    cover_department_ = organisation;
  }

  // The title made of the last narrative line and `tail`, when the head is long (a title that
  // needed two lines), not a sentence, and the tail short.
  std::optional<TitleMatch> wrapped_title(const std::string& tail) const {
    const std::string& head = doc_.narrative.back();
    bool open_ended = ends_mid_title(head);
    std::string_view body(head);
    for (std::string_view comma : {"，", ","})
      if (open_ended && body.ends_with(comma)) body.remove_suffix(comma.size());
    // An open-ended head takes a tail as long as a title line ("会议费、培训费支出预算表(…)").
    if (tail.size() > (open_ended ? 90u : 30u) || head.size() < 24 ||
        body.find("。") != std::string_view::npos || body.find("，") != std::string_view::npos)
      return std::nullopt;
    auto whole = match_title(head + tail);
    auto alone = match_title(tail);
    if (open_ended) {
      // Never the table's 单位 line, its year, or the next table's title (numbered or dated).
      if (is_subtitle(tail) || department_in(tail) || normalize::unit_in(tail) ||
          (alone && (!alone->number.empty() || starts_with_year(tail))))
        return std::nullopt;
      return whole;
    }
    // A tail that is a title of its own is one, unless it names no kind ("预算表(不含上年结转)")
    // and the two lines together do.
    if (whole && alone && whole->number.empty() &&
        (classify_title(alone->title) != TableKind::Unknown ||
         classify_title(whole->title) == TableKind::Unknown))
      return std::nullopt;
    return whole;
  }

  // A head that stops on a conjunction, a list comma or an open bracket cannot end a title
  // ("…“三公”经费及" / "会议费、培训费支出预算表"): the next line completes it, even when that line
  // alone reads as a title naming only the head's last item.
  static bool ends_mid_title(std::string_view text) {
    for (std::string_view end : {"及", "和", "与", "、", "，", ",", "（", "("})
      if (text.ends_with(end)) return true;
    return false;
  }

  static bool starts_with_year(std::string_view text) {
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    return digits == 4 && text.substr(digits).starts_with("年");
  }

  bool next_text_is_title() const {
    for (std::size_t i = next_index_; i < source_.lines.size(); ++i) {
      if (source_.lines[i].region >= 0) return false;
      const std::string& text = texts_[i];
      if (text.empty() || is_page_marker(text)) continue;
      return match_title(text).has_value();
    }
    return false;
  }

  // 部门名称:X / 单位:万元, on their own line or together. Returns true when the line is only that.
  bool take_metadata(const std::string& text) {
    auto department = department_in(text);
    auto unit = normalize::unit_in(text);
    if (!department && !unit) return false;
    // A sentence that merely mentions a unit is narrative, not metadata.
    if (!department && text.size() > 40) return false;
    // On the page where a table goes on (its title repeated), the lines restate its metadata.
    if (open_ && !open_->rows.empty() && at_continued_heading(open_->pages.back())) {
      if (department && open_->department.empty()) open_->department = *department;
      if (unit && open_->unit.empty()) open_->unit = *unit;
      return true;
    }
    auto& target = open_ && open_->rows.empty() ? *open_ : next_meta_;
    if (department) target.department = *department;
    if (unit) target.unit = *unit;
    return true;
  }

  void on_grid(const SourceLine& line, const std::string& text) {
    title_just_before_ = false;
    narrative_just_before_ = false;
    if (line.region == skipped_region_ && line.page == skipped_page_) return;
    auto cells = cleaned_cells(line);
    if (all_empty(cells)) return;
    if (is_toc_line(text)) return;
    // A table of contents ruled as a grid ("目 录" over its entries) is not a table.
    if (text == "目录" && (!open_ || open_->rows.empty())) {
      skipped_region_ = line.region;
      skipped_page_ = line.page;
      return;
    }
    // A spreadsheet export rules its title and 单位 lines into the grid: a row of one or two
    // filled cells that reads as a title opens a table, even below another table's rows; one
    // that reads as metadata belongs to a table whose rows have not started.
    auto filled =
        std::count_if(cells.begin(), cells.end(), [](const auto& c) { return !c.empty(); });
    if (filled <= 2) {
      if (auto title = match_title(text); title && !normalize::names_a_total(text)) {
        open_table(*title, line.page);
        if (auto unit = normalize::unit_in(text)) open_->unit = *unit;
        title_just_before_ = true;
        return;
      }
      if ((!open_ || open_->rows.empty()) && take_metadata(text)) return;
      if (filled == 1 && is_table_number(text)) {
        close_table();
        pending_number_ = text;
        return;
      }
    }
    if (open_ && open_->rows.empty() == false && is_empty_note(cells.front()) &&
        std::count_if(cells.begin(), cells.end(), [](const auto& c) { return !c.empty(); }) == 1) {
      open_->empty_note = true;
      return;
    }
    // A title whose rows never came (a contents list without dot leaders) does not claim a grid
    // two pages on.
    if (open_ && open_->rows.empty() && line.page > open_->pages.front() + 1) {
      open_.reset();
      current_region_ = -1;
    }
    if (!open_) open_untitled(line.page, cells);
    // A grid of another width continuing the table (a merged 合计 row alone on a page, a page
    // ruled otherwise) goes under the table's columns where its cells' positions say so
    // unambiguously; otherwise it is kept apart. Forms (绩效目标表) stack grids of several widths
    // by design: their cells are label/value pairs, not columns.
    bool aligned = false;
    if (!open_->rows.empty() && open_->rows.back().size() != cells.size() &&
        !is_form(open_->title)) {
      if (auto re_placed = align_to_columns(line, cells, open_->column_extents)) {
        cells = std::move(*re_placed);
        aligned = true;
      } else {
        split_continuation(line.page, cells.size());
      }
    }
    if (line.region != current_region_) {
      current_region_ = line.region;
      in_leading_rows_ = true;
      header_words_ = header_words(*open_);
    }
    // A continuation page repeats the header, perhaps split or wrapped otherwise than on the
    // first page: leading rows made only of the table's own header words are dropped.
    if (in_leading_rows_ && !header_words_.empty() && repeats_header(cells)) return;
    // A cell cut by the page break ("八、社会保障和就" / "业支出"): its tail joins the row above.
    if (in_leading_rows_ && !open_->rows.empty() && line.page > open_->pages.back() &&
        is_wrapped_tail(cells, open_->rows.back())) {
      auto& above = open_->rows.back();
      for (std::size_t c = 0; c < cells.size(); ++c) above[c] += cells[c];
      open_->pages.push_back(line.page);
      return;
    }
    in_leading_rows_ = false;
    if (line.cells.size() == cells.size())
      if (auto extents = column_extents(line)) open_->column_extents = std::move(*extents);
    open_->places.push_back(place_of(line, cells, open_->column_extents, aligned));
    open_->rows.push_back(std::move(cells));
    open_->pages.push_back(line.page);
  }

  // A grid of another width under the same table (a continuation page laid out otherwise) cannot
  // be put under its columns without guessing: it becomes a part of its own, under the same
  // title, and a diagnostic says so.
  void split_continuation(int page, std::size_t width) {
    const PendingTable& whole = open_ ? *open_ : closed_.back();
    Diagnostic note;
    note.page = page;
    note.message = "table '" + whole.title + "' continues with " + std::to_string(width) +
                   " columns instead of " + std::to_string(whole.rows.back().size()) +
                   ": emitted as a separate table part";
    doc_.diagnostics.push_back(std::move(note));
    open_part(page);
  }

  // A new table under the title, number and metadata of the open table (or the last closed one).
  void open_part(int page) {
    close_table();
    const PendingTable& whole = closed_.back();
    PendingTable part;
    part.title = whole.title;
    part.number = whole.number;
    part.department = whole.department;
    part.unit = whole.unit;
    part.pages.push_back(page);
    open_.emplace(std::move(part));
    next_meta_ = {};
    pending_number_.clear();
    current_region_ = -1;
  }

  static bool is_form(const std::string& title) {
    return is_performance_targets(classify_title(title));
  }

  // The texts of the header rows of a table that already has data rows (empty otherwise).
  static std::set<std::string> header_words(const PendingTable& table) {
    std::size_t header_rows = header_row_count(table.rows);
    std::set<std::string> words;
    if (header_rows == 0 || header_rows >= table.rows.size()) return words;
    for (std::size_t r = 0; r < header_rows; ++r)
      for (const auto& c : table.rows[r])
        if (!c.empty()) words.insert(c);
    return words;
  }

  // A row made of `table`'s header words, however the page cut them into cells: at least three
  // filled cells, and two in three of them, found in the header's text.
  static bool repeats_header_of(const PendingTable& table, const std::vector<std::string>& cells) {
    std::size_t header_rows = header_row_count(table.rows);
    if (header_rows == 0 || header_rows >= table.rows.size()) return false;
    std::string header;
    for (std::size_t r = 0; r < header_rows; ++r)
      for (const auto& c : table.rows[r]) header += without_spaces(c);
    std::size_t filled = 0, found = 0;
    for (const auto& c : cells) {
      if (c.empty()) continue;
      ++filled;
      found += header.find(without_spaces(c)) != std::string::npos;
    }
    return found >= 3 && 3 * found >= 2 * filled;
  }

  bool repeats_header(const std::vector<std::string>& cells) const {
    if (is_column_number_row(cells)) return true;
    return std::all_of(cells.begin(), cells.end(), [this](const std::string& c) {
      return c.empty() || header_words_.contains(c);
    });
  }

  void open_table(const TitleMatch& title, int page) {
    // The title repeated on a later page continues the same table (a form repeated on the same
    // page, as 绩效目标申报表 are, is a new table).
    bool form = is_form(title.title);
    if (open_ && !open_->rows.empty() && open_->title == title.title && !form &&
        page > open_->pages.back() &&
        (title.number.empty() ? pending_number_.empty() || pending_number_ == open_->number
                              : title.number == open_->number)) {
      open_->pages.push_back(page);
      continued_on_page_ = page;
      rows_when_continued_ = open_->rows.size();
      current_region_ = -1;
      return;
    }
    close_table();
    // The same title (and number) again on a later page, after text that closed the table (a
    // page header), continues that table; 表14-2 after 表14-1 under one title does not.
    const std::string& number = !title.number.empty() ? title.number : pending_number_;
    if (!closed_.empty() && closed_.back().title == title.title && !form &&
        page > closed_.back().pages.back() && (number.empty() || number == closed_.back().number)) {
      reopen_last(page);
      return;
    }
    open_.emplace(std::move(next_meta_));
    next_meta_ = {};
    continued_on_page_ = 0;
    open_->title = title.title;
    open_->number = !title.number.empty() ? title.number : pending_number_;
    if (open_->number.empty())
      if (auto it = toc_numbers_.find(title.title); it != toc_numbers_.end())
        open_->number = it->second;
    open_->pages.push_back(page);
    pending_number_.clear();
    current_region_ = -1;
  }

  // Rows with no title before them continue the table of the previous page when they have its
  // width (a continuation page that repeats neither title nor header); otherwise they are a
  // generic table named by the short line above, if any.
  void open_untitled(int page, const std::vector<std::string>& cells) {
    const std::size_t width = cells.size();
    if (!closed_.empty()) {
      const auto& last = closed_.back();
      bool goes_on = !last.rows.empty() && page == last.pages.back() + 1 &&
                     (pending_number_.empty() || pending_number_ == last.number);
      if (goes_on && last.rows.back().size() == width) {
        reopen_last(page);
        return;
      }
      // A form (绩效目标表) goes on over the page in a grid of another layout: a part of its
      // own, under the form's title (its label/value columns are not the form's columns).
      if (goes_on && is_form(last.title)) {
        open_part(page);
        return;
      }
      // The page repeats the table's header in another number of columns (a page read
      // otherwise): the same table, but its rows cannot go under its columns. A part of its own,
      // under its title, and a diagnostic.
      if (goes_on && repeats_header_of(last, cells)) {
        split_continuation(page, width);
        return;
      }
    }
    TitleMatch title;
    if (subtitle_page_ != page) title.title = caption();
    open_table(title, page);
  }

  // The words that name a table printed without a title: the short line above it, not a
  // sentence; or, below a sentence that leads into it ("…的单位包括:", "…情况如下:"), the
  // heading of its section ("三、预算单位构成").
  std::string caption() const {
    const auto& narrative = doc_.narrative;
    if (narrative.empty()) return {};
    const std::string& last = narrative.back();
    if (last.size() <= 90 && last.find_first_of("。;:,") == std::string::npos &&
        last.find("，") == std::string::npos)
      return last;
    if (!last.ends_with(":")) return {};
    constexpr std::size_t kLeadInLines = 8;  // a paragraph that leads into the table
    for (std::size_t back = 1; back <= kLeadInLines && back < narrative.size(); ++back)
      if (auto heading = section_heading(narrative[narrative.size() - 1 - back])) return *heading;
    return {};
  }

  void reopen_last(int page) {
    open_.emplace(std::move(closed_.back()));
    closed_.pop_back();
    open_->pages.push_back(page);
    continued_on_page_ = page;
    rows_when_continued_ = open_->rows.size();
    next_meta_ = {};
    pending_number_.clear();
    current_region_ = -1;
  }

  // Tables are built only at the end: until then a closed table can still be continued.
  void close_table() {
    if (!open_) return;
    if (!open_->rows.empty()) {
      if (open_->department.empty())
        open_->department = last_department_;
      else
        last_department_ = open_->department;
      closed_.push_back(std::move(*open_));
    }
    open_.reset();
    current_region_ = -1;
  }

  const SourceDocument& source_;
  std::vector<std::string> texts_;  // joined_text of each line of source_
  Document doc_;
  std::optional<PendingTable> open_;
  std::vector<PendingTable> closed_;
  PendingTable next_meta_;  // metadata seen before its table's title
  std::string pending_number_;
  std::string number_before_head_;  // the number above a line read as narrative: a title's head?
  std::string last_department_;
  std::string cover_department_;
  std::string previous_text_;
  bool document_title_seen_ = false;
  bool title_just_before_ = false;      // the previous line was a table title
  bool narrative_just_before_ = false;  // the previous line went to the narrative
  std::size_t next_index_ = 0;          // of the line after the one being read
  std::map<std::string, std::string> toc_numbers_;
  int current_region_ = -1;
  int continued_on_page_ = 0;            // the page where the open table last went on
  std::size_t rows_when_continued_ = 0;  // its rows then
  int subtitle_page_ = 0;                // a page headed by a subtitle alone
  int skipped_region_ = -1;              // a grid that is not a table (a contents list) …
  int skipped_page_ = 0;                 // … on this page
  bool in_leading_rows_ = false;         // reading the first rows of a new grid region
  std::set<std::string> header_words_;   // of the open table, for repeated headers
};

}  // namespace

Document parse_document(const SourceDocument& source) {
  return DocumentWalker(source).run();
}

}  // namespace gongkai::parse
