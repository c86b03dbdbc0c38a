#include "core/version.h"

#include "core/build_version.h"  // generated at every build (cmake/build_version.cmake)

namespace gongkai {
const std::string_view kVersion = GONGKAI_BUILD_VERSION;
}
