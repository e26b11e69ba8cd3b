#!/usr/bin/env python3
"""Documentation coverage of the public API, from the compiler's symbol graphs.

Counts every public symbol of the library modules (types, functions, properties,
initialisers, enum cases, …) declared in this package, and reports those without a doc
comment. Synthesised members (Codable, Equatable, RawRepresentable conformances) and
symbols inherited from protocols are not counted: they have no declaration here.
Usage: Scripts/doc-coverage.py [--minimum PERCENT] (runs `swift package dump-symbol-graph`)
"""
import glob, json, os, subprocess, sys

MODULES = ["TIPStatistics", "TIPFiles", "TIPData", "TIPScene", "TIPLayout", "TIPCairo", "TIPReports", "TIPCharts"]
minimum = float(sys.argv[sys.argv.index("--minimum") + 1]) if "--minimum" in sys.argv else 0.0
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = subprocess.run(["swift", "package", "dump-symbol-graph", "--minimum-access-level", "public"],
                     cwd=root, capture_output=True, text=True, check=True).stdout
directory = next(line.split("Files written to ")[1].strip() for line in out.splitlines() if "Files written to" in line)
total, missing = 0, []
for path in sorted(glob.glob(os.path.join(directory, "*.symbols.json"))):
    module = os.path.basename(path).split(".")[0].split("@")[0]
    if module not in MODULES:
        continue
    for symbol in json.load(open(path))["symbols"]:
        location = symbol.get("location", {}).get("uri", "")
        if "/Sources/" not in location or symbol.get("accessLevel") not in ("public", "open"):
            continue
        total += 1
        if not symbol.get("docComment", {}).get("lines"):
            name = ".".join(symbol["pathComponents"])
            file = location.split("/Sources/")[1]
            line = symbol["location"]["position"]["line"] + 1
            missing.append(f"Sources/{file}:{line}: {symbol['kind']['displayName'].lower()} {name}")
documented = total - len(missing)
percent = 100.0 * documented / total if total else 100.0
for entry in sorted(set(missing)):
    print(entry)
print(f"documented {documented} of {total} public symbols ({percent:.1f} %)")
sys.exit(1 if percent < minimum else 0)
