// libFuzzer target: arbitrary bytes through the text pipeline (fuzz/pipeline.h).
//
//   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DGONGKAI_FUZZ=ON
//   ninja -C build-fuzz fuzz_text_pipeline
//   build-fuzz/fuzz/fuzz_text_pipeline -max_total_time=300 -max_len=8192 \
//       fuzz/findings fuzz/corpus          # new inputs go to the first folder
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gongkai::fuzz::run_text_pipeline({reinterpret_cast<const char*>(data), size});
  return 0;
}
