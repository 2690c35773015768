#include "content/csv_table.h"

#include <gtest/gtest.h>

namespace coopkit::content {
namespace {

struct Table {
  std::optional<ContentValue> root;
  DiagnosticList diagnostics;
  const ContentValue& Records() const { return *root->Find("participants"); }
  std::string Cell(size_t record, const char* column) const {
    return Records().items.at(record).Find(column)->scalar;
  }
};

Table Parse(std::string_view text) {
  Table table;
  table.root = ParseCsvTable(text, "participants.csv", "participants", &table.diagnostics);
  return table;
}

TEST(CsvTableTest, EachLineIsARecordUnderTheColumnsOfTheFirst) {
  Table t = Parse("nom,organisation\nCamille Martin,AGEC & Co\nLou Petit, e-graine \n");
  ASSERT_TRUE(t.root) << FormatDiagnostics(t.diagnostics);
  ASSERT_EQ(t.Records().items.size(), 2u);
  EXPECT_EQ(t.Cell(0, "nom"), "Camille Martin");
  EXPECT_EQ(t.Cell(1, "organisation"), "e-graine");
  EXPECT_EQ(t.Records().items[1].Find("organisation")->location.line, 3);
  EXPECT_EQ(t.Records().items[1].Find("organisation")->location.column, 11);
}

TEST(CsvTableTest, TheSeparatorIsTheOneTheFirstLineUses) {
  // A French Excel writes semicolons, and commas inside cells then need no quotes.
  Table semicolons = Parse("nom;ville\nMartin, Camille;Poitiers\n");
  ASSERT_TRUE(semicolons.root);
  EXPECT_EQ(semicolons.Cell(0, "nom"), "Martin, Camille");
  Table tabs = Parse("nom\tville\nCamille\tÉcouen\n");
  ASSERT_TRUE(tabs.root);
  EXPECT_EQ(tabs.Cell(0, "ville"), "Écouen");
  Table one_column = Parse("nom\nCamille\n");
  ASSERT_TRUE(one_column.root);
  EXPECT_EQ(one_column.Cell(0, "nom"), "Camille");
}

TEST(CsvTableTest, QuotedCellsKeepSeparatorsQuotesAndLines) {
  Table t = Parse("nom,mot\n\"Martin, Camille\",\"Il a dit \"\"oui\"\"\nvraiment\"\nLou,\"\"\n");
  ASSERT_TRUE(t.root) << FormatDiagnostics(t.diagnostics);
  EXPECT_EQ(t.Cell(0, "nom"), "Martin, Camille");
  EXPECT_EQ(t.Cell(0, "mot"), "Il a dit \"oui\"\nvraiment");
  EXPECT_FALSE(t.Records().items[1].Find("mot"));
  EXPECT_EQ(t.Records().items[1].location.line, 4);  // after the cell over two lines
}

TEST(CsvTableTest, BlankLinesAreSkippedAndShortLinesGetEmptyCells) {
  Table t = Parse("\nnom,ville\n\nCamille\n,\n");
  ASSERT_TRUE(t.root) << FormatDiagnostics(t.diagnostics);
  ASSERT_EQ(t.Records().items.size(), 1u);
  EXPECT_EQ(t.Cell(0, "nom"), "Camille");
  EXPECT_FALSE(t.Records().items[0].Find("ville"));  // empty cells are left out
}

TEST(CsvTableTest, MistakesAreErrorsAtTheirPlace) {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case cases[] = {
      {"nom,ville\nCamille,\"Poitiers\n",
       "participants.csv:2:9: error: this quoted cell is never closed"},
      {"nom,ville\nCa\"mille,Poitiers\n",
       "participants.csv:2:3: error: a quote in the middle of a cell"},
      {"nom,ville\n\"Camille\"x,Poitiers\n", "participants.csv:2:10: error: text after the quote"},
      {"nom,ville\nCamille,Poitiers,86000\n",
       "participants.csv:2:18: error: this line has 3 cells, but the first line names 2 columns"},
      {"nom,,ville\n", "participants.csv:1:5: error: column 2 has no name"},
      {"nom,ville,nom\n", "participants.csv:1:11: error: column 'nom' is named twice"},
      {"", "participants.csv:1:1: error: the table is empty"},
      {"\n\n", "participants.csv:1:1: error: the table is empty"},
  };
  for (const Case& c : cases) {
    Table t = Parse(c.text);
    EXPECT_FALSE(t.root) << c.text;
    EXPECT_NE(FormatDiagnostics(t.diagnostics).find(c.message), std::string::npos)
        << c.text << "\n"
        << FormatDiagnostics(t.diagnostics);
  }
}

TEST(CsvTableTest, ColumnsCountCharactersNotBytes) {
  Table t = Parse("prénom,ville\nÉlodie,\"Poitiers\n");
  EXPECT_NE(FormatDiagnostics(t.diagnostics).find("participants.csv:2:8:"), std::string::npos)
      << FormatDiagnostics(t.diagnostics);
}

}  // namespace
}  // namespace coopkit::content
