// The coopkit command: builds or checks the documents of a kit, starts a
// new kit or content file (`coopkit new kit DIR`, `coopkit new report`), imports the forum's
// exports
// (`coopkit import`) and summarises a build's report (`coopkit summary`).
//
// Exit codes: 0 success; 1 content, template, theme or font error (nothing
// written), `new` found its file already there, or an export could not be
// imported; 2 usage error; 3 the
// output could not be written; killed by the signal when stopped.

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

#include "base/file_io.h"
#include "base/heap_policy.h"
#include "base/interrupt_cleanup.h"
#include "forum/forum_batch.h"
#include "forum_import/contribution_importer.h"
#include "kit/build_report.h"
#include "kit/kit_builder.h"
#include "models/report_scaffold.h"
#include "starter/starter_kit.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitInputError = 1;
constexpr int kExitUsage = 2;
constexpr int kExitOutputError = 3;

constexpr const char* kExitCodes =
    "Exit codes:\n"
    "  0  success\n"
    "  1  error in the content, a template, the theme or a font: the documents with\n"
    "     errors are not written (their previous files are kept), the others are; an\n"
    "     error in kit.yaml, the theme or a font: nothing was written;\n"
    "     or the file `coopkit new` would write already exists (it is kept);\n"
    "     or an export `coopkit import` could not read (the others are written)\n"
    "  2  wrong command-line usage (an unknown option, or --only naming no document)\n"
    "  3  an output file could not be written (a full disk, a folder that is not\n"
    "     writable): the files not replaced keep their previous version\n"
    "  130, 143  stopped by Ctrl-C (SIGINT) or SIGTERM: nothing was replaced and no\n"
    "     temporary file is left\n";

std::optional<int64_t> SourceDateEpoch() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (!value || !*value) return std::nullopt;
  char* end = nullptr;
  long long seconds = std::strtoll(value, &end, 10);
  if (*end != '\0' || seconds < 0) return std::nullopt;
  return seconds;
}

// Writes the build's JSON report to `path` (when given); a report that
// cannot be written makes the run fail as output it could not write.
int WithReport(const std::string& path, const coopkit::kit::KitResult& result,
               const coopkit::DiagnosticList& diagnostics, int exit_code) {
  if (path.empty()) return exit_code;
  std::string error;
  if (coopkit::WriteFileAtomically(
          path, coopkit::kit::BuildReportJson(result, diagnostics, exit_code), &error))
    return exit_code;
  coopkit::DiagnosticList failure;
  failure.Error({path, 0, 0}, error);
  failure.Print(std::cerr);
  return kExitOutputError;
}

int Summarise(const std::string& report_path) {
  std::string error;
  std::optional<std::string> text = coopkit::ReadFile(report_path, &error);
  std::optional<std::string> summary =
      text ? coopkit::kit::SummaryOfReport(*text, &error) : std::nullopt;
  if (!summary) {
    std::cerr << report_path << ": error: " << error << '\n';
    return kExitInputError;
  }
  std::cout << *summary;
  return kExitOk;
}

int NewKit(const std::string& folder, const std::string& export_file,
           const coopkit::kit::KitOptions& options) {
  if (folder.empty()) {
    std::cerr << "error: `new kit` needs the folder to make, e.g. coopkit new kit mon-kit\n";
    return kExitUsage;
  }
  coopkit::DiagnosticList diagnostics;
  bool output_failed = false;
  std::optional<size_t> written = coopkit::starter::WriteStarterKit(
      {.folder = folder, .templates_dir = options.templates_dir, .export_file = export_file},
      &diagnostics, coopkit::SystemDisk(), &output_failed);
  diagnostics.Print(std::cerr);
  if (!written) return output_failed ? kExitOutputError : kExitInputError;
  std::string templates;
  if (options.templates_dir != "templates") templates = " --templates " + options.templates_dir;
  std::printf(
      "wrote %s (%zu files): build it with `coopkit build --content %s%s`, then change what "
      "its comments say\n",
      folder.c_str(), *written, folder.c_str(), templates.c_str());
  return kExitOk;
}

int Import(const std::vector<std::string>& exports, const std::string& content_dir, bool replace,
           bool quiet) {
  coopkit::DiagnosticList diagnostics;
  coopkit::forum_import::ImportOutcome outcome =
      coopkit::forum_import::ImportContributions(exports, content_dir, replace, &diagnostics);
  for (const coopkit::Diagnostic& d : diagnostics.items()) {
    if (!quiet || d.severity == coopkit::Severity::kError)
      std::cerr << coopkit::FormatDiagnostic(d) << '\n';
  }
  if (!quiet) {
    for (const std::string& path : outcome.written) std::printf("wrote %s\n", path.c_str());
    for (const std::string& path : outcome.unchanged) std::printf("unchanged %s\n", path.c_str());
  }
  if (outcome.output_failed) return kExitOutputError;
  return diagnostics.HasErrors() ? kExitInputError : kExitOk;
}

int Run(const coopkit::kit::KitOptions& options, bool quiet, const std::string& report_path) {
  using coopkit::kit::DocumentReport;
  // Progress goes to a terminal only: CI logs keep just the result lines.
  const bool interactive = !quiet && isatty(STDERR_FILENO) && !std::getenv("CI");
  coopkit::kit::KitBuilder builder(options);
  std::map<std::string, std::string> labels;  // "[2/5] legal-forms", by document
  builder.OnDocumentStarted([&](const std::string& name, size_t index, size_t count) {
    labels[name] = "[" + std::to_string(index + 1) + "/" + std::to_string(count) + "] " + name;
    if (interactive) std::cerr << "\r" << labels[name] << "…\x1b[K";
  });
  builder.OnStep([&](const std::string& name, const char* step) {
    if (interactive) std::cerr << "\r" << labels[name] << ": " << step << "…\x1b[K";
  });
  coopkit::DiagnosticList diagnostics;
  coopkit::kit::KitResult result = builder.Build(&diagnostics);
  if (interactive) std::cerr << "\r\x1b[K";
  for (const coopkit::Diagnostic& d : diagnostics.items()) {
    if (!quiet || d.severity == coopkit::Severity::kError)
      std::cerr << coopkit::FormatDiagnostic(d) << '\n';
  }

  if (!quiet) {
    for (const DocumentReport& d : result.documents) {
      char time[32];
      std::snprintf(time, sizeof time, "%6.1f ms", d.milliseconds);
      std::printf(
          "%-16s %3d page%s  %8s  %9s  %s\n", d.name.c_str(), d.pages, d.pages == 1 ? " " : "s",
          options.write ? coopkit::kit::SizeText(d.bytes).c_str() : "-",
          d.rebuilt ? time : "unchanged", options.write ? d.output_path.c_str() : "(checked)");
      if (!d.booklet_path.empty())
        std::printf("%-16s booklet, %d sheet%s  %s\n", "", d.booklet_sheets,
                    d.booklet_sheets == 1 ? "" : "s", d.booklet_path.c_str());
    }
    for (const std::string& name : result.switched_off)
      std::printf("%-16s switched off (enabled: false in kit.yaml)\n", name.c_str());
  }
  if (diagnostics.HasErrors()) {
    std::cerr << diagnostics.ErrorCount() << " error(s); ";
    if (!options.write)
      std::cerr << "\n";
    else if (result.documents.empty())
      std::cerr << "no file was written.\n";
    else if (!result.not_replaced.empty())
      std::cerr << result.documents.size() << " file(s) replaced (listed above), "
                << result.not_replaced.size() << " kept as they were.\n";
    else {
      std::string failed;
      for (const std::string& name : result.failed) failed += (failed.empty() ? "" : ", ") + name;
      std::cerr << "failed, their previous files kept: " << failed << "; the other "
                << result.documents.size() << " document(s) are written (listed above).\n";
    }
    const int exit_code = result.unknown_document ? kExitUsage
                          : result.output_failed  ? kExitOutputError
                                                  : kExitInputError;
    return WithReport(report_path, result, diagnostics, exit_code);
  }
  return WithReport(report_path, result, diagnostics, kExitOk);
}

// `build --batch`: a line per kit as it is done (a bar on a terminal), the
// forum's documents, then a summary.
int RunBatch(coopkit::forum::BatchOptions options, bool quiet) {
  using coopkit::forum::ContributionKit;
  const bool interactive = !quiet && isatty(STDERR_FILENO) && !std::getenv("CI");
  const auto start = std::chrono::steady_clock::now();
  coopkit::forum::ForumBatch batch(options);
  batch.OnKitDone([&](const ContributionKit& kit, size_t done, size_t count) {
    if (quiet) return;
    if (interactive) {
      constexpr size_t kBarWidth = 30;
      const size_t filled = kBarWidth * done / count;
      std::cerr << "\r[" << std::string(filled, '#') << std::string(kBarWidth - filled, ' ') << "] "
                << done << "/" << count << " kits\x1b[K";
      if (done == count) std::cerr << "\r\x1b[K";
      return;
    }
    int pages = 0;
    for (const coopkit::kit::DocumentReport& d : kit.result.documents) pages += d.pages;
    if (kit.failed)
      std::printf("[%zu/%zu] %-24s failed (%zu error%s)\n", done, count, kit.slug.c_str(),
                  kit.errors, kit.errors == 1 ? "" : "s");
    else
      std::printf("[%zu/%zu] %-24s %3d page%s %7.1f ms  %s/%s/\n", done, count, kit.slug.c_str(),
                  pages, pages == 1 ? " " : "s", kit.milliseconds, options.kit.out_dir.c_str(),
                  kit.slug.c_str());
    std::fflush(stdout);
  });
  coopkit::DiagnosticList diagnostics;
  coopkit::forum::BatchResult result = batch.Build(&diagnostics);
  if (options.kit.strict) diagnostics.TreatWarningsAsErrors("--strict");
  for (const coopkit::Diagnostic& d : diagnostics.items()) {
    if (!quiet || d.severity == coopkit::Severity::kError)
      std::cerr << coopkit::FormatDiagnostic(d) << '\n';
  }
  if (result.usage_error) return kExitUsage;
  int pages = 0;
  for (const ContributionKit& kit : result.kits)
    for (const coopkit::kit::DocumentReport& d : kit.result.documents) pages += d.pages;
  if (!quiet) {
    if (result.forum) {
      for (const coopkit::kit::DocumentReport& d : result.forum->documents) {
        std::printf("%-16s %3d page%s  %8s  %s\n", d.name.c_str(), d.pages,
                    d.pages == 1 ? " " : "s", coopkit::kit::SizeText(d.bytes).c_str(),
                    d.output_path.c_str());
        pages += d.pages;
      }
    }
    for (const std::string& file : result.unpublished)
      std::printf("not in the programme: %s (its authors did not agree to publication)\n",
                  file.c_str());
    const size_t failed = result.FailedKits();
    std::printf("%zu kit%s%s%s, %d pages, %.2f s\n", result.kits.size(),
                result.kits.size() == 1 ? "" : "s",
                options.shard.count > 1 ? (" (shard " + options.shard.Name() + ")").c_str() : "",
                failed ? (", " + std::to_string(failed) + " failed").c_str() : "", pages,
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  if (result.output_failed) return kExitOutputError;
  return diagnostics.HasErrors() ? kExitInputError : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  // First, before any thread: a stopped run leaves no temporary file.
  coopkit::InterruptCleanup::Install();
  coopkit::UseBatchHeapPolicy();
  CLI::App app{
      "coopkit: turns a workshop's YAML content and mustache templates into "
      "printable PDF kits."};
  app.set_version_flag("--version", std::string("coopkit ") + COOPKIT_VERSION);
  app.footer(kExitCodes);
  app.require_subcommand(1);

  coopkit::kit::KitOptions options;
  std::string only;
  bool quiet = false;
  auto add_common = [&](CLI::App* command) {
    command
        ->add_option("--content", options.content_dir,
                     "content folder (kit.yaml and the YAML files)")
        ->capture_default_str();
    command->add_option("--templates", options.templates_dir, "templates folder")
        ->capture_default_str();
    command
        ->add_option("--fonts", options.fonts_dir, "folder searched for fonts before the system's")
        ->capture_default_str();
    command->add_option("--theme", options.theme_file, "theme file, instead of the kit's own");
    command->add_option("--only", only, "build only these documents, e.g. guide,legal-forms");
    command->add_flag("-q,--quiet", quiet, "print errors only");
    command->add_flag("--strict", options.strict,
                      "treat every warning as an error, as a CI build should: nothing is "
                      "written while one is left");
    command->footer(kExitCodes);
  };

  CLI::App* build = app.add_subcommand(
      "build",
      "render the kit's documents into the out folder, with index.html, a page that lists "
      "them (first page, pages, size, download link)");
  add_common(build);
  build->add_option("--out", options.out_dir, "folder the PDFs are written to")
      ->capture_default_str();
  build->add_flag(
      "--draft", options.draft,
      "build even with TODO marks left in the content, marking every page « BROUILLON »");
  build->add_flag(
      "--booklet", options.booklet,
      "also write each A5 portrait document imposed as a booklet, NAME-livret.pdf: two "
      "pages on each side of A4 landscape sheets, to print on both sides (flip on short "
      "edge) and fold");
  build->add_flag("--print-marks", options.print_marks,
                  "write every page for a print shop: the theme's bleed (page: bleed:, 3mm by "
                  "default), trim and bleed boxes, crop marks");
  build->add_flag("--force", options.force,
                  "rebuild every document, even those whose inputs did not change since the "
                  "build recorded in the out folder's build-manifest.json");
  build
      ->add_option("--sources", options.sources_url,
                   "link the out folder's index.html to the kit's sources at this address "
                   "(a repository's page)")
      ->check(CLI::Validator(
          [](const std::string& url) -> std::string {
            return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0
                       ? ""
                       : "not a web address (https://…): " + url;
          },
          "URL"));
  std::string batch_folder, shard_text;
  build->add_option(
      "--batch", batch_folder,
      "build the kit of every contribution of this folder (forum exports .txt or event files "
      ".yaml) into out/<name>/, and the forum's programme into out/");
  build
      ->add_option("--shard", shard_text,
                   "with --batch, build only shard K of N (e.g. 2/4), to share a forum among CI "
                   "runners; shard 1 also builds the programme, from every contribution")
      ->needs("--batch");
  std::string report_path;
  build->add_option("--report", report_path,
                    "also write a JSON report of the build (documents, pages, sizes, what was "
                    "rebuilt, errors and warnings with their places) to this file");

  CLI::App* check =
      app.add_subcommand("check", "validate content, templates, theme and fonts; write nothing");
  add_common(check);

  CLI::App* create = app.add_subcommand(
      "new",
      "start a kit or a content file: `new kit DIR` writes a complete example kit for your "
      "organisation into the new folder DIR, which builds at once and says in its comments "
      "what to change; `new report` writes report.yaml, pre-filled from event.yaml and "
      "evaluation.yaml, with TODO marks to fill in");
  std::string new_file, new_folder, export_file;
  create->add_option("what", new_file, "what to start: kit or report")
      ->required()
      ->check(CLI::IsMember({"kit", "report"}));
  create->add_option("folder", new_folder, "new kit: the folder to make (it must not exist)");
  create->add_option("--from", export_file,
                     "new kit: your contribution as the forum's site exports it (a text file), "
                     "imported as the kit's event.yaml");
  create
      ->add_option("--templates", options.templates_dir,
                   "new kit: templates folder, which holds starter-kit/")
      ->capture_default_str();
  create->add_option("--content", options.content_dir, "new report: content folder (event.yaml...)")
      ->capture_default_str();
  create->footer(kExitCodes);

  CLI::App* import = app.add_subcommand(
      "import",
      "write the event content of a kit from contributions as the forum's site exports them "
      "(text files): one export becomes <content>/event.yaml, several become "
      "<content>/<export's name>.yaml");
  std::vector<std::string> export_files;
  bool replace_imported = false;
  import->add_option("exports", export_files, "the exported text files")->required();
  import->add_option("--content", options.content_dir, "folder the YAML is written to")
      ->capture_default_str();
  import->add_flag("--force", replace_imported,
                   "replace a YAML file already there, even if it was edited by hand");
  import->add_flag("-q,--quiet", quiet, "print errors only");
  import->footer(kExitCodes);

  CLI::App* summary = app.add_subcommand(
      "summary", "print the Markdown summary of a build's JSON report (for CI job summaries)");
  std::string summarised;
  summary->add_option("report", summarised, "the file written by build --report")->required();
  summary->footer(kExitCodes);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }

  if (!only.empty()) {
    for (size_t start = 0; start <= only.size();) {
      size_t comma = only.find(',', start);
      if (comma == std::string::npos) comma = only.size();
      if (comma > start) options.only.push_back(only.substr(start, comma - start));
      start = comma + 1;
    }
  }
  if (create->parsed() && new_file == "kit") return NewKit(new_folder, export_file, options);
  if (create->parsed()) {
    if (!new_folder.empty() || !export_file.empty()) {
      std::cerr << "error: a folder and --from are for `new kit`; `new report` takes --content\n";
      return kExitUsage;
    }
    coopkit::DiagnosticList diagnostics;
    bool output_failed = false;
    std::optional<std::string> written = coopkit::models::WriteReportScaffold(
        options.content_dir, &diagnostics, coopkit::SystemDisk(), &output_failed);
    diagnostics.Print(std::cerr);
    if (!written) return output_failed ? kExitOutputError : kExitInputError;
    std::printf("wrote %s: fill in its TODO marks; `coopkit check` lists those left\n",
                written->c_str());
    return kExitOk;
  }
  if (import->parsed()) return Import(export_files, options.content_dir, replace_imported, quiet);
  if (summary->parsed()) return Summarise(summarised);
  options.write = build->parsed();
  options.source_date_epoch = SourceDateEpoch();
  if (!batch_folder.empty()) {
    coopkit::forum::BatchOptions batch{.kit = options, .folder = batch_folder};
    if (!shard_text.empty()) {
      std::string error;
      std::optional<coopkit::forum::Shard> shard = coopkit::forum::Shard::Parse(shard_text, &error);
      if (!shard) {
        std::cerr << "error: " << error << "\n";
        return kExitUsage;
      }
      batch.shard = *shard;
    }
    if (!report_path.empty()) {
      std::cerr << "error: --report is for one kit's build, not --batch\n";
      return kExitUsage;
    }
    return RunBatch(std::move(batch), quiet);
  }
  return Run(options, quiet, report_path);
}
