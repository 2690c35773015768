#!/bin/sh
# Writes a forum of N contributions in the forum's export format, made from
# the real export (content/exports/contribution-crge.txt): each its own
# title, organisation (« Nom - SIGLE »), postcode and city across French
# regions, themes, partners, format and presentation; one in ten without
# the authors' agreement to publication. The same N gives the same files.
set -eu

usage() {
  cat <<'EOF'
Usage: make-forum.sh [--seed FILE] N DIR

Writes N forum exports (DIR/contribution-0001.txt, ...) for
`coopkit build --batch DIR`, made from the export FILE (by default the
repository's content/exports/contribution-crge.txt). DIR is created if
needed; files of an earlier run with a larger N are not removed.

  --seed FILE  the export to vary
  --help       this text
EOF
}

seed="$(dirname "$0")/../../content/exports/contribution-crge.txt"
while [ $# -gt 0 ]; do
  case "$1" in
    --help | -h) usage; exit 0 ;;
    --seed) [ $# -ge 2 ] || { usage >&2; exit 2; }; seed="$2"; shift 2 ;;
    --) shift; break ;;
    -*) echo "make-forum.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) break ;;
  esac
done
if [ $# -ne 2 ]; then usage >&2; exit 2; fi
count="$1"
dir="$2"
case "$count" in
  '' | *[!0-9]*) echo "make-forum.sh: N must be a number, not '$count'" >&2; exit 2 ;;
esac
if [ ! -r "$seed" ]; then echo "make-forum.sh: cannot read the seed $seed" >&2; exit 1; fi
mkdir -p "$dir"

# One awk run writes every file: the seed's lines, each label's value
# replaced by the contribution's own, picked from the lists below by
# strides prime to their lengths so that neighbours differ.
program=$(cat <<'AWK'
# « de Lyon », « d’Amiens ».
function of(city) { return (city ~ /^([AEIOUY]|\303\211)/ ? "d’" : "de ") city }
function split_list(text, list) { return split(text, list, "|") }
function pick(list, n, i, stride) { return list[(i * stride) % n + 1] }
# Between `least` and `least + spread - 1` items of `list`, from position i,
# joined by ", "; a trailing comma as the forum writes partners.
function some(list, n, i, least, spread, trailing,   k, m, out) {
  m = least + i % spread
  if (m > n) m = n
  out = ""
  for (k = 0; k < m; ++k) out = out (k ? ", " : "") list[(i + k * 3) % n + 1]
  return out (trailing ? "," : "")
}
BEGIN {
  nbsp = "\302\240"
  ncities = split_list("75011 Paris|69007 Lyon|13001 Marseille|31000 Toulouse|" \
    "33000 Bordeaux|44000 Nantes|35000 Rennes|59000 Lille|67000 Strasbourg|21000 Dijon|" \
    "25000 Besançon|45000 Orléans|37000 Tours|76000 Rouen|14000 Caen|34000 Montpellier|" \
    "06000 Nice|63000 Clermont-Ferrand|38000 Grenoble|20000 Ajaccio|51100 Reims|" \
    "80000 Amiens|87000 Limoges|86000 Poitiers|29200 Brest|12000 Rodez|23000 Guéret|" \
    "48000 Mende|58000 Nevers|97400 Saint-Denis|97200 Fort-de-France|97300 Cayenne", cities)
  nkinds = split_list("Association|Coopérative|Société coopérative d’intérêt collectif|" \
    "Groupement d'employeurs|Réseau|Collectif|Union régionale des Scop|Fédération|" \
    "Fondation|Atelier", kinds)
  split_list("A|COOP|SCIC|GE|R|COL|URSCOP|F|FOND|AT", kind_sigles)
  nnames = split_list("Terre Commune|Champs Partagés|Solidarités Nouvelles|" \
    "Initiatives Locales|Économie Sociale|Tiers-Lieu des Possibles|Emploi Partagé|" \
    "Mutualisation Rurale|Ateliers du Quartier|Énergies Citoyennes|Alimentation Durable|" \
    "Jeunes Entrepreneurs|Œuvres Communes", names)
  split_list("TC|CP|SN|IL|ES|TLP|EP|MR|AQ|EC|AD|JE|OC", name_sigles)
  nstatuses = split_list("ESS - Association loi 1901|ESS - Scop|ESS - Scic|" \
    "ESS - Fondation|Collectivité territoriale|ESS - Mutuelle", statuses)
  npartners = split_list("iesMEd|e-graine|AGEC & Co|Timothée Duverger|France Active|" \
    "Réseau des Ressourceries|Les Scop Occitanie|Mairie de quartier|Pôle emploi local|" \
    "Coop de France|Chambre régionale de l'ESS|Tiers-lieux en réseau", partners)
  nopen = split_list("Coopérer pour|Mutualiser pour|Entreprendre ensemble pour|" \
    "Un tiers-lieu pour|Une Scic pour|S'organiser en commun pour", openings)
  naims = split_list("l'emploi local|une alimentation durable|la transition énergétique|" \
    "les communs numériques|le bien-vieillir|la mobilité rurale|l'habitat partagé|" \
    "la revitalisation des centres-bourgs", aims)
  nplus = split_list("Dépolarisation urbain/rural|Collectivités et ESS|" \
    "Revitalisation des centres-bourgs|Emploi local|Services de proximité", plus)
  nothers = split_list("Développement|Culture|Numérique|Sport", others)
  nchallenges = split_list("Consommation responsable et alimentation durable|" \
    "Transition écologique et énergétique|Création ou préservation de communs|" \
    "Santé et bien-vieillir|Habitat et logement|Mobilités", challenges)
  nways = split_list("Innovation sociale|Gouvernance et démocratie|" \
    "Sensibilisation des jeunes à l'ESS|Nouvelles formes de travail|Finance solidaire", ways)
  nstates = split_list("Projet en cours|Projet abouti|Idée à développer", states)
  nscales = split_list("National, Régional|Local|Régional|Départemental, Local|" \
    "Européen, National", scales)
  nlong = split_list("Atelier pour co-construire sur la thématique : temps de réflexion " \
    "et/ou production (60'-120')|Table ronde : partage d'expériences (45'-90')|" \
    "Conférence interactive (60')", longs)
  nshort = split_list("Pitch : présentation d'une initiative (10'-15')|" \
    "Stand : rencontre avec les visiteurs (30')", shorts)
  width = length(count "") < 4 ? 4 : length(count "")
}
{ seed[++lines] = $0 }
END {
  for (i = 1; i <= count; ++i) write_contribution(i)
}
function write_contribution(i,   file, place, postcode, city, kind, name, org, title, l,
                               line, label, cut, in_presentation, paragraphs, kept) {
  file = sprintf("%s/contribution-%0" width "d.txt", dir, i)
  place = pick(cities, ncities, i, 7)
  postcode = substr(place, 1, 5)
  city = substr(place, 7)
  kind = (i * 3) % nkinds + 1
  name = (i * 5) % nnames + 1
  org = kinds[kind] " " names[name] " " of(city) " - " kind_sigles[kind] name_sigles[name]
  title = pick(openings, nopen, i, 5) " " pick(aims, naims, i, 3) " à " city
  paragraphs = 0
  kept = 2 + i % 5  # of the seed presentation's paragraphs
  for (l = 1; l <= lines; ++l) {
    line = seed[l]
    if (l == 1) { print title > file; continue }
    if (in_presentation) {
      if (line == "" && paragraphs == 0) print "" > file
      else if (line == "") { in_presentation = 0; print "" > file }
      else if (++paragraphs <= kept) print line > file
      continue
    }
    cut = index(line, nbsp ": ")
    if (cut == 0) { print line > file; continue }
    label = substr(line, 1, cut - 1)
    if (label == "Organisation porteuse") line = label nbsp ": " org
    else if (label == "Statut de l'organisation")
      line = label nbsp ": " pick(statuses, nstatuses, i, 5)
    else if (label == "Code postal") line = label nbsp ": " postcode
    else if (label == "Ville") line = label nbsp ": " city
    else if (label == "Autres organisations partenaires")
      line = label nbsp ": " some(partners, npartners, i, 1, 4, 1)
    else if (label == "Plus-value pour les territoires")
      line = label nbsp ": " some(plus, nplus, i, 1, 3, 0)
    else if (label == "Autres") line = label nbsp ": " some(others, nothers, i, 1, 2, 0)
    else if (label == "Réponses aux défis de société")
      line = label nbsp ": " some(challenges, nchallenges, i + 1, 1, 3, 0)
    else if (index(label, "Autres manières") == 1)
      line = label nbsp ": " some(ways, nways, i + 2, 1, 4, 0)
    else if (label == "État de la contribution") line = label nbsp ": " pick(states, nstates, i, 1)
    else if (label == "Échelle de la contribution")
      line = label nbsp ": " pick(scales, nscales, i, 2)
    else if (label == "Et des formats longs") {
      if (i % 4 == 0) line = "Et des formats courts" nbsp ": " pick(shorts, nshort, i, 1)
      else line = label nbsp ": " pick(longs, nlong, i, 1)
    } else if (label == "Présentation de la proposition") {
      print label nbsp ": " title > file
      print "Portée par l’organisation " org ", à " city ", cette contribution part de ce que ses membres " \
        "font déjà ensemble." > file
      in_presentation = 1
      continue
    } else if (index(label, "Je donne mon accord") == 1)
      line = label nbsp ": " (i % 10 == 3 ? "Non" : "Oui")
    print line > file
  }
  close(file)
}
AWK
)
awk -v count="$count" -v dir="$dir" "$program" "$seed"
