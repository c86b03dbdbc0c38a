// The workbook of one document, through libxlsxwriter.
//
// Money: xlsx stores every number as a binary double. The exact decimal (core/decimal.h) is
// converted only here, as the last step, to the nearest double of its printed text, and shown
// with exactly its printed decimal places (number format 0.00 for 4603.53). The printed text is
// the exact source: a value of more than 15 significant digits, which a double (and Excel's
// display) cannot hold exactly, is written as that text instead of a number.
#include "emit/xlsx.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "core/page_ranges.h"
#include "emit/atomic_file.h"
#include "emit/emit.h"
#include "emit/table_names.h"

namespace gongkai::emit {
namespace fs = std::filesystem;
namespace {

// Excel and double both hold 15 significant digits exactly.
constexpr int kExactDigits = 15;

int significant_digits(Decimal d) {
  auto units = static_cast<unsigned long long>(d.units());
  if (d.units() < 0) units = 0 - units;  // |INT64_MIN| fits in unsigned
  while (units != 0 && units % 10 == 0) units /= 10;
  int digits = 0;
  for (; units != 0; units /= 10) ++digits;
  return digits;
}

// The double nearest to the printed decimal (from_chars rounds correctly, whatever the locale).
double to_double(Decimal d) {
  std::string text = d.to_string();
  double value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

struct WorkbookDeleter {
  void operator()(lxw_workbook* wb) const { lxw_workbook_free(wb); }
};

class Writer {
 public:
  Writer(const Document& doc, fs::path path) : doc_(doc), path_(std::move(path)) {
    workbook_.reset(workbook_new(path_.c_str()));
    if (!workbook_) fail("cannot create the workbook");
    bold_ = workbook_add_format(workbook_.get());
    format_set_bold(bold_);
    header_ = workbook_add_format(workbook_.get());
    format_set_bold(header_);
    format_set_text_wrap(header_);
    format_set_bottom(header_, LXW_BORDER_THIN);
    text_ = workbook_add_format(workbook_.get());
    format_set_num_format(text_, "@");  // codes stay text when a user edits and retypes them
  }

  void write() {
    properties();
    for (std::size_t i = 0; i < doc_.tables.size(); ++i) table_sheet(doc_.tables[i], i);
    checks_sheet();
    lxw_error e = workbook_close(workbook_.release());  // frees the workbook, whatever happens
    if (e != LXW_NO_ERROR) fail(lxw_strerror(e));
  }

 private:
  [[noreturn]] void fail(std::string_view why) const {
    throw std::runtime_error(path_.string() + ": cannot write: " + std::string(why));
  }
  void ok(lxw_error e) const {
    if (e != LXW_NO_ERROR) fail(lxw_strerror(e));
  }

  void properties() {
    lxw_doc_properties props{};
    props.title = const_cast<char*>(doc_.document.title.c_str());
    props.subject = const_cast<char*>(doc_.document.department.c_str());
    props.comments = const_cast<char*>(doc_.source.file_name.c_str());
    props.created = 1;  // a fixed date (0 would be now): the same document gives the same bytes
    ok(workbook_set_properties(workbook_.get(), &props));
  }

  // "0.00" for an amount printed with two decimals; one format per scale.
  lxw_format* number_format(int scale) {
    auto [it, fresh] = numbers_.try_emplace(scale, nullptr);
    if (fresh) {
      it->second = workbook_add_format(workbook_.get());
      std::string pattern =
          scale > 0 ? "0." + std::string(static_cast<std::size_t>(scale), '0') : "0";
      format_set_num_format(it->second, pattern.c_str());
    }
    return it->second;
  }

  void string(lxw_worksheet* ws, int row, int col, const std::string& text,
              lxw_format* format = nullptr) {
    if (text.empty()) return;  // an empty cell stays empty
    ok(worksheet_write_string(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                              text.c_str(), format));
  }

  void amount(lxw_worksheet* ws, int row, int col, Decimal d) {
    if (significant_digits(d) > kExactDigits)
      string(ws, row, col, d.to_string());
    else
      ok(worksheet_write_number(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                                to_double(d), number_format(d.scale())));
  }

  void value(lxw_worksheet* ws, int row, int col, const Value& v, ColumnRole role) {
    if (v.is_null()) return;
    // Only an amount column holds numbers: a code (2010301) or a 行次 stays text wherever it is.
    if (v.is_amount() && role == ColumnRole::Amount)
      amount(ws, row, col, v.amount);
    else
      string(ws, row, col, v.text,
             role == ColumnRole::Code || role == ColumnRole::Unit ? text_ : nullptr);
  }

  void table_sheet(const Table& t, std::size_t index) {
    std::string name = table_sheet_name(t, index);
    names_.push_back(name);
    lxw_worksheet* ws = workbook_add_worksheet(workbook_.get(), name.c_str());
    if (!ws) fail("cannot add the sheet " + name);
    string(ws, kXlsxTitleRow, 0, numbered_title(t), bold_);
    const std::pair<const char*, std::string> info[] = {
        {"部门", t.department},
        {"单位", t.unit},
        {"页", page_ranges(t.pages, ", ")},
        {"种类", std::string(gongkai::name(t.kind))}};
    int col = 0;
    for (const auto& [label, text] : info) {
      string(ws, kXlsxInfoRow, col++, label, bold_);
      string(ws, kXlsxInfoRow, col++, text);
    }
    if (t.empty) string(ws, kXlsxInfoRow + 1, 0, "本表无数据 (the document states it has no data)");
    bool by_unit = !t.unit_blocks.empty();
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      string(ws, kXlsxHeaderRow, static_cast<int>(c), t.columns[c], header_);
      double width = t.roles[c] == ColumnRole::Amount  ? 14
                     : t.roles[c] == ColumnRole::Label ? 30
                                                       : 12;
      ok(worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width,
                              nullptr));
    }
    int unit_col = static_cast<int>(t.columns.size());
    if (by_unit) string(ws, kXlsxHeaderRow, unit_col, "预算单位", header_);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      int row = kXlsxHeaderRow + 1 + static_cast<int>(r);
      for (std::size_t c = 0; c < t.rows[r].size() && c < t.roles.size(); ++c)
        value(ws, row, static_cast<int>(c), t.rows[r][c], t.roles[c]);
      if (const UnitBlock* b = by_unit ? block_of(t, r) : nullptr)
        string(ws, row, unit_col, b->name);
    }
    worksheet_freeze_panes(ws, kXlsxHeaderRow + 1, 0);
  }

  // 'NN title'!C7: where a check's cell stands in the workbook (apostrophes doubled, as Excel
  // quotes sheet names).
  std::string cell_reference(const TableCell& cell) const {
    std::string sheet;
    for (char c : names_[cell.table]) sheet += c == '\'' ? std::string("''") : std::string(1, c);
    char name[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(name, static_cast<lxw_row_t>(kXlsxHeaderRow + 1 + cell.row),
                       static_cast<lxw_col_t>(cell.column));
    return "'" + sheet + "'!" + name;
  }

  void checks_sheet() {
    lxw_worksheet* ws = workbook_add_worksheet(workbook_.get(), "checks");
    if (!ws) fail("cannot add the sheet checks");
    const char* headers[] = {"identity",   "tables",  "location", "expected", "found",
                             "difference", "verdict", "note",     "cells"};
    const double widths[] = {30, 30, 40, 14, 14, 14, 12, 50, 30};
    for (int c = 0; c < 9; ++c) {
      string(ws, 0, c, headers[c], header_);
      ok(worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c],
                              nullptr));
    }
    int row = 1;
    for (const Check& check : doc_.checks) {
      if (!is_failure(check.verdict)) continue;
      std::string tables, cells;
      for (const auto& t : check.tables) tables += (tables.empty() ? "" : "; ") + t;
      for (const auto& c : check.cells)
        if (c.table < names_.size()) cells += (cells.empty() ? "" : ", ") + cell_reference(c);
      string(ws, row, 0, check.identity);
      string(ws, row, 1, tables);
      location(ws, row, check);
      const std::optional<Decimal>* figures[] = {&check.expected, &check.found, &check.difference};
      for (int i = 0; i < 3; ++i)
        if (*figures[i]) amount(ws, row, 3 + i, **figures[i]);
      string(ws, row, 6, std::string(verdict_name(check.verdict)));
      string(ws, row, 7, check.note);
      string(ws, row, 8, cells);
      ++row;
    }
    worksheet_freeze_panes(ws, 1, 0);
  }

  // The location, a link to the first cell the check names (the total) when it names one.
  void location(lxw_worksheet* ws, int row, const Check& check) {
    auto first = std::find_if(check.cells.begin(), check.cells.end(),
                              [&](const TableCell& c) { return c.table < names_.size(); });
    if (first == check.cells.end() || check.location.empty()) {
      string(ws, row, 2, check.location);
      return;
    }
    std::string url = "internal:" + cell_reference(*first);
    ok(worksheet_write_url_opt(ws, static_cast<lxw_row_t>(row), 2, url.c_str(), nullptr,
                               check.location.c_str(), nullptr));
  }

  const Document& doc_;
  fs::path path_;
  std::unique_ptr<lxw_workbook, WorkbookDeleter> workbook_;
  lxw_format *bold_ = nullptr, *header_ = nullptr, *text_ = nullptr;
  std::map<int, lxw_format*> numbers_;
  std::vector<std::string> names_;  // the sheet of each table
};

// Removes the temporary unless the workbook was renamed over the target.
struct TemporaryGuard {
  fs::path path;
  ~TemporaryGuard() {
    std::error_code ec;
    if (!path.empty()) fs::remove(path, ec);
  }
};

}  // namespace

void write_xlsx(const Document& doc, const fs::path& target) {
  // libxlsxwriter writes to a file name, not a stream: it writes a temporary beside the target
  // (AtomicFile's naming, so a later run cleans up after a killed one), renamed when whole.
  TemporaryGuard temp{temporary_path(target)};
  {
    // libxlsxwriter does not promise to be thread-safe (it keeps some state in globals and
    // tmpfiles); a workbook is a few milliseconds, so one is written at a time.
    static std::mutex one_at_a_time;
    std::lock_guard lock(one_at_a_time);
    Writer(doc, temp.path).write();
  }
  std::error_code ec;
  fs::rename(temp.path, target, ec);
  if (ec) throw std::runtime_error(target.string() + ": cannot write: " + ec.message());
  temp.path.clear();
}

}  // namespace gongkai::emit
