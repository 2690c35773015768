// Benchmark, not a test: prints how fast coopkit renders the shipped kit and
// how render time grows with the size of a document.
//
//   build/tests/kit_benchmark [runs]
//
// Everything is rendered in memory (PDF bytes included); nothing is written.
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "kit/kit_builder.h"
#include "tests/support/tool_runner.h"

namespace {

namespace fs = std::filesystem;
using coopkit::kit::KitBuilder;
using coopkit::kit::KitOptions;
using coopkit::kit::KitResult;

const std::string kSourceDir = COOPKIT_SOURCE_DIR;

struct Timing {
  double median_ms = 0;
  KitResult result;
};

Timing Measure(const KitOptions& options, int runs) {
  std::vector<double> times;
  Timing timing;
  for (int i = 0; i < runs; ++i) {
    coopkit::DiagnosticList diagnostics;
    KitBuilder builder(options);
    auto start = std::chrono::steady_clock::now();
    timing.result = builder.Build(&diagnostics);
    times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    if (diagnostics.HasErrors()) {
      diagnostics.Print(std::cerr);
      std::exit(1);
    }
  }
  std::sort(times.begin(), times.end());
  timing.median_ms = times[times.size() / 2];
  return timing;
}

int Pages(const KitResult& result) {
  int pages = 0;
  for (const auto& d : result.documents) pages += d.pages;
  return pages;
}

// A guide made of the shipped chapters repeated `copies` times.
void WriteSyntheticGuide(const std::string& content_dir, int copies) {
  std::ifstream in(kSourceDir + "/content/guide.yaml");
  std::string yaml((std::istreambuf_iterator<char>(in)), {});
  size_t begin = yaml.find("  sections:\n") + 12;
  size_t end = yaml.find("\n  sources:");
  std::string sections = yaml.substr(begin, end - begin + 1);
  std::string repeated;
  for (int i = 0; i < copies; ++i) repeated += sections;
  yaml.replace(begin, end - begin + 1, repeated);
  std::ofstream(content_dir + "/guide.yaml") << yaml;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;
  KitOptions options;
  options.content_dir = kSourceDir + "/content";
  options.templates_dir = kSourceDir + "/templates";
  options.fonts_dir = kSourceDir + "/fonts";
  options.write = false;
  options.source_date_epoch = 0;

  Timing kit = Measure(options, runs);
  std::printf("Shipped kit (median of %d runs, in memory, PDF bytes included)\n", runs);
  for (const auto& d : kit.result.documents)
    std::printf("  %-14s %4d pages  %7.1f ms (last run)\n", d.name.c_str(), d.pages, d.milliseconds);
  std::printf("  whole kit      %4d pages  %7.1f ms  %8.0f pages/s\n\n", Pages(kit.result),
              kit.median_ms, Pages(kit.result) / (kit.median_ms / 1000));

  std::printf("Guide scaled up (the shipped chapters repeated)\n");
  std::printf("  %7s %7s %10s %10s %10s\n", "copies", "pages", "ms", "pages/s", "ms/page");
  coopkit::testing::TempDir scratch;
  fs::copy(kSourceDir + "/content", scratch.path(), fs::copy_options::recursive);
  options.content_dir = scratch.path();
  options.only = {"guide"};
  for (int copies : {1, 4, 8, 16, 32}) {
    WriteSyntheticGuide(scratch.path(), copies);
    Timing t = Measure(options, copies >= 16 ? 3 : runs);
    int pages = Pages(t.result);
    std::printf("  %7d %7d %10.1f %10.0f %10.3f\n", copies, pages, t.median_ms,
                pages / (t.median_ms / 1000), t.median_ms / pages);
  }
  return 0;
}
