#include "kit/index_page_writer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "base/file_io.h"
#include "tests/support/faulty_disk.h"
#include "tests/support/test_pdfs.h"
#include "tests/support/tool_runner.h"

namespace coopkit::kit {
namespace {

namespace fs = std::filesystem;
using coopkit::testing::DecodePng;
using coopkit::testing::TempDir;

class IndexPageWriterTest : public ::testing::Test {
 protected:
  IndexPageWriterTest() {
    kit_.title = "Kit de test";
    kit_.kit.kind = content::ValueKind::kMap;
    kit_.documents = {Spec("guide", "Guide", "guide.pdf"), Spec("sheet", "Fiche", "sheet.pdf"),
                      Spec("never", "Jamais construit", "never.pdf")};
    Built("guide", "guide.pdf", OnePage(420, 595));
    Built("sheet", "sheet.pdf", OnePage(842, 595));
  }

  static content::DocumentSpec Spec(const std::string& name, const std::string& title,
                                    const std::string& output) {
    content::DocumentSpec spec;
    spec.name = name;
    spec.title = title;
    spec.output = output;
    return spec;
  }

  static std::string OnePage(int width, int height) {
    return coopkit::testing::OnePagePdf(width, height);
  }

  // A document the output folder holds, as its build recorded it.
  void Built(const std::string& name, const std::string& output, const std::string& bytes,
             const std::string& hash = "") {
    std::ofstream(out_.File(output), std::ios::binary) << bytes;
    built_.Put(
        {.name = name, .output = output, .output_hash = hash, .pages = 1, .bytes = bytes.size()});
  }

  IndexPageInputs Inputs() const {
    return {.kit = &kit_, .built = &built_, .out_dir = out_.path(), .built_at = 1796083200};
  }

  std::string Read(const std::string& name) const {
    std::string error;
    return ReadFile(out_.File(name), &error).value_or("");
  }

  TempDir out_;
  content::KitManifest kit_;
  BuildManifest built_;
};

TEST_F(IndexPageWriterTest, GivesEachDocumentTheFolderHoldsACardWithItsFirstPage) {
  DiagnosticList diagnostics;
  ASSERT_TRUE(WriteIndexPage(Inputs(), SystemDisk(), &diagnostics));
  EXPECT_TRUE(diagnostics.items().empty());
  const std::string html = Read("index.html");
  EXPECT_NE(html.find(">Guide</a></h2>"), std::string::npos) << html;
  EXPECT_NE(html.find(">Fiche</a></h2>"), std::string::npos);
  EXPECT_EQ(html.find("Jamais construit"), std::string::npos);  // no PDF: no card
  EXPECT_NE(html.find("Construit le 1er\u00A0décembre\u00A02026"), std::string::npos);
  // Each first page, rendered from the PDF, its longer side kThumbnailPixels.
  RgbImage portrait = DecodePng(Read(ThumbnailPath("guide.pdf", "")));
  RgbImage landscape = DecodePng(Read(ThumbnailPath("sheet.pdf", "")));
  EXPECT_EQ(portrait.height, kThumbnailPixels);
  EXPECT_EQ(landscape.width, kThumbnailPixels);
  EXPECT_NE(html.find("<img src=\"thumbnails/guide.png\" width=\"" +
                      std::to_string((portrait.width + 1) / 2) + "\" height=\"240\""),
            std::string::npos)
      << html;
}

TEST_F(IndexPageWriterTest, RewritesNothingWhenNothingChanged) {
  DiagnosticList diagnostics;
  ASSERT_TRUE(WriteIndexPage(Inputs(), SystemDisk(), &diagnostics));
  coopkit::testing::FaultyDisk disk;
  ASSERT_TRUE(WriteIndexPage(Inputs(), &disk, &diagnostics));
  EXPECT_EQ(disk.renames(), 0);
  EXPECT_EQ(disk.appends(), 0);
}

TEST_F(IndexPageWriterTest, UsesThePicturesJustRenderedAndKeepsTheOthers) {
  DiagnosticList diagnostics;
  ASSERT_TRUE(WriteIndexPage(Inputs(), SystemDisk(), &diagnostics));
  const std::string sheet = Read(ThumbnailPath("sheet.pdf", ""));
  IndexPageInputs inputs = Inputs();
  inputs.thumbnails["guide"] = EncodePng(RgbImage{2, 4, std::vector<uint8_t>(24, 0x80)});
  ASSERT_TRUE(WriteIndexPage(inputs, SystemDisk(), &diagnostics));
  EXPECT_EQ(Read(ThumbnailPath("guide.pdf", "")), inputs.thumbnails["guide"]);
  EXPECT_EQ(Read(ThumbnailPath("sheet.pdf", "")), sheet);
  EXPECT_NE(Read("index.html").find("src=\"thumbnails/guide.png\" width=\"1\" height=\"2\""),
            std::string::npos);
}

TEST_F(IndexPageWriterTest, DropsThePicturesOfDocumentsNoLongerInTheKit) {
  DiagnosticList diagnostics;
  ASSERT_TRUE(WriteIndexPage(Inputs(), SystemDisk(), &diagnostics));
  kit_.documents.erase(kit_.documents.begin() + 1);  // the sheet
  ASSERT_TRUE(WriteIndexPage(Inputs(), SystemDisk(), &diagnostics));
  EXPECT_TRUE(fs::exists(out_.File(ThumbnailPath("guide.pdf", ""))));
  EXPECT_FALSE(fs::exists(out_.File(ThumbnailPath("sheet.pdf", ""))));
  EXPECT_EQ(Read("index.html").find(">Fiche<"), std::string::npos);
}

// A run may replace a PDF and stop before its picture is written: the next
// one must not show the old first page.
TEST_F(IndexPageWriterTest, ANewPdfGetsANewPictureEvenWhenNoneWasGiven) {
  Built("guide", "guide.pdf", OnePage(420, 595), "0123456789abcdef");
  DiagnosticList diagnostics;
  ASSERT_TRUE(WriteIndexPage(Inputs(), SystemDisk(), &diagnostics));
  const std::string before = ThumbnailPath("guide.pdf", "0123456789abcdef");
  EXPECT_EQ(DecodePng(Read(before)).height, kThumbnailPixels);         // portrait
  Built("guide", "guide.pdf", OnePage(842, 595), "fedcba9876543210");  // now landscape
  ASSERT_TRUE(WriteIndexPage(Inputs(), SystemDisk(), &diagnostics));
  const std::string after = ThumbnailPath("guide.pdf", "fedcba9876543210");
  EXPECT_NE(after, before);
  EXPECT_EQ(DecodePng(Read(after)).width, kThumbnailPixels);
  EXPECT_FALSE(fs::exists(out_.File(before)));
  EXPECT_NE(Read("index.html").find("src=\"" + after + "\""), std::string::npos);
}

TEST_F(IndexPageWriterTest, APdfThatCannotBeRenderedHasACardWithoutPicture) {
  Built("guide", "guide.pdf", "%PDF-1.4 cut short");
  DiagnosticList diagnostics;
  ASSERT_TRUE(WriteIndexPage(Inputs(), SystemDisk(), &diagnostics));
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(diagnostics.items()[0].severity, Severity::kWarning);
  EXPECT_NE(diagnostics.items()[0].message.find("first page cannot be shown"), std::string::npos);
  const std::string html = Read("index.html");
  EXPECT_NE(html.find(">Guide</a></h2>"), std::string::npos);
  EXPECT_EQ(html.find("thumbnails/guide.png"), std::string::npos);
}

TEST_F(IndexPageWriterTest, AFileThatCannotBeWrittenIsAnErrorAndLeavesTheOldOne) {
  DiagnosticList diagnostics;
  ASSERT_TRUE(WriteIndexPage(Inputs(), SystemDisk(), &diagnostics));
  const std::string before = Read("index.html");
  kit_.title = "Kit renommé";
  coopkit::testing::FaultyDisk disk;
  disk.FailRename(1);
  EXPECT_FALSE(WriteIndexPage(Inputs(), &disk, &diagnostics));
  ASSERT_TRUE(diagnostics.HasErrors());
  EXPECT_EQ(Read("index.html"), before);
  for (const auto& entry : fs::directory_iterator(out_.path()))
    EXPECT_EQ(entry.path().filename().string().find(".tmp"), std::string::npos) << entry.path();
}

}  // namespace
}  // namespace coopkit::kit
