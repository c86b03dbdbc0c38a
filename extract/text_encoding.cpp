// Encoding detection and conversion with ICU (ucsdet, ucnv), for text inputs only.
#include "extract/text_encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <memory>
#include <vector>

namespace gongkai::extract {
namespace {

struct CloseDetector {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};
struct CloseConverter {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Converts strictly: an invalid sequence is an error, never a replacement character.
std::string convert(std::string_view bytes, const char* encoding) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, CloseConverter> from(ucnv_open(encoding, &status));
  if (U_FAILURE(status)) throw EncodingError(std::string("ICU cannot convert from ") + encoding);
  ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  // Every input byte gives at most one UTF-16 unit.
  std::vector<UChar> units(bytes.size() + 1);
  int32_t n = ucnv_toUChars(from.get(), units.data(), static_cast<int32_t>(units.size()),
                            bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) throw EncodingError(std::string("invalid ") + encoding + " text");
  std::string out(static_cast<std::size_t>(n) * 3 + 1, '\0');
  int32_t length = 0;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &length, units.data(), n, &status);
  if (U_FAILURE(status)) throw EncodingError(std::string("invalid ") + encoding + " text");
  out.resize(static_cast<std::size_t>(length));
  return out;
}

// UTF-16 without a byte order mark: NUL bytes in most odd (LE) or even (BE) places.
const char* utf16_without_bom(std::string_view bytes) {
  std::size_t pairs = bytes.size() / 2, even = 0, odd = 0;
  if (pairs < 4) return nullptr;
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    even += bytes[i] == '\0';
    odd += bytes[i + 1] == '\0';
  }
  if (odd * 3 > pairs && even * 10 < pairs) return "UTF-16LE";
  if (even * 3 > pairs && odd * 10 < pairs) return "UTF-16BE";
  return nullptr;
}

struct Guess {
  std::string name;
  int confidence = 0;
};

Guess detect(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, CloseDetector> detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return {};
  // The detector reads a sample; 64 KiB is plenty for a page of tables.
  auto sample = bytes.substr(0, 1 << 16);
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || !match) return {};
  Guess g;
  g.name = ucsdet_getName(match, &status);
  g.confidence = ucsdet_getConfidence(match, &status);
  return g;
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t more = c < 0x80                 ? 0
                       : c >= 0xC2 && c <= 0xDF ? 1
                       : (c & 0xF0) == 0xE0     ? 2
                       : c >= 0xF0 && c <= 0xF4 ? 3
                                                : 9;
    if (more == 9 || i + more >= s.size()) return false;
    for (std::size_t k = 1; k <= more; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    auto c1 = more ? static_cast<unsigned char>(s[i + 1]) : 0;
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) ||
        (c == 0xF4 && c1 >= 0x90))
      return false;
    i += more + 1;
  }
  return true;
}

Utf8Text to_utf8(std::string_view bytes) {
  using namespace std::string_view_literals;
  if (bytes.starts_with("\xEF\xBB\xBF"sv)) bytes.remove_prefix(3);
  if (bytes.starts_with("\xFF\xFE"sv)) return {convert(bytes.substr(2), "UTF-16LE"), "UTF-16LE"};
  if (bytes.starts_with("\xFE\xFF"sv)) return {convert(bytes.substr(2), "UTF-16BE"), "UTF-16BE"};
  if (is_valid_utf8(bytes)) return {std::string(bytes), "UTF-8"};
  if (const char* utf16 = utf16_without_bom(bytes)) return {convert(bytes, utf16), utf16};
  Guess g = detect(bytes);
  // Only the encodings a Chinese disclosure is saved in, and only when the detector is fairly
  // sure: a wrong guess would make garbled tables, which is worse than a refusal.
  if ((g.name == "GB18030" || g.name == "Big5") && g.confidence >= 10)
    return {convert(bytes, g.name.c_str()), g.name};
  throw EncodingError("not UTF-8 text" +
                      (g.name.empty() ? std::string()
                                      : " (ICU guesses " + g.name + ", confidence " +
                                            std::to_string(g.confidence) + "%)") +
                      ": save it as UTF-8, GBK or UTF-16");
}

}  // namespace gongkai::extract
