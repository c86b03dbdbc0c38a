// The normalize stage: table-driven rows of {input, expected}, including what each rule must not
// touch, plus properties checked over every line of the reference document.
#define BOOST_TEST_MODULE normalize_test
#include "normalize/normalize.h"

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/regex.h"

namespace gn = gongkai::normalize;

namespace {

struct Row {
  std::string_view input;
  std::string_view expected;
};

void check_clean(const std::vector<Row>& rows) {
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT("clean_text(\"" << row.input << "\")") {
      BOOST_TEST(gn::clean_text(row.input) == row.expected);
      BOOST_TEST(gn::clean_text(row.expected) == row.expected);  // a fixed point
    }
  }
}

std::filesystem::path seed_path() {
  return std::filesystem::path(GONGKAI_SOURCE_DIR) / "samples" / "sx-wsb-2024-budget.txt";
}

struct seed_present {
  boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const {
    boost::test_tools::assertion_result ok(std::filesystem::exists(seed_path()));
    if (!ok) ok.message() << seed_path().string() << " is absent: skipped";
    return ok;
  }
};

std::vector<std::string> seed_lines() {
  std::ifstream in(seed_path());
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> cells_of(const std::string& line) {
  std::vector<std::string> cells;
  std::string_view rest = line;
  for (auto tab = rest.find('\t'); tab != std::string_view::npos; tab = rest.find('\t')) {
    cells.emplace_back(rest.substr(0, tab));
    rest.remove_prefix(tab + 1);
  }
  cells.emplace_back(rest);
  return cells;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(clean_text)

// What ICU's NFKC does to the characters these documents print. Full-width brackets, colon,
// comma and semicolon become ASCII; 、。“”—《》 are left as they are; … becomes "...".
BOOST_AUTO_TEST_CASE(nfkc_forms) {
  check_clean({
      {"２０２４年", "2024年"},
      {"ＡＰＥＣ卡", "APEC卡"},
      {"（不含上年结转）", "(不含上年结转)"},
      {"单位：万元", "单位:万元"},
      {"项目，说明；备注！", "项目,说明;备注!"},
      {"１２％", "12%"},
      {"４６０３．５３", "4603.53"},
      {"－", "-"},
      {"／", "/"},
      {"……", "......"},
      {"⼀⼈⼝", "一人口"},  // Kangxi radicals (U+2F00 block): NFKC maps them
      {"①", "1"},            // circled digits lose their circle
      {"㈠", "(一)"},
      {"ｶ", "カ"},  // half-width katakana
      // Left alone by NFKC:
      {"“三公”经费", "“三公”经费"},
      {"一、概况。", "一、概况。"},
      {"《通知》", "《通知》"},
      {"——", "——"},
      {"−12", "−12"},  // U+2212 MINUS SIGN (parse_amount reads it)
      {"〔2020〕129号", "〔2020〕129号"},
  });
}

BOOST_AUTO_TEST_CASE(radicals_supplement) {
  check_clean({
      {"⻔诊", "门诊"},
      {"⻋辆", "车辆"},
      {"⻓期", "长期"},
      {"⻅面", "见面"},
      {"⻆色", "角色"},
      {"⻉", "贝"},
      {"⻢", "马"},
      {"⻜机", "飞机"},
      {"⻛险", "风险"},
      {"⻚", "页"},
      {"⻝堂", "食堂"},
      {"⻩", "黄"},
      {"⻬", "齐"},
      {"⻮", "齿"},
      {"⻰", "龙"},
      {"⻳", "龟"},
      {"⻄", "西"},
      {"⻘年", "青年"},
      {"⻨", "麦"},
      {"⻥", "鱼"},
      {"⻦", "鸟"},
      {"⻧", "卤"},
      {"⺠", "民"},
      {"⻈", "讠"},
      {"⺟", "母"},
      // No character of their own: kept, never dropped.
      {"⺀", "⺀"},
      {"⺮", "⺮"},
      {"⻊", "⻊"},
  });
}

BOOST_AUTO_TEST_CASE(whitespace_folding) {
  check_clean({
      {"a\t\tb", "a b"},
      {"a \n\r\n b", "a b"},
      {"1\u00A02", "1 2"},        // NBSP
      {"1\u3000\u30002", "1 2"},  // ideographic spaces
      {"x\u200By", "x y"},        // zero-width space counts as a space
      {"\uFEFFabc", "abc"},       // BOM
      {"  padded  ", "padded"},
      {"\t\n", ""},
      {"", ""},
  });
}

BOOST_AUTO_TEST_CASE(cjk_spacing_removed) {
  check_clean({
      {"与上年相 比", "与上年相比"},
      {"山西省人民政府外事办公室 对外交流中心", "山西省人民政府外事办公室对外交流中心"},
      {"第一部分 概况", "第一部分概况"},
      {"2024 年", "2024年"},
      {"２０２４　年", "2024年"},
      {"增加 253.21万元", "增加253.21万元"},
      {"增加 253.21 万元", "增加253.21万元"},
      {"十二、 负责", "十二、负责"},
      {"“三公” 经费", "“三公”经费"},
      {"（一） 政府", "(一)政府"},  // full-width brackets were CJK punctuation before NFKC
      {"收入 （一）", "收入(一)"},
      {"单位： 万元", "单位:万元"},
  });
}

BOOST_AUTO_TEST_CASE(spacing_kept) {
  check_clean({
      {"12 34", "12 34"},
      {"20231012 162512", "20231012 162512"},
      {"APEC card", "APEC card"},
      {"APEC 卡", "APEC 卡"},  // Latin next to Han: left as printed
      {"12 kg", "12 kg"},
      {"4603. 53", "4603. 53"},  // parse_amount's job, not clean_text's
      {"Note: see", "Note: see"},
      {"(a) b", "(a) b"},
      {"12 %", "12 %"},
  });
}

BOOST_AUTO_TEST_CASE(ill_formed_utf8_becomes_replacement_character) {
  const std::string broken = "ab\xE4\xB8zz\xFF";
  BOOST_TEST(gn::clean_text(broken) == "ab\uFFFDzz\uFFFD");
  BOOST_TEST(gn::clean_text(gn::clean_text(broken)) == gn::clean_text(broken));
}

BOOST_AUTO_TEST_CASE(idempotent_over_seed, *boost::unit_test::precondition(seed_present())) {
  std::size_t checked = 0;
  for (const auto& line : seed_lines()) {
    std::vector<std::string> texts = cells_of(line);
    texts.push_back(line);
    for (const auto& text : texts) {
      const std::string once = gn::clean_text(text);
      BOOST_TEST_CONTEXT("line: " << line) {
        BOOST_TEST(gn::clean_text(once) == once);
      }
      ++checked;
    }
  }
  BOOST_TEST(checked > 900u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(placeholders) {
  const std::vector<std::pair<std::string, bool>> rows{
      // owning: some rows are computed
      {"", true},
      {"   ", true},
      {"-", true},
      {"--", true},
      {"—", true},
      {"——", true},
      {"–", true},
      {"－", true},
      {"/", true},
      {"／", true},
      {"…", true},
      {"……", true},
      {"...", true},
      {"......", true},
      {"⋯⋯", true},
      {" — ", true},
      {"— —", true},
      {"\u3000－\u3000", true},
      // Cleaned forms of the above are placeholders too.
      {gn::clean_text("……"), true},
      {gn::clean_text("－"), true},
      // Not placeholders:
      {"0", false},
      {"0.00", false},
      {"-12", false},
      {"无", false},
      {"-/", false},
      {".", false},
      {"x", false},
      {"—1", false},
      {"项目", false},
  };
  for (const auto& [input, expected] : rows)
    BOOST_TEST_CONTEXT("is_placeholder(\"" << input << "\")") {
      BOOST_TEST(gn::is_placeholder(input) == expected);
    }
}

BOOST_AUTO_TEST_CASE(amounts) {
  // expected: the Decimal's printed form (which carries its scale), or "" for nullopt.
  const std::vector<Row> rows{
      {"4603.53", "4603.53"},
      {"0.00", "0.00"},
      {"3287.40", "3287.40"},
      {"12", "12"},
      {"+12", "12"},
      {"-12.5", "-12.5"},
      {"−12.5", "-12.5"},   // U+2212
      {"－12.5", "-12.5"},  // full-width hyphen-minus
      {"(12.50)", "-12.50"},
      {"（12.50）", "-12.50"},
      {"( 12.50 )", "-12.50"},
      {"(0.00)", "0.00"},
      {"1,234,567.89", "1234567.89"},
      {"2,935,000", "2935000"},
      {"1,000", "1000"},
      {"４６０３．５３", "4603.53"},
      {"４，６０３．５３", "4603.53"},
      {"4603. 53", "4603.53"},
      {"4603 .53", "4603.53"},
      {"4603 . 53", "4603.53"},
      {"  4603.53\t", "4603.53"},
      {"\u30004603.53\u3000", "4603.53"},
      {"007", "7"},
      // Only the thousands marked (sh budgets in 元: "19349,057" under 合计, its items adding up).
      {"19349,057", "19349057"},
      {"1234,567", "1234567"},
      {"9223372036854775807", "9223372036854775807"},
      // Rejected:
      {"12 34", ""},
      {"20231012 162512", ""},
      {"12%", ""},
      {"34.94%", ""},
      {"2024年", ""},
      {"A01", ""},
      {"1.2.3", ""},
      {"", ""},
      {"-", ""},
      {"—", ""},
      {"12.", ""},
      {".5", ""},  // no printed integer part: not an amount cell
      {"12,34", ""},
      {"12345,67", ""},
      {"1234,567,890", ""},
      {"01234,567", ""},
      {"1,2345", ""},
      {",123", ""},
      {"1e5", ""},
      {"1E5", ""},
      {"增加12", ""},
      {"12万元", ""},
      {"(-12)", ""},
      {"(12", ""},
      {"- 12", ""},
      {"--12", ""},
      {"4603.  53x", ""},
      {"9223372036854775808", ""},  // overflow
      {"99999999999999999999.5", ""},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT("parse_amount(\"" << row.input << "\")") {
      auto amount = gn::parse_amount(row.input);
      BOOST_TEST(amount.has_value() == !row.expected.empty());
      if (amount) BOOST_TEST(amount->to_string() == row.expected);
    }
  }
  BOOST_TEST(gn::parse_amount("3287.40")->scale() == 2);
  BOOST_TEST(gn::parse_amount("(12.50)")->units() == -1250);
  BOOST_TEST(gn::parse_amount("12")->scale() == 0);
}

// Every seed cell made only of digits, commas, points and spaces is an amount, except where a
// space separates two digit runs (two numbers, or a date and a time).
BOOST_AUTO_TEST_CASE(seed_numeric_cells_parse, *boost::unit_test::precondition(seed_present())) {
  std::size_t parsed = 0;
  for (const auto& line : seed_lines()) {
    for (const auto& cell : cells_of(line)) {
      const std::string text = gn::clean_text(cell);
      bool numeric = !text.empty() &&
                     text.find_first_not_of("0123456789,. ") == std::string::npos &&
                     text.find_first_of("0123456789") != std::string::npos;
      if (!numeric) continue;
      bool two_numbers = false;
      for (std::size_t i = 1; i + 1 < text.size(); ++i)
        two_numbers |= text[i] == ' ' && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
                       std::isdigit(static_cast<unsigned char>(text[i + 1]));
      BOOST_TEST_CONTEXT("cell \"" << cell << "\"") {
        BOOST_TEST(gn::parse_amount(cell).has_value() == !two_numbers);
      }
      parsed += two_numbers ? 0 : 1;
    }
  }
  BOOST_TEST(parsed > 300u);
  BOOST_TEST(gn::parse_amount("593. 98")->to_string() == "593.98");  // as printed in the seed
}

BOOST_AUTO_TEST_CASE(units_declared) {
  const std::vector<Row> rows{
      {"单位：万元", "万元"},
      {"单位:万元", "万元"},
      {"单位: 元", "元"},
      {"单位 ： 元", "元"},
      {"（单位：万元）", "万元"},
      {"金额单位：万元", "万元"},
      {"单位：千元", "千元"},
      {"单位：亿元", "亿元"},
      {"单位：人民币万元", "万元"},
      {"单位（万元）", "万元"},
      {"部门名称：山西省人民政府外事办公室 单位：万元", "万元"},
      {"预算公开表1 单位：万元", "万元"},
      {"万元", "万元"},
      {"元", "元"},
      {"（万元）", "万元"},
      {"(千元)", "千元"},
      {" 万元 ", "万元"},
      // No unit declared:
      {"", ""},
      {"单位", ""},
      {"单位资金885.59万元，占16.10%", ""},
      {"本年部门预算支出总计5,498.95万元", ""},
      {"5,498.95万元", ""},
      {"计量单位：元/人", ""},
      {"单位：个", ""},
      {"美元", ""},
      {"(万元", ""},
      {"单位名称", ""},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT("unit_in(\"" << row.input << "\")") {
      auto unit = gn::unit_in(row.input);
      BOOST_TEST(unit.value_or("") == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(unit_powers) {
  const std::vector<std::pair<std::string_view, int>> rows{
      {"元", 0},
      {"千元", 3},
      {"万元", 4},
      {"亿元", 8},
      // Unknown (-1 here): other units, an empty unit, the whole phrase instead of the unit.
      {"百元", -1},
      {"", -1},
      {"单位：万元", -1},
      {"美元", -1},
  };
  for (const auto& [unit, power] : rows) BOOST_TEST_CONTEXT("unit_power(\"" << unit << "\")") {
      BOOST_TEST(gn::unit_power(unit).value_or(-1) == power);
    }
}

BOOST_AUTO_TEST_CASE(cell_amounts_split_inside_the_number) {
  using gongkai::normalize::parse_cell_amount;
  BOOST_TEST(parse_cell_amount("21,118.5 1")->to_string() == "21118.51");
  BOOST_TEST(parse_cell_amount("1 234.56")->to_string() == "1234.56");
  BOOST_TEST(parse_cell_amount("4603. 53")->to_string() == "4603.53");
  BOOST_TEST(parse_cell_amount("88.00")->to_string() == "88.00");
  // Not touched: two plain numbers, text, a date and a time.
  BOOST_TEST(!parse_cell_amount("12 34").has_value());
  BOOST_TEST(!parse_cell_amount("合计 12.00").has_value());
  BOOST_TEST(!parse_cell_amount("20231012 162512").has_value());
}

// Every pattern is built as a checked Regex; pattern_error tells what RE2 says of one.
BOOST_AUTO_TEST_CASE(pattern_error_names_bad_patterns) {
  BOOST_TEST(gongkai::normalize::pattern_error(R"(^\d{3}(?:\d{2}){0,2}$)").empty());
  BOOST_TEST(!gongkai::normalize::pattern_error("(合计").empty());
  BOOST_TEST(!gongkai::normalize::pattern_error("[一-").empty());
  const gongkai::normalize::Regex ok(R"((?:合\s*计|总\s*计))");
  BOOST_TEST(RE2::FullMatch("合 计", ok));
}
