// The print-shop options through the coopkit command, on a copy of the
// shipped kit: the report (which holds a photo with transparency) written as
// PDF/A-1b by `pdfa: true` in kit.yaml, read back with qpdf and pdfimages.
#include <gtest/gtest.h>

#include <string>

#include "tests/e2e/shipped_kit.h"
#include "tests/support/tool_runner.h"

namespace coopkit::testing {
namespace {

// Runs a tool that must succeed and returns its standard output.
std::string Tool(const std::string& command) {
  int exit_code;
  std::string output = RunTool(command + " 2>/dev/null", &exit_code);
  EXPECT_EQ(exit_code, 0) << command;
  return output;
}

class PrintShopTest : public ContentCopy, public ::testing::Test {
 protected:
  CommandResult BuildOnly(const std::string& document, const std::string& out,
                          const std::string& options = "") const {
    return Coopkit("build --only " + document + " --content " + ShellQuote(content_.path()) +
                       " --templates " + ShellQuote(templates_.path()) + " --out " +
                       ShellQuote(out) + " " + options,
                   std::string("SOURCE_DATE_EPOCH=") + kEpoch);
  }
};

TEST_F(PrintShopTest, PdfaReportHasXmpAnOutputIntentNoMaskAndTheSameBytesTwice) {
  TempDir plain;
  ASSERT_EQ(BuildOnly("report", plain.path()).exit_code, 0);
  const std::string plain_pdf = ShellQuote(plain.File("report.pdf"));
  ASSERT_NE(Tool("qpdf --qdf --object-streams=disable " + plain_pdf + " -").find("/SMask"),
            std::string::npos)
      << "the shipped report's photo has transparency";

  Replace(content_.File("kit.yaml"), "    output: report.pdf\n",
          "    output: report.pdf\n    pdfa: true\n");
  TempDir first, second;
  CommandResult built = BuildOnly("report", first.path());
  ASSERT_EQ(built.exit_code, 0) << built.out;
  ASSERT_EQ(BuildOnly("report", second.path()).exit_code, 0);
  EXPECT_EQ(ReadAll(first.File("report.pdf")), ReadAll(second.File("report.pdf")));

  const std::string pdf = ShellQuote(first.File("report.pdf"));
  EXPECT_NE(Tool("qpdf --check " + pdf).find("No syntax or stream encoding errors"),
            std::string::npos);
  const std::string qdf = Tool("qpdf --qdf --object-streams=disable " + pdf + " -");
  EXPECT_NE(qdf.find("<pdfaid:part>1</pdfaid:part>"), std::string::npos);
  EXPECT_NE(qdf.find("/S /GTS_PDFA1"), std::string::npos);
  EXPECT_NE(qdf.find("/DestOutputProfile "), std::string::npos);
  EXPECT_EQ(qdf.find("/SMask"), std::string::npos);
  EXPECT_EQ(Tool("pdfimages -list " + pdf).find("smask"), std::string::npos);
  const std::string raw = ReadAll(first.File("report.pdf"));
  EXPECT_NE(raw.find("/ID ["), std::string::npos);
}

}  // namespace
}  // namespace coopkit::testing
