#include "base/text_collator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace coopkit {
namespace {

std::vector<std::string> SortedByKeys(std::vector<std::string> texts) {
  TextCollator collator;
  std::sort(texts.begin(), texts.end(), [&](const std::string& a, const std::string& b) {
    return collator.SortKey(a) < collator.SortKey(b);
  });
  return texts;
}

TEST(TextCollatorTest, AccentsAndCaseOnlyBreakTies) {
  EXPECT_EQ(SortedByKeys({"Ezine", "École", "Dordogne", "ecole", "Fonds", "Économie"}),
            (std::vector<std::string>{"Dordogne", "ecole", "École", "Économie", "Ezine", "Fonds"}));
}

TEST(TextCollatorTest, LigaturesExpand) {
  // « Œuvre » sorts as « OEuvre »: after « Odyssée », before « Ofis ».
  EXPECT_EQ(SortedByKeys({"Ofis", "Œuvre", "Odyssée", "Oeuf"}),
            (std::vector<std::string>{"Odyssée", "Oeuf", "Œuvre", "Ofis"}));
}

TEST(TextCollatorTest, LessAgreesWithSortKeys) {
  TextCollator collator;
  const std::vector<std::string> texts = {"Zèbre", "zèbre", "Éléphant", "elephant", "Œil",
                                          "oeil",  "Ãbc",   "abc",      "",         "Réseau 2"};
  for (const std::string& a : texts) {
    for (const std::string& b : texts) {
      EXPECT_EQ(collator.Less(a, b), collator.SortKey(a) < collator.SortKey(b)) << a << " " << b;
    }
  }
  EXPECT_TRUE(collator.Less("élan", "Élan") != collator.Less("Élan", "élan"));
  EXPECT_FALSE(collator.Less("même", "même"));
}

TEST(TextCollatorTest, OrderIsStableForEqualTexts) {
  TextCollator collator;
  EXPECT_EQ(collator.Order({"b", "a", "B", "a", "à"}), (std::vector<size_t>{1, 3, 4, 0, 2}));
}

}  // namespace
}  // namespace coopkit
