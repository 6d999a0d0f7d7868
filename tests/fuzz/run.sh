#!/usr/bin/env bash
# Builds the libFuzzer targets (configure preset `fuzz`, clang-14, ASan+UBSan) and runs each for
# SECONDS (default 60), one after the other (or KONFORM_FUZZ_PARALLEL at a time).
#
#   tests/fuzz/run.sh [SECONDS] [TARGET...]      e.g. tests/fuzz/run.sh 600 xpath_eval
#
# Before fuzzing, each target replays its regression files (tests/fuzz/regressions/<target>/).
# Seeds are generated at run time (make_corpus.py); what a target discovers is kept in
# <build>/fuzz-corpus/<target>/, so later runs continue where earlier ones stopped. Crashes,
# leaks, timeouts and out-of-memory inputs are written to <build>/fuzz-crashes/<target>/ and the
# log to <build>/fuzz-logs/<target>.log; each run adds a line (time, target, seconds, runs, ok or
# failed, CPU seconds) to <build>/fuzz-ledger.tsv. Exits 1 if any target found one.
# Environment: KONFORM_FUZZ_BUILD (build folder, default build/fuzz), KONFORM_FUZZ_XERCES
# (instrumented, the default: an ASan build of Debian's Xerces-C source in KONFORM_XERCES_ASAN,
# default build/xerces-asan; debian: Debian's archive), KONFORM_JOBS (build jobs,
# default nproc), KONFORM_FUZZ_PARALLEL (targets fuzzed at once, default 1; CI uses nproc),
# KONFORM_CORPUS (shared corpus for seeds, default ../shared/corpus).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
build=${KONFORM_FUZZ_BUILD:-build/fuzz}

# Xerces-C: an ASan-instrumented build of Debian's source (instrumented_xerces.sh), so that memory
# errors inside Xerces-C are caught where they happen; KONFORM_FUZZ_XERCES=debian links Debian's
# uninstrumented archive instead (then such errors show only if they crash).
xerces_options=()
if [[ ${KONFORM_FUZZ_XERCES:-instrumented} == instrumented ]]; then
  archive=$(bash tests/fuzz/instrumented_xerces.sh "${KONFORM_XERCES_ASAN:-build/xerces-asan}")
  xerces_options=(-DKONFORM_XERCES_ARCHIVE="$archive"
    -DKONFORM_XERCES_INCLUDE_DIR="$(dirname "$(dirname "$archive")")/include")
else
  xerces_options=(-UKONFORM_XERCES_ARCHIVE -DKONFORM_XERCES_INCLUDE_DIR=)
fi
cmake --preset fuzz -B "$build" "${xerces_options[@]}" >/dev/null
cmake --build "$build" --target fuzzers -j "${KONFORM_JOBS:-$(nproc)}"

targets=("$@")
if ((${#targets[@]} == 0)); then
  for source in tests/fuzz/*_fuzzer.cpp; do
    name=$(basename "$source" .cpp)
    targets+=("${name%_fuzzer}")
  done
fi

rm -rf "$build/fuzz-seeds"
python3 tests/fuzz/make_corpus.py "$build/fuzz-seeds" >/dev/null
mkdir -p "$build/fuzz-logs"

export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp}

# Fuzzes one target; prints one line and leaves <build>/fuzz-logs/<target>.failed if it failed.
fuzz_target() {
  local target=$1
  local fuzzer="$build/tests/fuzz/${target}_fuzzer"
  local crashes="$build/fuzz-crashes/$target"
  local corpus="$build/fuzz-corpus/$target"
  local log="$build/fuzz-logs/$target.log"
  local dict=tests/fuzz/dict/xml.dict status=0 runs found user sys cpu=0
  mkdir -p "$crashes" "$corpus" "$build/fuzz-seeds/$target"
  rm -f "$build/fuzz-logs/$target.failed"
  case $target in
    xpath_*) dict=tests/fuzz/dict/xpath.dict ;;
    servicedef) dict=tests/fuzz/dict/yaml.dict ;;
  esac
  local regressions=(tests/fuzz/regressions/"$target"/*)
  : >"$log"
  if [[ -e ${regressions[0]} ]]; then
    "$fuzzer" -runs=0 "${regressions[@]}" >>"$log" 2>&1 || status=$?
  fi
  if ((status == 0)); then
    # -timeout/-rss_limit_mb: the issue's bounds (2 s, 512 MB) with room for ASan's overhead.
    # CPU seconds too (bash's time): with more targets than cores, wall time overstates the work.
    local TIMEFORMAT='%3U %3S'
    {
      time "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -dict="$dict" -artifact_prefix="$crashes/" -print_final_stats=1 \
        "$corpus" "$build/fuzz-seeds/$target" >>"$log" 2>&1 || status=$?
    } 2>"$build/fuzz-logs/$target.cpu"
    read -r user sys <"$build/fuzz-logs/$target.cpu" || true
    cpu=$(python3 -c "print(round(${user:-0} + ${sys:-0}))")
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  found=$(find "$crashes" -type f | wc -l)
  # The ledger sums up how long each target has been fuzzed over all runs on this build folder.
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$target" "$seconds" "${runs:-0}" \
    "$( ((status != 0 || found > 0)) && echo failed || echo ok)" "$cpu" >>"$build/fuzz-ledger.tsv"
  if ((status != 0 || found > 0)); then
    touch "$build/fuzz-logs/$target.failed"
    echo "fuzz: $target FAILED after ${seconds}s (exit $status, $found inputs in $crashes; log $log)"
    grep -m1 -E '^==[0-9]+==ERROR|runtime error|deadly signal|Timeout|out-of-memory' "$log" || true
  else
    echo "fuzz: $target ok, ${seconds}s, ${runs:-0} runs, corpus $(find "$corpus" -type f | wc -l) files"
  fi
}

parallel=${KONFORM_FUZZ_PARALLEL:-1}
for target in "${targets[@]}"; do
  while (($(jobs -rp | wc -l) >= parallel)); do wait -n || true; done
  fuzz_target "$target" &
done
wait

failed=()
for target in "${targets[@]}"; do
  [[ -e $build/fuzz-logs/$target.failed ]] && failed+=("$target")
done
if ((${#failed[@]})); then
  echo "fuzz: ${#failed[@]} target(s) failed: ${failed[*]}"
  exit 1
fi
