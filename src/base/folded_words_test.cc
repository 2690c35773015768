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

TEST(FoldedWordsTest, InvisibleCharactersInsideANameAreIgnored) {
  for (const char* invisible :
       {"\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\uFEFF", "\u180E", "\u2060", "\u034F",
        "\U000E0061", "\U000E007F", "\u00AD"}) {
    EXPECT_TRUE(Holds(std::string("avec No") + invisible + "a Fictif", "Noa Fictif"))
        << "U+" << std::hex << static_cast<int>(invisible[1]);
    EXPECT_TRUE(Holds(std::string("avec Noa") + invisible + " Fictif", "Noa Fictif"));
    EXPECT_TRUE(Holds("avec Noa Fictif", std::string("No") + invisible + "a Fictif"))
        << "in the name as listed too";
  }
}

TEST(FoldedWordsTest, CompatibilityFormsAndLigaturesAreTheirLetters) {
  EXPECT_TRUE(Holds("avec Noa \uFB01ctif", "Noa Fictif")) << "ﬁ ligature";
  EXPECT_TRUE(Holds("avec \uFF2E\uFF4F\uFF41 \uFF26\uFF49\uFF43\uFF54\uFF49\uFF46", "Noa Fictif"))
      << "full-width letters";
  EXPECT_TRUE(Holds("Merci à Laetitia Dupont", "Lætitia Dupont"));
  EXPECT_TRUE(Holds("MERCI À LÆTITIA DUPONT", "Laetitia Dupont"));
  EXPECT_TRUE(Holds("Merci à Zoe Coeur", "Zoë Cœur"));
  EXPECT_TRUE(Holds("Merci à ŒDIPE", "Oedipe"));
  EXPECT_TRUE(Holds("Merci à Jan Strauss", "Jan Strauß"));
  EXPECT_TRUE(Holds("Merci à JAN STRAUẞ", "Jan Strauss"));
  EXPECT_TRUE(Holds("noa.fictif\uFF20exemple.org", "noa.fictif@exemple.org"))
      << "full-width punctuation";
}

TEST(FoldedWordsTest, LettersOfOtherScriptsThatLookLatinAreTheLatinOnes) {
  const FoldedWords name("Noa Fictif");
  EXPECT_TRUE(FoldedWords("Merci à No\u0430 Fictif").Find(name));            // Cyrillic а
  EXPECT_TRUE(FoldedWords("Merci à N\u03BF\u0430 F\u0456ctif").Find(name));  // Greek ο, Cyrillic і
  EXPECT_TRUE(FoldedWords("\u039D\u039F\u0391 FICTIF").Find(name));          // Greek capitals
  EXPECT_TRUE(FoldedWords("Noa F\u0131ct\u0131f").Find(name));               // dotless ı
  // A name in Cyrillic is found as written, and only there.
  const FoldedWords anna("\u0410\u043D\u043D\u0430");
  EXPECT_TRUE(FoldedWords("avec \u0430\u043D\u043D\u0430 et Paul").Find(anna));
  EXPECT_FALSE(FoldedWords("avec Anne et Paul").Find(anna));
  // Latin letters keep their own identity: « rn » is not « m ».
  EXPECT_FALSE(FoldedWords("Carnille Martin").Find(FoldedWords("Camille Martin")));
}

TEST(FoldedWordsTest, ANameWithoutItsSpacesIsStillTheName) {
  EXPECT_TRUE(Holds("avec NoaFictif", "Noa Fictif"));
  EXPECT_TRUE(Holds("avec Noa\u200BFictif", "Noa Fictif")) << "a zero-width space";
  EXPECT_TRUE(Holds("avec No a Fictif", "Noa Fictif"));
  EXPECT_FALSE(Holds("avec NoaFictifs", "Noa Fictif"));
  EXPECT_FALSE(Holds("avec ANoaFictif", "Noa Fictif"));
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

TEST(FoldedWordsTest, ANameWrittenEntirelyInOtherScriptsIsTheName) {
  const FoldedWords name("Noa Fictif");
  // Cyrillic « Н » looks like H but is N, « о » and « а » look like o and a.
  EXPECT_TRUE(FoldedWords("Merci à \u041D\u043E\u0430 Fictif").Find(name));
  // Cyrillic НОА, Greek Ϝ, Cyrillic ІСТІ, Greek Ϝ: no Latin letter left;
  // the capital « І » looks like « l », its small letter like « i ».
  EXPECT_TRUE(FoldedWords("\u041D\u041E\u0410 \u03DC\u0406\u0421\u0422\u0406\u03DC").Find(name));
  // Greek small letters: « ν » looks like v and is n; Cyrillic « т » looks
  // like a small capital T.
  EXPECT_TRUE(FoldedWords("\u03BD\u03BF\u03B1 \u03DC\u0456\u0441\u0442\u0456f").Find(name));
  // A name in Latin letters is found written in Cyrillic ones.
  EXPECT_TRUE(FoldedWords("avec \u0410\u043D\u043D\u0430").Find(FoldedWords("Anna")));
  EXPECT_FALSE(FoldedWords("Merci à Hoa Fictif").Find(name)) << "Latin letters are themselves";
  EXPECT_FALSE(FoldedWords("Merci à \u041D\u043E\u0430, Fictif").Find(name));
}

TEST(FoldedWordsTest, SmallCapitalsAreTheirLetters) {
  const FoldedWords name("Noa Fictif");
  EXPECT_TRUE(
      FoldedWords("Merci à \u0274\u1D0F\u1D00 \uA730\u026A\u1D04\u1D1B\u026A\uA730").Find(name));
  EXPECT_TRUE(
      FoldedWords("\u0274\u1D0F\u1D00\u200B\uA730\u026A\u1D04\u1D1B\u026A\uA730.").Find(name))
      << "without the space";
  // « ᴋ » and « ᴍ » look like other letters to Unicode's confusables.
  EXPECT_TRUE(FoldedWords("\u1D0B\u1D00\u1D0D\u026A\u029F").Find(FoldedWords("Kamil")));
  EXPECT_FALSE(FoldedWords("\u0274\u1D0F\u1D00 \uA730\u026A\u1D04\u1D1B\u026A\uA730s").Find(name))
      << "a longer word";
}

TEST(FoldedWordsTest, OtherReadingsKeepEveryPlace) {
  FoldedWords text;
  text.Append("Avec \u041D\u043E\u0430 Fictif, puis", 0);
  text.Append("et \u0274\u1D0F\u1D00 \uA730\u026A\u1D04\u1D1B\u026A\uA730", 1);
  const std::vector<FoldedWords::Place> all = text.FindAll(FoldedWords("Noa Fictif"));
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].chunk, 0);
  EXPECT_EQ(all[0].offset, 5u);
  EXPECT_EQ(all[1].chunk, 1);
  EXPECT_EQ(all[1].offset, 3u);
}

}  // namespace
}  // namespace coopkit
