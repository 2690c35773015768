// The index terms of a document ({index}`group:Term` in the text), found in
// one walk over the tree before any block is built: each term gets a place
// (an anchor id, drawn where the term's text lands) and every index of a
// group can list its terms, sorted the French way, with their places.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "document/node.h"
#include "layout/blocks/index_block.h"

namespace coopkit::layout {

class IndexTerms {
 public:
  /// Walks `root`, giving each kIndexTerm a place from `*next_anchor` on
  /// (and advancing it). An invisible marker (a term without children) right
  /// after another term shares that term's place.
  void Collect(const doc::Node& root, int* next_anchor);

  /// The place of a collected kIndexTerm node.
  int PlaceOf(const doc::Node& term) const;

  /// One entry per distinct term of `group`, in French alphabetical order,
  /// each with its places in document order.
  std::vector<IndexEntry> EntriesOf(const std::string& group) const;

 private:
  struct Term {
    std::string group;
    std::string term;
    int place = 0;
  };

  void CollectChildren(const doc::Node& parent, int* next_anchor);

  std::unordered_map<const doc::Node*, int> places_;
  std::vector<Term> terms_;  // in document order
};

}  // namespace coopkit::layout
