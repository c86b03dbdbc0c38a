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

// Unicode NFKC (full-width digits, letters and punctuation become ASCII; U+3000 a space),
// radicals that NFKC leaves (⻔ ⻋ ⻓ … → 门 车 长 …), whitespace runs folded to one space,
// spaces removed between two CJK characters and between a digit and a following CJK unit
// ("2024 年" → "2024年"), trimmed. Idempotent: clean_text(clean_text(s)) == clean_text(s).
// Never joins two numbers separated by a space ("12 34" stays), never drops a character.
std::string clean_text(std::string_view raw);

// True for the marks printed in place of an empty amount: "-", "—", "–", "－", "——", "/", "／",
// "…" runs, and the empty string (after clean_text).
bool is_placeholder(std::string_view text);

// An amount printed in a cell, or nullopt when the cell is not exactly one number.
// Accepts (after clean_text): thousands separators (1,234.50 — only in groups of three),
// a number broken by spacing around the decimal point ("4603. 53", "4603 .53"), negative
// forms ("-12", "−12", "(12)", "（12）"), a trailing/leading unit-free plain number.
// Rejects: two numbers ("12 34"), percentages ("12%"), codes with letters, years with 年,
// placeholders, anything with other text. The Decimal keeps the printed number of decimals.
std::optional<Decimal> parse_amount(std::string_view text);

// The unit printed in a "单位：万元" phrase or a bare unit word: "元", "万元", "千元", "亿元";
// nullopt when there is none. Accepts full- and half-width colons and spaces.
std::optional<std::string> unit_in(std::string_view text);

// Power of ten that converts an amount in `unit` to 元 (元 → 0, 千元 → 3, 万元 → 4, 亿元 → 8);
// nullopt for an unknown unit.
std::optional<int> unit_power(std::string_view unit);

}  // namespace gongkai::normalize
