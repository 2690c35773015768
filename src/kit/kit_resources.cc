#include "kit/kit_resources.h"

namespace coopkit::kit {

KitResources::Lease::~Lease() {
  if (!resources_) return;  // moved from
  std::lock_guard<std::mutex> lock(owner_->mutex_);
  owner_->idle_.push_back(std::move(resources_));
}

KitResources::KitResources(const std::string& fonts_dir, DiagnosticList* diagnostics)
    : fonts_dir_(fonts_dir), locator_(fonts_dir, diagnostics) {}

KitResources::Lease KitResources::Borrow() {
  std::unique_ptr<LayoutResources> resources;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      resources = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (resources)
    resources->ReportLoadingAgain();
  else
    resources = std::make_unique<LayoutResources>(&locator_);
  return Lease(this, std::move(resources));
}

}  // namespace coopkit::kit
