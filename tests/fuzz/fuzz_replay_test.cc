// Replays every committed input of every fuzz target through its entry
// point, without libFuzzer: the seed corpus and each crasher ever found
// (regressions/<target>/) run on every build, the sanitizer one included.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#define COOPKIT_FUZZ_TARGET(name) extern "C" int Fuzz_##name(const uint8_t* data, size_t size);
#include "fuzz_targets.inc"
#undef COOPKIT_FUZZ_TARGET

namespace coopkit::fuzz {
namespace {

struct FuzzTarget {
  std::string name;
  int (*entry_point)(const uint8_t*, size_t);
};

const FuzzTarget kTargets[] = {
#define COOPKIT_FUZZ_TARGET(name) {#name, &Fuzz_##name},
#include "fuzz_targets.inc"
#undef COOPKIT_FUZZ_TARGET
};

// The files of corpus/<target>/ and regressions/<target>/, in name order. A
// `.list` file names inputs kept elsewhere, one path a line: fonts come from
// Debian's packages, never from the repository.
std::vector<std::filesystem::path> InputsOf(const std::string& target) {
  std::vector<std::filesystem::path> inputs;
  for (const char* kind : {"corpus", "regressions"}) {
    std::filesystem::path folder = std::filesystem::path(COOPKIT_FUZZ_DIR) / kind / target;
    if (!std::filesystem::is_directory(folder)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      if (!entry.is_regular_file()) continue;
      if (entry.path().extension() != ".list") {
        inputs.push_back(entry.path());
        continue;
      }
      std::ifstream list(entry.path());
      for (std::string line; std::getline(list, line);)
        if (!line.empty()) inputs.emplace_back(line);
    }
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

class FuzzReplay : public ::testing::TestWithParam<FuzzTarget> {};

TEST_P(FuzzReplay, EveryCommittedInputRunsCleanly) {
  std::vector<std::filesystem::path> inputs = InputsOf(GetParam().name);
  EXPECT_FALSE(inputs.empty()) << "no corpus for " << GetParam().name;
  for (const std::filesystem::path& input : inputs) {
    SCOPED_TRACE(input.string());
    std::ifstream file(input, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    // A crash, a sanitizer finding or a hang fails the test; libFuzzer
    // ignores the return value, and so does the replay.
    GetParam().entry_point(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  }
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzReplay, ::testing::ValuesIn(kTargets),
                         [](const ::testing::TestParamInfo<FuzzTarget>& info) {
                           return info.param.name;
                         });

}  // namespace
}  // namespace coopkit::fuzz
