#include "backends/trace/trace_backend.h"

#include <gtest/gtest.h>

#include <sstream>

#include "backends/trace/trace_writer.h"
#include "base/string_file.h"

namespace coopkit::trace {
namespace {

page::LaidOutDocument OnePage() {
  page::LaidOutDocument document;
  document.info.title = "Coopérer";
  document.font_files = {"serif.ttf"};
  page::Page page{.width = 419.5f, .height = 595.3f};
  page.runs.push_back({.x = 51, .y = 70.2f, .font = 0, .size = 10, .text = "Le « texte »"});
  document.pages.push_back(std::move(page));
  return document;
}

TEST(TraceBackendTest, WritesTheTraceOfTheDocumentToTheFile) {
  std::ostringstream expected;
  TraceWriter(&expected).Write(OnePage());
  std::string bytes, error;
  StringFile file(&bytes);
  bool output_failed = true;
  EXPECT_TRUE(TraceBackend().Write(OnePage(), &file, &error, &output_failed)) << error;
  EXPECT_FALSE(output_failed);
  EXPECT_EQ(bytes, expected.str());
  EXPECT_NE(bytes.find("run 51.0 70.2 f0 10.0"), std::string::npos) << bytes;
}

class FullFile : public WritableFile {
 public:
  bool Append(std::string_view, std::string* error) override {
    *error = "No space left on device";
    return false;
  }
  bool Close(std::string*) override { return true; }
};

TEST(TraceBackendTest, AFullFileIsAnOutputFailure) {
  FullFile file;
  std::string error;
  bool output_failed = false;
  EXPECT_FALSE(TraceBackend().Write(OnePage(), &file, &error, &output_failed));
  EXPECT_TRUE(output_failed);
  EXPECT_EQ(error, "No space left on device");
}

}  // namespace
}  // namespace coopkit::trace
