// The PDF reader against the truth: the seed PDF must give the seed text's table rows, and real
// PDFs from several producers must give their printed cells.
#define BOOST_TEST_MODULE pdf_extract_test
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/error.h"
#include "extract/extract.h"
#include "tests/support.h"

namespace gx = gongkai::extract;
using gongkai::testing::real_pdf;
using gongkai::testing::sample;
using gongkai::testing::shared_present;
using Row = std::vector<std::string>;

namespace {

std::string squeeze(const std::string& text) {
  std::string out;
  for (char c : text)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') out += c;
  return out;
}

Row squeezed(const gongkai::SourceLine& line) {
  Row row;
  for (const auto& c : line.cells) row.push_back(squeeze(c.text));
  return row;
}

// Grid rows (region >= 0) with whitespace removed from every cell.
std::vector<Row> grid_rows(const gongkai::SourceDocument& doc) {
  std::vector<Row> rows;
  for (const auto& line : doc.lines)
    if (line.region >= 0) rows.push_back(squeezed(line));
  return rows;
}

bool has_row(const std::vector<Row>& rows, const Row& wanted) {
  return std::find(rows.begin(), rows.end(), wanted) != rows.end();
}

// Lines holding `needle` in some cell, in the given document.
std::vector<const gongkai::SourceLine*> lines_with(const gongkai::SourceDocument& doc,
                                                   const std::string& needle) {
  std::vector<const gongkai::SourceLine*> found;
  for (const auto& line : doc.lines)
    for (const auto& c : line.cells)
      if (squeeze(c.text).find(needle) != std::string::npos) {
        found.push_back(&line);
        break;
      }
  return found;
}

const gongkai::SourceDocument& seed_pdf() {
  static const auto doc = gx::read_pdf(sample("sx-wsb-2024-budget-ruled.pdf"));
  return doc;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(seed)

BOOST_AUTO_TEST_CASE(source_info) {
  const auto& doc = seed_pdf();
  BOOST_TEST(doc.info.file_name == "sx-wsb-2024-budget-ruled.pdf");
  BOOST_TEST(doc.info.format == "pdf");
  BOOST_TEST(doc.info.page_count == 37);
  BOOST_TEST(doc.info.sha256.size() == 64u);
  BOOST_TEST(doc.diagnostics.empty());
}

BOOST_AUTO_TEST_CASE(regions_are_rectangular_and_increasing) {
  const auto& doc = seed_pdf();
  std::map<int, std::size_t> width;
  int last_region = -1, last_page = 1;
  for (const auto& line : doc.lines) {
    BOOST_TEST(line.page >= last_page);
    last_page = line.page;
    if (line.region < 0) {
      BOOST_TEST(line.cells.size() == 1u);
      continue;
    }
    BOOST_TEST(line.region >= last_region);
    last_region = line.region;
    auto [it, fresh] = width.emplace(line.region, line.cells.size());
    BOOST_TEST(it->second == line.cells.size());
  }
  BOOST_TEST(width.size() >= 40u);
}

// Every table row of the seed text is a grid row of the PDF, in the same order; only rows that
// the PDF breaks across a page (the text keeps them whole) may be missing.
BOOST_AUTO_TEST_CASE(all_text_rows_in_order) {
  const auto text = grid_rows(gx::read_text(sample("sx-wsb-2024-budget.txt")));
  const auto pdf = grid_rows(seed_pdf());
  std::size_t at = 0, matched = 0;
  for (const auto& row : text) {
    auto end = pdf.begin() + std::min(pdf.size(), at + 12);
    auto hit = std::find(pdf.begin() + at, end, row);
    if (hit == end) continue;
    ++matched;
    at = hit - pdf.begin() + 1;
  }
  BOOST_TEST(text.size() == 595u);
  BOOST_TEST(matched >= text.size() - 6);
}

BOOST_AUTO_TEST_CASE(income_table_rows) {
  const auto rows = grid_rows(seed_pdf());
  BOOST_TEST(has_row(rows, {"项目", "", "本年收入", "", "", "", "", "", "上年结转"}));
  BOOST_TEST(has_row(rows, {"科目编码", "科目名称", "合计", "一般公共预算", "政府性基金",
                            "国有资本经营预算", "财政专户管理资金", "单位资金", ""}));
  BOOST_TEST(has_row(rows, {"合计", "", "5489.12", "4603.53", "", "", "", "885.59", "9.83"}));
  BOOST_TEST(has_row(rows, {"2010350", "事业运行", "875.57", "427.37", "", "", "", "448.19", ""}));
}

BOOST_AUTO_TEST_CASE(summary_table_side_by_side) {
  const auto rows = grid_rows(seed_pdf());
  BOOST_TEST(has_row(rows, {"收入", "", "支出", "", "", ""}));
  BOOST_TEST(has_row(rows, {"收入总计", "5498.95", "支出总计", "5498.95", "5489.12", "9.83"}));
  BOOST_TEST(has_row(rows, {"", "", "二十八、债务付息支出", "", "", ""}));
}

// The 一般公共预算支出表 prints its numbers broken ("4603. 53"): kept as printed, in one cell.
BOOST_AUTO_TEST_CASE(broken_numbers_stay_in_their_cell) {
  auto lines = lines_with(seed_pdf(), "4603.53");
  auto broken = std::find_if(lines.begin(), lines.end(), [](auto* l) {
    return l->region >= 0 && l->cells.size() == 5 && l->cells[2].text == "4603. 53";
  });
  BOOST_REQUIRE(broken != lines.end());
  BOOST_TEST(squeezed(**broken) == (Row{"合计", "", "4603.53", "2725.31", "1878.22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(economic_classification_rows) {
  const auto rows = grid_rows(seed_pdf());
  BOOST_TEST(has_row(
      rows, {"部门预算支出经济科目名称", "政府预算支出经济科目名称", "2024年预算数", "", ""}));
  BOOST_TEST(has_row(rows, {"基本工资", "工资奖金津补贴", "408.65", "408.65", ""}));
  BOOST_TEST(has_row(rows, {"其他社会保障缴费", "社会保障缴费", "17.08", "1.88", "15.20"}));
}

// A project name wrapped inside its ruled cell comes back as one cell, lines joined by spaces.
BOOST_AUTO_TEST_CASE(wrapped_project_name) {
  auto lines = lines_with(seed_pdf(), "山西省人民政府外事办公室对外交流中心");
  BOOST_REQUIRE(!lines.empty());
  const auto& line = *lines.front();
  BOOST_TEST(line.region >= 0);
  BOOST_TEST(line.cells.size() == 7u);
  BOOST_TEST(line.cells[0].text.find(' ') != std::string::npos);
  BOOST_TEST(squeezed(line) ==
                 (Row{"山西省人民政府外事办公室对外交流中心", "12.03", "12.03", "", "", "", ""}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(text_lines_between_tables) {
  const auto& doc = seed_pdf();
  auto title = lines_with(doc, "2024年预算收入总表");
  auto outside = std::find_if(title.begin(), title.end(), [](auto* l) { return l->region < 0; });
  BOOST_REQUIRE(outside != title.end());
  BOOST_TEST((*outside)->page == 4);
  auto unit = lines_with(doc, "单位：万元");
  BOOST_TEST(!unit.empty());
  BOOST_TEST(unit.front()->region == -1);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(real_corpus, *boost::unit_test::precondition(shared_present{}))

// Acrobat Distiller, A3 pages with /Rotate 90: the table comes out upright.
BOOST_AUTO_TEST_CASE(distiller_rotated_a3) {
  const auto doc = gx::read_pdf(real_pdf("js-rd-2019-budget-tables.pdf"));
  const auto rows = grid_rows(doc);
  BOOST_TEST(has_row(rows, {"一、财政拨款", "18,330.37", "一、一般公共服务支出", "13,907.78",
                            "一、基本支出", "9,312.90"}));
  BOOST_TEST(has_row(rows, {"收入合计", "18,330.37", "支出合计", "", "", "18,330.37"}));
  BOOST_TEST(squeeze(doc.lines.front().cells[0].text) == "收支预算总表");
  BOOST_TEST(doc.lines.front().region == -1);
}

// WPS spreadsheet export: every border a thin filled rectangle, codes in three columns.
BOOST_AUTO_TEST_CASE(wps_filled_borders) {
  const auto rows = grid_rows(gx::read_pdf(real_pdf("sh-pt-sfj-2026-dept-budget.pdf")));
  BOOST_TEST(has_row(rows, {"收入总计", "96,282,213.44", "支出总计", "96,282,213.44"}));
  BOOST_TEST(has_row(
      rows, {"204", "06", "01", "行政运行", "16726725.44", "16726725.44", "0.00", "0.00", "0.00"}));
}

// WPS paints the gridlines of unbordered cells white: they are not rulings, so the title above
// the table stays a text line.
BOOST_AUTO_TEST_CASE(wps_white_gridlines) {
  const auto doc = gx::read_pdf(real_pdf("bj-czj-2026-budget-tables.pdf"));
  BOOST_TEST(has_row(grid_rows(doc), {"一、一般公共预算拨款收入", "44,156.640120",
                                      "一、一般公共服务支出", "37,644.195492"}));
  auto title = lines_with(doc, "预算01表收支总表");
  BOOST_REQUIRE(!title.empty());
  BOOST_TEST(title.front()->region == -1);
}

BOOST_AUTO_TEST_CASE(onlyoffice_strokes) {
  const auto rows = grid_rows(gx::read_pdf(real_pdf("sh-pt-czj-2024-final.pdf")));
  BOOST_TEST(has_row(
      rows, {"201", "06", "01", "行政运行", "1,511.90", "1,511.89", "", "", "", "", "0.01"}));
}

BOOST_AUTO_TEST_CASE(excel_export) {
  const auto rows = grid_rows(gx::read_pdf(real_pdf("js-zx-2017-budget-tables.pdf")));
  BOOST_TEST(has_row(rows, {"一、财政拨款", "9,066.79", "一、一般公共服务支出", "6,543.55",
                            "一、基本支出", "5,916.27"}));
}

BOOST_AUTO_TEST_CASE(image_only_pages_are_reported) {
  const auto doc = gx::read_pdf(real_pdf("bj-zsj-2026-budget-narrative-imageonly.pdf"));
  BOOST_TEST(doc.lines.empty());
  BOOST_TEST(doc.diagnostics.size() == 8u);
  BOOST_TEST(doc.diagnostics.front().message == "page 1 has no text (image only?)");
  BOOST_TEST((doc.diagnostics.front().severity == gongkai::Diagnostic::Severity::Info));
}

// Every real PDF reads without an exception, and its regions are rectangular.
BOOST_AUTO_TEST_CASE(whole_corpus_reads) {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(real_pdf(""))) {
    if (entry.path().extension() != ".pdf") continue;
    ++files;
    BOOST_TEST_CONTEXT(entry.path().filename().string()) {
      const auto doc = gx::read_pdf(entry.path());
      std::map<int, std::size_t> width;
      for (const auto& line : doc.lines)
        if (line.region >= 0) {
          auto [it, fresh] = width.emplace(line.region, line.cells.size());
          BOOST_TEST(it->second == line.cells.size());
        }
    }
  }
  BOOST_TEST(files >= 43);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(errors)

BOOST_AUTO_TEST_CASE(not_a_pdf_names_the_file) {
  try {
    gx::read_pdf(sample("sx-wsb-2024-budget.txt"));
    BOOST_FAIL("no FileError");
  } catch (const gongkai::FileError& e) {
    BOOST_TEST(e.file() == "sx-wsb-2024-budget.txt");
  }
}

BOOST_AUTO_TEST_CASE(missing_file) {
  BOOST_CHECK_THROW(gx::read_pdf(sample("no-such-file.pdf")), gongkai::FileError);
}

BOOST_AUTO_TEST_SUITE_END()
