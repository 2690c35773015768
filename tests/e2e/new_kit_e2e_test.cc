// `coopkit new kit`: the starter kit another organisation begins with builds
// at once, final and without a warning, and none of its documents names the
// shipped kit's organisation, city or legal sources; from the forum's export
// its event is what `coopkit import` writes; a folder already there is kept.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/e2e/pdf_probe.h"
#include "tests/e2e/shipped_kit.h"

namespace coopkit::testing {
namespace {

const std::string kSource = COOPKIT_SOURCE_DIR;

class NewKitTest : public ::testing::Test {
 protected:
  std::string Kit() const { return scratch_.File("mon-kit"); }
  std::string Out() const { return scratch_.File("out"); }
  CommandResult Build(const std::string& options = "") const {
    return Coopkit(
        "build --content " + ShellQuote(Kit()) + " --out " + ShellQuote(Out()) + " " + options,
        std::string("SOURCE_DATE_EPOCH=") + kEpoch);
  }

  TempDir scratch_;
};

TEST_F(NewKitTest, BuildsAtOnceFinalWithoutAWordOfTheShippedKit) {
  CommandResult made = Coopkit("new kit " + ShellQuote(Kit()));
  ASSERT_EQ(made.exit_code, 0) << made.out;
  EXPECT_NE(made.out.find("wrote " + Kit() + " ("), std::string::npos) << made.out;
  EXPECT_NE(made.out.find("coopkit build --content " + Kit()), std::string::npos) << made.out;
  EXPECT_TRUE(std::filesystem::exists(Kit() + "/schemas/report.yaml"));
  EXPECT_FALSE(std::filesystem::exists(Kit() + "/schemas/legal-forms.yaml"));

  CommandResult built = Build("--strict");
  ASSERT_EQ(built.exit_code, 0) << built.out;
  EXPECT_EQ(built.out.find("warning"), std::string::npos) << built.out;

  const std::vector<std::string> pdfs = PdfsIn(Out());
  std::vector<std::string> names;
  for (const std::string& pdf : pdfs) names.push_back(std::filesystem::path(pdf).filename());
  EXPECT_EQ(names, (std::vector<std::string>{"contribution.pdf", "evaluation-form.pdf", "guide.pdf",
                                             "report.pdf", "resources.pdf"}));
  for (const std::string& pdf : pdfs) {
    PdfProbe probe(pdf);
    std::string printed = probe.Text();
    ASSERT_GT(printed.size(), 200u) << pdf;
    for (const auto& [key, value] : probe.Info()) printed += "\n" + key + ": " + value;
    for (const LinkAnnotation& link : probe.Links()) printed += "\n" + link.uri;
    for (const char* shipped : {"CRGE", "Groupements d", "Poitiers", "Légifrance", "legifrance"})
      EXPECT_EQ(printed.find(shipped), std::string::npos) << pdf << " prints " << shipped;
    EXPECT_FALSE(HasDraftMark(pdf, 1)) << pdf;
  }
  EXPECT_NE(PdfProbe(Out() + "/guide.pdf").Text().find("proposé par la FEC"), std::string::npos);
}

TEST_F(NewKitTest, FromTheForumsExportItsEventIsTheImportedOne) {
  CommandResult made =
      Coopkit("new kit " + ShellQuote(Kit()) + " --from content/exports/contribution-crge.txt");
  ASSERT_EQ(made.exit_code, 0) << made.out;
  EXPECT_EQ(ReadAll(Kit() + "/event.yaml"), ReadAll(kSource + "/content/event.yaml"));
  EXPECT_NE(made.out.find(Kit() + "/kit.yaml:15:25: warning: the covers will say « proposé par "
                                  "la CRGE »"),
            std::string::npos)
      << made.out;
  CommandResult built = Build();
  EXPECT_EQ(built.exit_code, 0) << built.out;
  EXPECT_EQ(built.out.find("warning"), std::string::npos) << built.out;
}

TEST_F(NewKitTest, AFolderAlreadyThereIsKept) {
  std::filesystem::create_directory(Kit());
  std::ofstream(Kit() + "/notes.txt") << "à garder\n";
  CommandResult made = Coopkit("new kit " + ShellQuote(Kit()));
  EXPECT_EQ(made.exit_code, 1) << made.out;
  EXPECT_NE(made.out.find(Kit() + ": error: already exists"), std::string::npos) << made.out;
  EXPECT_EQ(ReadAll(Kit() + "/notes.txt"), "à garder\n");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(Kit()),
                          std::filesystem::directory_iterator()),
            1);
}

TEST_F(NewKitTest, TheCommandLineNamesIt) {
  CommandResult help = Coopkit("--help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("`new kit DIR`"), std::string::npos) << help.out;
  CommandResult new_help = Coopkit("new --help");
  EXPECT_NE(new_help.out.find("--from"), std::string::npos) << new_help.out;
  EXPECT_EQ(Coopkit("new kit").exit_code, 2);
  EXPECT_EQ(Coopkit("new report " + ShellQuote(Kit())).exit_code, 2);
  EXPECT_FALSE(std::filesystem::exists(Kit()));
}

}  // namespace
}  // namespace coopkit::testing
