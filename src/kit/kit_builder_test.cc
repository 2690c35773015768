#include "kit/kit_builder.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "tests/support/faulty_disk.h"
#include "tests/support/tool_runner.h"

namespace coopkit::kit {
namespace {

namespace fs = std::filesystem;

KitOptions ShippedKit(const std::string& out_dir) {
  KitOptions options;
  options.content_dir = std::string(COOPKIT_SOURCE_DIR) + "/content";
  options.templates_dir = std::string(COOPKIT_SOURCE_DIR) + "/templates";
  options.fonts_dir = std::string(COOPKIT_SOURCE_DIR) + "/fonts";
  options.out_dir = out_dir;
  options.only = {"evaluation-form", "legal-forms"};
  options.source_date_epoch = 0;
  return options;
}

// The bytes of each file under `folder`, by path relative to it.
std::map<std::string, std::string> FolderBytes(const std::string& folder) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    std::string error;
    files[fs::relative(entry.path(), folder).string()] =
        ReadFile(entry.path().string(), &error).value_or("");
  }
  return files;
}

TEST(KitBuilderTest, ReportsEachDocumentAndItsStepsInOrder) {
  coopkit::testing::TempDir out;
  KitOptions options = ShippedKit(out.path());
  options.write = true;
  KitBuilder builder(options);
  std::vector<std::string> events;
  builder.OnDocumentStarted([&](const std::string& name, size_t, size_t count) {
    EXPECT_EQ(count, 2u);
    events.push_back(name + " started");
  });
  builder.OnStep(
      [&](const std::string& name, const char* step) { events.push_back(name + " " + step); });
  DiagnosticList diagnostics;
  KitResult result = builder.Build(&diagnostics);
  ASSERT_FALSE(diagnostics.HasErrors());
  ASSERT_EQ(result.documents.size(), 2u);
  for (const std::string& name : {std::string("evaluation-form"), std::string("legal-forms")}) {
    auto at = [&](const std::string& event) {
      return std::find(events.begin(), events.end(), name + " " + event) - events.begin();
    };
    EXPECT_LT(at("started"), at("layout")) << name;
    EXPECT_LT(at("layout"), at("PDF")) << name;
    EXPECT_LT(at("PDF"), static_cast<long>(events.size())) << name;
  }
  // Written and renamed into place: the two PDFs, the build manifest and
  // the index page with the PDFs' first pages.
  std::vector<std::string> files;
  for (const auto& [name, bytes] : FolderBytes(out.path())) {
    // A picture's name holds its PDF's fingerprint.
    files.push_back(std::regex_replace(name, std::regex("-[0-9a-f]{12}\\.png$"), ".png"));
  }
  EXPECT_EQ(files,
            (std::vector<std::string>{"build-manifest.json", "evaluation-form.pdf", "index.html",
                                      "legal-forms.pdf", "thumbnails/evaluation-form.png",
                                      "thumbnails/legal-forms.png"}));
  for (const DocumentReport& d : result.documents) {
    EXPECT_GT(d.pages, 0) << d.name;
    EXPECT_EQ(d.bytes, fs::file_size(d.output_path)) << d.name;
  }
}

TEST(KitBuilderTest, CheckingWritesNothingButMeasuresThePdfs) {
  coopkit::testing::TempDir out;
  KitOptions options = ShippedKit(out.path() + "/never");
  options.write = false;
  DiagnosticList diagnostics;
  KitResult result = KitBuilder(options).Build(&diagnostics);
  ASSERT_FALSE(diagnostics.HasErrors());
  ASSERT_EQ(result.documents.size(), 2u);
  for (const DocumentReport& d : result.documents) EXPECT_GT(d.bytes, 1000u) << d.name;
  EXPECT_FALSE(fs::exists(out.path() + "/never"));
}

// A first page that could not be pictured is warned about by the build
// that wrote its PDF, then by later builds only while the picture is still
// missing, once each.
TEST(KitBuilderTest, AMissingPictureIsWarnedAboutOnlyWhileItIsMissing) {
  coopkit::testing::TempDir out;
  KitOptions options = ShippedKit(out.path());
  options.only = {"evaluation-form"};
  options.write = true;
  auto build = [&](bool pictures_fail) {
    KitBuilder builder(options);
    if (pictures_fail) {
      builder.RenderThumbnailsWith([](const std::string&, int, std::string* error) {
        *error = "out of memory";
        return std::optional<std::string>();
      });
    }
    DiagnosticList diagnostics;
    builder.Build(&diagnostics);
    EXPECT_FALSE(diagnostics.HasErrors());
    std::vector<std::string> messages;
    for (const Diagnostic& d : diagnostics.items()) messages.push_back(d.message);
    return messages;
  };
  const std::vector<std::string> missing = {
      "its first page cannot be shown on the index page: out of memory"};
  auto index_shows_a_picture = [&] {
    std::string error;
    return ReadFile(out.File("index.html"), &error).value_or("").find("thumbnails/") !=
           std::string::npos;
  };
  EXPECT_EQ(build(true), missing) << "the build that wrote the PDF";
  EXPECT_FALSE(index_shows_a_picture());
  EXPECT_EQ(build(true), missing) << "a build that keeps the PDF, its picture still missing";
  EXPECT_EQ(build(false), std::vector<std::string>()) << "the picture is made";
  EXPECT_TRUE(index_shows_a_picture());
  EXPECT_EQ(build(false), std::vector<std::string>());
}

// The bytes of every file of a folder, by name.
class KitOutputFaultTest : public ::testing::Test {
 protected:
  // A previous kit in out/, which faults must leave as it was.
  KitOutputFaultTest() {
    options_.write = true;
    DiagnosticList diagnostics;
    KitBuilder(options_).Build(&diagnostics);
    EXPECT_FALSE(diagnostics.HasErrors());
    std::ofstream(out_.File("legal-forms.pdf")) << "previous kit";
    std::ofstream(out_.File("evaluation-form.pdf")) << "previous form";
    previous_ = FolderBytes(out_.path());
  }

  coopkit::testing::TempDir out_;
  KitOptions options_ = ShippedKit(out_.path());
  std::map<std::string, std::string> previous_;
};

TEST_F(KitOutputFaultTest, AFullDiskReplacesNothingAndIsAnOutputFailure) {
  for (int failing_write : {1, 3, 40}) {
    coopkit::testing::FaultyDisk disk;
    disk.FailAppend(failing_write);
    DiagnosticList diagnostics;
    KitResult result = KitBuilder(options_, &disk).Build(&diagnostics);
    EXPECT_TRUE(result.output_failed) << failing_write;
    ASSERT_EQ(diagnostics.ErrorCount(), 1u) << failing_write;
    const Diagnostic& error = diagnostics.items().front();
    EXPECT_NE(error.message.find("No space left on device"), std::string::npos) << error.message;
    EXPECT_EQ(error.message.find(".tmp-"), std::string::npos)
        << "names the output, not its temporary file";
    EXPECT_TRUE(result.documents.empty());
    EXPECT_EQ(FolderBytes(out_.path()), previous_) << "out/ is as it was, with no temporary file";
  }
}

TEST_F(KitOutputFaultTest, AFailedFlushReplacesNothing) {
  coopkit::testing::FaultyDisk disk;
  disk.FailClose(2);
  DiagnosticList diagnostics;
  KitResult result = KitBuilder(options_, &disk).Build(&diagnostics);
  EXPECT_TRUE(result.output_failed);
  EXPECT_EQ(disk.renames(), 0) << "no rename before every file is on disk";
  EXPECT_EQ(FolderBytes(out_.path()), previous_);
}

TEST_F(KitOutputFaultTest, AFailedRenameSaysWhatWasAndWasNotReplaced) {
  coopkit::testing::FaultyDisk disk;
  disk.FailRename(2);
  DiagnosticList diagnostics;
  KitResult result = KitBuilder(options_, &disk).Build(&diagnostics);
  EXPECT_TRUE(result.output_failed);
  ASSERT_EQ(result.documents.size(), 1u);
  const std::string replaced = result.documents.front().output_path;
  ASSERT_EQ(result.not_replaced.size(), 1u);
  const std::string kept = result.not_replaced.front();
  ASSERT_EQ(diagnostics.ErrorCount(), 1u);
  const Diagnostic& error = diagnostics.items().front();
  EXPECT_EQ(error.location.file, kept);
  EXPECT_EQ(error.hint, "replaced: " + replaced + "; kept as they were: " + kept);
  std::map<std::string, std::string> now = FolderBytes(out_.path());
  const std::string kept_name = fs::path(kept).filename().string();
  const std::string replaced_name = fs::path(replaced).filename().string();
  EXPECT_EQ(now.size(), previous_.size()) << "no temporary file is left";
  EXPECT_EQ(now[kept_name], previous_[kept_name]);
  EXPECT_NE(now[replaced_name], previous_[replaced_name]);
}

TEST(KitBuilderTest, AnOutputFolderThatCannotBeMadeIsOneErrorAndTheKitIsStillChecked) {
  coopkit::testing::TempDir temp;
  std::ofstream(temp.File("out")) << "a file where the folder should be";
  KitOptions options = ShippedKit(temp.File("out") + "/kit");
  options.write = true;
  DiagnosticList diagnostics;
  KitResult result = KitBuilder(options).Build(&diagnostics);
  EXPECT_TRUE(result.output_failed);
  ASSERT_EQ(diagnostics.ErrorCount(), 1u);
  EXPECT_EQ(diagnostics.items().front().location.file, temp.File("out") + "/kit");
  EXPECT_TRUE(result.documents.empty());
}

TEST_F(KitOutputFaultTest, AbandonedTemporaryFilesOfTheKitAreRemoved) {
  const std::string abandoned = out_.File("legal-forms.pdf.tmp-Ab12Cd");
  std::ofstream(abandoned) << "half a PDF from a killed run";
  DiagnosticList diagnostics;
  KitBuilder(options_).Build(&diagnostics);
  EXPECT_FALSE(diagnostics.HasErrors());
  EXPECT_FALSE(fs::exists(abandoned));
  // Two PDFs, their first pages, the index page and the build manifest.
  EXPECT_EQ(FolderBytes(out_.path()).size(), 6u);
}

TEST_F(KitOutputFaultTest, EveryOutputsAbandonedTemporaryFilesGoWhateverIsRendered) {
  fs::create_directories(out_.File("thumbnails"));
  const std::vector<std::string> abandoned = {
      out_.File("guide.pdf.tmp-Ab12Cd"),  // a document this build does not render
      out_.File("legal-forms.pdf.tmp-Ab12Cd"),     out_.File("index.html.tmp-Ab12Cd"),
      out_.File("build-manifest.json.tmp-Ab12Cd"), out_.File("thumbnails/guide.png.tmp-Ab12Cd"),
      out_.File("guide-livret.pdf.tmp-Ab12Cd")};
  for (const std::string& path : abandoned) std::ofstream(path) << "from a killed run";
  const std::string running =
      out_.File("legal-forms.pdf.tmp-" + std::to_string(getpid()) + "-Ef56Gh");
  std::ofstream(running) << "being written";
  options_.only = {"evaluation-form"};
  DiagnosticList diagnostics;
  KitBuilder(options_).Build(&diagnostics);
  EXPECT_FALSE(diagnostics.HasErrors()) << FormatDiagnostics(diagnostics);
  for (const std::string& path : abandoned) EXPECT_FALSE(fs::exists(path)) << path;
  EXPECT_TRUE(fs::exists(running));
}

// `build --booklet` of the guide (A5) and the legal forms (A4 landscape).
class KitBookletTest : public ::testing::Test {
 protected:
  KitBookletTest() {
    options_.write = true;
    options_.booklet = true;
    options_.only = {"guide", "legal-forms"};
  }
  KitResult Build(Disk* disk, DiagnosticList* diagnostics) const {
    return KitBuilder(options_, disk).Build(diagnostics);
  }
  const DocumentReport* Report(const KitResult& result, const std::string& name) const {
    for (const DocumentReport& d : result.documents)
      if (d.name == name) return &d;
    return nullptr;
  }

  coopkit::testing::TempDir out_;
  KitOptions options_ = ShippedKit(out_.path());
};

TEST_F(KitBookletTest, OnlyTheA5DocumentIsAlsoWrittenAsABooklet) {
  DiagnosticList diagnostics;
  KitResult result = Build(SystemDisk(), &diagnostics);
  ASSERT_FALSE(diagnostics.HasErrors()) << FormatDiagnostics(diagnostics);
  const DocumentReport* guide = Report(result, "guide");
  ASSERT_TRUE(guide);
  EXPECT_EQ(guide->booklet_path, out_.File("guide-livret.pdf"));
  EXPECT_EQ(guide->booklet_sheets, (guide->pages + 3) / 4);
  EXPECT_TRUE(fs::exists(out_.File("guide-livret.pdf")));
  ASSERT_TRUE(Report(result, "legal-forms"));
  EXPECT_EQ(Report(result, "legal-forms")->booklet_path, "");
  EXPECT_FALSE(fs::exists(out_.File("legal-forms-livret.pdf")));

  // A booklet removed since is made again, with its document alone.
  fs::remove(out_.File("guide-livret.pdf"));
  result = Build(SystemDisk(), &diagnostics);
  ASSERT_FALSE(diagnostics.HasErrors()) << FormatDiagnostics(diagnostics);
  EXPECT_TRUE(Report(result, "guide")->rebuilt);
  EXPECT_FALSE(Report(result, "legal-forms")->rebuilt);
  EXPECT_TRUE(fs::exists(out_.File("guide-livret.pdf")));
}

TEST_F(KitBookletTest, ABookletThatCannotBeWrittenLeavesItsDocumentAsItWas) {
  std::ofstream(out_.File("guide.pdf")) << "previous guide";
  std::ofstream(out_.File("guide-livret.pdf")) << "previous booklet";
  options_.only = {"guide"};
  const std::map<std::string, std::string> previous = FolderBytes(out_.path());
  {
    coopkit::testing::FaultyDisk disk;  // the booklet's flush
    disk.FailClose(2);
    DiagnosticList diagnostics;
    EXPECT_TRUE(Build(&disk, &diagnostics).output_failed);
    EXPECT_EQ(disk.renames(), 0);
    EXPECT_EQ(FolderBytes(out_.path()), previous);
  }
  {
    coopkit::testing::FaultyDisk disk;  // the booklet's rename, the first
    disk.FailRename(1);
    DiagnosticList diagnostics;
    KitResult result = Build(&disk, &diagnostics);
    EXPECT_TRUE(result.output_failed);
    EXPECT_EQ(result.not_replaced, std::vector<std::string>{out_.File("guide.pdf")});
    std::map<std::string, std::string> now = FolderBytes(out_.path());
    EXPECT_EQ(now["guide.pdf"], "previous guide");
    EXPECT_EQ(now["guide-livret.pdf"], "previous booklet");
    for (const auto& [name, bytes] : now)
      EXPECT_EQ(name.find(".tmp-"), std::string::npos) << name << " is left";
  }
}

}  // namespace
}  // namespace coopkit::kit
