// Benchmark, not a test: prints how fast coopkit renders the shipped kit and
// how render time (and, for the resource directory and a forum's batch,
// memory) grows with the size of a document or of a forum.
//
//   build/tests/kit_benchmark [runs]   everything
//   build/tests/kit_benchmark --forum  only the forum's batch
//
// The kit, the scaled guide and the stress table are rendered in memory (PDF
// bytes included); the directory and the forum are built and written to a
// scratch folder.
#include <sched.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "backends/pdf/pdf_writer.h"
#include "base/heap_policy.h"
#include "base/parallel_for.h"
#include "document/node.h"
#include "fonts/family_font_set.h"
#include "fonts/font_locator.h"
#include "forum/forum_batch.h"
#include "kit/kit_builder.h"
#include "layout/flow/page_composer.h"
#include "layout/inline/hyphenator.h"
#include "layout/inline/optimal_line_breaker.h"
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
    times.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
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

// A table of `rows` rows of three cells of 1 to 400 words (the same sizes
// on every run), under one header row; one cell is taller than a page.
coopkit::doc::Document SyntheticTable(int rows) {
  using coopkit::doc::NodeKind;
  static const char* kWords[] = {"coopération", "territoriale",  "groupement",    "d’employeurs",
                                 "salariés",    "mutualisation", "collectivités", "entreprises",
                                 "gouvernance", "sociétaire",    "excédents",     "réserves"};
  coopkit::doc::Document document;
  coopkit::doc::Node* table = document.root->Append(NodeKind::kTable);
  table->attributes = {{"header-rows", "1"},
                       {"widths", "auto 1fr 2fr"},
                       {"zebra", "true"},
                       {"caption", "Tableau de charge"}};
  unsigned seed = 2024;
  size_t word = 0;
  for (int r = 0; r <= rows; ++r) {
    coopkit::doc::Node* row = table->Append(NodeKind::kTableRow);
    if (r == 0) row->attributes["header"] = "true";
    for (int c = 0; c < 3; ++c) {
      seed = seed * 1103515245u + 12345u;
      int count = r == 0 ? 2 : 1 + static_cast<int>((seed >> 16) % 400);
      if (r == rows / 2 && c == 2) count = 2500;  // taller than a page
      std::string text;
      for (int i = 0; i < count; ++i) {
        if (i > 0) text += ' ';
        text += kWords[word++ % std::size(kWords)];
      }
      row->Append(NodeKind::kTableCell)
          ->Append(NodeKind::kParagraph)
          ->Append(NodeKind::kText)
          ->text = text;
    }
  }
  return document;
}

// Lays out and writes the stress table of the table-engine issue at several
// sizes, on landscape A4 as the legal-forms sheet is.
void MeasureStressTable(const std::string& fonts_dir) {
  coopkit::DiagnosticList diagnostics;
  coopkit::layout::Theme theme;
  theme.page.width = 841.89f;
  theme.page.height = 595.28f;
  theme.table.font_size = 9;
  coopkit::fonts::FontLocator locator(fonts_dir, &diagnostics);
  auto fonts = coopkit::fonts::FamilyFontSet::Load(theme.fonts, locator, {}, &diagnostics);
  auto hyphenator =
      coopkit::layout::Hyphenator::Load(theme.hyphenation_dictionary, {}, &diagnostics);
  if (!fonts || !hyphenator) {
    diagnostics.Print(std::cerr);
    std::exit(1);
  }
  const coopkit::layout::OptimalLineBreaker breaker;
  const coopkit::layout::PageComposer composer(&breaker);
  const coopkit::pdf::PdfWriter writer({0, true, "benchmark"});
  std::printf("\nStress table (3 columns, cells of 1 to 400 words, one cell taller than a page)\n");
  std::printf("  %7s %7s %10s %10s %10s\n", "rows", "pages", "layout ms", "total ms", "ms/row");
  for (int rows : {300, 1000, 3000}) {
    coopkit::doc::Document document = SyntheticTable(rows);
    auto start = std::chrono::steady_clock::now();
    coopkit::page::LaidOutDocument laid_out =
        composer.Compose(document, theme, *fonts, hyphenator.get(), &diagnostics);
    auto laid = std::chrono::steady_clock::now();
    std::string bytes, error;
    if (!writer.Write(laid_out, &bytes, &error)) {
      std::cerr << error << "\n";
      std::exit(1);
    }
    auto end = std::chrono::steady_clock::now();
    double layout_ms = std::chrono::duration<double, std::milli>(laid - start).count();
    double total_ms = std::chrono::duration<double, std::milli>(end - start).count();
    std::printf("  %7d %7zu %10.1f %10.1f %10.3f\n", rows, laid_out.pages.size(), layout_ms,
                total_ms, total_ms / rows);
  }
  if (!diagnostics.empty()) diagnostics.Print(std::cerr);
}

// A resource directory of `count` synthetic entries: the shipped file's
// other keys, then five kinds, four themes and names that start with
// accented and plain capitals alike, so collation has work to do.
void WriteSyntheticDirectory(const std::string& content_dir, int count) {
  std::ifstream in(kSourceDir + "/content/resources.yaml");
  std::string yaml((std::istreambuf_iterator<char>(in)), {});
  yaml = yaml.substr(0, yaml.find("\nresources:") + 1);
  yaml +=
      "resources:\n  kinds:\n    - {id: a, label: Réseaux}\n    - {id: b, label: Accompagnement}\n"
      "    - {id: c, label: Financement}\n    - {id: d, label: Guides}\n"
      "    - {id: e, label: Textes}\n  themes:\n    - {id: t1, label: Emploi}\n"
      "    - {id: t2, label: Coopératives}\n    - {id: t3, label: Collectivités}\n"
      "    - {id: t4, label: Droit}\n  scales:\n    - {id: n, label: National}\n"
      "    - {id: r, label: Régional}\n  entries:\n";
  static const char* kStarts[] = {"École",  "Ecole", "Œuvre", "Office", "Réseau",
                                  "réseau", "Élan",  "Union", "Fonds",  "Atelier"};
  unsigned seed = 7;
  for (int i = 0; i < count; ++i) {
    seed = seed * 1103515245u + 12345u;
    const char* kind = &"abcde"[(seed >> 16) % 5];
    yaml += "    - name: " + std::string(kStarts[(seed >> 8) % std::size(kStarts)]) + " " +
            std::to_string(seed % 100000) + "-" + std::to_string(i) +
            "\n      kind: " + std::string(kind, 1) + "\n      themes: [t" +
            std::to_string(1 + (seed >> 20) % 4) + ", t" + std::to_string(1 + (seed >> 24) % 4) +
            "]\n      scale: n\n      description: Accompagne les groupements d’employeurs "
            "et les coopératives de son territoire dans leurs projets communs.\n"
            "      website: https://www.exemple-" +
            std::to_string(i) + ".fr/ressources\n";
  }
  std::ofstream(content_dir + "/resources.yaml") << yaml;
}

// Builds a synthetic directory of `count` entries into `scratch`/out, as
// `coopkit build --only resources` does, and prints one line: entries, pages,
// milliseconds, peak resident memory in kB. Run in a process of its own, so
// that the peak is this size's alone.
int BuildDirectory(KitOptions options, const std::string& scratch, int count) {
  WriteSyntheticDirectory(scratch, count);
  options.content_dir = scratch;
  options.only = {"resources"};
  options.write = true;
  options.force = true;  // rendered every time, whatever the build manifest says
  options.out_dir = scratch + "/out";
  Timing t = Measure(options, 1);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("%d %d %.1f %ld\n", count, Pages(t.result), t.median_ms, usage.ru_maxrss);
  return 0;
}

// Renders the resource directory at 100, 1,000 and 10,000 entries, each in a
// fresh process: time per entry and memory per entry, as they grow.
void MeasureResourceDirectory(const std::string& self, const std::string& scratch) {
  std::ifstream manifest_in(scratch + "/kit.yaml");
  std::string manifest((std::istreambuf_iterator<char>(manifest_in)), {});
  if (manifest.find("template: resources.mustache") == std::string::npos) {
    std::ofstream(scratch + "/kit.yaml", std::ios::app)
        << "  - name: resources\n    title: Annuaire des ressources\n"
           "    template: resources.mustache\n    content: [event.yaml, resources.yaml]\n"
           "    output: resources.pdf\n    paper: A5\n    orientation: portrait\n";
  }
  std::printf(
      "\nResource directory (synthetic entries, each with badges, QR code and two index terms;\n"
      "built and written as `coopkit build` does, each size in a process of its own)\n");
  std::printf("  %7s %7s %10s %12s %14s %16s\n", "entries", "pages", "ms", "entries/s",
              "peak RSS MB", "kB per entry");
  long previous_rss = 0;
  int previous_count = 0;
  for (int count : {100, 1000, 10000}) {
    int exit_code = 0;
    std::string line = coopkit::testing::RunTool(coopkit::testing::ShellQuote(self) +
                                                     " --directory " + std::to_string(count) + " " +
                                                     coopkit::testing::ShellQuote(scratch),
                                                 &exit_code);
    int entries = 0, pages = 0;
    double ms = 0;
    long rss_kb = 0;
    if (exit_code != 0 ||
        std::sscanf(line.c_str(), "%d %d %lf %ld", &entries, &pages, &ms, &rss_kb) != 4) {
      std::fprintf(stderr, "directory of %d entries failed: %s\n", count, line.c_str());
      std::exit(1);
    }
    // Memory each further entry costs, from the previous size to this one.
    std::string per_entry =
        previous_count == 0 ? "-"
                            : std::to_string((rss_kb - previous_rss) / (count - previous_count));
    std::printf("  %7d %7d %10.1f %12.0f %14.1f %16s\n", entries, pages, ms, entries / (ms / 1000),
                static_cast<double>(rss_kb) / 1024, per_entry.c_str());
    previous_rss = rss_kb;
    previous_count = count;
  }
}

// Builds the forum of `count` contributions in `scratch`/forum-<count> as
// `coopkit build --batch` does (every kit and the programme, written), on
// the machine's cores or, with `one_core`, pinned to one; prints one line:
// kits, pages, milliseconds, peak resident memory in kB once the kits are
// built and at the end (the programme grows with the forum). Run in a
// process of its own, so that the peak is this size's alone.
int BuildForum(KitOptions options, const std::string& scratch, int count, bool one_core) {
  if (one_core) {
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(sched_getcpu(), &one);
    if (sched_setaffinity(0, sizeof one, &one) != 0) {
      std::perror("sched_setaffinity");
      return 1;
    }
  }
  coopkit::forum::BatchOptions batch;
  batch.kit = std::move(options);
  batch.kit.write = true;
  batch.kit.force = true;  // rendered every time, whatever the build manifests say
  batch.kit.out_dir = scratch + "/out-" + std::to_string(count);
  batch.folder = scratch + "/forum-" + std::to_string(count);
  coopkit::DiagnosticList diagnostics;
  coopkit::forum::ForumBatch forum(batch);
  long kits_rss_kb = 0;
  forum.OnKitDone([&](const coopkit::forum::ContributionKit&, size_t done, size_t count) {
    if (done < count) return;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    kits_rss_kb = usage.ru_maxrss;
  });
  auto start = std::chrono::steady_clock::now();
  coopkit::forum::BatchResult result = forum.Build(&diagnostics);
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (diagnostics.HasErrors() || result.FailedKits() > 0 || !result.forum) {
    diagnostics.Print(std::cerr);
    return 1;
  }
  int pages = Pages(*result.forum);
  for (const coopkit::forum::ContributionKit& kit : result.kits) pages += Pages(kit.result);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("%zu %d %.1f %ld %ld\n", result.kits.size(), pages, ms, kits_rss_kb, usage.ru_maxrss);
  return 0;
}

// Builds forums of 1, 100 and 1,000 contributions written by
// tests/benchmark/make-forum.sh, on one core and on all, each size in a fresh
// process: kits and pages per second, peak memory once the kits are built
// and at the end, and the memory each further kit costs.
void MeasureForum(const std::string& self, const std::string& scratch) {
  const size_t cores = coopkit::ParallelWorkers(SIZE_MAX);
  std::printf(
      "\nForum batch (tests/benchmark/make-forum.sh N, then `coopkit build --batch`: a kit per\n"
      "contribution and the programme, written; each size in a process of its own)\n");
  std::printf("  %13s %5s %6s %8s %8s %8s %14s %12s %11s\n", "contributions", "cores", "pages", "s",
              "kits/s", "pages/s", "kits' RSS MB", "peak RSS MB", "kB per kit");
  const std::vector<int> sizes = {1, 100, 1000};
  for (int count : sizes) {
    int exit_code = 0;
    std::string output = coopkit::testing::RunTool(
        "sh " + coopkit::testing::ShellQuote(kSourceDir + "/tests/benchmark/make-forum.sh") + " " +
            std::to_string(count) + " " +
            coopkit::testing::ShellQuote(scratch + "/forum-" + std::to_string(count)),
        &exit_code);
    if (exit_code != 0) {
      std::fprintf(stderr, "make-forum.sh %d failed: %s\n", count, output.c_str());
      std::exit(1);
    }
  }
  for (bool one_core : {true, false}) {
    if (!one_core && cores == 1) break;
    long previous_rss = 0;
    int previous_count = 0;
    for (int count : sizes) {
      int exit_code = 0;
      std::string line = coopkit::testing::RunTool(
          coopkit::testing::ShellQuote(self) + " --forum-batch " + std::to_string(count) +
              (one_core ? " 1 " : " all ") + coopkit::testing::ShellQuote(scratch),
          &exit_code);
      int kits = 0, pages = 0;
      double ms = 0;
      long kits_rss_kb = 0, rss_kb = 0;
      if (exit_code != 0 || std::sscanf(line.c_str(), "%d %d %lf %ld %ld", &kits, &pages, &ms,
                                        &kits_rss_kb, &rss_kb) != 5) {
        std::fprintf(stderr, "forum of %d contributions failed: %s\n", count, line.c_str());
        std::exit(1);
      }
      // Memory each further kit costs, from the previous size to this one.
      std::string per_kit =
          previous_count == 0
              ? "-"
              : std::to_string((kits_rss_kb - previous_rss) / (count - previous_count));
      std::printf("  %13d %5zu %6d %8.2f %8.1f %8.1f %14.1f %12.1f %11s\n", count,
                  one_core ? 1 : cores, pages, ms / 1000, kits / (ms / 1000), pages / (ms / 1000),
                  static_cast<double>(kits_rss_kb) / 1024, static_cast<double>(rss_kb) / 1024,
                  per_kit.c_str());
      previous_rss = kits_rss_kb;
      previous_count = count;
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  coopkit::UseBatchHeapPolicy();  // as the coopkit command does
  KitOptions options;
  options.content_dir = kSourceDir + "/content";
  options.templates_dir = kSourceDir + "/templates";
  options.fonts_dir = kSourceDir + "/fonts";
  options.write = false;
  options.source_date_epoch = 0;
  if (argc == 4 && std::string(argv[1]) == "--directory") {
    return BuildDirectory(options, argv[3], std::atoi(argv[2]));
  }
  if (argc == 5 && std::string(argv[1]) == "--forum-batch") {
    return BuildForum(options, argv[4], std::atoi(argv[2]), std::string(argv[3]) == "1");
  }
  const std::string self = fs::read_symlink("/proc/self/exe").string();
  if (argc == 2 && std::string(argv[1]) == "--forum") {
    coopkit::testing::TempDir scratch;
    MeasureForum(self, scratch.path());
    return 0;
  }
  int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;

  Timing kit = Measure(options, runs);
  std::printf("Shipped kit (median of %d runs, in memory, PDF bytes included)\n", runs);
  for (const auto& d : kit.result.documents)
    std::printf("  %-14s %4d pages  %7.1f ms (last run)\n", d.name.c_str(), d.pages,
                d.milliseconds);
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
  MeasureStressTable(kSourceDir + "/fonts");
  MeasureResourceDirectory(self, scratch.path());
  MeasureForum(self, scratch.path());
  return 0;
}
