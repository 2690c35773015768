#include "base/folded_words.h"

#include <gtest/gtest.h>

namespace coopkit {
namespace {

bool Holds(std::string_view text, std::string_view name) {
  return FoldedWords(text).Find(FoldedWords(name)).has_value();
}

TEST(FoldedWordsTest, ANameIsFoundHoweverItIsWritten) {
  EXPECT_TRUE(Holds("Merci à Élodie Durand pour", "Élodie Durand"));
  EXPECT_TRUE(Holds("MERCI À ELODIE DURAND", "Élodie Durand")) << "capitals without accents";
  EXPECT_TRUE(Holds("avec Élodie\nDurand", "Élodie Durand")) << "across a line break";
  EXPECT_TRUE(Holds("avec **Élodie** _Durand_", "Élodie Durand")) << "with emphasis";
  EXPECT_TRUE(Holds("avec É**lo**die Du\u00ADrand", "Élodie Durand")) << "inside words";
  EXPECT_TRUE(Holds("avec E\u0301lodie\u00A0Durand", "Élodie Durand")) << "decomposed, no-break";
  EXPECT_TRUE(Holds("d’Élodie Durand", "Élodie Durand"));
  EXPECT_TRUE(Holds("Jean Pierre Lefèvre", "Jean-Pierre Lefèvre"));
  EXPECT_TRUE(Holds("mailto:Camille@Example.org", "camille@example.org"));
  EXPECT_TRUE(Holds("camille @ example . org", "camille@example.org"));
}

TEST(FoldedWordsTest, OnlyWholeWordsInSequenceMatch) {
  EXPECT_FALSE(Holds("voir l’annexe", "Anne"));
  EXPECT_FALSE(Holds("Élodie et Durand", "Élodie Durand"));
  EXPECT_FALSE(Holds("Élodie, Durand", "Élodie Durand")) << "two people in a list";
  EXPECT_FALSE(Holds("camille.example.org", "camille@example.org"));
  EXPECT_FALSE(Holds("Durand Élodie", "Élodie Durand"));
  EXPECT_FALSE(Holds("Élodie Durandal", "Élodie Durand"));
  EXPECT_FALSE(Holds("anything", "")) << "an empty name is never found";
  EXPECT_FALSE(Holds("", "Élodie"));
}

TEST(FoldedWordsTest, AFindSaysWhichChunkAndWhereInIt) {
  FoldedWords text;
  text.Append("Le compte rendu", 1);
  text.Append("cite **Noa** Petit ici", 7);
  auto at = text.Find(FoldedWords("noa petit"));
  ASSERT_TRUE(at);
  EXPECT_EQ(at->chunk, 7);
  EXPECT_EQ(at->offset, 7u);  // after "cite **"
  EXPECT_FALSE(text.Find(FoldedWords("rendu cite"))) << "two chunks never join a name";
  text.Append("NOA PETIT", 9);
  std::vector<FoldedWords::Place> all = text.FindAll(FoldedWords("Noa Petit"));
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].chunk, 9);
  EXPECT_EQ(all[1].offset, 0u);
}

}  // namespace
}  // namespace coopkit
