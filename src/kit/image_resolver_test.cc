#include "kit/image_resolver.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "base/file_io.h"
#include "tests/support/test_images.h"
#include "tests/support/tool_runner.h"

namespace coopkit::kit {
namespace {

namespace fs = std::filesystem;
using doc::Node;
using doc::NodeKind;
using testing::PngBytes;
using testing::TempDir;

const std::string kTemplate = "templates/report.mustache";

class ImageResolverTest : public ::testing::Test {
 protected:
  ImageResolverTest() {
    content_ = temp_.File("content");
    fs::create_directories(content_ + "/photos");
    Write("photos/atelier.png", PngBytes({.width = 64, .height = 48, .alpha = true}));
  }

  void Write(const std::string& name, const std::string& bytes) {
    std::string error;
    ASSERT_TRUE(WriteFileAtomically(content_ + "/" + name, bytes, &error)) << error;
  }

  /// A document with one image of `src` at line 7, inside a callout.
  Node* AddImage(const std::string& src) {
    Node* callout = root_.Append(NodeKind::kCallout);
    Node* image = callout->Append(NodeKind::kImage);
    image->attributes["src"] = src;
    image->source_line = 7;
    return image;
  }

  /// The one error reported, checked to be at the image's line.
  std::string OnlyError() {
    EXPECT_EQ(diagnostics_.ErrorCount(), 1u);
    if (diagnostics_.items().empty()) return "";
    const Diagnostic& d = diagnostics_.items()[0];
    EXPECT_EQ(d.location.file, kTemplate);
    EXPECT_EQ(d.location.line, 7);
    return d.message + " | " + d.hint;
  }

  void Resolve(const ImageMentions& mentions = {}) {
    ResolveImages(&root_, content_, kTemplate, mentions, &diagnostics_);
  }

  TempDir temp_;
  std::string content_;
  Node root_;
  DiagnosticList diagnostics_;
};

TEST_F(ImageResolverTest, GivesLayoutTheAbsolutePathAndPixelSize) {
  Node* image = AddImage("photos/../photos/atelier.png");
  Resolve();
  EXPECT_TRUE(diagnostics_.empty());
  EXPECT_EQ(image->Attribute("src"), fs::canonical(content_ + "/photos/atelier.png").string());
  EXPECT_EQ(image->Attribute("pixel-width"), "64");
  EXPECT_EQ(image->Attribute("pixel-height"), "48");
}

TEST_F(ImageResolverTest, APhotoStoredOnItsSideIsSizedAsSeen) {
  Write("photos/portrait.jpg",
        coopkit::testing::QuadrantJpegBytes(60, 40, {coopkit::testing::ExifOrientationSegment(6)}));
  Write("photos/upright.jpg", coopkit::testing::QuadrantJpegBytes(60, 40));
  Node* portrait = AddImage("photos/portrait.jpg");
  Node* upright = AddImage("photos/upright.jpg");
  Resolve();
  EXPECT_TRUE(diagnostics_.empty());
  EXPECT_EQ(portrait->Attribute("pixel-width"), "40");
  EXPECT_EQ(portrait->Attribute("pixel-height"), "60");
  EXPECT_EQ(portrait->Attribute("orientation"), "6");
  EXPECT_EQ(upright->Attribute("pixel-width"), "60");
  EXPECT_EQ(upright->Attribute("orientation", "none"), "none");
}

TEST_F(ImageResolverTest, RefusesAnAbsolutePath) {
  Node* image = AddImage(content_ + "/photos/atelier.png");
  Resolve();
  EXPECT_NE(OnlyError().find("is absolute"), std::string::npos);
  EXPECT_EQ(image->Attribute("pixel-width"), "");
}

TEST_F(ImageResolverTest, RefusesAPathThatClimbsOutOfTheContentFolder) {
  Write("../secret.png", PngBytes({.width = 2, .height = 2}));
  AddImage("photos/../../secret.png");
  Resolve();
  std::string error = OnlyError();
  EXPECT_NE(error.find("image 'photos/../../secret.png' leaves the folder"), std::string::npos)
      << error;
  EXPECT_NE(error.find("photos/atelier.jpg"), std::string::npos) << error;
}

TEST_F(ImageResolverTest, RefusesALinkThatPointsOutOfTheContentFolder) {
  Write("../secret.png", PngBytes({.width = 2, .height = 2}));
  fs::create_symlink(temp_.File("secret.png"), content_ + "/photos/lien.png");
  AddImage("photos/lien.png");
  Resolve();
  EXPECT_NE(OnlyError().find("is a link to " + temp_.File("secret.png") + ", outside the folder"),
            std::string::npos);
}

TEST_F(ImageResolverTest, RefusesAnImageInALinkedFolderOutsideTheContentFolder) {
  fs::create_directories(temp_.File("ailleurs"));
  Write("../ailleurs/photo.png", PngBytes({.width = 2, .height = 2}));
  fs::create_symlink(temp_.File("ailleurs"), content_ + "/ailleurs");
  AddImage("ailleurs/photo.png");
  Resolve();
  EXPECT_NE(OnlyError().find("outside the folder"), std::string::npos);
}

TEST_F(ImageResolverTest, AMissingImageIsAnErrorWithASpellingHint) {
  AddImage("photos/ateleir.png");
  Resolve();
  std::string error = OnlyError();
  EXPECT_NE(error.find("image 'photos/ateleir.png' is not in the content folder"),
            std::string::npos)
      << error;
  EXPECT_NE(error.find("did you mean 'atelier.png'"), std::string::npos) << error;
}

TEST_F(ImageResolverTest, CorruptImagesAreErrorsAndInterlacedOnesAreNot) {
  Write("photos/cassee.jpg", "\xFF\xD8\xFF\xE0 pas une image");
  Write("photos/entrelacee.png", PngBytes({.width = 8, .height = 6, .interlaced = true}));
  AddImage("photos/cassee.jpg");
  Node* interlaced = AddImage("photos/entrelacee.png");
  Resolve();
  EXPECT_NE(OnlyError().find("image 'photos/cassee.jpg' is"), std::string::npos);
  EXPECT_EQ(interlaced->Attribute("pixel-width"), "8");
  EXPECT_EQ(interlaced->Attribute("pixel-height"), "6");
}

TEST_F(ImageResolverTest, AnImageNamedInTheContentIsReportedWhereTheContentNamesIt) {
  Write("photos/coupee.png", PngBytes({.width = 8, .height = 8, .pixels_cut = true}));
  content::ContentValue photos = content::ContentValue::List({"report.yaml", 3, 5});
  photos.items.push_back(
      content::ContentValue::Scalar("photos/coupee.png", {"report.yaml", 4, 13}));
  photos.items.push_back(
      content::ContentValue::Scalar("photos/atelier.png", {"report.yaml", 5, 13}));
  photos.items.push_back(content::ContentValue::Scalar("Schéma", {"report.yaml", 6, 13}));
  ImageMentions mentions = FindImageMentions(photos);
  EXPECT_EQ(mentions.size(), 2u);
  AddImage("photos/coupee.png");
  Resolve(mentions);
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u);
  const Diagnostic& d = diagnostics_.items()[0];
  EXPECT_EQ(d.location.file, "report.yaml");
  EXPECT_EQ(d.location.line, 4);
  EXPECT_EQ(d.location.column, 13);
  EXPECT_NE(d.message.find("image 'photos/coupee.png' is damaged"), std::string::npos) << d.message;
}

}  // namespace
}  // namespace coopkit::kit
