// A participant without consent is never printed, wherever their name was
// written: a copy of the shipped content where a volunteer wrote a name in
// a guide chapter (in capitals, with emphasis, across a line break), in a
// template, or an address in the event file that every document reads.
// Each is refused at the place it was written, with --only too, and out/
// keeps its previous files.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "tests/e2e/shipped_kit.h"
#include "tests/support/tool_runner.h"

namespace coopkit::testing {
namespace {

namespace fs = std::filesystem;

const std::string kSourceDir = COOPKIT_SOURCE_DIR;

class PrivacyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::copy(kSourceDir + "/content", content_.path(), fs::copy_options::recursive);
    fs::copy(kSourceDir + "/templates", templates_.path(), fs::copy_options::recursive);
    std::ofstream(out_.File("guide.pdf")) << "previous build";
    // Someone without consent in the shipped example report.
    content::ContentValue report = LoadContent("report.yaml");
    for (const content::ContentValue& person : report.Find("report")->Find("participants")->items) {
      const content::ContentValue* consent = person.Find("consent");
      if (consent && consent->Boolean() == false && name_.empty())
        name_ = person.Find("name")->scalar;
      if (const content::ContentValue* email = person.Find("email")) email_ = email->scalar;
    }
    ASSERT_FALSE(name_.empty());
    ASSERT_FALSE(email_.empty());
  }
  // Appends `text` to `file`, returning the line it starts on.
  int Append(const std::string& file, const std::string& text) {
    const std::string old = ReadAll(file);
    std::ofstream(file, std::ios::app) << text;
    return static_cast<int>(std::count(old.begin(), old.end(), '\n')) + 1;
  }
  CommandResult Build(const std::string& options = "") {
    return Coopkit("build " + options + " --content " + ShellQuote(content_.path()) +
                   " --templates " + ShellQuote(templates_.path()) + " --out " +
                   ShellQuote(out_.path()));
  }
  void ExpectNothingWritten() {
    EXPECT_EQ(ReadAll(out_.File("guide.pdf")), "previous build");
    EXPECT_EQ(std::distance(fs::directory_iterator(out_.path()), fs::directory_iterator()), 1);
  }
  std::string FirstName() const { return name_.substr(0, name_.find(' ')); }
  std::string LastName() const { return name_.substr(name_.find(' ') + 1); }

  TempDir content_, templates_, out_;
  std::string name_, email_;
};

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

TEST_F(PrivacyTest, ANameInAGuideChapterIsRefusedAtItsLineEvenWithOnly) {
  const std::string chapter = content_.File("guide/02-mettre-en-oeuvre.md");
  int line = Append(chapter, "\nMerci à **" + Upper(FirstName()) + "**\n" + LastName() + ".\n");
  for (const std::string& options : {std::string(), std::string("--only guide")}) {
    CommandResult r = Build(options);
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_TRUE(std::regex_search(
        r.out,
        std::regex("guide/02-mettre-en-oeuvre\\.md:" + std::to_string(line + 1) +
                   ":\\d+: error: this text holds the name " + name_ + ", who did not consent")))
        << options << "\n"
        << r.out;
    EXPECT_NE(r.out.find("report.yaml:"), std::string::npos) << "says where the person is listed";
    ExpectNothingWritten();
  }
}

TEST_F(PrivacyTest, ANameInATemplateIsRefusedAtTheTemplateLine) {
  const std::string file = templates_.File("resources.mustache");
  int line = Append(file, "\nAvec " + name_ + ".\n");
  CommandResult r = Build("--only resources");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_TRUE(
      std::regex_search(r.out, std::regex("resources\\.mustache:" + std::to_string(line + 1) +
                                          ": error: this document would print the name " + name_)))
      << r.out;
  ExpectNothingWritten();
}

TEST_F(PrivacyTest, AnAddressInAnotherContentFileIsRefusedThere) {
  const std::string event = content_.File("event.yaml");
  std::string text = ReadAll(event);
  const std::string from = "  city: Poitiers";
  size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos);
  text.replace(at, from.size(), "  city: \"Poitiers (contact : " + email_ + ")\"");
  std::ofstream(event) << text;
  const int line = static_cast<int>(std::count(text.begin(), text.begin() + at, '\n')) + 1;
  CommandResult r = Build("--only legal-forms");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_TRUE(std::regex_search(r.out, std::regex("event\\.yaml:" + std::to_string(line) +
                                                  ":\\d+: error: this text holds a participant's "
                                                  "e-mail address")))
      << r.out;
  ExpectNothingWritten();
}

}  // namespace
}  // namespace coopkit::testing
