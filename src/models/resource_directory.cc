#include "models/resource_directory.h"

#include <algorithm>
#include <map>

#include "base/spelling_hint.h"
#include "base/text_collator.h"
#include "base/web_address.h"
#include "content/field_reader.h"

namespace coopkit::models {
namespace {

std::string Where(const SourceLocation& l) {
  return l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

// The index of `written` among `labels`' ids, or reports it with a hint.
template <typename Label>
std::optional<size_t> FindLabel(const std::vector<Label>& labels,
                                const content::ContentValue& written, const std::string& what,
                                DiagnosticList* diagnostics) {
  for (size_t i = 0; i < labels.size(); ++i) {
    if (labels[i].id == written.scalar) return i;
  }
  std::vector<std::string> ids;
  for (const Label& label : labels) ids.push_back(label.id);
  std::string hint = DidYouMean(written.scalar, ids);
  if (hint.empty()) {
    hint = "declared " + what + "s:";
    for (const std::string& id : ids) hint += " " + id;
  }
  diagnostics->Error(written.location, "unknown " + what + " '" + written.scalar + "'", hint);
  return std::nullopt;
}

content::ContentValue ListOf(std::vector<content::ContentValue> items,
                             const SourceLocation& where) {
  content::ContentValue list = content::ContentValue::List(where);
  list.items = std::move(items);
  return list;
}

}  // namespace

std::optional<ResourceDirectory> ResourceDirectory::Read(const content::ContentValue& resources,
                                                         DiagnosticList* diagnostics) {
  size_t errors_before = diagnostics->ErrorCount();
  ResourceDirectory directory;
  content::FieldReader top(resources, "resources", diagnostics);
  auto read_labels = [&](const char* key, const std::string& what, std::vector<Label>* out) {
    const content::ContentValue* list = top.Required(key, content::ValueKind::kList);
    if (!list) return;
    std::map<std::string, SourceLocation> seen;
    for (const content::ContentValue& item : list->items) {
      content::FieldReader fields(item, std::string("a ") + what, diagnostics);
      Label label{fields.RequiredText("id"), fields.RequiredText("label")};
      fields.RejectUnknownKeys();
      if (!fields.ok()) continue;
      const SourceLocation& where = item.Find("id")->location;
      if (auto [first, added] = seen.emplace(label.id, where); !added) {
        diagnostics->Error(where, what + " '" + label.id + "' is declared twice",
                           "also declared at " + Where(first->second));
        continue;
      }
      out->push_back(std::move(label));
    }
  };
  read_labels("kinds", "kind", &directory.kinds_);
  read_labels("themes", "theme", &directory.themes_);
  read_labels("scales", "scale", &directory.scales_);
  const content::ContentValue* entries = top.Required("entries", content::ValueKind::kList);
  top.RejectUnknownKeys();
  if (!entries) return std::nullopt;

  std::map<std::string, SourceLocation> name_places;
  for (size_t i = 0; i < entries->items.size(); ++i) {
    const content::ContentValue& item = entries->items[i];
    content::FieldReader fields(item, "a resource", diagnostics);
    Entry entry;
    entry.item = i;
    std::string name = fields.RequiredText("name");
    const content::ContentValue* kind = fields.Required("kind", content::ValueKind::kScalar);
    std::vector<const content::ContentValue*> themes = fields.RequiredTextList("themes");
    const content::ContentValue* scale = fields.Required("scale", content::ValueKind::kScalar);
    fields.OptionalText("region");
    fields.RequiredText("description");
    const content::ContentValue* website = fields.Required("website", content::ValueKind::kScalar);
    const content::ContentValue* email = fields.Optional("email", content::ValueKind::kScalar);
    fields.OptionalText("phone");
    fields.OptionalText("address");
    const content::ContentValue* in_guide =
        fields.Optional("in_guide", content::ValueKind::kScalar);
    fields.RejectUnknownKeys();
    if (!item.IsMap()) continue;

    if (!name.empty()) {
      const SourceLocation& where = item.Find("name")->location;
      if (auto [first, added] = name_places.emplace(name, where); !added) {
        diagnostics->Error(where, "two resources are named '" + name + "'",
                           "the other one is at " + Where(first->second));
      }
    }
    if (kind) {
      if (auto found = FindLabel(directory.kinds_, *kind, "kind", diagnostics)) entry.kind = *found;
    }
    for (const content::ContentValue* theme : themes) {
      if (auto found = FindLabel(directory.themes_, *theme, "theme", diagnostics))
        entry.themes.push_back(*found);
    }
    if (themes.empty() && item.Find("themes")) {
      diagnostics->Error(item.Find("themes")->location, "a resource needs at least one theme");
    }
    if (scale) {
      if (auto found = FindLabel(directory.scales_, *scale, "scale", diagnostics))
        entry.scale = *found;
    }
    if (std::optional<AddressProblem> problem =
            website ? WebAddressProblem(website->scalar) : std::nullopt) {
      diagnostics->Error(website->location, "'" + website->scalar + "' " + problem->message,
                         problem->hint);
    } else if (std::optional<AddressProblem> plain =
                   website ? UnencryptedAddressProblem(website->scalar) : std::nullopt) {
      diagnostics->Warning(website->location, "'" + website->scalar + "' " + plain->message,
                           plain->hint);
    }
    if (email && !IsEmailAddress(email->scalar)) {
      diagnostics->Error(email->location, "'" + email->scalar + "' is not an e-mail address",
                         "write it as name@domain.fr");
    }
    if (in_guide) {
      std::optional<bool> flag = in_guide->Boolean();
      if (!flag) {
        diagnostics->Error(in_guide->location,
                           "'in_guide' should be true or false, not '" + in_guide->scalar + "'");
      }
      entry.in_guide = flag.value_or(false);
    }
    directory.entries_.push_back(std::move(entry));
  }
  if (diagnostics->ErrorCount() > errors_before) return std::nullopt;

  std::vector<std::string> names;
  names.reserve(directory.entries_.size());
  for (const Entry& entry : directory.entries_)
    names.push_back(entries->items[entry.item].Find("name")->scalar);
  std::vector<size_t> order = TextCollator().Order(names);
  std::vector<Entry> sorted;
  sorted.reserve(order.size());
  for (size_t i : order) sorted.push_back(std::move(directory.entries_[i]));
  directory.entries_ = std::move(sorted);
  return directory;
}

content::ContentValue ResourceDirectory::Enriched(const Entry& entry,
                                                  content::ContentValue written) const {
  content::ContentValue value = std::move(written);
  const SourceLocation where = value.location;
  value.Set("kind_label", content::ContentValue::Scalar(kinds_[entry.kind].label, where));
  content::ContentValue theme_labels = content::ContentValue::List(where);
  for (size_t theme : entry.themes)
    theme_labels.items.push_back(content::ContentValue::Scalar(themes_[theme].label, where));
  value.Set("theme_labels", std::move(theme_labels));
  value.Set("scale_label", content::ContentValue::Scalar(scales_[entry.scale].label, where));
  value.Set("qr", *value.Find("website"));
  return value;
}

content::ContentValue ResourceDirectory::TemplateData(content::ContentValue resources) const {
  const SourceLocation where = resources.location;
  std::vector<content::ContentValue> written = std::move(resources.Find("entries")->items);
  std::vector<content::ContentValue> enriched;
  enriched.reserve(entries_.size());
  for (const Entry& entry : entries_)
    enriched.push_back(Enriched(entry, std::move(written[entry.item])));
  written.clear();

  auto grouped = [&](const std::vector<Label>& labels, auto belongs) {
    content::ContentValue groups = content::ContentValue::List(where);
    for (size_t label = 0; label < labels.size(); ++label) {
      std::vector<content::ContentValue> members;
      for (size_t i = 0; i < entries_.size(); ++i) {
        if (belongs(entries_[i], label)) members.push_back(enriched[i]);
      }
      if (members.empty()) continue;
      content::ContentValue group = content::ContentValue::Map(where);
      group.Set("id", content::ContentValue::Scalar(labels[label].id, where));
      group.Set("label", content::ContentValue::Scalar(labels[label].label, where));
      group.Set("entries", ListOf(std::move(members), where));
      groups.items.push_back(std::move(group));
    }
    return groups;
  };
  content::ContentValue data = std::move(resources);
  data.Set("groups", grouped(kinds_, [](const Entry& e, size_t kind) { return e.kind == kind; }));
  data.Set("by_theme", grouped(themes_, [](const Entry& e, size_t theme) {
             return std::find(e.themes.begin(), e.themes.end(), theme) != e.themes.end();
           }));
  std::vector<content::ContentValue> selection;
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].in_guide) selection.push_back(enriched[i]);
  }
  data.Set("guide_selection", ListOf(std::move(selection), where));
  data.Set("entries", ListOf(std::move(enriched), where));
  return data;
}

bool AddResourceDirectory(content::ContentValue* content, DiagnosticList* diagnostics) {
  content::ContentValue* resources = content->Find("resources");
  if (!resources) return true;
  std::optional<ResourceDirectory> directory = ResourceDirectory::Read(*resources, diagnostics);
  if (!directory) return false;
  *resources = directory->TemplateData(std::move(*resources));
  return true;
}

}  // namespace coopkit::models
