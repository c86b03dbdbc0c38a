// parse_amount: one printed number → an exact Decimal.
#include <algorithm>
#include <string>

#include "normalize/detail.h"
#include "normalize/normalize.h"

namespace gongkai::normalize {
namespace {

// Runs on clean_text output, so spaces are single and full-width forms are ASCII already.
// Integer part: plain digits, or thousands groups that are all exactly three digits ("12,34" is
// not a number), or one comma before the last three digits only ("19349,057": a number format
// that marks the thousands and nothing above them, as some spreadsheets print 元). Fraction: digits after a point that may have one space on either side, as PDF
// justification prints it ("4603. 53"). No exponent, no bare ".5", no "12.". The sign may be
// U+2212 MINUS SIGN, which NFKC keeps.
const re2::RE2& amount_pattern() {
  static const detail::Pattern kAmount{
      "amount", R"(([+\-−]?)([1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]{3,},[0-9]{3}|[0-9]+)(?: ?\. ?([0-9]+))?)"};
  return *kAmount;
}

// UTF-8 lead bytes E4–E9 (U+4000–U+9FFF: Han ideographs) can never be part of an amount: reject
// such cells (most label cells) before paying for NFKC.
bool has_ideograph(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    auto byte = static_cast<unsigned char>(c);
    return byte >= 0xE4 && byte <= 0xE9;
  });
}

// "(12.50)" is how accounts print -12.50. Strips the parentheses (and spaces inside them).
bool strip_parentheses(std::string_view& text) {
  if (text.size() < 2 || text.front() != '(' || text.back() != ')') return false;
  text = text.substr(1, text.size() - 2);
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return true;
}

}  // namespace

std::optional<Decimal> parse_amount(std::string_view text) {
  if (has_ideograph(text)) return std::nullopt;
  const std::string cleaned = clean_text(text);
  std::string_view number = cleaned;
  const bool in_parentheses = strip_parentheses(number);

  std::string sign, integer, fraction;
  if (!re2::RE2::FullMatch(number, amount_pattern(), &sign, &integer, &fraction))
    return std::nullopt;
  if (in_parentheses && !sign.empty()) return std::nullopt;  // "(-12)" says it twice: not ours

  std::erase(integer, ',');
  std::string plain = sign.empty() || sign == "+" ? integer : "-" + integer;
  if (!fraction.empty()) plain += "." + fraction;
  auto amount = Decimal::parse(plain);  // nullopt on overflow
  if (amount && in_parentheses) return -*amount;
  return amount;
}

std::optional<Decimal> parse_cell_amount(std::string_view text) {
  if (auto amount = parse_amount(text)) return amount;
  // One cell holds one number: digits split by a space inside it ("21,118.5 1") are one number,
  // but only when the joined form is unmistakable: a decimal point or thousands groups.
  const std::string cleaned = clean_text(text);
  if (cleaned.find(' ') == std::string::npos) return std::nullopt;
  if (cleaned.find_first_not_of("0123456789,. -") != std::string::npos) return std::nullopt;
  std::string joined;
  for (char c : cleaned)
    if (c != ' ') joined += c;
  if (joined.find_first_of(".,") == std::string::npos) return std::nullopt;
  return parse_amount(joined);
}

}  // namespace gongkai::normalize
