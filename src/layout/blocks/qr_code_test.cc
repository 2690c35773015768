#include "layout/blocks/qr_code.h"

#include <gtest/gtest.h>
#include <qrencode.h>

#include <memory>
#include <string>

#include "layout/blocks/qr_code_block.h"

namespace coopkit::layout {
namespace {

constexpr char kUrl[] = "https://www.les-scop.coop";

TEST(QrCodeTest, MatchesLibqrencodeForAKnownUrl) {
  std::optional<QrCode> code = QrCode::Encode(kUrl);
  ASSERT_TRUE(code);
  std::unique_ptr<QRcode, decltype(&QRcode_free)> reference(
      QRcode_encodeString(kUrl, 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
  ASSERT_TRUE(reference);
  // 25 bytes at level M need version 2: 25 modules a side.
  EXPECT_EQ(code->version(), 2);
  EXPECT_EQ(code->size(), 25);
  EXPECT_EQ(code->size(), reference->width);
  for (int row = 0; row < code->size(); ++row) {
    for (int column = 0; column < code->size(); ++column) {
      EXPECT_EQ(code->Dark(row, column),
                (reference->data[row * reference->width + column] & 1) != 0);
    }
  }
  // The finder pattern's corner: dark at (0,0), light ring at (1,1).
  EXPECT_TRUE(code->Dark(0, 0));
  EXPECT_FALSE(code->Dark(1, 1));
}

TEST(QrCodeTest, RunsCoverExactlyTheDarkModulesAndAreMaximal) {
  std::optional<QrCode> code = QrCode::Encode(kUrl);
  ASSERT_TRUE(code);
  std::vector<int> covered(code->size() * code->size(), 0);
  for (const QrCode::Run& run : code->DarkRuns()) {
    ASSERT_GT(run.length, 0);
    for (int c = run.column; c < run.column + run.length; ++c)
      ++covered[run.row * code->size() + c];
    if (run.column > 0) {
      EXPECT_FALSE(code->Dark(run.row, run.column - 1));
    }
    int end = run.column + run.length;
    if (end < code->size()) {
      EXPECT_FALSE(code->Dark(run.row, end));
    }
  }
  for (int row = 0; row < code->size(); ++row) {
    for (int column = 0; column < code->size(); ++column)
      EXPECT_EQ(covered[row * code->size() + column], code->Dark(row, column) ? 1 : 0);
  }
  // The top row starts with a finder pattern: seven dark modules in one run.
  EXPECT_EQ(code->DarkRuns().front(), (QrCode::Run{0, 0, 7}));
}

TEST(QrCodeTest, EmptyOrOversizedDataIsRefused) {
  EXPECT_FALSE(QrCode::Encode(""));
  EXPECT_FALSE(QrCode::Encode(std::string(4000, 'a')));
}

TEST(QrCodeBlockTest, DrawsTheRunsInsideTheQuietZoneWithALink) {
  std::optional<QrCode> code = QrCode::Encode(kUrl);
  ASSERT_TRUE(code);
  QrCodeBlock block(*code, kUrl, 66, 0);
  page::Page page;
  DrawContext context{&page, 0, nullptr};
  block.Draw(context, 100, 200, 300);
  EXPECT_EQ(block.Wrap(300), 66);
  ASSERT_EQ(page.rects.size(), 1u);
  EXPECT_EQ(page.rects[0].width, 66);  // the light square under everything
  const float module = 66.0f / (25 + 8);
  EXPECT_FLOAT_EQ(block.module(), module);
  ASSERT_EQ(page.grids.size(), 1u);
  const page::CellGrid& grid = page.grids[0];
  EXPECT_FLOAT_EQ(grid.x, 100 + 4 * module);
  EXPECT_FLOAT_EQ(grid.y, 200 + 4 * module);
  EXPECT_FLOAT_EQ(grid.cell, module);
  EXPECT_EQ(grid.runs, code->DarkRuns());
  for (const page::CellGrid::Run& run : grid.runs) {
    EXPECT_GE(run.column, 0);
    EXPECT_LE(run.column + run.length, code->size());
  }
  ASSERT_EQ(page.links.size(), 1u);
  EXPECT_EQ(page.links[0].uri, kUrl);
}

TEST(QrCodeBlockTest, NeverSmallerThanEighteenMillimetres) {
  QrCodeBlock block(*QrCode::Encode("x"), "x", 10, 0);
  EXPECT_FLOAT_EQ(block.side(), kMinQrSide);
  page::Page page;
  block.Draw({&page, 0, nullptr}, 0, 0, 100);
  EXPECT_TRUE(page.links.empty());  // not a web address
}

}  // namespace
}  // namespace coopkit::layout
