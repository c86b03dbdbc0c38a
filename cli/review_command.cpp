#include "cli/review_command.h"

#include <iostream>

#include "check/check.h"
#include "cli/inputs.h"
#include "core/error.h"
#include "extract/extract.h"
#include "parse/parse.h"
#include "review/review.h"

namespace gongkai::cli {

int run_review(const ReviewCommandOptions& options) {
  auto found = find_inputs(options.inputs);
  int failures = static_cast<int>(found.problems.size());
  for (const auto& p : found.problems)
    std::cerr << "error: " << p.path << ": " << p.message << '\n';
  if (found.files.empty()) throw std::runtime_error("no .pdf or .txt input found");
  const auto& files = found.files;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const Input& input = files[i];
    try {
      Document doc = parse::parse_document(extract::read_file(input.path));
      check::run_checks(doc);
      review::write_report(doc, input.path, options.output, input.stem, {.dpi = options.dpi, .password = {}});
      if (!options.quiet)
        std::cerr << '[' << (i + 1) << '/' << files.size() << "] "
                  << check::summary_line(input.key, check::summarize(doc.checks)) << '\n';
    } catch (const std::exception& e) {
      ++failures;
      std::cerr << "error: " << input.key << ": " << e.what() << '\n';
    }
  }
  review::write_index(options.output);
  return failures ? 1 : 0;
}

}  // namespace gongkai::cli
