#include "markup/note_resolver.h"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <map>
#include <memory>
#include <string_view>
#include <vector>

#include "base/spelling_hint.h"

namespace coopkit::markup {
namespace {

using doc::Node;
using doc::NodeKind;

constexpr std::string_view kCallOpening = "[^";

bool IsLabelCharacter(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
}

// The offset of the first call `[^label]` in `text` from `from` on, and its
// length, or npos when there is none.
size_t FindCall(std::string_view text, size_t from, size_t* length) {
  for (size_t at = text.find(kCallOpening, from); at != text.npos;
       at = text.find(kCallOpening, at + 1)) {
    size_t end = at + kCallOpening.size();
    while (end < text.size() && IsLabelCharacter(text[end])) ++end;
    if (end > at + kCallOpening.size() && end < text.size() && text[end] == ']') {
      *length = end + 1 - at;
      return at;
    }
  }
  return text.npos;
}

void AppendText(std::string_view text, std::vector<std::unique_ptr<Node>>* out) {
  auto node = std::make_unique<Node>(NodeKind::kText);
  node->text = text;
  out->push_back(std::move(node));
}

// Appends `text_node` to `out`, cut around its calls, each call becoming a
// kNoteReference.
void AppendSplitAtCalls(std::unique_ptr<Node> text_node, std::vector<std::unique_ptr<Node>>* out) {
  std::string_view text = text_node->text;
  size_t start = 0, length = 0;
  for (size_t at = FindCall(text, 0, &length); at != text.npos;
       at = FindCall(text, start, &length)) {
    if (at > start) AppendText(text.substr(start, at - start), out);
    auto call = std::make_unique<Node>(NodeKind::kNoteReference);
    call->text = text.substr(at + kCallOpening.size(), length - kCallOpening.size() - 1);
    out->push_back(std::move(call));
    start = at + length;
  }
  if (start == 0) {
    out->push_back(std::move(text_node));
  } else if (start < text.size()) {
    AppendText(text.substr(start), out);
  }
}

// Turns the calls written in the kText nodes under `node` into
// kNoteReference nodes; the notes' own text is left as written.
void SplitCalls(Node* node) {
  std::vector<std::unique_ptr<Node>> children;
  for (auto& child : node->children) {
    if (child->kind == NodeKind::kText) {
      AppendSplitAtCalls(std::move(child), &children);
      continue;
    }
    if (child->kind != NodeKind::kNotes) SplitCalls(child.get());
    children.push_back(std::move(child));
  }
  node->children = std::move(children);
}

struct Definition {
  Node* paragraph = nullptr;
  int number = 0;  // 0 while no call refers to it
};

class Numbering {
 public:
  Numbering(DiagnosticList* diagnostics, const std::string& source_name)
      : diagnostics_(diagnostics), source_name_(source_name) {}

  void CollectDefinitions(Node* node) {
    for (auto& child : node->children) {
      if (child->kind == NodeKind::kNotes) {
        notes_.push_back(child.get());
        for (auto& note : child->children) Define(note.get());
      } else {
        CollectDefinitions(child.get());
      }
    }
  }

  // Numbers the calls under `node` in document order; `line` is the source
  // line of the nearest block, for diagnostics.
  void NumberCalls(Node* node, int line) {
    for (auto& child : node->children) {
      if (child->kind == NodeKind::kNotes) continue;
      int child_line = child->source_line ? child->source_line : line;
      if (child->kind == NodeKind::kNoteReference) {
        Number(child.get(), child_line);
      } else {
        NumberCalls(child.get(), child_line);
      }
    }
  }

  // Leaves in each kNotes node its called notes, in number order.
  void OrderNotes() {
    for (Node* notes : notes_) {
      std::vector<std::unique_ptr<Node>> kept;
      for (auto& note : notes->children) {
        const std::string label = note->Attribute("label");
        auto definition = definitions_.find(label);
        if (definition == definitions_.end() || definition->second.paragraph != note.get()) {
          continue;  // a second definition of the same label, already reported
        }
        if (definition->second.number == 0) {
          diagnostics_->Warning(Where(note->source_line),
                                "note '" + label + "' is defined but never called",
                                "it is left out; call it with [^" + label + "] or remove it");
          continue;
        }
        note->attributes["number"] = std::to_string(definition->second.number);
        kept.push_back(std::move(note));
      }
      std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) {
        return std::stoi(a->attributes.at("number")) < std::stoi(b->attributes.at("number"));
      });
      notes->children = std::move(kept);
    }
  }

 private:
  SourceLocation Where(int line) const { return {source_name_, line, 0}; }

  void Define(Node* note) {
    assert(note->attributes.contains("label") && "the {notes} directive labels every note");
    const std::string& label = note->attributes.at("label");
    auto [it, inserted] = definitions_.try_emplace(label, Definition{note});
    if (!inserted) {
      diagnostics_->Error(
          Where(note->source_line), "note '" + label + "' is defined twice",
          "first defined at line " + std::to_string(it->second.paragraph->source_line));
      return;
    }
    labels_.push_back(label);
  }

  void Number(Node* call, int line) {
    auto definition = definitions_.find(call->text);
    if (definition == definitions_.end()) {
      std::string hint = DidYouMean(call->text, labels_);
      if (hint.empty()) hint = "define it in a {notes} directive: [^" + call->text + "]: text";
      diagnostics_->Error(Where(line), "note '" + call->text + "' is called but not defined", hint);
      return;
    }
    if (definition->second.number == 0) definition->second.number = ++last_number_;
    call->attributes["number"] = std::to_string(definition->second.number);
  }

  DiagnosticList* diagnostics_;
  const std::string& source_name_;
  std::map<std::string, Definition> definitions_;
  std::vector<std::string> labels_;  // in definition order, for hints
  std::vector<Node*> notes_;
  int last_number_ = 0;
};

}  // namespace

NoteResolver::NoteResolver(DiagnosticList* diagnostics, std::string source_name)
    : diagnostics_(diagnostics), source_name_(std::move(source_name)) {
  assert(diagnostics_);
}

void NoteResolver::Resolve(Node* root) {
  SplitCalls(root);
  Numbering numbering(diagnostics_, source_name_);
  numbering.CollectDefinitions(root);
  numbering.NumberCalls(root, root->source_line);
  numbering.OrderNotes();
}

}  // namespace coopkit::markup
