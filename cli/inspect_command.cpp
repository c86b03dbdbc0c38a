#include "cli/inspect_command.h"

#include <iostream>

#include "extract/inspect.h"
#include "review/review.h"

namespace gongkai::cli {

int run_inspect(const InspectOptions& options) {
  extract::inspect_page(options.file, options.page, std::cout);
  if (!options.png.empty()) review::write_page_png(options.file, options.page, options.png);
  return 0;
}

}  // namespace gongkai::cli
