// Text inputs saved in another encoding than UTF-8 (GBK from a Chinese Windows, UTF-16 from
// Notepad or Excel's "Unicode text") are converted, or refused, never read as garbled tables.
//
//   auto text = gongkai::extract::to_utf8(bytes);   // throws EncodingError when it cannot tell
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace gongkai::extract {

struct Utf8Text {
  std::string text;      // UTF-8, without a byte order mark
  std::string encoding;  // what the input was: "UTF-8", "UTF-16LE", "GB18030" …
};

struct EncodingError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// UTF-8 (with or without BOM) passes; UTF-16 (BOM, or NUL bytes in every other place) and the
// Chinese encodings ICU's detector names with confidence (GB18030, which covers GBK and GB2312,
// and Big5) are converted strictly. Anything else throws EncodingError saying what ICU guessed.
Utf8Text to_utf8(std::string_view bytes);

bool is_valid_utf8(std::string_view bytes);

}  // namespace gongkai::extract
