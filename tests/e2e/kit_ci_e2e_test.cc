// The scheduled builds: the GitHub and GitLab workflows both run
// .ci/build-kit, and that script, run on a fresh clone as CI runs it, writes
// the kit with the commit's date, a report and its summary, and rewrites
// nothing the second time.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <map>

#include "tests/e2e/shipped_kit.h"

namespace coopkit::testing {
namespace {

namespace fs = std::filesystem;

const std::string kSource = COOPKIT_SOURCE_DIR;

std::string Shell(const std::string& command) {
  int exit_code = 0;
  std::string out = RunTool(command + " 2>&1", &exit_code);
  EXPECT_EQ(exit_code, 0) << command << "\n" << out;
  return out;
}

TEST(KitCiTest, TheGitHubWorkflowRunsTheScriptOnEachTrigger) {
  YAML::Node workflow = YAML::LoadFile(kSource + "/.github/workflows/kit.yml");
  for (const char* trigger : {"push", "schedule", "workflow_dispatch"})
    EXPECT_TRUE(workflow["on"][trigger]) << trigger;
  EXPECT_TRUE(workflow["on"]["schedule"][0]["cron"]);
  std::map<std::string, std::string> steps;  // action or "run" → its text
  for (const YAML::Node& step : workflow["jobs"]["kit"]["steps"]) {
    if (step["uses"]) steps[step["uses"].as<std::string>()] = YAML::Dump(step["with"]);
    if (step["run"]) steps["run"] += step["run"].as<std::string>();
  }
  EXPECT_NE(steps["run"].find(".ci/build-kit"), std::string::npos) << steps["run"];
  EXPECT_NE(steps["actions/cache@v4"].find("out"), std::string::npos);
  EXPECT_NE(steps["actions/upload-artifact@v4"].find("out"), std::string::npos);
  EXPECT_TRUE(steps.count("actions/upload-pages-artifact@v3"));
  EXPECT_TRUE(workflow["jobs"]["pages"]["steps"][0]["uses"].as<std::string>().starts_with(
      "actions/deploy-pages@"));
}

TEST(KitCiTest, TheGitLabPipelineRunsTheSameScript) {
  YAML::Node pipeline = YAML::LoadFile(kSource + "/.gitlab-ci.yml");
  std::string script;
  for (const YAML::Node& line : pipeline["kit"]["script"]) script += line.as<std::string>() + "\n";
  EXPECT_NE(script.find(".ci/build-kit"), std::string::npos) << script;
  EXPECT_NE(YAML::Dump(pipeline["kit"]["rules"]).find("schedule"), std::string::npos);
  EXPECT_EQ(pipeline["kit"]["cache"]["paths"][1].as<std::string>(), "out");
  EXPECT_EQ(pipeline["kit"]["artifacts"]["paths"][0].as<std::string>(), "out");
  EXPECT_EQ(pipeline["pages"]["artifacts"]["paths"][0].as<std::string>(), "public");
}

TEST(KitCiTest, TheScriptBuildsAFreshCloneWithTheCommitsDateAndRewritesNothingAgain) {
  if (!fs::exists(kSource + "/.git")) GTEST_SKIP() << "the sources are not a git checkout";
  TempDir scratch;
  const std::string clone = scratch.File("kit");
  Shell("git clone -q " + ShellQuote(kSource) + " " + ShellQuote(clone));
  const std::string build = "cd " + ShellQuote(clone) +
                            " && COOPKIT=" + ShellQuote(COOPKIT_BINARY) +
                            " GITHUB_STEP_SUMMARY=" + ShellQuote(scratch.File("summary.md")) +
                            " GITHUB_SERVER_URL=https://github.com GITHUB_REPOSITORY=crge/kit"
                            " GITHUB_SHA=$(git rev-parse HEAD) sh .ci/build-kit";
  Shell(build);
  const size_t documents = ShippedDocuments().size();
  EXPECT_EQ(PdfsIn(clone + "/out").size(), documents);
  std::string summary = ReadAll(scratch.File("summary.md"));
  EXPECT_NE(summary.find("## Kit built"), std::string::npos) << summary;
  EXPECT_NE(summary.find(std::to_string(documents) + " of " + std::to_string(documents) +
                         " document(s) rebuilt"),
            std::string::npos)
      << summary;
  EXPECT_TRUE(fs::exists(clone + "/build-report.json"));

  // The PDFs carry the last commit's time (SOURCE_DATE_EPOCH), not today's.
  std::string commit_time = Shell("cd " + ShellQuote(clone) +
                                  " && date -u -d @$(git log -1 --format=%ct) +%Y-%m-%dT%H:%M:%S");
  std::string pdf_time = Shell("pdfinfo -isodates " + ShellQuote(clone + "/out/guide.pdf") +
                               " | sed -n 's/^CreationDate: *//p'");
  EXPECT_EQ(pdf_time.substr(0, 19), commit_time.substr(0, 19));

  // The page to publish: a card per PDF, the commit's sources.
  const std::string index = ReadAll(clone + "/out/index.html");
  size_t cards = 0;
  for (size_t at = index.find("<li class=\"card\">"); at != std::string::npos;
       at = index.find("<li class=\"card\">", at + 1))
    ++cards;
  EXPECT_EQ(cards, documents) << index;
  const std::string commit = Shell("cd " + ShellQuote(clone) + " && git rev-parse HEAD");
  EXPECT_NE(index.find("<a href=\"https://github.com/crge/kit/tree/" +
                       commit.substr(0, commit.size() - 1) + "\">Sources du kit</a>"),
            std::string::npos)
      << index;

  std::map<std::string, fs::file_time_type> mtimes;  // the PDFs, the page, its pictures
  for (const auto& entry : fs::recursive_directory_iterator(clone + "/out"))
    mtimes[entry.path().string()] = entry.last_write_time();
  EXPECT_GE(mtimes.size(), 12u);
  Shell(build);
  for (const auto& [path, mtime] : mtimes)
    EXPECT_EQ(fs::last_write_time(path), mtime) << path << " rewritten";
  summary = ReadAll(scratch.File("summary.md"));
  EXPECT_NE(summary.find("0 of " + std::to_string(documents) + " document(s) rebuilt"),
            std::string::npos)
      << summary;
}

}  // namespace
}  // namespace coopkit::testing
