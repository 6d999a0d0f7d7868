#!/usr/bin/env bash
# Benchmarks konform against xmllint (libxml2) on the same files in the same run and prints a
# Markdown table (also written to build/bench/results.md). Builds nothing.
#
#   tests/bench/run.sh [--quick]
#
# konform: $KONFORM_BIN, else build/release/konform. The JVM peer of case 8: $KONFORM_PEER, else
# ../shared/peer/run.sh. Case 8's rule profile: $KONFORM_SCHEMATRON_PROFILE, else
# build/release/tests/bench_schematron_profile. The parse-only floor of case 4:
# $KONFORM_PUGIXML_PARSE, else build/release/tests/bench_pugixml_parse (target bench_pugixml_parse).
# The launcher every run goes through, for its time and peak RSS: $KONFORM_BENCH_SPAWN, else
# build/release/tests/bench_spawn (target bench_spawn).
# Corpus: $KONFORM_CORPUS, else ../shared/corpus. --quick: one run per measurement and smaller
# batches (a smoke test of the script); the default is the median of 5 runs. See
# tests/bench/README.md for what each case measures.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/tests/bench"
KONFORM="${KONFORM_BIN:-$ROOT/build/release/konform}"
PUGIXML_PARSE="${KONFORM_PUGIXML_PARSE:-$ROOT/build/release/tests/bench_pugixml_parse}"
SPAWN="${KONFORM_BENCH_SPAWN:-$ROOT/build/release/tests/bench_spawn}"
CORPUS="${KONFORM_CORPUS:-$ROOT/../shared/corpus}"
OUT="$ROOT/build/bench"
PEER="${KONFORM_PEER:-$ROOT/../shared/peer/run.sh}"
SCHEMATRON_PROFILE="${KONFORM_SCHEMATRON_PROFILE:-$ROOT/build/release/tests/bench_schematron_profile}"
PROFILE="$ROOT/profiles/de/sn/musterstadt"

RUNS=5 XSCHULE_COPIES=100 MESSAGES=5000 LARGE_MB=50 INVOICE_COPIES=10
if [[ "${1:-}" == "--quick" ]]; then
  RUNS=1 XSCHULE_COPIES=10 MESSAGES=500 LARGE_MB=5 INVOICE_COPIES=2
elif [[ $# -gt 0 ]]; then
  echo "usage: $0 [--quick]" >&2
  exit 2
fi

die() { echo "run.sh: $*" >&2; exit 2; }
[[ -x "$KONFORM" ]] || die "konform not found at $KONFORM (set KONFORM_BIN or build the release preset)"
[[ -x "$PUGIXML_PARSE" ]] || die "bench_pugixml_parse not found at $PUGIXML_PARSE (set" \
  "KONFORM_PUGIXML_PARSE or build it: cmake --build --preset release --target konform bench_pugixml_parse)"
[[ -x "$SCHEMATRON_PROFILE" ]] || die "bench_schematron_profile not found at $SCHEMATRON_PROFILE" \
  "(set KONFORM_SCHEMATRON_PROFILE or build it: cmake --build --preset release --target" \
  "bench_schematron_profile)"
[[ -f "$PEER" ]] || die "JVM peer not found at $PEER (set KONFORM_PEER)"
[[ -x "$SPAWN" ]] || die "bench_spawn not found at $SPAWN (set KONFORM_BENCH_SPAWN or build it:" \
  "cmake --build --preset release --target bench_spawn)"
# Absolute, because measure.py runs every command in $OUT.
KONFORM="$(realpath "$KONFORM")" PUGIXML_PARSE="$(realpath "$PUGIXML_PARSE")"
SPAWN="$(realpath "$SPAWN")"
SCHEMATRON_PROFILE="$(realpath "$SCHEMATRON_PROFILE")" PEER="$(realpath "$PEER")"
command -v xmllint >/dev/null || die "xmllint missing (Debian package libxml2-utils)"
[[ -d "$CORPUS" ]] || die "corpus not found at $CORPUS (set KONFORM_CORPUS)"
CORPUS="$(cd "$CORPUS" && pwd)"
CATALOG="$CORPUS/catalog.xml"

mkdir -p "$OUT"
# konform's compiled-profile cache lives under build/bench, never in the real home; emptied here.
export XDG_CACHE_HOME="$OUT/xdg-cache"
"$KONFORM" cache clear >/dev/null
RAW="$OUT/raw.tsv"
: >"$RAW"
measure() {  # measure CASE TOOL [--env K=V]... -- COMMAND...
  local case="$1" tool="$2"
  shift 2
  echo "  $case / $tool" >&2
  python3 "$BENCH/measure.py" run --case "$case" --tool "$tool" --runs "$RUNS" --cwd "$OUT" \
    --spawn "$SPAWN" "$@" \
    >>"$RAW"
}

echo "preparing inputs in $OUT ..." >&2
# (1) XSchule: the 16 published samples, copied XSCHULE_COPIES times.
rm -rf "$OUT/xschule-batch" && mkdir -p "$OUT/xschule-batch"
for ((i = 0; i < XSCHULE_COPIES; i++)); do
  for f in "$CORPUS"/xschule/xml/*.xml; do
    cp "$f" "$OUT/xschule-batch/$(printf '%03d' "$i")-$(basename "$f")"
  done
done
# (2) generated XDemo Gewerbe messages for the example profile, ~1 % invalid.
rm -rf "$OUT/gewerbe-batch"
python3 "$BENCH/generate_messages.py" batch --count "$MESSAGES" --out "$OUT/gewerbe-batch" \
  --template "$PROFILE/tests/gewerbe-anmeldung-konform.xml" >&2
# (3) XRechnung testsuite invoices, split by syntax (UBL Invoice / UN/CEFACT CII) by root element.
rm -rf "$OUT/xrechnung-ubl" "$OUT/xrechnung-cii" && mkdir -p "$OUT/xrechnung-ubl" "$OUT/xrechnung-cii"
while IFS= read -r -d '' f; do
  name="$(echo "${f#"$CORPUS"/xrechnung/testsuite/}" | tr '/' '_')"
  if grep -q 'CrossIndustryInvoice' "$f"; then
    cp "$f" "$OUT/xrechnung-cii/$name"
  elif grep -q 'Invoice-2' "$f"; then
    cp "$f" "$OUT/xrechnung-ubl/$name"
  else
    die "unknown XRechnung syntax: $f"
  fi
done < <(find "$CORPUS/xrechnung/testsuite" -name '*.xml' -print0)
# (6) an XRechnung profile assembled from the corpus (XSD + Schematron for UBL and CII), so
#     konform validates both syntaxes in one run as a profile would; built here, never committed.
XR="$OUT/xrechnung-profile"
rm -rf "$XR" && mkdir -p "$XR/xsd" "$XR/sch"
cp -r "$CORPUS/xrechnung/ubl-2.1/xsd" "$XR/xsd/ubl"
cp -r "$CORPUS/xrechnung/cii-d16b/uncefact" "$XR/xsd/cii"
cp -r "$CORPUS/xrechnung/schematron/src/validation/schematron/." "$XR/sch/"
cat >"$XR/profile.xml" <<'MANIFEST'
<profile xmlns="urn:konform:profile:1" id="bench.xrechnung" version="3.0.2" level="other">
  <title>XRechnung (assembled from the corpus for benchmarks)</title>
  <publisher>konform benchmark</publisher>
  <documentType id="ubl-invoice">
    <match namespace="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" localName="Invoice"/>
    <schema href="xsd/ubl/maindoc/UBL-Invoice-2.1.xsd"/>
    <schematron href="sch/ubl/XRechnung-UBL-validation.sch"/>
  </documentType>
  <documentType id="cii-invoice">
    <match namespace="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" localName="CrossIndustryInvoice"/>
    <schema href="xsd/cii/data/standard/CrossIndustryInvoice_100pD16B.xsd"/>
    <schematron href="sch/cii/XRechnung-CII-validation.sch"/>
  </documentType>
</profile>
MANIFEST
# (4) one large message of the bench schema, and one large XRechnung invoice (UBL) made from a
#     testsuite invoice by repeating its line.
python3 "$BENCH/generate_messages.py" large --size-mb "$LARGE_MB" --out "$OUT/large/register.xml" >&2
INVOICE_TEMPLATE="$CORPUS/xrechnung/testsuite/src/test/technical-cases/cius/01.05_minimal_test_ubl.xml"
[[ -f "$INVOICE_TEMPLATE" ]] || die "XRechnung template invoice missing: $INVOICE_TEMPLATE"
python3 "$BENCH/generate_messages.py" invoice --template "$INVOICE_TEMPLATE" --size-mb "$LARGE_MB" \
  --out "$OUT/large/invoice.xml" >&2

# (8) the testsuite invoices, both syntaxes, copied INVOICE_COPIES times.
rm -rf "$OUT/xrechnung-full" && mkdir -p "$OUT/xrechnung-full"
for ((i = 0; i < INVOICE_COPIES; i++)); do
  for f in "$OUT"/xrechnung-ubl/*.xml "$OUT"/xrechnung-cii/*.xml; do
    cp "$f" "$OUT/xrechnung-full/$(printf '%02d' "$i")-$(basename "$f")"
  done
done

files() { find "$1" -name '*.xml' | sort; }
mapfile -t XSCHULE_FILES < <(files "$OUT/xschule-batch")
mapfile -t GEWERBE_FILES < <(files "$OUT/gewerbe-batch")
mapfile -t UBL_FILES < <(files "$OUT/xrechnung-ubl")
mapfile -t CII_FILES < <(files "$OUT/xrechnung-cii")
mapfile -t FULL_FILES < <(files "$OUT/xrechnung-full")

XSCHULE_XSD="$CORPUS/xschule/xsd/xschule.xsd"
UBL_XSD="$CORPUS/xrechnung/ubl-2.1/xsd/maindoc/UBL-Invoice-2.1.xsd"
CII_XSD="$CORPUS/xrechnung/cii-d16b/uncefact/data/standard/CrossIndustryInvoice_100pD16B.xsd"
XBAU_XSD="$CORPUS/xbau/artifacts/xbau/2.6/specs/xbau-nachrichten-baugenehmigung.xsd"
LARGE="$OUT/large/register.xml"
REGISTER="$BENCH/data/register"
LARGE_XSD="$REGISTER/xsd/bench-register.xsd"

echo "measuring ($RUNS run(s) each) ..." >&2
# Cases 1, 2 and 6 run konform with --jobs 1 and --jobs 2; the table gives the speed-up of 2 over 1.
# In cases 1 and 2 the cells compared with each other (konform --jobs 1 and 2, xmllint, and the
# code-list share's four) run interleaved, each round in a new random order, so a slower stretch
# of the shared machine falls on all of them alike rather than on one (measure.py interleave).
interleave() {  # interleave CASE ROUNDS [--env K=V]... -- --cell TOOL COMMAND... ...
  local case="$1" rounds="$2"
  shift 2
  echo "  $case / interleaved cells" >&2
  python3 "$BENCH/measure.py" interleave --case "$case" --runs "$rounds" --cwd "$OUT" \
    --spawn "$SPAWN" "$@" >>"$RAW"
}

case1="1 xschule ${#XSCHULE_FILES[@]} files"
XSCHULE=(--schema "$XSCHULE_XSD" --catalog "$CATALOG" "$OUT/xschule-batch")
interleave "$case1" $((2 * RUNS)) --env "XML_CATALOG_FILES=$CATALOG" -- \
  --cell "konform --jobs 1" "$KONFORM" validate --jobs 1 "${XSCHULE[@]}" \
  --cell "konform --jobs 2" "$KONFORM" validate --jobs 2 "${XSCHULE[@]}" \
  --cell xmllint xmllint --noout --nonet --schema "$XSCHULE_XSD" "${XSCHULE_FILES[@]}"

# Case 2 adds what the code-list stage alone costs (issue #4: below 10 % of XSD validation): the
# same files with the profile's code lists, and both on the first file alone, the start-up that
# the per-message costs below the table subtract.
case2="2 gewerbe ${#GEWERBE_FILES[@]} files"
GEWERBE_XSD=(--schema "$PROFILE/xsd/xdemo-gewerbe.xsd" --catalog "$PROFILE/catalog.xml")
CODELISTS=(--codelists "$PROFILE/codelists")
interleave "$case2" $((3 * RUNS)) --env "XML_CATALOG_FILES=$PROFILE/catalog.xml" -- \
  --cell "konform --jobs 1" "$KONFORM" validate --jobs 1 "${GEWERBE_XSD[@]}" "$OUT/gewerbe-batch" \
  --cell "konform --jobs 2" "$KONFORM" validate --jobs 2 "${GEWERBE_XSD[@]}" "$OUT/gewerbe-batch" \
  --cell "konform XSD + code lists --jobs 1" \
  "$KONFORM" validate --jobs 1 "${GEWERBE_XSD[@]}" "${CODELISTS[@]}" "$OUT/gewerbe-batch" \
  --cell "konform --jobs 1, first file only" \
  "$KONFORM" validate --jobs 1 "${GEWERBE_XSD[@]}" "${GEWERBE_FILES[0]}" \
  --cell "konform XSD + code lists, first file only" \
  "$KONFORM" validate --jobs 1 "${GEWERBE_XSD[@]}" "${CODELISTS[@]}" "${GEWERBE_FILES[0]}" \
  --cell xmllint xmllint --noout --nonet --schema "$PROFILE/xsd/xdemo-gewerbe.xsd" \
  "${GEWERBE_FILES[@]}"
# What the profile adds on top of the XSD: its code lists and Schematron, same files.
measure "$case2" "konform whole profile --jobs 1" -- "$KONFORM" validate --jobs 1 \
  --profile "$PROFILE" "$OUT/gewerbe-batch"

case3a="3a xrechnung UBL ${#UBL_FILES[@]} files"
measure "$case3a" konform -- "$KONFORM" validate --schema "$UBL_XSD" --catalog "$CATALOG" \
  "$OUT/xrechnung-ubl"
measure "$case3a" xmllint --env "XML_CATALOG_FILES=$CATALOG" -- \
  xmllint --noout --nonet --schema "$UBL_XSD" "${UBL_FILES[@]}"
case3b="3b xrechnung CII ${#CII_FILES[@]} files"
measure "$case3b" konform -- "$KONFORM" validate --schema "$CII_XSD" --catalog "$CATALOG" \
  "$OUT/xrechnung-cii"
measure "$case3b" xmllint --env "XML_CATALOG_FILES=$CATALOG" -- \
  xmllint --noout --nonet --schema "$CII_XSD" "${CII_FILES[@]}"

# konform on the benchmark's register profile: XSD only (ad hoc), XSD + code lists (ad hoc), and
# the whole profile, which adds Schematron and so holds the document in memory.
case4="4 one ${LARGE_MB} MB message"
measure "$case4" "konform XSD only" -- "$KONFORM" validate --schema "$LARGE_XSD" "$LARGE"
measure "$case4" "konform XSD + code lists" -- "$KONFORM" validate --schema "$LARGE_XSD" \
  --codelists "$REGISTER/codelists" "$LARGE"
measure "$case4" "konform XSD + code lists + Schematron" -- "$KONFORM" validate \
  --profile "$REGISTER" "$LARGE"
measure "$case4" xmllint -- xmllint --noout --nonet --schema "$LARGE_XSD" "$LARGE"
measure "$case4" "xmllint --stream (parse only)" -- xmllint --noout --nonet --stream "$LARGE"
measure "$case4" "pugixml parse only" -- "$PUGIXML_PARSE" "$LARGE"

# The same size of message under a real rule set: XRechnung's XSD and Schematron (the assembled
# profile of case 6), against xmllint's XSD-only time on the same file.
case4b="4b one ${LARGE_MB} MB XRechnung invoice"
measure "$case4b" "konform XSD + Schematron" -- "$KONFORM" validate --profile "$XR" \
  "$OUT/large/invoice.xml"
measure "$case4b" xmllint --env "XML_CATALOG_FILES=$CATALOG" -- \
  xmllint --noout --nonet --schema "$UBL_XSD" "$OUT/large/invoice.xml"

case5="5 start-up, XBau 2.6 schema set"
measure "$case5" "konform cold (--no-cache)" -- "$KONFORM" validate --no-cache --schema "$XBAU_XSD" \
  --catalog "$CATALOG" "$BENCH/data/xbau-startup.xml"
"$KONFORM" validate --schema "$XBAU_XSD" --catalog "$CATALOG" "$BENCH/data/xbau-startup.xml" \
  >/dev/null || true  # fills the cache
measure "$case5" "konform warm (cache)" -- "$KONFORM" validate --schema "$XBAU_XSD" \
  --catalog "$CATALOG" "$BENCH/data/xbau-startup.xml"
measure "$case5" xmllint --env "XML_CATALOG_FILES=$CATALOG" -- \
  xmllint --noout --nonet --schema "$XBAU_XSD" "$BENCH/data/xbau-startup.xml"

case6="6 xrechnung XSD+Schematron, 86 invoices"
measure "$case6" "konform --jobs 1" -- "$KONFORM" validate --jobs 1 --profile "$XR" "$OUT/xrechnung-ubl" "$OUT/xrechnung-cii"
measure "$case6" "konform --jobs 2" -- "$KONFORM" validate --jobs 2 --profile "$XR" "$OUT/xrechnung-ubl" "$OUT/xrechnung-cii"
measure "$case6" xmllint --env "XML_CATALOG_FILES=$CATALOG" -- \
  sh -c 'xmllint --noout --nonet --schema "$1" "$3"/*.xml && xmllint --noout --nonet --schema "$2" "$4"/*.xml' \
  sh "$UBL_XSD" "$CII_XSD" "$OUT/xrechnung-ubl" "$OUT/xrechnung-cii"
case7="7 cold single invoice, XSD+Schematron"
measure "$case7" konform -- "$KONFORM" validate --no-cache --jobs 1 --profile "$XR" "${UBL_FILES[0]}"
measure "$case7" "konform warm (cache)" -- "$KONFORM" validate --jobs 1 --profile "$XR" "${UBL_FILES[0]}"
measure "$case7" xmllint --env "XML_CATALOG_FILES=$CATALOG" -- \
  xmllint --noout --nonet --schema "$UBL_XSD" "${UBL_FILES[0]}"

# The full XRechnung stack as README states it (XSD, CEN's EN 16931 and the XRechnung CIUS, each
# rule set on the syntax its <ns> names), against the JVM peer (Xerces-J + Saxon-HE running the
# same rule sets compiled to XSLT), same files, interleaved; both also on the first file alone,
# which the per-invoice figures below the table subtract. XSD + CIUS alone is issue #26's "no
# slower than before" row.
case8="8 xrechnung full stack, ${#FULL_FILES[@]} invoices"
SCH_EN="$CORPUS/en16931"
SCH_XR="$CORPUS/xrechnung/schematron/src/validation/schematron"
UBL_CN_XSD="$CORPUS/xrechnung/ubl-2.1/xsd/maindoc/UBL-CreditNote-2.1.xsd"
STACK_XSD=(--schema "$UBL_XSD" --schema "$UBL_CN_XSD" --schema "$CII_XSD" --catalog "$CATALOG")
CIUS_SCH=("$SCH_XR/ubl/XRechnung-UBL-validation.sch" "$SCH_XR/cii/XRechnung-CII-validation.sch")
EN16931_SCH=("$SCH_EN/ubl/schematron/EN16931-UBL-validation.sch"
  "$SCH_EN/cii/schematron/EN16931-CII-validation.sch")
CIUS=() EN16931=()
for f in "${CIUS_SCH[@]}"; do CIUS+=(--schematron "$f"); done
for f in "${EN16931_SCH[@]}"; do EN16931+=(--schematron "$f"); done
interleave "$case8" "$RUNS" -- \
  --cell "konform --jobs 1" "$KONFORM" validate --jobs 1 "${STACK_XSD[@]}" "${EN16931[@]}" \
  "${CIUS[@]}" "$OUT/xrechnung-full" \
  --cell "konform --jobs 1, first file only" "$KONFORM" validate --jobs 1 "${STACK_XSD[@]}" \
  "${EN16931[@]}" "${CIUS[@]}" "${FULL_FILES[0]}" \
  --cell "konform XSD + CIUS --jobs 1" "$KONFORM" validate --jobs 1 "${STACK_XSD[@]}" "${CIUS[@]}" \
  "$OUT/xrechnung-full" \
  --cell "konform XSD + CIUS --jobs 1, first file only" "$KONFORM" validate --jobs 1 "${STACK_XSD[@]}" \
  "${CIUS[@]}" "${FULL_FILES[0]}" \
  --cell "JVM peer" bash "$PEER" xrechnung-full "${FULL_FILES[@]}" \
  --cell "JVM peer, first file only" bash "$PEER" xrechnung-full "${FULL_FILES[0]}"
measure "$case8" "konform --jobs 2" -- "$KONFORM" validate --jobs 2 "${STACK_XSD[@]}" \
  "${EN16931[@]}" "${CIUS[@]}" "$OUT/xrechnung-full"
case8b="8b one ${LARGE_MB} MB XRechnung invoice, full stack"
measure "$case8b" konform -- "$KONFORM" validate --jobs 1 "${STACK_XSD[@]}" "${EN16931[@]}" \
  "${CIUS[@]}" "$OUT/large/invoice.xml"
measure "$case8b" xmllint --env "XML_CATALOG_FILES=$CATALOG" -- \
  xmllint --noout --nonet --schema "$UBL_XSD" "$OUT/large/invoice.xml"
# The peer's own warm figure (its TOTAL line: per_file_ms after its start and setup), and where
# konform's Schematron time goes: per rule set, and the 20 most expensive asserts.
PEER_TOTAL="$(cd "$OUT" && bash "$PEER" xrechnung-full "${FULL_FILES[@]}" 2>/dev/null | grep '^TOTAL')"
"$SCHEMATRON_PROFILE" --top 20 "${EN16931_SCH[@]}" "${CIUS_SCH[@]}" -- \
  "${FULL_FILES[@]}" >"$OUT/rule-profile.md"

{
  echo "$("$KONFORM" --version 2>/dev/null | head -1) vs $(xmllint --version 2>&1 | head -1);" \
    "$RUNS run(s) per cell, $(nproc) CPU(s), $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  python3 "$BENCH/measure.py" render "$RAW"
  echo "- JVM peer's own count over the case 8 batch: $PEER_TOTAL"
  echo
  echo "Case 8, konform's Schematron time per rule set and its 20 most expensive constructs" \
    "(bench_schematron_profile, no XSD):"
  echo
  cat "$OUT/rule-profile.md"
} | tee "$OUT/results.md"
