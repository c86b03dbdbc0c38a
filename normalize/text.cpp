// clean_text and is_placeholder: printed text → one canonical spelling.
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <stdexcept>

#include "normalize/detail.h"
#include "normalize/normalize.h"

namespace gongkai::normalize {
namespace {

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// NFKC of the whole text. ICU works on the UTF-8 directly (no UTF-16 round trip).
std::string nfkc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* const kNfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || kNfkc == nullptr)
    throw std::runtime_error("ICU NFKC data is unavailable");
  std::string out;
  out.reserve(text.size());
  icu::StringByteSink<std::string> sink(&out);
  kNfkc->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                       nullptr, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC failed");
  return out;
}

bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  // ZWSP and BOM are invisible separators (a BOM opens many text exports): treat them as space
  // so that they fold away instead of breaking a number or a name.
  return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0x200B || c == 0xFEFF;
}

bool is_digit(char32_t c) {
  return c >= '0' && c <= '9';
}

bool is_han(char32_t c) {
  if (c < 0x2E80) return false;
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_HAN;
}

// Punctuation that only occurs in CJK text and survives NFKC: 、。《》「」【】〔〕 (U+3000 block),
// what is left of the full-width block, and curly quotes “” ‘’ (NFKC keeps them).
bool is_cjk_punct(char32_t c) {
  return (c >= 0x3001 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2018 && c <= 0x201F);
}

bool is_wide(char32_t c) {
  return is_han(c) || is_cjk_punct(c);
}

// What NFKC made of full-width （）：，；！？. Next to a Han character they were CJK punctuation.
bool is_folded_punct(char32_t c) {
  return c == '(' || c == ')' || c == ':' || c == ',' || c == ';' || c == '!' || c == '?';
}

// Whether the single space left between `left` and `right` is a layout artefact. CJK text has no
// word spaces, so a space touching CJK on both sides (or CJK and a digit: "2024 年", "增加 253")
// comes from line breaks or justification. Spaces between numbers or Latin words are meaningful.
bool drop_space_between(char32_t left, char32_t right) {
  bool wide_left = is_wide(left);
  bool wide_right = is_wide(right);
  if (wide_left && (wide_right || is_digit(right))) return true;
  if (wide_right && is_digit(left)) return true;
  return (is_han(left) && is_folded_punct(right)) || (is_folded_punct(left) && is_han(right));
}

// `c` is a valid scalar value here (decoded, mapped or U+FFFD), so the unchecked form is safe.
void append_utf8(std::string& out, char32_t c) {
  uint8_t buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, static_cast<UChar32>(c));
  out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
}

// One pass over NFKC text: radicals mapped, whitespace folded and dropped where it is layout,
// ends trimmed. Ill-formed UTF-8 becomes U+FFFD so the output is always valid UTF-8.
std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  char32_t last = 0;  // last code point written
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 decoded = 0;
    U8_NEXT(bytes, i, length, decoded);
    char32_t c = decoded < 0 ? char32_t{0xFFFD} : detail::simplify_radical(decoded);
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space && !drop_space_between(last, c)) out += ' ';
    pending_space = false;
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      append_utf8(out, c);
    }
    last = c;
  }
  return out;
}

enum class Mark { None, Dash, Slash, Dot };

Mark mark_of(char32_t c) {
  switch (c) {
    case '-':
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:  // ‐ ‑ ‒ – — ― and − (NFKC keeps them all)
      return Mark::Dash;
    case '/':
      return Mark::Slash;
    case '.':
    case 0x2026:
    case 0x22EF:  // … ⋯ (NFKC turns … into "..." but leaves ⋯)
      return Mark::Dot;
    default:
      return Mark::None;
  }
}

}  // namespace

std::string clean_text(std::string_view raw) {
  // NFKC leaves ASCII unchanged: most amount cells skip ICU entirely.
  if (is_ascii(raw)) return fold(raw);
  return fold(nfkc(raw));
}

bool is_placeholder(std::string_view text) {
  std::string cleaned = clean_text(text);
  std::erase(cleaned, ' ');
  if (cleaned.empty()) return true;
  if (cleaned == ".") return false;  // a lone full stop is noise, not a printed "nothing"
  const auto* bytes = reinterpret_cast<const uint8_t*>(cleaned.data());
  const auto length = static_cast<int32_t>(cleaned.size());
  Mark kind = Mark::None;
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    Mark mark = c < 0 ? Mark::None : mark_of(static_cast<char32_t>(c));
    if (mark == Mark::None || (kind != Mark::None && mark != kind)) return false;
    kind = mark;
  }
  return true;
}

}  // namespace gongkai::normalize
