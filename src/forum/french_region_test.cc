#include "forum/french_region.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace coopkit::forum {
namespace {

TEST(FrenchRegionTest, ThePostcodesOfPrefecturesAreInTheirRegions) {
  const std::map<std::string, std::string> expected = {
      {"86000", "Nouvelle-Aquitaine"},    // Poitiers
      {"01000", "Auvergne-Rhône-Alpes"},  // Bourg-en-Bresse
      {"69001", "Auvergne-Rhône-Alpes"},
      {"25000", "Bourgogne-Franche-Comté"},
      {"90000", "Bourgogne-Franche-Comté"},  // Belfort
      {"35000", "Bretagne"},
      {"45000", "Centre-Val de Loire"},
      {"20000", "Corse"},  // Ajaccio, 2A
      {"20200", "Corse"},  // Bastia, 2B
      {"67000", "Grand Est"},
      {"02000", "Hauts-de-France"},  // Laon
      {"75011", "Île-de-France"},
      {"95000", "Île-de-France"},
      {"76000", "Normandie"},
      {"09000", "Occitanie"},  // Foix
      {"31000", "Occitanie"},
      {"44000", "Pays de la Loire"},
      {"04000", "Provence-Alpes-Côte d'Azur"},  // Digne
      {"13001", "Provence-Alpes-Côte d'Azur"},
      {"97100", "Guadeloupe"},
      {"97400", "La Réunion"},
      {"97600", "Mayotte"},
      {"97500", "Saint-Pierre-et-Miquelon"},
      {"98800", "Nouvelle-Calédonie"},
  };
  for (const auto& [postcode, region] : expected)
    EXPECT_EQ(RegionOfPostcode(postcode).value_or("(none)"), region) << postcode;
}

TEST(FrenchRegionTest, EveryMetropolitanDepartementHasOneRegion) {
  int found = 0;
  for (int departement = 1; departement <= 95; ++departement) {
    std::string postcode = (departement < 10 ? "0" : "") + std::to_string(departement) + "100";
    if (RegionOfPostcode(postcode)) ++found;
  }
  EXPECT_EQ(found, 95);  // 01 to 95, Corsica's 2A and 2B sharing 20
}

TEST(FrenchRegionTest, WhatIsNoFrenchPostcodeHasNoRegion) {
  for (const char* postcode : {"", "8600", "860000", "86 00", "8600A", "00100", "96000", "98000",
                               "97900", "99999", "８６０００"})
    EXPECT_FALSE(RegionOfPostcode(postcode)) << postcode;
}

}  // namespace
}  // namespace coopkit::forum
