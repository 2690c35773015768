#include "content/yaml_loader.h"

#include <yaml-cpp/yaml.h>

#include "base/file_io.h"
#include "base/spelling_hint.h"
#include "content/folder_path.h"
#include "content/text_position.h"

namespace coopkit::content {
namespace {

constexpr std::string_view kMarkdownTag = "!markdown";

bool IsPlainTag(const std::string& tag) {
  return tag.empty() || tag == "?" || tag == "!" || tag.starts_with("tag:yaml.org,2002:");
}

// Converts one parsed file; keeps going after errors so that one run reports
// all of them.
class Converter {
 public:
  Converter(const std::string& content_dir, const std::string& file, std::string_view text,
            DiagnosticList* diagnostics)
      : content_dir_(content_dir), file_(file), lines_(text), diagnostics_(diagnostics) {}

  ContentValue Convert(const YAML::Node& node, const SourceLocation& fallback) {
    SourceLocation where = LocationOf(node, fallback);
    const std::string& tag = node.Tag();
    if (tag == kMarkdownTag) return ReadMarkdown(node, where);
    if (!IsPlainTag(tag)) {
      diagnostics_->Error(where, "unknown tag '" + tag + "'",
                          DidYouMean(tag, {std::string(kMarkdownTag)}));
    }
    switch (node.Type()) {
      case YAML::NodeType::Scalar: {
        ContentValue v = ContentValue::Scalar(node.Scalar(), where);
        v.plain = tag == "?";
        return v;
      }
      case YAML::NodeType::Sequence: {
        ContentValue list = ContentValue::List(where);
        for (const YAML::Node& item : node) list.items.push_back(Convert(item, where));
        return list;
      }
      case YAML::NodeType::Map:
        return ConvertMap(node, where);
      default:
        return ContentValue::Null(where);
    }
  }

 private:
  ContentValue ConvertMap(const YAML::Node& node, const SourceLocation& where) {
    ContentValue map = ContentValue::Map(where);
    for (auto it = node.begin(); it != node.end(); ++it) {
      SourceLocation key_where = LocationOf(it->first, where);
      if (!it->first.IsScalar()) {
        diagnostics_->Error(key_where, "a key must be plain text");
        continue;
      }
      const std::string& key = it->first.Scalar();
      if (const MapEntry* first = map.FindEntry(key)) {
        diagnostics_->Error(key_where, "duplicate key '" + key + "'",
                            "first defined at line " + std::to_string(first->key_location.line));
        continue;
      }
      // yaml-cpp marks an empty value at the next token; the key is a better place.
      ContentValue value = it->second.IsNull() && IsPlainTag(it->second.Tag())
                               ? ContentValue::Null(key_where)
                               : Convert(it->second, key_where);
      map.entries.push_back({key, key_where, std::move(value)});
    }
    return map;
  }

  ContentValue ReadMarkdown(const YAML::Node& node, const SourceLocation& where) {
    ContentValue value = ContentValue::Scalar("", where);
    if (!node.IsScalar()) {
      diagnostics_->Error(where, "!markdown expects a file name, e.g. !markdown guide/intro.md");
      return value;
    }
    std::string problem;
    std::optional<std::string> path = PathInsideFolder(content_dir_, node.Scalar(), &problem);
    if (!path) {
      diagnostics_->Error(where, "cannot include Markdown: " + problem);
      return value;
    }
    std::optional<std::string> text = ReadFile(*path, &problem);
    if (!text) {
      diagnostics_->Error(where, "cannot read Markdown file " + *path + ": " + problem);
      return value;
    }
    if (size_t bad = FindInvalidUtf8(*text); bad != std::string::npos) {
      diagnostics_->Error(LocationOfOffset(*path, *text, bad), "invalid UTF-8 in Markdown file",
                          "save the file as UTF-8");
      return value;
    }
    value.scalar = std::move(*text);
    value.markdown_file = *path;
    return value;
  }

  SourceLocation LocationOf(const YAML::Node& node, const SourceLocation& fallback) const {
    const YAML::Mark mark = node.Mark();
    if (mark.is_null() || mark.line < 0) return fallback;
    return lines_.Locate(file_, mark.line, mark.column);
  }

  const std::string& content_dir_;
  const std::string& file_;
  LineStarts lines_;
  DiagnosticList* diagnostics_;
};

}  // namespace

YamlLoader::YamlLoader(std::string content_dir, DiagnosticList* diagnostics)
    : content_dir_(std::move(content_dir)), diagnostics_(diagnostics) {}

std::optional<ContentValue> YamlLoader::Load(const std::string& relative_path) {
  std::string problem;
  std::optional<std::string> path = PathInsideFolder(content_dir_, relative_path, &problem);
  if (!path) {
    diagnostics_->Error({content_dir_}, problem);
    return std::nullopt;
  }
  std::optional<std::string> text = ReadFile(*path, &problem);
  if (!text) {
    diagnostics_->Error({*path}, "cannot read: " + problem);
    return std::nullopt;
  }
  return Parse(*text, *path);
}

std::optional<ContentValue> YamlLoader::Parse(std::string_view text, const std::string& file) {
  if (size_t bad = FindInvalidUtf8(text); bad != std::string::npos) {
    diagnostics_->Error(LocationOfOffset(file, text, bad), "invalid UTF-8",
                        "save the file as UTF-8");
    return std::nullopt;
  }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    diagnostics_->Error(LocationOfLineByte(file, text, e.mark.line, e.mark.column), e.msg);
    return std::nullopt;
  }
  size_t errors_before = diagnostics_->ErrorCount();
  ContentValue value =
      Converter(content_dir_, file, text, diagnostics_).Convert(root, {file, 1, 1});
  if (diagnostics_->ErrorCount() > errors_before) return std::nullopt;
  return value;
}

}  // namespace coopkit::content
