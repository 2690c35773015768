#include "layout/blocks/table_column_widths.h"

#include <algorithm>
#include <cassert>
#include <numeric>

namespace coopkit::layout {
namespace {

using Sizing = doc::TableColumn::Sizing;

/// Gives out `room` in proportion to `weights`, each share capped at its
/// `caps` entry; returns what could not be given.
float Distribute(float room, const std::vector<float>& weights, const std::vector<float>& caps,
                 std::vector<float>* shares) {
  std::vector<bool> capped(weights.size(), false);
  while (room > 0) {
    float total = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
      if (!capped[i]) total += weights[i];
    }
    if (total <= 0) break;
    // One that would pass its cap gets its cap; the others share again.
    bool capped_one = false;
    for (size_t i = 0; i < weights.size() && !capped_one; ++i) {
      if (capped[i] || (*shares)[i] + room * weights[i] / total <= caps[i]) continue;
      room -= caps[i] - (*shares)[i];
      (*shares)[i] = caps[i];
      capped[i] = capped_one = true;
    }
    if (capped_one) continue;
    for (size_t i = 0; i < weights.size(); ++i) {
      if (!capped[i]) (*shares)[i] += room * weights[i] / total;
    }
    room = 0;
  }
  return room;
}

}  // namespace

TableColumnWidths::TableColumnWidths(std::vector<doc::TableColumn> columns,
                                     std::vector<ContentWidths> content, float readable)
    : columns_(std::move(columns)), content_(std::move(content)), readable_(readable) {
  assert(columns_.size() == content_.size());
}

float TableColumnWidths::Minimum(size_t column) const {
  const ContentWidths& content = content_[column];
  float floor = std::max(content.min, std::min(readable_, content.max));
  if (columns_[column].sizing == Sizing::kFixed) return std::max(columns_[column].amount, floor);
  return floor;
}

std::vector<float> TableColumnWidths::Resolve(const std::vector<size_t>& columns,
                                              float available) const {
  std::vector<float> widths;
  for (size_t column : columns) widths.push_back(Minimum(column));
  float used = std::accumulate(widths.begin(), widths.end(), 0.0f);
  if (used >= available) {
    for (float& width : widths) width *= available / used;
    return widths;
  }
  float room = available - used;
  std::vector<float> auto_weights(columns.size(), 0), fraction_weights(columns.size(), 0);
  std::vector<float> auto_caps(columns.size(), 0), no_cap(columns.size(), available);
  bool has_fractions = false;
  for (size_t i = 0; i < columns.size(); ++i) {
    const doc::TableColumn& column = columns_[columns[i]];
    if (column.sizing == Sizing::kAuto) {
      auto_caps[i] = std::max(0.0f, content_[columns[i]].max - widths[i]);
      auto_weights[i] = auto_caps[i];
    } else if (column.sizing == Sizing::kFraction) {
      fraction_weights[i] = column.amount;
      has_fractions = true;
    }
  }
  // Auto columns grow toward their content's widest line, sharing the room
  // in proportion to how much each still wants; beside fraction columns, an
  // auto column grows by no more than a 1fr column would, so that a column
  // of long paragraphs cannot starve the flexible ones.
  if (has_fractions) {
    float shares = 0;
    for (size_t i = 0; i < columns.size(); ++i) {
      shares += fraction_weights[i] + (columns_[columns[i]].sizing == Sizing::kAuto ? 1 : 0);
    }
    for (float& cap : auto_caps) cap = std::min(cap, room / shares);
  }
  std::vector<float> extra(columns.size(), 0);
  room = Distribute(room, auto_weights, auto_caps, &extra);
  if (has_fractions) {
    // Fraction columns take what is left by their shares, counting their
    // minimums in: a column already wider than its share keeps its minimum.
    std::vector<float> fraction_extra(columns.size(), 0);
    float total_share = 0, fraction_floor = 0;
    for (size_t i = 0; i < columns.size(); ++i) {
      if (fraction_weights[i] == 0) continue;
      total_share += fraction_weights[i];
      fraction_floor += widths[i];
    }
    std::vector<bool> floored(columns.size(), false);
    for (bool changed = true; changed;) {
      changed = false;
      float share_room = room + fraction_floor;
      for (size_t i = 0; i < columns.size(); ++i) {
        if (fraction_weights[i] == 0 || floored[i]) continue;
        if (share_room * fraction_weights[i] / total_share < widths[i]) {
          floored[i] = changed = true;
          total_share -= fraction_weights[i];
          fraction_floor -= widths[i];
        }
      }
    }
    float share_room = room + fraction_floor;
    for (size_t i = 0; i < columns.size(); ++i) {
      if (fraction_weights[i] == 0 || floored[i]) continue;
      extra[i] += share_room * fraction_weights[i] / total_share - widths[i];
    }
  } else {
    // Without shares, the auto columns fill the line in proportion to their
    // content, as a full-width CSS table does.
    std::vector<float> fill_weights(columns.size(), 0);
    for (size_t i = 0; i < columns.size(); ++i) {
      if (columns_[columns[i]].sizing == Sizing::kAuto) {
        fill_weights[i] = std::max(content_[columns[i]].max, widths[i]);
      }
    }
    Distribute(room, fill_weights, no_cap, &extra);
  }
  for (size_t i = 0; i < columns.size(); ++i) widths[i] += extra[i];
  return widths;
}

std::vector<std::vector<size_t>> TableColumnWidths::Slices(size_t stubs, float available) const {
  std::vector<size_t> all(size());
  std::iota(all.begin(), all.end(), 0);
  float total = 0;
  for (size_t column : all) total += Minimum(column);
  stubs = std::min(stubs, size());
  if (total <= available + kFitTolerance || stubs == size()) return {all};

  std::vector<size_t> stub_columns(all.begin(), all.begin() + static_cast<long>(stubs));
  float stub_width = 0;
  for (size_t column : stub_columns) stub_width += Minimum(column);
  std::vector<std::vector<size_t>> slices;
  std::vector<size_t> slice = stub_columns;
  float width = stub_width;
  for (size_t column = stubs; column < size(); ++column) {
    if (slice.size() > stubs && width + Minimum(column) > available + kFitTolerance) {
      slices.push_back(std::move(slice));
      slice = stub_columns;
      width = stub_width;
    }
    slice.push_back(column);
    width += Minimum(column);
  }
  slices.push_back(std::move(slice));
  return slices;
}

}  // namespace coopkit::layout
