#!/usr/bin/env bash
# Copies the fixtures that seed TARGET's corpus into DIR (existing entries are kept).
set -euo pipefail
cd "$(dirname "$0")/.."
target="$1"; dir="Fuzz/$2"
case "$target" in
    FuzzCSV) cp Tests/TIPDataTests/Fixtures/good/*.csv Tests/TIPDataTests/Fixtures/bad/*.csv "$dir"/ ;;
    FuzzJSONData) cp Tests/TIPDataTests/Fixtures/good/*.json Tests/TIPDataTests/Fixtures/bad/*.json "$dir"/ ;;
    FuzzSpec) cp Tests/TIPChartsCLITests/Fixtures/specs/*.json "$dir"/ ;;
    FuzzVegaLite) cp Tests/TIPChartsCLITests/Fixtures/specs/vega-*.json "$dir"/ ;;
    FuzzRender) cp Tests/TIPLayoutTests/__Snapshots__/*.json "$dir"/ ;;
esac
mkdir -p "Tests/FuzzFindings/$target"
