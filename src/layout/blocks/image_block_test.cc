#include "layout/blocks/image_block.h"

#include <gtest/gtest.h>

#include "fonts/fixed_width_font_set.h"
#include "layout/flow/page_composer.h"
#include "layout/inline/first_fit_line_breaker.h"

namespace coopkit::layout {
namespace {

constexpr float kColumn = 300;
constexpr float kMaxHeight = 400;
constexpr float kCaptionSize = 8;
constexpr float kCaptionLine = kCaptionSize * 1.35f;
constexpr float kGap = 5;

class ImageBlockTest : public ::testing::Test {
 protected:
  ImageBlockTest() : setter_(&fonts_, nullptr, &breaker_) {}

  ImageBlock Image(int pixel_width, int pixel_height, const std::string& width = "100%",
                   const std::string& caption = "") {
    std::shared_ptr<const TextSource> caption_text;
    if (!caption.empty()) {
      ParagraphShape shape;
      shape.alignment = Alignment::kCenter;
      caption_text = std::make_shared<TextSource>(
          std::vector<StyledSpan>{
              {caption,
               {fonts_.Face({fonts::FontRole::kBody, false, true}), kCaptionSize, {}, ""}}},
          shape, 1.35f, &setter_);
    }
    return ImageBlock("/contenu/photo.png", pixel_width, pixel_height, *ParseRelativeLength(width),
                      caption_text,
                      {.caption_gap = kGap, .space_around = 10, .max_height = kMaxHeight});
  }

  fonts::FixedWidthFontSet fonts_;
  FirstFitLineBreaker breaker_;
  ParagraphSetter setter_;
};

TEST_F(ImageBlockTest, AWideImageIsScaledDownToTheColumnKeepingItsAspectRatio) {
  ImageBlock::Box box = Image(2000, 1000).ImageBox(kColumn);
  EXPECT_FLOAT_EQ(box.width, kColumn);
  EXPECT_FLOAT_EQ(box.height, kColumn / 2);
  EXPECT_FLOAT_EQ(Image(2000, 1000).Wrap(kColumn), kColumn / 2);
}

TEST_F(ImageBlockTest, ASmallImageIsNotEnlargedBeyondItsSizeAt96Dpi) {
  ImageBlock::Box box = Image(100, 50).ImageBox(kColumn);
  EXPECT_FLOAT_EQ(box.width, 75);
  EXPECT_FLOAT_EQ(box.height, 37.5f);
}

TEST_F(ImageBlockTest, WidthIsAShareOfTheColumnOrALength) {
  ImageBlock::Box half = Image(2000, 1000, "50%").ImageBox(kColumn);
  EXPECT_FLOAT_EQ(half.width, 150);
  EXPECT_FLOAT_EQ(half.height, 75);
  ImageBlock::Box inch = Image(2000, 1000, "1in").ImageBox(kColumn);
  EXPECT_FLOAT_EQ(inch.width, 72);
  EXPECT_FLOAT_EQ(inch.height, 36);
  // Never wider than the column, whatever the length asked for.
  EXPECT_FLOAT_EQ(Image(2000, 1000, "20cm").ImageBox(kColumn).width, kColumn);
}

TEST_F(ImageBlockTest, ATallImageShrinksSoThatItAndItsCaptionFitThePage) {
  ImageBlock image = Image(1000, 4000, "100%", "Légende");
  ImageBlock::Box box = image.ImageBox(kColumn);
  EXPECT_FLOAT_EQ(box.height, kMaxHeight - kGap - kCaptionLine);
  EXPECT_FLOAT_EQ(box.width, box.height / 4);
  EXPECT_FLOAT_EQ(image.Wrap(kColumn), kMaxHeight);
}

TEST_F(ImageBlockTest, DrawsTheImageCentredWithItsCaptionCentredBelow) {
  ImageBlock image = Image(200, 100, "100%", "Le stand");  // 150 x 75 pt
  page::Page page;
  image.Draw({&page, 0, nullptr}, 50, 100, kColumn);
  ASSERT_EQ(page.images.size(), 1u);
  const page::PlacedImage& placed = page.images[0];
  EXPECT_FLOAT_EQ(placed.x, 50 + (kColumn - 150) / 2);
  EXPECT_FLOAT_EQ(placed.y, 100);
  EXPECT_FLOAT_EQ(placed.width, 150);
  EXPECT_FLOAT_EQ(placed.height, 75);
  EXPECT_EQ(placed.path, "/contenu/photo.png");
  ASSERT_EQ(page.runs.size(), 1u);
  const page::GlyphRun& caption = page.runs[0];
  EXPECT_EQ(caption.text, "Le stand");
  EXPECT_GT(caption.y, 100 + 75 + kGap);
  EXPECT_LT(caption.y, 100 + image.Wrap(kColumn));
  float caption_width = 8 * fonts::FixedWidthFontSet::kAdvance * kCaptionSize;
  EXPECT_FLOAT_EQ(caption.x + caption_width / 2, 50 + kColumn / 2);
  EXPECT_FLOAT_EQ(image.Wrap(kColumn), 75 + kGap + kCaptionLine);
  EXPECT_EQ(placed.orientation, 1);
}

TEST_F(ImageBlockTest, APhotoOnItsSideIsPlacedAsSeenWithItsOrientation) {
  // Seen 100 x 200 pixels; stored 200 x 100 and turned a quarter (EXIF 8).
  ImageBlock image("/contenu/portrait.jpg", 100, 200, *ParseRelativeLength("100%"), nullptr,
                   {.caption_gap = kGap, .space_around = 10, .max_height = kMaxHeight}, 8);
  page::Page page;
  image.Draw({&page, 0, nullptr}, 50, 100, kColumn);
  ASSERT_EQ(page.images.size(), 1u);
  EXPECT_FLOAT_EQ(page.images[0].width, 75);
  EXPECT_FLOAT_EQ(page.images[0].height, 150);
  EXPECT_EQ(page.images[0].orientation, 8);
  EXPECT_EQ(page.images[0].pixel_width, 100);  // as seen
}

TEST_F(ImageBlockTest, IsNeverSplit) {
  auto image = std::make_shared<ImageBlock>(Image(2000, 1000, "100%", "Légende"));
  float height = image->Wrap(kColumn);
  BlockSplit split = image->Split(kColumn, height - 1);
  EXPECT_EQ(split.head, nullptr);
  EXPECT_EQ(split.rest, image);
  EXPECT_EQ(image->Split(kColumn, height).rest, nullptr);
}

class ImageInDocumentTest : public ::testing::Test {
 protected:
  doc::Node* AddImage(int pixel_width, int pixel_height) {
    doc::Node* image = document_.root->Append(doc::NodeKind::kImage);
    image->attributes = {{"src", "/contenu/photo.jpg"},
                         {"caption", "Légende"},
                         {"pixel-width", std::to_string(pixel_width)},
                         {"pixel-height", std::to_string(pixel_height)}};
    image->source_line = 12;
    return image;
  }
  page::LaidOutDocument Compose() {
    return PageComposer().Compose(document_, theme_, fonts_, nullptr, &diagnostics_);
  }

  doc::Document document_;
  Theme theme_;
  fonts::FixedWidthFontSet fonts_;
  DiagnosticList diagnostics_;
};

TEST_F(ImageInDocumentTest, AnImageThatDoesNotFitMovesWholeToTheNextPage) {
  // Paragraphs filling most of the first page, then a photo half a page tall.
  for (int i = 0; i < 20; ++i) {
    document_.root->Append(doc::NodeKind::kParagraph)->Append(doc::NodeKind::kText)->text = "ligne";
  }
  AddImage(1200, 800);
  page::LaidOutDocument laid_out = Compose();
  EXPECT_TRUE(diagnostics_.empty());
  ASSERT_EQ(laid_out.pages.size(), 2u);
  EXPECT_TRUE(laid_out.pages[0].images.empty());
  ASSERT_EQ(laid_out.pages[1].images.size(), 1u);
  const page::PlacedImage& placed = laid_out.pages[1].images[0];
  EXPECT_FLOAT_EQ(placed.y, theme_.page.margin_top);
  EXPECT_FLOAT_EQ(placed.width, theme_.page.ContentWidth());
  EXPECT_FLOAT_EQ(placed.height, theme_.page.ContentWidth() * 800 / 1200);
  bool caption_on_second_page = false;
  for (const page::GlyphRun& run : laid_out.pages[1].runs)
    caption_on_second_page |= run.text == "Légende";
  EXPECT_TRUE(caption_on_second_page);
}

TEST_F(ImageInDocumentTest, AnImageWithoutItsPixelSizeIsLeftOutWithAWarning) {
  AddImage(0, 0)->attributes.erase("pixel-width");
  page::LaidOutDocument laid_out = Compose();
  EXPECT_TRUE(laid_out.pages[0].images.empty());
  ASSERT_EQ(diagnostics_.WarningCount(), 1u);
  EXPECT_EQ(diagnostics_.items()[0].location.line, 12);
}

}  // namespace
}  // namespace coopkit::layout
