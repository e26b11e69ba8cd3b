#!/usr/bin/env bash
# Copies the fixtures that seed TARGET's corpus into DIR (existing entries are kept).
set -euo pipefail
cd "$(dirname "$0")/.."
target="$1"; dir="Fuzz/$2"
case "$target" in
    FuzzCSV) cp Tests/TraffickingDataTests/Fixtures/good/*.csv Tests/TraffickingDataTests/Fixtures/bad/*.csv "$dir"/ ;;
    FuzzJSONData) cp Tests/TraffickingDataTests/Fixtures/good/*.json Tests/TraffickingDataTests/Fixtures/bad/*.json "$dir"/ ;;
    FuzzSpec) cp Tests/TIPChartsCLITests/Fixtures/specs/*.json "$dir"/ ;;
    FuzzRender) cp Tests/ChartingTests/__Snapshots__/*.json "$dir"/ ;;
esac
mkdir -p "Tests/FuzzFindings/$target"
