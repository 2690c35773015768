#include "templates/mustache_data.h"

#include <algorithm>
#include <utility>

#include "templates/rendered_text.h"

namespace coopkit::templates {
namespace {

using kainjow::mustache::data;

// The value's kind as kainjow data, without its children yet.
data Shell(const content::ContentValue& value) {
  switch (value.kind) {
    case content::ValueKind::kNull:
      return data(false);
    case content::ValueKind::kScalar:
      if (std::optional<bool> flag = value.Boolean()) return data(*flag);
      return data(data::type::string);
    case content::ValueKind::kList:
      return data(data::type::list);
    case content::ValueKind::kMap:
      return data(data::type::object);
  }
  return data(false);
}

// Marks the lines of a text read from a Markdown file or a YAML value with
// their places (see rendered_text.h); texts that coopkit made have none.
void MarkOrigins(content::ContentValue* value, std::vector<std::string>* files) {
  const bool whole_file = !value->markdown_file.empty();
  const std::string& file = whole_file ? value->markdown_file : value->location.file;
  if (!whole_file && value->line_starts.empty()) return;
  auto known = std::find(files->begin(), files->end(), file);
  if (known == files->end()) known = files->insert(known, file);
  value->scalar =
      MarkContentText(value->scalar, known - files->begin(),
                      whole_file ? std::span<const content::TextPosition>() : value->line_starts);
}

// kainjow's set() and push_back() copy whole subtrees, so a tree built
// bottom-up is copied once per level. Each child goes in as an empty shell
// instead and is filled where it lies, its content value let go as soon as
// it is moved over. kainjow hands its containers back as const, but they are
// its own non-const objects, so writing through them is sound.
void Fill(data* target, content::ContentValue&& value, std::vector<std::string>* files) {
  switch (value.kind) {
    case content::ValueKind::kNull:
      return;
    case content::ValueKind::kScalar:
      if (!target->is_string()) return;
      if (files) MarkOrigins(&value, files);
      const_cast<std::string&>(target->string_value()) = std::move(value.scalar);
      return;
    case content::ValueKind::kList: {
      auto& items = const_cast<kainjow::mustache::list&>(target->list_value());
      items.reserve(value.items.size());
      for (content::ContentValue& item : value.items) {
        items.push_back(Shell(item));
        Fill(&items.back(), std::move(item), files);
        item = {};
      }
      return;
    }
    case content::ValueKind::kMap:
      for (content::MapEntry& entry : value.entries) {
        target->set(entry.key, Shell(entry.value));
        Fill(const_cast<data*>(target->get(entry.key)), std::move(entry.value), files);
        entry.value = {};
      }
      return;
  }
}

}  // namespace

data ToMustacheData(content::ContentValue value, std::vector<std::string>* files) {
  data root = Shell(value);
  Fill(&root, std::move(value), files);
  return root;
}

}  // namespace coopkit::templates
