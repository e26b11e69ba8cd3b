#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs each for SECONDS
# (default 60), seeded from the test fixtures. A crash fails the run; libFuzzer saves the
# input as Fuzz/crashes/TARGET/crash-*. Usage: Fuzz/run.sh [SECONDS] [TARGET ...]
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_EACH="${1:-60}"; shift || true
TARGETS=("$@"); [ ${#TARGETS[@]} -gt 0 ] || TARGETS=(FuzzCSV FuzzJSONData FuzzSpec FuzzVegaLite FuzzRender)
# FUZZ_NO_BUILD=1 runs the binaries already built (for long runs while the sources change).
if [ -z "${FUZZ_NO_BUILD:-}" ]; then
    for target in "${TARGETS[@]}"; do
        if ! swift build -c debug --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address \
            -Xswiftc -parse-as-library --product "$target" > ".build-$target.log" 2>&1; then
            grep -v "warning: Cannot export local symbol" ".build-$target.log" | tail -30
            echo "!! $target did not build"; exit 1
        fi
    done
fi
BIN=.build-fuzz/debug
status=0
for target in "${TARGETS[@]}"; do
    corpus="corpus/$target"; mkdir -p "$corpus" "crashes/$target"
    ./seed.sh "$target" "$corpus"
    echo "== $target for ${SECONDS_EACH}s"
    [ -x "$BIN/$target" ] || { echo "!! $target was not built"; status=1; continue; }
    if ! ASAN_OPTIONS=detect_leaks=0 "$BIN/$target" -max_total_time="$SECONDS_EACH" -max_len=8192 -timeout=10 \
        -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="crashes/$target/" "$corpus" ../Tests/FuzzFindings/"$target" 2>&1 \
        | grep -E "stat::number_of_executed_units|stat::peak_rss|ERROR|SUMMARY|Fatal error|crash-|Test unit written"; then :; fi
    if [ -n "$(ls -A "crashes/$target" 2>/dev/null)" ]; then
        echo "!! $target crashed: see Fuzz/crashes/$target (base64 of each input below, so a CI log keeps it)"
        for f in "crashes/$target"/*; do echo "-- $f"; base64 -w 0 "$f"; echo; done
        status=1
    fi
done
exit $status
