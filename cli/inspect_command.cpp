#include "cli/inspect_command.h"

#include <iostream>

#include "extract/inspect.h"

namespace gongkai::cli {

int run_inspect(const InspectOptions& options) {
  extract::inspect_page(options.file, options.page, std::cout);
  return 0;
}

}  // namespace gongkai::cli
