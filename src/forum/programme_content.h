// programme.yaml, the content of the forum's documents (`scope: forum` in
// kit.yaml), which `build --batch` writes into the out folder: the published
// contributions grouped by chapter (programme_entry.h), chapters and
// entries in French order, with the regions their index is made of.
//
//   programme:
//     contributions: 12
//     chapters:
//       - label: Réponses aux défis de société
//         contributions: [{slug, title, organisation, city, region, region_id,
//                          themes, format, partners}, ...]
//     regions: [{id: nouvelle-aquitaine, label: Nouvelle-Aquitaine}, ...]
#pragma once

#include <string>
#include <vector>

#include "forum/programme_entry.h"

namespace coopkit::forum {

/// The chapter of contributions that name no theme.
inline constexpr const char* kNoThemeChapter = "Autres contributions";
/// The region of contributions whose postcode tells none.
inline constexpr const char* kNoRegion = "Région non précisée";

/// programme.yaml's text for the published ones of `entries`, read from
/// `folder`; a contribution not published is left out.
std::string ProgrammeYaml(const std::vector<ProgrammeEntry>& entries, const std::string& folder);

}  // namespace coopkit::forum
