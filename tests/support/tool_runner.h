// Helpers for tests that check coopkit's output with real command-line tools
// (qpdf, pdftotext, pdffonts...): run a command and read what it printed, and
// a scratch folder that cleans up after itself.
#pragma once

#include <string>

namespace coopkit::testing {

/// Runs `command` with /bin/sh and returns its standard output; its standard
/// error passes through to the test's. `exit_code` gets the exit status, or
/// -1 when the command could not be run or was killed by a signal.
std::string RunTool(const std::string& command, int* exit_code);

/// `text` quoted for /bin/sh, for paths inside RunTool commands.
std::string ShellQuote(const std::string& text);

/// A fresh folder under $TMPDIR (or /tmp), removed with its contents when the
/// object goes away.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  /// Path of `name` inside the folder.
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

}  // namespace coopkit::testing
