// What every end-to-end test needs around the coopkit command: running it
// from the source folder, reading the shipped content files, and turning
// content text into the text pdftotext gives back, so that expected text
// comes from the content files and not from copies in the tests.
#pragma once

#include <string>
#include <vector>

#include "content/content_value.h"
#include "tests/support/tool_runner.h"

namespace coopkit::testing {

/// SOURCE_DATE_EPOCH of 2026-11-26, for reproducible builds.
inline constexpr const char* kEpoch = "1795651200";

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout and stderr together
};

/// Runs the coopkit binary with `arguments` from the source folder, with
/// `env` (`NAME=value ...`) before it.
CommandResult Coopkit(const std::string& arguments, const std::string& env = "");

/// The shipped kit built once into a scratch folder, with SOURCE_DATE_EPOCH
/// set, for the test suites that read its PDFs.
class BuiltKit {
 public:
  /// `only`: the --only argument; empty to build every document.
  explicit BuiltKit(const std::string& only = "");
  const CommandResult& result() const { return result_; }
  /// Path of the output file `name`.
  std::string Pdf(const std::string& name) const { return out_.File(name); }
  const std::string& folder() const { return out_.path(); }

 private:
  TempDir out_;
  CommandResult result_;
};

/// The shipped content and templates copied to scratch folders, to be broken
/// on purpose, and an output folder that holds an earlier guide.pdf.
class ContentCopy {
 public:
  ContentCopy();
  /// Replaces the first `from` in the file at `path` by `to`; a test failure
  /// when `from` is not there.
  void Replace(const std::string& path, const std::string& from, const std::string& to) const;
  /// `coopkit build` on the copies into the output folder.
  CommandResult Build() const;
  /// Expects the output folder to hold the earlier guide.pdf only, unchanged.
  void ExpectNothingWritten() const;
  /// Expects every document `build` builds to be written but `failed`, which
  /// are not (guide.pdf, when failed, unchanged).
  void ExpectWrittenBut(const std::vector<std::string>& failed) const;

 protected:
  TempDir content_, templates_, out_;
};

/// The names of the documents `coopkit build` builds of the shipped kit
/// (all but the forum's), in kit.yaml's order.
std::vector<std::string> ShippedDocuments();

/// Expects `out_dir` to hold the PDF of every document of ShippedDocuments()
/// but `failed`, whose PDFs are absent or, for guide.pdf, `earlier_guide`.
void ExpectWrittenBut(const std::string& out_dir, const std::vector<std::string>& failed,
                      const std::string& earlier_guide);

/// Whether page `page` (1-based) of `pdf` carries the « BROUILLON » mark.
bool HasDraftMark(const std::string& pdf, int page);

/// The PDF files of an output folder, in name order (the folder also holds
/// the build manifest and the kit's page).
std::vector<std::string> PdfsIn(const std::string& folder);

/// The bytes of the file at `path`; empty when it cannot be read.
std::string ReadAll(const std::string& path);

/// `file` of the shipped content folder, parsed (with its `!markdown` files).
content::ContentValue LoadContent(const std::string& file);

/// Text as the PDF shows it: white space and line-end hyphens normalised,
/// hyphens dropped (a compound word may break at its own).
std::string Comparable(const std::string& text);

/// `content_text` as coopkit prints it (French typography), made Comparable.
std::string Typeset(const std::string& content_text);

}  // namespace coopkit::testing
