#include "starter/starter_kit.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "base/file_io.h"
#include "content/test_folder.h"
#include "forum_import/contribution_importer.h"
#include "tests/support/faulty_disk.h"

namespace coopkit::starter {
namespace {

constexpr const char* kManifest =
    "kit:\n  title: Kit\n  organisation_article: \"la \"\n"
    "documents:\n"
    "  - {name: sheet, title: Fiche, template: sheet.mustache,\n"
    "     content: [forum.yaml, event.yaml], output: sheet.pdf}\n";

class StarterKitTest : public ::testing::Test {
 protected:
  StarterKitTest() {
    folder_.Write("templates/starter-kit/kit.yaml", kManifest);
    folder_.Write("templates/starter-kit/event.yaml", "event: {title: Exemple}\n");
    folder_.Write("templates/starter-kit/forum.yaml", "forum: {name: Forum}\n");
    folder_.Write("templates/starter-kit/guide/01-chapitre.md", "Un chapitre.\n");
    folder_.Write("content/schemas/event.yaml", "event: {title: text}\n");
    folder_.Write("content/schemas/forum.yaml", "forum: {name: text}\n");
    folder_.Write("content/schemas/legal-forms.yaml", "legal_forms: any\n");
  }
  StarterKitOptions Options(const std::string& kit) const {
    return {.folder = folder_.Path(kit), .templates_dir = folder_.Path("templates")};
  }
  std::string Read(const std::string& relative) const {
    std::string error;
    return ReadFile(folder_.Path(relative), &error).value_or("(unreadable: " + error + ")");
  }
  std::string Messages() const { return FormatDiagnostics(diagnostics_); }

  content::TestFolder folder_;
  DiagnosticList diagnostics_;
};

TEST_F(StarterKitTest, CopiesTheStarterAndTheSchemasOfTheContentItsKitNames) {
  std::optional<std::vector<StarterFile>> files = StarterKitFiles(Options("kit"), &diagnostics_);
  ASSERT_TRUE(files) << Messages();
  std::vector<std::string> paths;
  for (const StarterFile& file : *files) paths.push_back(file.path);
  EXPECT_EQ(paths,
            (std::vector<std::string>{"event.yaml", "forum.yaml", "guide/01-chapitre.md",
                                      "kit.yaml", "schemas/event.yaml", "schemas/forum.yaml"}));

  std::optional<size_t> written = WriteStarterKit(Options("mon-kit"), &diagnostics_);
  ASSERT_EQ(written, std::optional<size_t>(6)) << Messages();
  EXPECT_EQ(Read("mon-kit/kit.yaml"), kManifest);
  EXPECT_EQ(Read("mon-kit/guide/01-chapitre.md"), "Un chapitre.\n");
  EXPECT_EQ(Read("mon-kit/schemas/forum.yaml"), Read("content/schemas/forum.yaml"));
  EXPECT_FALSE(std::filesystem::exists(folder_.Path("mon-kit/schemas/legal-forms.yaml")));
}

TEST_F(StarterKitTest, NeverWritesIntoAFolderOrOverAFileAlreadyThere) {
  for (const char* existing : {"vide/", "fichier"}) {
    std::string name = existing;
    if (name.back() == '/') {
      std::filesystem::create_directory(folder_.Path("vide"));
      name.pop_back();
    } else {
      folder_.Write(name, "à garder\n");
    }
    DiagnosticList diagnostics;
    EXPECT_FALSE(WriteStarterKit(Options(name), &diagnostics));
    EXPECT_NE(FormatDiagnostics(diagnostics).find(folder_.Path(name) + ": error: already exists"),
              std::string::npos)
        << FormatDiagnostics(diagnostics);
  }
  EXPECT_TRUE(std::filesystem::is_empty(folder_.Path("vide")));
  EXPECT_EQ(Read("fichier"), "à garder\n");
}

TEST_F(StarterKitTest, AMissingStarterOrSchemaWritesNothing) {
  std::filesystem::remove(folder_.Path("content/schemas/event.yaml"));
  EXPECT_FALSE(WriteStarterKit(Options("kit"), &diagnostics_));
  EXPECT_NE(Messages().find("no schema for the starter kit's event.yaml"), std::string::npos)
      << Messages();

  DiagnosticList diagnostics;
  StarterKitOptions elsewhere = Options("kit");
  elsewhere.templates_dir = folder_.Path("content");
  EXPECT_FALSE(WriteStarterKit(elsewhere, &diagnostics));
  EXPECT_NE(FormatDiagnostics(diagnostics).find("starter-kit: error: no starter kit here"),
            std::string::npos)
      << FormatDiagnostics(diagnostics);
  EXPECT_FALSE(std::filesystem::exists(folder_.Path("kit")));
}

TEST_F(StarterKitTest, AnExportBecomesTheEventAsImportWritesIt) {
  const std::string export_file = folder_.Write(
      "atelier.txt",
      "Jardiner ensemble\n"
      "Organisation porteuse\u00a0: Les Jardins partagés - LJP\n"
      "Code postal\u00a0: 86000\n"
      "Ville\u00a0: Poitiers\n"
      "Je donne mon accord pour que les informations ci-dessus soient visible sur le site\u00a0: "
      "Oui\n");
  DiagnosticList import_diagnostics;
  std::optional<std::string> imported =
      forum_import::ImportedEventContent(export_file, &import_diagnostics);
  ASSERT_TRUE(imported) << FormatDiagnostics(import_diagnostics);
  ASSERT_NE(imported->find("Jardiner ensemble"), std::string::npos) << *imported;

  StarterKitOptions options = Options("kit");
  options.export_file = export_file;
  ASSERT_TRUE(WriteStarterKit(options, &diagnostics_)) << Messages();
  EXPECT_EQ(Read("kit/event.yaml"), *imported);
  EXPECT_NE(Messages().find(folder_.Path("kit/kit.yaml") +
                            ":3:25: warning: the covers will say « proposé par la LJP »"),
            std::string::npos)
      << Messages();
  EXPECT_EQ(Read("kit/forum.yaml"), "forum: {name: Forum}\n");

  DiagnosticList diagnostics;
  options = Options("autre");
  options.export_file = folder_.Write("vide.txt", "");
  EXPECT_FALSE(WriteStarterKit(options, &diagnostics));
  EXPECT_FALSE(std::filesystem::exists(folder_.Path("autre")));
}

TEST_F(StarterKitTest, AFullDiskIsAnOutputFailure) {
  testing::FaultyDisk disk;
  disk.FailAppend(3);
  bool output_failed = false;
  EXPECT_FALSE(WriteStarterKit(Options("kit"), &diagnostics_, &disk, &output_failed));
  EXPECT_TRUE(output_failed);
  EXPECT_NE(Messages().find("the kit is incomplete: remove"), std::string::npos) << Messages();
}

}  // namespace
}  // namespace coopkit::starter
