#include "content/content_file_cache.h"

namespace coopkit::content {

std::shared_ptr<const LoadedContentFile> ContentFileCache::Get(const std::string& key,
                                                               const Loader& load) {
  std::shared_ptr<Slot> slot;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    std::shared_ptr<Slot>& found = slots_[key];
    if (!found) found = std::make_shared<Slot>();
    slot = found;
  }
  std::call_once(slot->loaded, [&] { slot->file = load(); });
  return {slot, &slot->file};
}

}  // namespace coopkit::content
