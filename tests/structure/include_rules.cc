#include "tests/structure/include_rules.h"

#include <sstream>

namespace coopkit::structure {
namespace {

// Layout's layers, lowest first; its top-level files are below all of them.
const std::vector<std::string> kLayoutLayers = {"layout/inline/", "layout/blocks/", "layout/flow/"};

std::set<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  std::set<std::string> words;
  for (std::string word; in >> word;) words.insert(word);
  return words;
}

// The stage whose folder holds `path` (the longest folder that is a prefix).
const std::string* StageOf(const std::map<std::string, Stage>& stages, const std::string& path) {
  const std::string* found = nullptr;
  size_t found_length = 0;
  for (const auto& [name, stage] : stages) {
    const std::string prefix = stage.folder + "/";
    if (path.starts_with(prefix) && prefix.size() > found_length) {
      found = &name;
      found_length = prefix.size();
    }
  }
  return found;
}

// `name` and every stage it uses, directly or not.
void AddReachable(const std::map<std::string, Stage>& stages, const std::string& name,
                  std::set<std::string>* reachable) {
  if (!reachable->insert(name).second) return;
  if (auto stage = stages.find(name); stage != stages.end())
    for (const std::string& used : stage->second.uses) AddReachable(stages, used, reachable);
}

// 0 for layout's top-level files, 1 + the index of its layer for the others.
int LayoutLayer(const std::string& path) {
  for (size_t i = 0; i < kLayoutLayers.size(); ++i)
    if (path.starts_with(kLayoutLayers[i])) return static_cast<int>(i) + 1;
  return 0;
}

}  // namespace

std::map<std::string, Stage> ParseStageDependencies(const std::string& text) {
  std::map<std::string, Stage> stages;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    const size_t first = line.find(':');
    const size_t second = line.find(':', first + 1);
    if (first == std::string::npos || second == std::string::npos) continue;
    std::istringstream head(line.substr(0, first));
    std::string name;
    Stage stage;
    head >> name >> stage.folder;
    stage.uses = Words(line.substr(first + 1, second - first - 1));
    stage.tests_use = Words(line.substr(second + 1));
    stages[name] = stage;
  }
  return stages;
}

std::vector<std::string> IncludeViolations(const std::map<std::string, Stage>& stages,
                                           const std::vector<SourceFile>& files) {
  std::vector<std::string> violations;
  for (const SourceFile& file : files) {
    const std::string* own = StageOf(stages, file.path);
    if (!own) {
      violations.push_back(file.path + " is in no stage's folder");
      continue;
    }
    const bool is_test = file.path.ends_with("_test.cc");
    std::set<std::string> allowed;
    AddReachable(stages, *own, &allowed);
    if (is_test)
      for (const std::string& used : stages.at(*own).tests_use)
        AddReachable(stages, used, &allowed);
    std::istringstream lines(file.text);
    int number = 0;
    for (std::string line; std::getline(lines, line);) {
      ++number;
      if (!line.starts_with("#include \"")) continue;
      const std::string included = line.substr(10, line.find('"', 10) - 10);
      const std::string where = file.path + ":" + std::to_string(number) + " includes " + included;
      if (included.starts_with("tests/")) {
        if (!is_test) violations.push_back(where + ": only tests include tests/");
        continue;
      }
      const std::string* target = StageOf(stages, included);
      if (!target) {
        violations.push_back(where + ": a header of no stage");
      } else if (!allowed.contains(*target)) {
        violations.push_back(where + ": " + *own + " does not use " + *target);
      } else if (!is_test && *own == "layout" && *target == "layout" &&
                 LayoutLayer(included) > LayoutLayer(file.path)) {
        violations.push_back(where + ": a lower layer of layout includes a higher one");
      }
    }
  }
  return violations;
}

}  // namespace coopkit::structure
