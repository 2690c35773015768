#include "forum/programme_content.h"

#include <yaml-cpp/yaml.h>

#include <map>

#include "base/text_collator.h"
#include "forum/contribution_slug.h"

namespace coopkit::forum {
namespace {

std::string RegionOf(const ProgrammeEntry& entry) {
  return entry.region.empty() ? kNoRegion : entry.region;
}

// `texts` in French order, each once, `last` (when there) at the end.
std::vector<std::string> InFrenchOrder(const std::vector<std::string>& texts,
                                       const std::string& last) {
  static const TextCollator collator;
  std::vector<std::string> ordered;
  bool has_last = false;
  for (size_t i : collator.Order(texts)) {
    if (texts[i] == last) {
      has_last = true;
    } else if (ordered.empty() || ordered.back() != texts[i]) {
      ordered.push_back(texts[i]);
    }
  }
  if (has_last) ordered.push_back(last);
  return ordered;
}

void EmitEntry(const ProgrammeEntry& entry, YAML::Emitter* out) {
  *out << YAML::BeginMap;
  const std::string region = RegionOf(entry);
  const std::pair<const char*, std::string> fields[] = {
      {"slug", entry.slug},     {"title", entry.title},   {"organisation", entry.organisation},
      {"city", entry.city},     {"region", region},       {"region_id", ContributionSlug(region)},
      {"themes", entry.themes}, {"format", entry.format}, {"partners", entry.partners},
  };
  for (const auto& [key, value] : fields) {
    if (!value.empty()) *out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << value;
  }
  *out << YAML::EndMap;
}

}  // namespace

std::string ProgrammeYaml(const std::vector<ProgrammeEntry>& entries, const std::string& folder) {
  std::vector<const ProgrammeEntry*> published;
  std::vector<std::string> chapters, regions, titles;
  for (const ProgrammeEntry& entry : entries) {
    if (!entry.published) continue;
    published.push_back(&entry);
    chapters.push_back(entry.chapter.empty() ? kNoThemeChapter : entry.chapter);
    regions.push_back(RegionOf(entry));
    titles.push_back(entry.title);
  }
  static const TextCollator collator;
  std::vector<size_t> by_title = collator.Order(titles);

  YAML::Emitter out;
  out << YAML::Comment(
             "The forum's programme: every contribution of " + folder +
             " whose authors agreed to its publication.\nWritten by `coopkit build --batch` at "
             "each build: edit the contributions, not this file.")
      << YAML::Newline;
  out << YAML::BeginMap << YAML::Key << "programme" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "contributions" << YAML::Value << published.size();
  out << YAML::Key << "chapters" << YAML::Value << YAML::BeginSeq;
  for (const std::string& chapter : InFrenchOrder(chapters, kNoThemeChapter)) {
    out << YAML::BeginMap << YAML::Key << "label" << YAML::Value << YAML::DoubleQuoted << chapter;
    out << YAML::Key << "contributions" << YAML::Value << YAML::BeginSeq;
    for (size_t i : by_title) {
      if (chapters[i] == chapter) EmitEntry(*published[i], &out);
    }
    out << YAML::EndSeq << YAML::EndMap;
  }
  out << YAML::EndSeq;
  out << YAML::Key << "regions" << YAML::Value << YAML::BeginSeq;
  for (const std::string& region : InFrenchOrder(regions, kNoRegion)) {
    out << YAML::BeginMap << YAML::Key << "id" << YAML::Value << ContributionSlug(region)
        << YAML::Key << "label" << YAML::Value << YAML::DoubleQuoted << region << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace coopkit::forum
