#include "layout/flow/index_terms.h"

#include <cassert>

#include "base/text_collator.h"

namespace coopkit::layout {

void IndexTerms::Collect(const doc::Node& root, int* next_anchor) {
  CollectChildren(root, next_anchor);
}

void IndexTerms::CollectChildren(const doc::Node& parent, int* next_anchor) {
  const doc::Node* previous = nullptr;
  for (const auto& child : parent.children) {
    if (child->kind == doc::NodeKind::kIndexTerm) {
      bool shares =
          child->children.empty() && previous && previous->kind == doc::NodeKind::kIndexTerm;
      int place = shares ? places_.at(previous) : (*next_anchor)++;
      places_[child.get()] = place;
      static const std::string kMainGroup = "main";
      terms_.push_back({child->Attribute("group", kMainGroup), child->Attribute("term"), place});
    }
    CollectChildren(*child, next_anchor);
    previous = child.get();
  }
}

int IndexTerms::PlaceOf(const doc::Node& term) const {
  auto found = places_.find(&term);
  assert(found != places_.end() && "index terms are collected before blocks are built");
  return found->second;
}

std::vector<IndexEntry> IndexTerms::EntriesOf(const std::string& group) const {
  std::vector<IndexEntry> entries;
  std::unordered_map<std::string, size_t> entry_of_term;
  for (const Term& term : terms_) {
    if (term.group != group) continue;
    auto [found, added] = entry_of_term.emplace(term.term, entries.size());
    if (added) entries.push_back({term.term, {}});
    entries[found->second].anchors.push_back(term.place);
  }
  std::vector<std::string> terms;
  terms.reserve(entries.size());
  for (const IndexEntry& entry : entries) terms.push_back(entry.term);
  std::vector<size_t> order = TextCollator().Order(terms);
  std::vector<IndexEntry> sorted;
  sorted.reserve(entries.size());
  for (size_t i : order) sorted.push_back(std::move(entries[i]));
  return sorted;
}

}  // namespace coopkit::layout
