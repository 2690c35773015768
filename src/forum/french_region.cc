#include "forum/french_region.h"

#include <algorithm>
#include <array>

namespace coopkit::forum {
namespace {

struct Region {
  const char* name;
  std::array<int, 13> departements;  // 0 ends a shorter list
};

// The 13 regions of metropolitan France since 2016 (loi n° 2015-29), Corsica
// (20, the postcodes of 2A and 2B) included.
constexpr Region kMetropolitanRegions[] = {
    {"Auvergne-Rhône-Alpes", {1, 3, 7, 15, 26, 38, 42, 43, 63, 69, 73, 74}},
    {"Bourgogne-Franche-Comté", {21, 25, 39, 58, 70, 71, 89, 90}},
    {"Bretagne", {22, 29, 35, 56}},
    {"Centre-Val de Loire", {18, 28, 36, 37, 41, 45}},
    {"Corse", {20}},
    {"Grand Est", {8, 10, 51, 52, 54, 55, 57, 67, 68, 88}},
    {"Hauts-de-France", {2, 59, 60, 62, 80}},
    {"Île-de-France", {75, 77, 78, 91, 92, 93, 94, 95}},
    {"Normandie", {14, 27, 50, 61, 76}},
    {"Nouvelle-Aquitaine", {16, 17, 19, 23, 24, 33, 40, 47, 64, 79, 86, 87}},
    {"Occitanie", {9, 11, 12, 30, 31, 32, 34, 46, 48, 65, 66, 81, 82}},
    {"Pays de la Loire", {44, 49, 53, 72, 85}},
    {"Provence-Alpes-Côte d'Azur", {4, 5, 6, 13, 83, 84}},
};

// Overseas, by the postcode's first three digits: the five regions, then
// the collectivities that are not regions.
constexpr std::pair<int, const char*> kOverseas[] = {
    {971, "Guadeloupe"},
    {972, "Martinique"},
    {973, "Guyane"},
    {974, "La Réunion"},
    {975, "Saint-Pierre-et-Miquelon"},
    {976, "Mayotte"},
    {977, "Saint-Barthélemy"},
    {978, "Saint-Martin"},
    {986, "Wallis-et-Futuna"},
    {987, "Polynésie française"},
    {988, "Nouvelle-Calédonie"},
};

}  // namespace

std::optional<std::string> RegionOfPostcode(std::string_view postcode) {
  if (postcode.size() != 5 ||
      !std::all_of(postcode.begin(), postcode.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  const int first_two = (postcode[0] - '0') * 10 + (postcode[1] - '0');
  if (first_two >= 97) {
    const int first_three = first_two * 10 + (postcode[2] - '0');
    for (const auto& [prefix, name] : kOverseas)
      if (prefix == first_three) return name;
    return std::nullopt;
  }
  for (const Region& region : kMetropolitanRegions) {
    for (int departement : region.departements)
      if (departement != 0 && departement == first_two) return region.name;
  }
  return std::nullopt;  // 00, 96
}

}  // namespace coopkit::forum
