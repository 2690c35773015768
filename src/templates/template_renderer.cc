#include "templates/template_renderer.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <kainjow/mustache.hpp>
#include <map>
#include <set>

#include "base/file_io.h"
#include "base/line_break.h"
#include "base/spelling_hint.h"
#include "base/utf8.h"
#include "content/folder_path.h"
#include "content/text_position.h"
#include "templates/markdown_escape.h"
#include "templates/mustache_data.h"
#include "templates/mustache_tags.h"

namespace coopkit::templates {
namespace {

constexpr std::string_view kTemplateExtension = ".mustache";
// kainjow renders each nested section with a recursion of its own: a few
// thousand levels overflow the stack. Real templates nest a handful.
constexpr int kMaxSectionDepth = 100;
// kainjow's parser spends memory out of proportion to a template's size;
// real templates are a few kilobytes.
constexpr size_t kMaxTemplateBytes = 1 << 20;

struct TemplateSource {
  std::string partial_name;  // empty for the main template
  std::string path;
  std::string text;
  std::vector<MustacheTag> tags;
};

// kainjow looks partials up among the data, where a content key named like
// a partial would hide it; this context serves them from our own table.
class PartialContext : public kainjow::mustache::context<std::string> {
 public:
  PartialContext(const kainjow::mustache::data* root,
                 const std::map<std::string, kainjow::mustache::data>* partials)
      : context(root), partials_(partials) {}

  const kainjow::mustache::data* get_partial(const std::string& name) const override {
    auto it = partials_->find(name);
    return it == partials_->end() ? nullptr : &it->second;
  }

 private:
  const std::map<std::string, kainjow::mustache::data>* partials_;
};

// Reads a template and, depth first, every partial it includes.
class TemplateLoader {
 public:
  TemplateLoader(const std::string& templates_dir, DiagnosticList* diagnostics)
      : templates_dir_(templates_dir), diagnostics_(diagnostics) {}

  /// Loads the template and its partials; returns how deep its sections
  /// nest, its partials' included (0 when it could not be loaded).
  int Load(const std::string& relative, const std::string& partial_name,
           const SourceLocation& included_at) {
    std::string problem;
    std::optional<std::string> path = content::PathInsideFolder(templates_dir_, relative, &problem);
    std::optional<std::string> text = path ? ReadFile(*path, &problem) : std::nullopt;
    if (!text) {
      std::string what =
          partial_name.empty() ? "template '" + relative + "'" : "partial '" + partial_name + "'";
      if (path) what += " (" + *path + ")";
      diagnostics_->Error(included_at, "cannot read " + what + ": " + problem,
                          partial_name.empty()
                              ? ""
                              : "partials are files named <name>" +
                                    std::string(kTemplateExtension) + " in " + templates_dir_);
      return 0;
    }
    RemoveByteOrderMark(&*text);
    MakeLoneCarriageReturnsLineFeeds(&*text);
    if (std::optional<content::TextFault> fault = content::FindTextFault(*text)) {
      diagnostics_->Error(content::LocationOfOffset(*path, *text, fault->offset), fault->message,
                          fault->hint);
      return 0;
    }
    if (text->size() > kMaxTemplateBytes) {
      diagnostics_->Error(
          content::LocationOfOffset(*path, *text, kMaxTemplateBytes),
          "this template is longer than " + std::to_string(kMaxTemplateBytes >> 10) + " kB, here",
          "split it into partials ({{> name}}) or move text into the content");
      return 0;
    }
    size_t index = sources_.size();
    sources_.push_back({partial_name, *path, std::move(*text), {}});
    sources_[index].tags = ScanMustacheTags(sources_[index].text);
    including_.push_back(partial_name);
    int depth = 0;  // of the sections open at the tag
    int deepest = 0;
    for (const MustacheTag& tag : sources_[index].tags) {
      auto where = [&] {
        return content::LocationOfOffset(sources_[index].path, sources_[index].text, tag.begin);
      };
      int reached = depth;
      if (tag.kind == TagKind::kSection || tag.kind == TagKind::kInverted) {
        reached = ++depth;
      } else if (tag.kind == TagKind::kClose) {
        --depth;
      } else if (tag.kind == TagKind::kPartial) {
        if (std::find(including_.begin(), including_.end(), tag.name) != including_.end()) {
          diagnostics_->Error(where(), "partial '" + tag.name + "' includes itself");
        } else if (loaded_partials_.insert(tag.name).second) {
          section_depths_[tag.name] =
              Load(tag.name + std::string(kTemplateExtension), tag.name, where());
        }
        reached = depth + section_depths_[tag.name];
      }
      if (reached > kMaxSectionDepth) {
        diagnostics_->Error(where(),
                            "sections nest more than " + std::to_string(kMaxSectionDepth) +
                                " deep here (partials included)",
                            "close some of the {{#...}} and {{^...}} sections before");
        deepest = reached;
        break;  // kainjow is never given a template this deep
      }
      deepest = std::max(deepest, reached);
    }
    including_.pop_back();
    if (deepest > kMaxSectionDepth || !CheckSyntax(*path, sources_[index].text)) return 0;
    return deepest;
  }

  std::vector<TemplateSource>& sources() { return sources_; }

 private:
  // kainjow reports "Unclosed tag at 8": a message and a byte offset.
  bool CheckSyntax(const std::string& path, const std::string& text) {
    kainjow::mustache::mustache parsed(text);
    if (parsed.is_valid()) return true;
    std::string message = parsed.error_message();
    size_t at = message.rfind(" at ");
    size_t offset = 0;
    if (at != std::string::npos) {
      std::from_chars(message.data() + at + 4, message.data() + message.size(), offset);
      message.erase(at);
    }
    if (!message.empty()) message[0] = static_cast<char>(std::tolower(message[0]));
    diagnostics_->Error(content::LocationOfOffset(path, text, offset), message);
    return false;
  }

  const std::string& templates_dir_;
  DiagnosticList* diagnostics_;
  std::vector<TemplateSource> sources_;
  std::set<std::string> loaded_partials_;
  std::map<std::string, int> section_depths_;  // of each partial loaded, by name
  std::vector<std::string> including_;
};

// Every key of the data at any depth, each with whether one of its values
// holds something (is neither null nor an empty list).
void CollectKeys(const content::ContentValue& value, std::map<std::string, bool>* keys) {
  for (const content::MapEntry& entry : value.entries) {
    bool& filled = (*keys)[entry.key];
    filled =
        filled || !(entry.value.IsNull() || (entry.value.IsList() && entry.value.items.empty()));
    CollectKeys(entry.value, keys);
  }
  for (const content::ContentValue& item : value.items) CollectKeys(item, keys);
}

// The first part of the dotted `name` that is no key of the data, if any.
std::optional<std::string> UnknownPart(std::string_view name,
                                       const std::map<std::string, bool>& keys) {
  while (!name.empty()) {
    size_t dot = name.find('.');
    std::string part(name.substr(0, dot));
    name = dot == std::string_view::npos ? std::string_view() : name.substr(dot + 1);
    if (!keys.count(part)) return part;
  }
  return std::nullopt;
}

// Whether `{{#name}}` renders nothing whatever the data: a part of its name
// is no key, or its key is only ever null or an empty list.
bool NeverRendered(const std::string& name, const std::map<std::string, bool>& keys) {
  if (name == ".") return false;
  if (UnknownPart(name, keys)) return true;
  auto last = keys.find(name.substr(name.rfind('.') + 1));
  return last != keys.end() && !last->second;
}

// Warns about `{{a.b}}` when `a` or `b` is a key nowhere in the data. Any
// key at any depth counts, so names valid inside a section never warn. Nor
// do the names inside a section that is never rendered: they are about
// content this kit does not have (another kit's chapter, photos not added
// yet), not misspelt.
void WarnAboutUnknownVariables(const std::vector<TemplateSource>& sources,
                               const content::ContentValue& data, DiagnosticList* diagnostics) {
  std::map<std::string, bool> keys;
  CollectKeys(data, &keys);
  std::vector<std::string> candidates;
  for (const auto& entry : keys) candidates.push_back(entry.first);
  for (const TemplateSource& source : sources) {
    std::vector<bool> unrendered_sections;  // of the sections open, innermost last
    size_t unrendered = 0;
    for (const MustacheTag& tag : source.tags) {
      if (tag.kind == TagKind::kSection || tag.kind == TagKind::kInverted) {
        const bool never = tag.kind == TagKind::kSection && NeverRendered(tag.name, keys);
        unrendered_sections.push_back(never);
        unrendered += never;
        continue;
      }
      if (tag.kind == TagKind::kClose && !unrendered_sections.empty()) {
        unrendered -= unrendered_sections.back();
        unrendered_sections.pop_back();
        continue;
      }
      if (tag.kind != TagKind::kVariable && tag.kind != TagKind::kUnescaped) continue;
      if (tag.name == "." || unrendered > 0) continue;
      const std::optional<std::string> part = UnknownPart(tag.name, keys);
      if (!part) continue;
      diagnostics->Warning(content::LocationOfOffset(source.path, source.text, tag.begin),
                           "'" + tag.name + "' names nothing in the content ('" + *part +
                               "' is no key of any file); it will print as nothing",
                           DidYouMean(*part, candidates));
    }
  }
}

}  // namespace

TemplateRenderer::TemplateRenderer(std::string templates_dir, DiagnosticList* diagnostics)
    : templates_dir_(std::move(templates_dir)), diagnostics_(diagnostics) {}

std::optional<RenderedText> TemplateRenderer::Render(const std::string& template_file,
                                                     content::ContentValue data) {
  size_t errors_before = diagnostics_->ErrorCount();
  TemplateLoader loader(templates_dir_, diagnostics_);
  loader.Load(template_file, "", {templates_dir_});
  if (diagnostics_->ErrorCount() > errors_before) return std::nullopt;
  std::vector<TemplateSource>& sources = loader.sources();
  WarnAboutUnknownVariables(sources, data, diagnostics_);

  std::vector<std::string> paths;
  std::map<std::string, kainjow::mustache::data> partials;
  for (size_t i = 0; i < sources.size(); ++i) {
    paths.push_back(sources[i].path);
    if (i > 0) {
      partials.emplace(sources[i].partial_name,
                       InsertLineMarks(sources[i].text, sources[i].tags, i));
    }
  }
  kainjow::mustache::mustache main(InsertLineMarks(sources[0].text, sources[0].tags, 0));
  main.set_custom_escape(
      [](const std::string& s) { return EscapeBetweenMarks(s, EscapeMarkdown); });
  kainjow::mustache::data root = ToMustacheData(std::move(data), &paths);
  PartialContext context(&root, &partials);
  std::string rendered = main.render(context);
  if (!main.is_valid()) {
    diagnostics_->Error({sources[0].path}, "cannot render: " + main.error_message());
    return std::nullopt;
  }
  return ResolveLineMarks(rendered, paths);
}

}  // namespace coopkit::templates
