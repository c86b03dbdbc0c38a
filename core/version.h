// gongkai's version: --version, and the manifest of the store (an input converted by another
// version is converted again).
#pragma once

#include <string_view>

namespace gongkai {
inline constexpr std::string_view kVersion = "0.1.0";
}
