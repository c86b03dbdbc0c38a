// RFC 4180 field quoting: the one CSV escaping routine of the emit stage.
#pragma once

#include <ostream>
#include <string_view>

namespace gongkai::emit {

// Writes `field`, quoted when it holds a comma, a quote, CR or LF (quotes doubled).
void write_csv_field(std::ostream& out, std::string_view field);

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
// Records end with CRLF, as RFC 4180 says.
constexpr std::string_view kCsvEol = "\r\n";

}  // namespace gongkai::emit
