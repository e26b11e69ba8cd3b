#!/usr/bin/env python3
"""Fails when a tracked Swift file has a line longer than 120 characters (Unicode
characters, not bytes: swift-format cannot break string literals, so this checks them)."""
import subprocess, sys

LIMIT = 120
files = subprocess.check_output(["git", "ls-files", "*.swift"], text=True).split()
long_lines = [
    f"{path}:{number}: {len(line)} characters"
    for path in files
    for number, line in enumerate(open(path, encoding="utf-8").read().split("\n"), 1)
    if len(line) > LIMIT
]
print("\n".join(long_lines) or f"every line of {len(files)} Swift files is at most {LIMIT} characters")
sys.exit(1 if long_lines else 0)
