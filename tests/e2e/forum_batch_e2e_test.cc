// `coopkit build --batch` on a folder of forum exports made from the real
// one (content/exports/): every contribution gets its kit, a malformed one
// fails alone at its place, one whose authors did not agree to publication
// is built but printed in no forum document, and shards share the forum out.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "tests/e2e/pdf_probe.h"
#include "tests/e2e/shipped_kit.h"

namespace coopkit::testing {
namespace {

namespace fs = std::filesystem;

const std::string kSeed =
    std::string(COOPKIT_SOURCE_DIR) + "/content/exports/contribution-crge.txt";
const std::string kSeedTitle =
    "Coopérer : un moyen technique? Oui, mais aussi une vision de la société.";
const std::string kSeedOrganisation =
    "Centre de Ressources pour les Groupements d'Employeurs - CRGE";

std::string Replaced(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// The seed as another organisation would export its own contribution.
std::string OtherContribution(const std::string& title, const std::string& organisation,
                              const std::string& postcode, const std::string& city) {
  std::string text = Replaced(ReadAll(kSeed), kSeedTitle, title);
  text = Replaced(text, kSeedOrganisation, organisation);
  text = Replaced(text, "Code postal\u00a0: 86000", "Code postal\u00a0: " + postcode);
  return Replaced(text, "Ville\u00a0: Poitiers", "Ville\u00a0: " + city);
}

class ForumBatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Write("contribution-crge.txt", ReadAll(kSeed));
    Write("Jardins partagés.txt",
          OtherContribution("Jardins partagés et quartiers", "Association Terre Commune - ATC",
                            "69007", "Lyon"));
    std::string unpublished =
        OtherContribution("Atelier confidentiel", "Réseau Discret - RDI", "35000", "Rennes");
    Write("reseau-discret.txt",
          Replaced(unpublished, "sur le site\u00a0: Oui", "sur le site\u00a0: Non"));
    std::string broken = ReadAll(kSeed);
    broken = Replaced(broken, "Organisation porteuse\u00a0: " + kSeedOrganisation + "\n", "");
    Write("sans-organisation.txt", broken);
  }

  void Write(const std::string& name, const std::string& text) const {
    std::ofstream(exports_.File(name), std::ios::binary) << text;
  }

  CommandResult Batch(const std::string& out, const std::string& more = "") const {
    return Coopkit(
        "build --batch " + ShellQuote(exports_.path()) + " --out " + ShellQuote(out) + " " + more,
        std::string("SOURCE_DATE_EPOCH=") + kEpoch + " CI=true");
  }

  // The contribution kits an output folder holds: the folders with a PDF.
  static std::set<std::string> KitsIn(const std::string& out) {
    std::set<std::string> kits;
    for (const fs::directory_entry& entry : fs::directory_iterator(out))
      if (entry.is_directory() && fs::exists(entry.path() / "contribution.pdf"))
        kits.insert(entry.path().filename().string());
    return kits;
  }

  TempDir exports_;
};

TEST_F(ForumBatchTest, EachContributionGetsItsKitAndTheBadOneFailsAlone) {
  TempDir out;
  CommandResult r = Batch(out.path());
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find(exports_.File("sans-organisation.txt") +
                       ":1:1: error: this export has no « Organisation porteuse » line"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(KitsIn(out.path()),
            (std::set<std::string>{"contribution-crge", "jardins-partages", "reseau-discret"}));
  EXPECT_FALSE(fs::exists(out.File("sans-organisation/contribution.pdf")));
  EXPECT_NE(r.out.find("failed (1 error)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("4 kits, 1 failed"), std::string::npos) << r.out;

  // Each kit is its own contribution's.
  const std::string jardins =
      Comparable(PdfProbe(out.File("jardins-partages/contribution.pdf")).Text());
  EXPECT_NE(jardins.find("Jardins partagés et quartiers"), std::string::npos) << jardins;
  EXPECT_NE(jardins.find("Association Terre Commune (ATC), Lyon"), std::string::npos) << jardins;
  EXPECT_EQ(jardins.find("CRGE"), std::string::npos) << jardins;
}

TEST_F(ForumBatchTest, TheProgrammeLeavesOutWhoDidNotAgreeToPublication) {
  TempDir out;
  CommandResult r = Batch(out.path());
  EXPECT_NE(r.out.find("not in the programme: " + exports_.File("reseau-discret.txt")),
            std::string::npos)
      << r.out;
  // Built for its authors all the same.
  EXPECT_TRUE(fs::exists(out.File("reseau-discret/contribution.pdf")));
  // The forum's page, titled with the forum's name, links to the published kits only.
  const std::string page = ReadAll(out.File("index.html"));
  EXPECT_NE(page.find("<h1>Forum national de l’économie sociale et solidaire</h1>"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("href=\"programme.pdf\""), std::string::npos) << page;
  EXPECT_NE(page.find("href=\"contribution-crge/index.html\""), std::string::npos) << page;
  EXPECT_NE(page.find("href=\"jardins-partages/index.html\""), std::string::npos) << page;
  EXPECT_EQ(page.find("reseau-discret"), std::string::npos) << page;
  EXPECT_EQ(page.find("Discret"), std::string::npos) << page;

  PdfProbe programme(out.File("programme.pdf"));
  std::string check;
  EXPECT_EQ(programme.QpdfCheck(&check), 0) << check;
  const std::string text = Comparable(programme.Text());
  EXPECT_NE(text.find(Typeset(kSeedTitle)), std::string::npos) << text;
  EXPECT_NE(text.find("Jardins partagés et quartiers"), std::string::npos);
  EXPECT_NE(text.find(Comparable("Auvergne-Rhône-Alpes")),
            std::string::npos);  // its region, from 69007
  EXPECT_NE(text.find(Comparable("Nouvelle-Aquitaine")), std::string::npos);
  EXPECT_NE(text.find("Index des organisations"), std::string::npos);
  for (const char* unpublished :
       {"Atelier confidentiel", "Réseau Discret", "RDI", "Rennes", "Bretagne"})
    EXPECT_EQ(text.find(unpublished), std::string::npos) << unpublished;
}

TEST_F(ForumBatchTest, AKitFromAnExportIsTheKitOfItsImportedContent) {
  TempDir batch_out, single_out;
  Batch(batch_out.path(), "--only contribution");
  CommandResult single = Coopkit("build --only contribution --out " + ShellQuote(single_out.path()),
                                 std::string("SOURCE_DATE_EPOCH=") + kEpoch);
  ASSERT_EQ(single.exit_code, 0) << single.out;
  EXPECT_EQ(ReadAll(batch_out.File("contribution-crge/event.yaml")),
            ReadAll(std::string(COOPKIT_SOURCE_DIR) + "/content/event.yaml"));
  const std::string from_batch = ReadAll(batch_out.File("contribution-crge/contribution.pdf"));
  ASSERT_FALSE(from_batch.empty());
  EXPECT_TRUE(from_batch == ReadAll(single_out.File("contribution.pdf")))
      << "the batch's PDF differs from the shipped kit's";
}

TEST_F(ForumBatchTest, TwoShardsBuildEveryKitExactlyOnceAndShardOneTheProgramme) {
  TempDir first, second;
  CommandResult one = Batch(first.path(), "--shard 1/2");
  CommandResult two = Batch(second.path(), "--shard 2/2");
  std::set<std::string> kits_one = KitsIn(first.path()), kits_two = KitsIn(second.path());
  for (const std::string& kit : kits_one) EXPECT_EQ(kits_two.count(kit), 0u) << kit;
  std::set<std::string> all = kits_one;
  all.insert(kits_two.begin(), kits_two.end());
  EXPECT_EQ(all, (std::set<std::string>{"contribution-crge", "jardins-partages", "reseau-discret"}))
      << one.out << two.out;
  EXPECT_TRUE(fs::exists(first.File("programme.pdf")));
  EXPECT_FALSE(fs::exists(second.File("programme.pdf")));
  // Shard 1's programme holds every shard's published contributions.
  const std::string text = Comparable(PdfProbe(first.File("programme.pdf")).Text());
  EXPECT_NE(text.find(Typeset(kSeedTitle)), std::string::npos) << text;
  EXPECT_NE(text.find("Jardins partagés et quartiers"), std::string::npos) << text;
}

TEST_F(ForumBatchTest, EventFilesAreContributionsToo) {
  TempDir events, out;
  fs::copy_file(std::string(COOPKIT_SOURCE_DIR) + "/content/event.yaml", events.File("crge.yaml"));
  CommandResult r = Coopkit("build --batch " + ShellQuote(events.path()) + " --out " +
                            ShellQuote(out.path()) + " -q");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(fs::exists(out.File("crge/contribution.pdf")));
  EXPECT_FALSE(fs::exists(out.File("crge/event.yaml")));  // read where it is
  EXPECT_TRUE(fs::exists(out.File("programme.pdf")));
}

TEST_F(ForumBatchTest, ADamagedProgrammeSchemaIsALocatedErrorOfTheProgrammeAlone) {
  TempDir content, out;
  fs::copy(std::string(COOPKIT_SOURCE_DIR) + "/content", content.path(),
           fs::copy_options::recursive);
  const std::string schema = content.File("schemas/programme.yaml");
  std::string text = ReadAll(schema);
  text.insert(text.size() / 2, 1, '\0');
  std::ofstream(schema, std::ios::binary | std::ios::trunc) << text;
  CommandResult r = Batch(out.path(), "--content " + ShellQuote(content.path()));
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find(schema + ":"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(out.File("programme.pdf")));
  EXPECT_TRUE(fs::exists(out.File("jardins-partages/contribution.pdf")));
}

TEST_F(ForumBatchTest, UsageMistakesAreExitTwo) {
  TempDir out;
  for (const char* more :
       {"--shard 3/2", "--shard 0/2", "--shard x", "--only guide", "--only nothing"}) {
    CommandResult r = Batch(out.path(), more);
    EXPECT_EQ(r.exit_code, 2) << more << "\n" << r.out;
  }
  CommandResult r = Coopkit("build --shard 1/2");
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("--batch"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::is_empty(out.path()));
}

}  // namespace
}  // namespace coopkit::testing
