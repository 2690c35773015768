#include "kit/build_manifest.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "kit/diagnostic_json.h"

namespace coopkit::kit {
namespace {

using nlohmann::json;

constexpr int kFormatVersion = 1;

std::optional<ManifestEntry> EntryFromJson(const json& item) {
  if (!item.is_object()) return std::nullopt;
  auto text = [&](const char* key) -> const std::string* {
    auto it = item.find(key);
    return it != item.end() && it->is_string() ? &it->get_ref<const std::string&>() : nullptr;
  };
  auto count = [&](const char* key) -> std::optional<uint64_t> {
    auto it = item.find(key);
    if (it == item.end() || !it->is_number_unsigned()) return std::nullopt;
    return it->get<uint64_t>();
  };
  const std::string *name = text("name"), *output = text("output"),
                    *output_hash = text("output_hash"), *settings = text("settings");
  std::optional<uint64_t> pages = count("pages"), bytes = count("bytes");
  auto inputs = item.find("inputs");
  auto warnings = item.find("warnings");
  if (!name || !output || !output_hash || !settings || !pages || *pages > INT32_MAX || !bytes ||
      inputs == item.end() || !inputs->is_object() || warnings == item.end() ||
      !warnings->is_array())
    return std::nullopt;
  ManifestEntry entry{*name,
                      *output,
                      *output_hash,
                      *settings,
                      static_cast<int>(*pages),
                      static_cast<size_t>(*bytes)};
  for (const auto& [path, hash] : inputs->items()) {
    if (!hash.is_string()) return std::nullopt;
    entry.inputs[path] = hash.get<std::string>();
  }
  for (const json& warning : *warnings) {
    std::optional<Diagnostic> d = DiagnosticFromJson(warning);
    if (!d) return std::nullopt;
    entry.warnings.push_back(std::move(*d));
  }
  return entry;
}

}  // namespace

BuildManifest BuildManifest::Parse(const std::string& text) {
  BuildManifest manifest;
  json root = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!root.is_object()) return manifest;
  auto version = root.find("coopkit_build_manifest");
  auto documents = root.find("documents");
  if (version == root.end() || *version != kFormatVersion || documents == root.end() ||
      !documents->is_array())
    return manifest;
  for (const json& item : *documents) {
    std::optional<ManifestEntry> entry = EntryFromJson(item);
    if (!entry) return BuildManifest();  // damaged: trust none of it
    manifest.Put(std::move(*entry));
  }
  return manifest;
}

std::string BuildManifest::ToJson() const {
  json documents = json::array();
  for (const ManifestEntry& entry : entries_) {
    documents.push_back({{"name", entry.name},
                         {"output", entry.output},
                         {"output_hash", entry.output_hash},
                         {"settings", entry.settings},
                         {"pages", entry.pages},
                         {"bytes", entry.bytes},
                         {"inputs", entry.inputs},
                         {"warnings", DiagnosticsToJson(entry.warnings)}});
  }
  json root = {{"coopkit_build_manifest", kFormatVersion}, {"documents", documents}};
  return root.dump(2) + "\n";
}

const ManifestEntry* BuildManifest::Find(const std::string& name) const {
  for (const ManifestEntry& entry : entries_) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

void BuildManifest::Put(ManifestEntry entry) {
  for (ManifestEntry& existing : entries_) {
    if (existing.name == entry.name) {
      existing = std::move(entry);
      return;
    }
  }
  entries_.push_back(std::move(entry));
}

void BuildManifest::KeepOnly(const std::vector<std::string>& names) {
  std::erase_if(entries_, [&](const ManifestEntry& entry) {
    return std::find(names.begin(), names.end(), entry.name) == names.end();
  });
}

bool IsUpToDate(const ManifestEntry& entry, const std::string& settings, const std::string& out_dir,
                FileHasher* hasher) {
  if (entry.settings != settings ||
      hasher->HashOfFile((std::filesystem::path(out_dir) / entry.output).string()) !=
          entry.output_hash)
    return false;
  for (const auto& [path, hash] : entry.inputs) {
    if (hasher->HashOfFile(path) != hash) return false;
  }
  return true;
}

}  // namespace coopkit::kit
