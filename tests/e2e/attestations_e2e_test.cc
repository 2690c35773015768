// One template, many records: templates/attestations.mustache over a table
// of participants saved from a spreadsheet (participants.csv) gives one
// attestation a page, each naming its participant, and a damaged table is
// an error at its place.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/e2e/pdf_probe.h"
#include "tests/e2e/shipped_kit.h"

namespace coopkit::testing {
namespace {

namespace fs = std::filesystem;

class AttestationsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::copy(std::string(COOPKIT_SOURCE_DIR) + "/content", content_.path(),
             fs::copy_options::recursive);
    std::ofstream(content_.File("kit.yaml"), std::ios::app)
        << "  - name: attestations\n"
           "    title: Attestation de participation\n"
           "    template: attestations.mustache\n"
           "    content: [forum.yaml, event.yaml, participants.csv]\n"
           "    output: attestations.pdf\n"
           "    scope: workshop\n";
    std::ofstream(content_.File("schemas/participants.yaml"))
        << "participants:\n  - nom: text\n    structure: text?\n";
  }
  CommandResult Build(const std::string& table) {
    std::ofstream(content_.File("participants.csv"), std::ios::binary) << table;
    return Coopkit("build --only attestations --content " + ShellQuote(content_.path()) +
                   " --out " + ShellQuote(out_.path()));
  }
  TempDir content_, out_;
};

TEST_F(AttestationsTest, EachLineOfTheTableGetsItsOwnPage) {
  // As a French spreadsheet saves it: semicolons, CRLF, a quoted cell, an empty one.
  CommandResult r = Build(
      "nom;structure\r\nCamille Martin;AGEC & Co\r\nÉlodie Noël;\r\n\"Dupont; Jean\";e-graine\r\n");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(r.out.find("warning"), std::string::npos) << r.out;
  PdfProbe pdf(out_.File("attestations.pdf"));
  ASSERT_EQ(pdf.Info()["Pages"], "3");
  const char* names[] = {"Camille Martin, AGEC & Co,", "Élodie Noël", "Dupont; Jean, e-graine,"};
  for (int page = 1; page <= 3; ++page) {
    const std::string text = Comparable(pdf.Text(page));
    EXPECT_NE(text.find(Typeset(names[page - 1])), std::string::npos) << page << ": " << text;
    EXPECT_NE(text.find("Attestation de participation"), std::string::npos);
  }
  EXPECT_EQ(Comparable(pdf.Text(2)).find("Élodie Noël,"), std::string::npos)
      << "an empty cell prints nothing";
}

TEST_F(AttestationsTest, ADamagedTableIsAnErrorAtItsPlace) {
  CommandResult r = Build("nom;structure\nCamille;\"AGEC & Co\nLou;e-graine\n");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find(content_.File("participants.csv") +
                       ":2:9: error: this quoted cell is never closed"),
            std::string::npos)
      << r.out;
  EXPECT_FALSE(fs::exists(out_.File("attestations.pdf")));
  CommandResult extra = Build("nom;structure\nCamille;AGEC;86000\n");
  EXPECT_NE(extra.out.find("participants.csv:2:14: error: this line has 3 cells"),
            std::string::npos)
      << extra.out;
}

}  // namespace
}  // namespace coopkit::testing
