// A participant without consent is never printed, wherever their name was
// written: a copy of the shipped content where a volunteer wrote a name in
// a guide chapter (in capitals, with emphasis, across a line break, with
// invisible or full-width characters), in a template, in the theme's words,
// in a link's encoded address, in kit.yaml's titles, or an address in the
// event file that every document reads. Each is refused at the place it was
// written, with --only too, and out/ keeps its previous files.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>

#include "tests/e2e/shipped_kit.h"
#include "tests/support/tool_runner.h"

namespace coopkit::testing {
namespace {

namespace fs = std::filesystem;

const std::string kSourceDir = COOPKIT_SOURCE_DIR;

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// 1-based `line` of `text`.
std::string LineOf(const std::string& text, int line) {
  size_t begin = 0;
  for (int i = 1; i < line; ++i) begin = text.find('\n', begin) + 1;
  return text.substr(begin, text.find('\n', begin) - begin);
}

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
  // The guide, which prints a name it must not, is not written; with
  // `options` building other documents too, they are.
  void ExpectGuideRefused(const std::string& options) {
    if (options.find("--only guide") != std::string::npos)
      EXPECT_EQ(ReadAll(out_.File("guide.pdf")), "previous build");
    else
      ExpectWrittenBut(out_.path(), {"guide"}, "previous build");
  }
  // Replaces the first `from` of `file` by `to`, returning its line.
  int Replace(const std::string& file, const std::string& from, const std::string& to) {
    std::string text = ReadAll(file);
    const size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from << " in " << file;
    if (at == std::string::npos) return 0;
    text.replace(at, from.size(), to);
    std::ofstream(file) << text;
    return static_cast<int>(std::count(text.begin(), text.begin() + at, '\n')) + 1;
  }
  std::string FirstName() const { return name_.substr(0, name_.find(' ')); }
  // Messages reach terminals, build reports and CI summaries: they never
  // quote the secret they are about.
  void ExpectNoSecretQuoted(const std::string& text) {
    for (const std::string& secret : {FirstName(), Upper(FirstName()), email_})
      EXPECT_EQ(text.find(secret), std::string::npos) << secret << " quoted in\n" << text;
  }
  std::string LastName() const { return name_.substr(name_.find(' ') + 1); }

  TempDir content_, templates_, out_;
  std::string name_, email_;
};

TEST_F(PrivacyTest, ANameInAGuideChapterIsRefusedAtItsLineEvenWithOnly) {
  const std::string chapter = content_.File("guide/02-mettre-en-oeuvre.md");
  int line = Append(chapter, "\nMerci à **" + Upper(FirstName()) + "**\n" + LastName() + ".\n");
  for (const std::string& options : {std::string(), std::string("--only guide")}) {
    CommandResult r = Build(options);
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_TRUE(std::regex_search(
        r.out, std::regex("guide/02-mettre-en-oeuvre\\.md:" + std::to_string(line + 1) +
                          ":\\d+: error: this text holds the name of a participant who did not "
                          "consent to be named")))
        << options << "\n"
        << r.out;
    ExpectNoSecretQuoted(r.out);
    EXPECT_NE(r.out.find("report.yaml:"), std::string::npos) << "says where the person is listed";
    ExpectGuideRefused(options);
  }
}

// At the name's column when the template line came out as written, else
// where the line's text starts.
TEST_F(PrivacyTest, ANameInATemplateIsRefusedAtTheTemplateLine) {
  const std::string file = templates_.File("resources.mustache");
  const std::string original = ReadAll(file);
  for (const auto& [written, column] : {std::pair<std::string, int>{"Avec " + name_ + ".", 6},
                                        {"  {{! a tag on the line }}Avec " + name_ + ".", 3}}) {
    std::ofstream(file) << original;
    const int line = Append(file, "\n" + written + "\n") + 1;
    CommandResult r = Build("--only resources");
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_NE(
        r.out.find("resources.mustache:" + std::to_string(line) + ":" + std::to_string(column) +
                   ": error: this document would print the name of a participant"),
        std::string::npos)
        << written << "\n"
        << r.out;
    ExpectNoSecretQuoted(r.out);
    ExpectNothingWritten();
  }
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
  ExpectNoSecretQuoted(r.out);
  ExpectNothingWritten();
}

// Each ASCII letter as its full-width form (« Ｎｏａ »).
std::string FullWidth(const std::string& text) {
  std::string wide;
  for (char c : text) {
    if (!std::isalpha(static_cast<unsigned char>(c))) {
      wide += c;
      continue;
    }
    const char32_t w = 0xFF00 + static_cast<char32_t>(c - 0x20);
    wide += static_cast<char>(0xE0 | (w >> 12));
    wide += static_cast<char>(0x80 | ((w >> 6) & 0x3F));
    wide += static_cast<char>(0x80 | (w & 0x3F));
  }
  return wide;
}

// Each letter as the Cyrillic letter that looks like it or is written for
// it (« Ноа Фістіф »), or as its small capital (« ɴᴏᴀ ꜰɪᴄᴛɪꜰ »); other
// characters as they are.
std::string Respelled(const std::string& text, const std::map<char, std::string>& letters) {
  std::string respelled;
  for (char c : text) {
    auto letter = letters.find(c);
    respelled += letter == letters.end() ? std::string(1, c) : letter->second;
  }
  return respelled;
}
const std::map<char, std::string> kCyrillic{
    {'A', "\u0410"}, {'a', "\u0430"}, {'B', "\u0412"}, {'c', "\u0441"}, {'D', "\u0414"},
    {'d', "\u0434"}, {'E', "\u0415"}, {'e', "\u0435"}, {'F', "\u0424"}, {'f', "\u0444"},
    {'G', "\u0413"}, {'g', "\u0433"}, {'i', "\u0456"}, {'K', "\u041A"}, {'k', "\u043A"},
    {'L', "\u041B"}, {'l', "\u043B"}, {'M', "\u041C"}, {'m', "\u043C"}, {'N', "\u041D"},
    {'n', "\u043D"}, {'O', "\u041E"}, {'o', "\u043E"}, {'P', "\u041F"}, {'p', "\u043F"},
    {'r', "\u0440"}, {'S', "\u0421"}, {'s', "\u0441"}, {'T', "\u0422"}, {'t', "\u0442"},
    {'u', "\u0443"}, {'v', "\u0432"}, {'x', "\u0445"}, {'y', "\u0443"}, {'z', "\u0437"}};
const std::map<char, std::string> kSmallCapitals{
    {'a', "\u1D00"}, {'b', "\u0299"}, {'c', "\u1D04"}, {'d', "\u1D05"}, {'e', "\u1D07"},
    {'f', "\uA730"}, {'g', "\u0262"}, {'h', "\u029C"}, {'i', "\u026A"}, {'j', "\u1D0A"},
    {'k', "\u1D0B"}, {'l', "\u029F"}, {'m', "\u1D0D"}, {'n', "\u0274"}, {'o', "\u1D0F"},
    {'p', "\u1D18"}, {'r', "\u0280"}, {'s', "\uA731"}, {'t', "\u1D1B"}, {'u', "\u1D1C"},
    {'v', "\u1D20"}, {'w', "\u1D21"}, {'y', "\u028F"}, {'z', "\u1D22"}};

TEST_F(PrivacyTest, ANameInLookAlikeLettersIsRefused) {
  const std::string chapter = content_.File("guide/02-mettre-en-oeuvre.md");
  const std::string original = ReadAll(chapter);
  std::string lower = name_;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const std::string& written :
       {Respelled(FirstName(), kCyrillic) + " " + LastName(), Respelled(name_, kCyrillic),
        Respelled(lower, kSmallCapitals)}) {
    ASSERT_EQ(std::count_if(written.begin(), written.begin() + written.find(' '),
                            [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }),
              0)
        << written << ": no Latin letter left in the first name";
    std::ofstream(chapter) << original;
    const int line = Append(chapter, "\nMerci à " + written + ".\n") + 1;
    CommandResult r = Build("--only guide");
    EXPECT_EQ(r.exit_code, 1) << written << "\n" << r.out;
    EXPECT_NE(r.out.find("guide/02-mettre-en-oeuvre.md:" + std::to_string(line) +
                         ":9: error: this text holds the name of a participant"),
              std::string::npos)
        << written << "\n"
        << r.out;
    ExpectNothingWritten();
  }
}

TEST_F(PrivacyTest, ANameWithInvisibleOrCompatibilityCharactersIsRefused) {
  const std::string chapter = content_.File("guide/02-mettre-en-oeuvre.md");
  const std::string original = ReadAll(chapter);
  const std::string first = FirstName(), last = LastName();
  for (const std::string& written :
       {first.substr(0, 1) + "\u200B" + first.substr(1) + " " + last, first + "\u2060" + last,
        first.substr(0, 2) + "\U000E0061" + first.substr(2) + " " + last,
        first + "&ZeroWidthSpace; " + last, FullWidth(name_)}) {
    std::ofstream(chapter) << original;
    const int line = Append(chapter, "\nMerci à " + written + ".\n") + 1;
    CommandResult r = Build("--only guide");
    EXPECT_EQ(r.exit_code, 1) << written << "\n" << r.out;
    EXPECT_TRUE(std::regex_search(
        r.out, std::regex("guide/02-mettre-en-oeuvre\\.md:" + std::to_string(line) +
                          ":\\d+: error: .*name of a participant")))
        << written << "\n"
        << r.out;
    ExpectNoSecretQuoted(r.out);
    ExpectNothingWritten();
  }
}

// Every word of the theme is checked as written, whether the document
// prints it or not: « (suite) » shows only when a table or a block
// continues on the next page, which the evaluation form's never do.
TEST_F(PrivacyTest, ANameInTheThemesWordsIsRefusedAtTheThemesLineAndColumn) {
  const std::string theme = content_.File("theme.yaml");
  const std::string original = ReadAll(theme);
  for (const auto& [from, to] :
       {std::pair<std::string, std::string>{"page_number: \"page {page}",
                                            "page_number: \"" + name_ + ", page {page}"},
        {"continued: (suite)", "continued: (suite, " + name_ + ")"},
        {"table_of_contents: Sommaire", "table_of_contents: Sommaire de " + name_}}) {
    std::ofstream(theme) << original;
    const int line = Replace(theme, from, to);
    const std::string written = LineOf(ReadAll(theme), line);
    const size_t column = written.find(':') + 3;
    CommandResult r = Build("--only evaluation-form");
    EXPECT_EQ(r.exit_code, 1) << to << "\n" << r.out;
    EXPECT_NE(r.out.find("theme.yaml:" + std::to_string(line) + ":" + std::to_string(column) +
                         ": error: this text holds the name of a participant"),
              std::string::npos)
        << to << "\n"
        << r.out;
    ExpectNoSecretQuoted(r.out);
    ExpectNothingWritten();
  }
}

TEST_F(PrivacyTest, ANameInADocumentsThemeInKitYamlIsRefusedThere) {
  const int line =
      Replace(content_.File("kit.yaml"), "    paper: A5\n",
              "    paper: A5\n    theme: {words: {continued: \"" + name_ + " (suite)\"}}\n") +
      1;
  const size_t column = LineOf(ReadAll(content_.File("kit.yaml")), line).find('"') + 1;
  CommandResult r = Build("--only guide");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("kit.yaml:" + std::to_string(line) + ":" + std::to_string(column) +
                       ": error: this text holds the name of a participant"),
            std::string::npos)
      << r.out;
  ExpectNoSecretQuoted(r.out);
  ExpectNothingWritten();
}

// Markup that hides the name from the content check (an entity, a
// comment) is caught in what the document prints, at the line's text.
TEST_F(PrivacyTest, ANameSplitByMarkupIsRefusedAtItsLineAndColumn) {
  const std::string chapter = content_.File("guide/02-mettre-en-oeuvre.md");
  const std::string original = ReadAll(chapter);
  const std::string first = FirstName(), last = LastName();
  for (const std::string& written :
       {first.substr(0, 2) + "&#" + std::to_string(static_cast<int>(first[2])) + "; " + last,
        first + "&nbsp;" + last,
        first.substr(0, 2) + "<!-- x -->" + first.substr(2) + " " + last}) {
    std::ofstream(chapter) << original;
    const int line = Append(chapter, "\n  Merci à " + written + ".\n") + 1;
    CommandResult r = Build("--only guide");
    EXPECT_EQ(r.exit_code, 1) << written << "\n" << r.out;
    EXPECT_NE(r.out.find("guide/02-mettre-en-oeuvre.md:" + std::to_string(line) +
                         ":3: error: this document would print the name of a participant"),
              std::string::npos)
        << written << "\n"
        << r.out;
    ExpectNoSecretQuoted(r.out);
    ExpectNothingWritten();
  }
}

TEST_F(PrivacyTest, EncodedLinkTargetsAreRefused) {
  std::string encoded_name = name_, encoded_email = email_;
  encoded_name.replace(encoded_name.find(' '), 1, "%20");
  encoded_email.replace(encoded_email.find('@'), 1, "%40");
  const std::string chapter = content_.File("guide/02-mettre-en-oeuvre.md");
  const std::string original = ReadAll(chapter);
  for (const std::string& link : {"[son profil](https://exemple.org/" + encoded_name + ")",
                                  "[écrire](mailto:" + encoded_email + ")"}) {
    std::ofstream(chapter) << original;
    const int line = Append(chapter, "\nVoir " + link + ".\n") + 1;
    CommandResult r = Build("--only guide");
    EXPECT_EQ(r.exit_code, 1) << link << "\n" << r.out;
    EXPECT_TRUE(std::regex_search(
        r.out, std::regex("guide/02-mettre-en-oeuvre\\.md:" + std::to_string(line) +
                          ":1: error: this text holds (the name of a participant|a "
                          "participant's)")))
        << link << "\n"
        << r.out;
    ExpectNoSecretQuoted(r.out);
    ExpectNothingWritten();
  }
  std::ofstream(chapter) << original;
  const int line = Replace(content_.File("resources.yaml"), "website: https://www.lesgeiq.fr",
                           "website: https://www.lesgeiq.fr/" + encoded_name);
  CommandResult r = Build("--only resources");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_TRUE(std::regex_search(r.out, std::regex("resources\\.yaml:" + std::to_string(line) +
                                                  ":\\d+: error: this text holds the name of a")))
      << "at the YAML value\n"
      << r.out;
  ExpectNoSecretQuoted(r.out);
  ExpectNothingWritten();
}

TEST_F(PrivacyTest, ANameAfterATodoNoteIsStillSecretInADraft) {
  Replace(content_.File("report.yaml"), "name: " + name_ + ",",
          "name: \"TODO orthographe ? " + name_ + "\",");
  const int line =
      Append(content_.File("guide/02-mettre-en-oeuvre.md"), "\nMerci à " + name_ + ".\n") + 1;
  for (const std::string& options : {std::string("--draft --only guide"), std::string("--draft")}) {
    CommandResult r = Build(options);
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_TRUE(std::regex_search(
        r.out, std::regex("guide/02-mettre-en-oeuvre\\.md:" + std::to_string(line) +
                          ":\\d+: error: this text holds the name of a participant")))
        << r.out;
    ExpectGuideRefused(options);
    ExpectNoSecretQuoted(r.out);
    EXPECT_EQ(r.out.find("TODO orthographe"), std::string::npos)
        << "the mark itself is not quoted\n"
        << r.out;
    if (options == "--draft") {
      EXPECT_NE(r.out.find("warning: still to fill in: a participant's name"), std::string::npos)
          << r.out;
    }
  }
}

// A TODO mark's warning quotes the mark, unless it names someone: not in the
// terminal, nor in the build's JSON report, nor in the summary CI shows.
TEST_F(PrivacyTest, ATodoMarkThatNamesAParticipantIsNotQuoted) {
  const int line = Replace(content_.File("report.yaml"), "  place: Poitiers",
                           "  place: \"TODO: demander à " + name_ + "\"");
  const std::string report = out_.File("report.json");
  CommandResult r = Build("--draft --only report --report " + ShellQuote(report));
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("report.yaml:" + std::to_string(line) +
                       ":10: warning: still to fill in (its text names a participant who did not "
                       "consent to be named)"),
            std::string::npos)
      << r.out;
  ExpectNoSecretQuoted(r.out);
  const std::string json = ReadAll(report);
  EXPECT_NE(json.find("still to fill in (its text names"), std::string::npos) << json;
  ExpectNoSecretQuoted(json);
  CommandResult summary = Coopkit("summary " + ShellQuote(report));
  EXPECT_EQ(summary.exit_code, 0) << summary.out;
  EXPECT_NE(summary.out.find("holds the name of a participant"), std::string::npos) << summary.out;
  ExpectNoSecretQuoted(summary.out);
}

TEST_F(PrivacyTest, ATitleOnlyTheKitsPageShowsIsRefused) {
  const int line = Replace(content_.File("kit.yaml"), "    title: Fiche comparative",
                           "    title: " + name_ + ", fiche comparative");
  CommandResult r = Build("--only guide");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_TRUE(std::regex_search(r.out, std::regex("kit\\.yaml:" + std::to_string(line - 1) +
                                                  ":\\d+: error: this text holds the name of a")))
      << "at the document's entry\n"
      << r.out;
  ExpectNoSecretQuoted(r.out);
  EXPECT_FALSE(fs::exists(out_.File("index.html")));
  ExpectNothingWritten();
}

}  // namespace
}  // namespace coopkit::testing
