#include "core/error.h"
#include "extract/extract.h"

namespace gongkai::extract {

SourceDocument read_pdf(const std::filesystem::path& path) {
  throw FileError(path.filename().string(), 0, "PDF input is not built yet");
}

}  // namespace gongkai::extract
