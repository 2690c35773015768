// Every content file of the shipped kit, truncated as a failed copy or a
// full disk leaves it — at half its bytes, inside a UTF-8 character, after
// its first line — and, for text files, with a NUL byte in the middle.
// `coopkit check` must end with 0 or 1, never a signal or a hang (1 for a
// NUL byte or a cut character, which no reading makes right), and every
// error must name a place in the content or the templates.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "tests/e2e/shipped_kit.h"
#include "tests/support/tool_runner.h"

namespace coopkit::testing {
namespace {

namespace fs = std::filesystem;

const std::string kSourceDir = COOPKIT_SOURCE_DIR;

struct Damage {
  std::string name;
  std::string bytes;
  bool always_an_error = false;  // no reading of it is right
};

// The ways `text` is damaged, each named for the failure message.
std::vector<Damage> DamagedCopies(const std::string& text, bool is_text) {
  std::vector<Damage> copies;
  copies.push_back({"cut in half", text.substr(0, text.size() / 2)});
  copies.push_back({"first line only", text.substr(0, text.find('\n') + 1)});
  if (is_text) {
    size_t multibyte = text.find_first_of("\xC3\xE2", text.size() / 3);
    if (multibyte != std::string::npos)
      copies.push_back({"cut inside a character", text.substr(0, multibyte + 1), true});
    std::string with_nul = text;
    with_nul.insert(with_nul.size() / 2, 1, '\0');
    copies.push_back({"NUL byte in the middle", with_nul, true});
  }
  return copies;
}

TEST(TruncatedContentTest, EveryDamagedFileIsALocatedErrorOrFine) {
  TempDir content;
  fs::copy(kSourceDir + "/content", content.path(), fs::copy_options::recursive);
  // An error line: "<file of the content or the templates>:<line>[:<column>]: error:",
  // or a file-level one without a line.
  const std::regex located("^(" + content.path() + "|templates)/[^:]+(:\\d+(:\\d+)?)?: error: ");
  int runs = 0;
  for (const auto& entry : fs::recursive_directory_iterator(kSourceDir + "/content")) {
    if (!entry.is_regular_file()) continue;
    const fs::path relative = fs::relative(entry.path(), kSourceDir + "/content");
    const std::string extension = entry.path().extension().string();
    const bool is_text = extension == ".yaml" || extension == ".md";
    if (!is_text && extension != ".png" && extension != ".jpg") continue;
    // SOURCES*.md are notes for maintainers, which coopkit never reads.
    if (extension == ".md" && !relative.has_parent_path()) continue;
    // Only `build --batch` reads the programme's schema (forum_batch_e2e_test).
    if (relative == "schemas/programme.yaml") continue;
    const std::string original = ReadAll(entry.path().string());
    const fs::path copy = fs::path(content.path()) / relative;
    for (const Damage& damage : DamagedCopies(original, is_text)) {
      std::ofstream(copy, std::ios::binary | std::ios::trunc) << damage.bytes;
      int exit_code = -1;
      std::string out =
          RunTool("cd " + ShellQuote(kSourceDir) + " && timeout 60 " + ShellQuote(COOPKIT_BINARY) +
                      " check --content " + ShellQuote(content.path()) + " 2>&1",
                  &exit_code);
      ++runs;
      const std::string what = relative.string() + ", " + damage.name;
      ASSERT_TRUE(exit_code == 0 || exit_code == 1) << what << ": exit " << exit_code << "\n"
                                                    << out;
      if (damage.always_an_error) {
        EXPECT_EQ(exit_code, 1) << what << ": passed unnoticed";
      }
      std::istringstream lines(out);
      for (std::string line; std::getline(lines, line);) {
        if (line.find(" error: ") == std::string::npos) continue;
        EXPECT_TRUE(std::regex_search(line, located)) << what << ": not located: " << line;
      }
    }
    std::ofstream(copy, std::ios::binary | std::ios::trunc) << original;
  }
  EXPECT_GT(runs, 40);
}

}  // namespace
}  // namespace coopkit::testing
