// gongkai's version: --version, and the manifest of the store (an input converted by another
// version is converted again). The release number and the commit the build comes from
// ("0.1.0-7b2c7b6", "-dirty" for uncommitted changes; "0.1.0" when built outside git), so that
// a rerun after the code changed converts everything again.
#pragma once

#include <string_view>

namespace gongkai {
extern const std::string_view kVersion;
}
