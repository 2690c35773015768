// `coopkit build --batch DIR`: the kits of a whole forum in one run. Each
// contribution of DIR (contribution_folder.h) gets its own kit in
// out/<slug>/: the kit's documents of `scope: contribution`, built as
// `coopkit build` builds them but with the contribution's event in place of
// content/event.yaml (a forum export is imported first, its event content
// kept beside its PDFs as out/<slug>/event.yaml). Then the documents of
// `scope: forum` (the programme) are built once, into out/, from
// programme.yaml (programme_content.h), which the batch writes there from
// every contribution whose authors agreed to publication: the others are
// built for their authors but printed in no forum document.
//
// Each kit succeeds or fails on its own; kits run in parallel on the
// machine's cores. With a shard (shard.h) only that shard's kits are built,
// and the forum's documents only by shard 1, from every shard's
// contributions, so that N runners together build everything exactly once.
#pragma once

#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/disk.h"
#include "forum/shard.h"
#include "kit/kit_builder.h"
#include "kit/kit_options.h"
#include "kit/kit_resources.h"

namespace coopkit::forum {

/// The name kit.yaml's content lists give a contribution's event.
inline constexpr const char* kEventContentFile = "event.yaml";
/// The content file that names the forum, in the content folder.
inline constexpr const char* kForumContentFile = "forum.yaml";

struct BatchOptions {
  kit::KitOptions kit;  // folders, --only, --strict, --draft, --force, dates
  std::string folder;   // the contributions
  Shard shard;
};

struct ContributionKit {
  std::string slug;
  std::string file;  // the export or event file it was built from
  kit::KitResult result;
  bool failed = false;
  size_t errors = 0;
  double milliseconds = 0;
};

struct BatchResult {
  std::vector<ContributionKit> kits;  // this shard's, in the folder's order
  /// Files whose contributions no forum document prints: their authors did
  /// not agree to publication.
  std::vector<std::string> unpublished;
  /// The forum's documents, when this run built them (shard 1).
  std::optional<kit::KitResult> forum;
  bool forum_failed = false;
  bool output_failed = false;
  bool usage_error = false;  // --only named no document of the batch
  /// Contribution files refused before any kit was tried (a name twice).
  size_t refused_files = 0;

  size_t FailedKits() const;
};

class ForumBatch {
 public:
  using KitCallback = std::function<void(const ContributionKit& kit, size_t done, size_t count)>;

  explicit ForumBatch(BatchOptions options, Disk* disk = SystemDisk());

  /// Called as each kit is done, for progress display; never from two
  /// threads at once.
  void OnKitDone(KitCallback callback) { on_kit_done_ = std::move(callback); }

  /// Builds this shard's kits, then (shard 1) the forum's documents. Each
  /// kit's diagnostics follow each other in the folder's order.
  BatchResult Build(DiagnosticList* diagnostics);

 private:
  struct Contribution;

  /// Builds one contribution's kit into out/<slug>/.
  ContributionKit BuildKit(const Contribution& contribution, const std::vector<std::string>& only,
                           kit::KitResources* resources, DiagnosticList* diagnostics) const;
  /// Writes programme.yaml from every contribution and builds the forum's
  /// documents.
  void BuildForum(const std::vector<Contribution>& contributions,
                  const std::vector<std::string>& only, kit::KitResources* resources,
                  BatchResult* result, DiagnosticList* diagnostics) const;

  BatchOptions options_;
  Disk* disk_;
  KitCallback on_kit_done_;
  mutable std::mutex progress_;
};

}  // namespace coopkit::forum
