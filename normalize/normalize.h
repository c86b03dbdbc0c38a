// The normalize stage: turns printed cell text into clean text and exact amounts.
//
//   using namespace gongkai::normalize;
//   clean_text("２０２４ 年　预算")      // "2024年预算"   (NFKC, U+3000, CJK spacing)
//   clean_text("⻔诊")                  // "门诊"         (radicals NFKC leaves alone)
//   parse_amount("4603. 53")           // Decimal 4603.53 (number broken by spacing)
//   parse_amount("1,234,567.00")       // Decimal 1234567.00
//   parse_amount("(12.50)")            // Decimal -12.50
//   parse_amount("—")                  // nullopt; is_placeholder("—") is true
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.h"

namespace gongkai::normalize {

// Unicode NFKC (full-width digits, letters and punctuation become ASCII — "（）：，；" → "():,;"
// while "、。“”《》——" stay; "…" becomes "..."; U+3000 and NBSP become spaces), radicals that NFKC
// leaves (⻔ ⻋ ⻓ … → 门 车 长 …), whitespace runs (tabs and newlines too) folded to one space,
// trimmed. A space is then dropped where it is layout, not meaning: between two CJK characters
// (Han or CJK punctuation), between CJK and a digit on either side ("2024 年" → "2024年",
// "增加 253.21" → "增加253.21"), and between Han and an ASCII ( ) : , ; ! ? that NFKC made from
// full-width punctuation ("(一) 政府" → "(一)政府"). Kept: spaces between numbers ("12 34"), Latin
// words, Latin and Han ("APEC 卡"). Ill-formed UTF-8 becomes U+FFFD; ZWSP and BOM count as space.
// Idempotent: clean_text(clean_text(s)) == clean_text(s). Pure-ASCII input skips ICU.
// Meant for one cell or one line of text: clean cells before joining them (a tab is a space here).
std::string clean_text(std::string_view raw);

// True for the marks printed in place of an empty amount, raw or already cleaned: runs of one kind
// of mark — dashes ("-", "--", "—", "——", "–", "－", "−"), slashes ("/", "／") or ellipses ("…",
// "……", "...", "⋯") — spaces allowed, and the empty or all-blank string. A lone "." is not.
bool is_placeholder(std::string_view text);

// An amount printed in a cell, or nullopt when the cell is not exactly one number. The cell may be
// raw or cleaned: it goes through clean_text first. Accepts thousands separators (1,234.50 — only
// in groups of three), a number broken by spacing around the decimal point ("4603. 53",
// "4603 .53", "4603 . 53"), signs ("+12", "-12", "−12" U+2212, "－12") and accounting negatives
// ("(12)", "（12）"), full-width digits, surrounding spaces. Rejects: two numbers ("12 34"),
// percentages ("12%"), codes with letters ("A01"), years with 年, placeholders, "12.", ".5",
// exponents, anything with other text, overflow of Decimal. The Decimal keeps the printed number
// of decimals ("3287.40" → scale 2). Plain digit codes ("2010101") do parse: whether a column
// holds codes or amounts is for parse/ to decide.
std::optional<Decimal> parse_amount(std::string_view text);

// The amount in one table cell known to hold an amount: parse_amount, and also digits split by a
// space anywhere inside the number ("21,118.5 1" → 21118.51, "1 234.56" → 1234.56) when the
// joined form has a decimal point or thousands groups. "12 34" stays rejected: without those
// marks two numbers are as likely as one.
std::optional<Decimal> parse_cell_amount(std::string_view text);

// The unit printed in a "单位：万元" phrase or a bare unit word: "元", "万元", "千元", "亿元";
// nullopt when there is none. The phrase may stand anywhere in the text ("金额单位：万元",
// "（单位：万元）", "部门名称：XX 单位：万元", "单位：人民币万元", "单位（万元）"); a bare word
// must be the whole text, possibly in parentheses ("万元", "（万元）"). An amount with a unit
// inside a sentence ("支出5,498.95万元") declares nothing. Accepts full- and half-width colons and
// spaces.
std::optional<std::string> unit_in(std::string_view text);

// Power of ten that converts an amount in `unit` to 元 (元 → 0, 千元 → 3, 万元 → 4, 亿元 → 8);
// nullopt for an unknown unit.
std::optional<int> unit_power(std::string_view unit);

}  // namespace gongkai::normalize
