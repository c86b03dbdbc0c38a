// SHA-256 of a byte string, as lowercase hex: identifies each input in the outputs.
#pragma once

#include <string>
#include <string_view>

namespace gongkai {

std::string sha256_hex(std::string_view bytes);

}  // namespace gongkai
