// Values made once per key and shared by every thread that asks for them:
// the first to ask makes it, those asking meanwhile wait for it. For what
// the kits of one run would otherwise each read and parse again. Thread-safe.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace coopkit {

template <typename Value>
class OnceCache {
 public:
  /// The value of `key`, made by `make` the first time it is asked for.
  std::shared_ptr<const Value> Get(const std::string& key, const std::function<Value()>& make) {
    std::shared_ptr<Slot> slot;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      std::shared_ptr<Slot>& found = slots_[key];
      if (!found) found = std::make_shared<Slot>();
      slot = found;
    }
    std::call_once(slot->made, [&] { slot->value = make(); });
    return {slot, &slot->value};
  }

 private:
  struct Slot {
    std::once_flag made;
    Value value;
  };

  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<Slot>> slots_;
};

}  // namespace coopkit
