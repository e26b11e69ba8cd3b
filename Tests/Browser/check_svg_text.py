#!/usr/bin/env python3
"""Opens TIPCharts' SVG files in Debian's headless Chromium (through Playwright) and checks
that the text written as <text> in embedded font subsets looks as the PNG drawn by cairo does,
and reads as text:

- each SVG, shown at its own size, matches the PNG of the same chart beside it
  (NAME.svg and NAME.png): the mean absolute difference over all channels is at most 3/255,
  and at most 40/255 in every 16-pixel square (a ligature drawn as a gap gave 47 to 68;
  text drawn right gives up to 34, as Chromium puts baselines on whole pixels);
- every <text> is drawn in its embedded web font (document.fonts reports each face loaded);
- a triple click on the chart's title (the <text> that reads as the document's <title>,
  else the longest) selects exactly that line, in logical order, and so does dragging the
  mouse across a left-to-right title,
  as a reader copying a label would.

Usage: check_svg_text.py DIFF_DIR FILE.svg [FILE.svg ...]
Writes the Chromium screenshot of any SVG that fails beside DIFF_DIR; exits 1 and lists
every failure, or prints one line per file.
"""
import os
import re
import struct
import sys
import zlib

import numpy
from playwright.sync_api import sync_playwright

# Hebrew and Arabic letters: Chromium selects a drag across mixed-direction text by logical
# offsets between the two ends, so such titles are checked by triple click alone.
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufefc]")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LIMIT = 3.0
# A misplaced word or a missing glyph hardly moves the mean over a whole chart; it shows in
# the square of the page it falls in.
TILE, TILE_LIMIT = 16, 40.0
failures = []


def decode_png(data):
    """The pixels of an 8-bit RGB or RGBA, non-interlaced PNG as an (h, w, 4) uint8 array."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length = struct.unpack(">I", data[pos:pos + 4])[0]
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, f"unsupported PNG {header}"
    channels = 4 if colour == 6 else 3
    raw = numpy.frombuffer(zlib.decompress(idat), dtype=numpy.uint8).reshape(height, width * channels + 1)
    out = numpy.zeros((height, width * channels), dtype=numpy.int32)
    previous = numpy.zeros(width * channels, dtype=numpy.int32)
    for y in range(height):
        kind, line = raw[y, 0], raw[y, 1:].astype(numpy.int32)
        row = numpy.zeros_like(line)
        if kind == 0:
            row = line
        elif kind == 2:
            row = (line + previous) & 0xFF
        elif kind == 1:
            row = (numpy.cumsum(line.reshape(width, channels), axis=0) & 0xFF).reshape(-1)
        elif kind in (3, 4):
            for x in range(len(line)):
                left = row[x - channels] if x >= channels else 0
                up = previous[x]
                if kind == 3:
                    predictor = (left + up) // 2
                else:
                    upper_left = previous[x - channels] if x >= channels else 0
                    p = left + up - upper_left
                    pa, pb, pc = abs(p - left), abs(p - up), abs(p - upper_left)
                    predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else upper_left)
                row[x] = (line[x] + predictor) & 0xFF
        out[y] = row
        previous = row
    pixels = out.reshape(height, width, channels).astype(numpy.uint8)
    if channels == 3:
        pixels = numpy.concatenate([pixels, numpy.full((height, width, 1), 255, numpy.uint8)], axis=2)
    return pixels


def composite_on_white(pixels):
    """RGB of straight-alpha RGBA pixels over white, as float."""
    rgb, alpha = pixels[..., :3].astype(float), pixels[..., 3:4].astype(float) / 255
    return rgb * alpha + 255 * (1 - alpha)


SELECT_TITLE = """() => {
  const texts = Array.from(document.querySelectorAll('text'));
  const title = (document.querySelector('title') || {}).textContent || '';
  const text = texts.find(t => t.textContent === title)
    || texts.reduce((a, b) => (b.textContent.length > a.textContent.length ? b : a));
  const box = text.getBoundingClientRect();
  return {label: text.textContent, left: box.left, right: box.right, y: box.top + box.height / 2};
}"""


def check(browser, svg_path, diff_dir):
    name = os.path.basename(svg_path)
    png_path = svg_path[:-4] + ".png"
    expected = decode_png(open(png_path, "rb").read())
    height, width = expected.shape[:2]
    page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
    page.goto("file://" + os.path.abspath(svg_path), wait_until="load")
    page.evaluate("document.fonts.ready.then(() => 0)")
    unloaded = page.evaluate(
        "Array.from(document.fonts).filter(f => f.status !== 'loaded').map(f => f.family + ' ' + f.status)")
    if unloaded:
        failures.append(f"{name}: fonts not loaded: {unloaded[:3]}")
    shot = page.screenshot()
    actual = decode_png(shot)
    if actual.shape != expected.shape:
        failures.append(f"{name}: Chromium drew {actual.shape[1]}x{actual.shape[0]}, the PNG is {width}x{height}")
    else:
        absolute = numpy.abs(composite_on_white(actual) - composite_on_white(expected)).mean(axis=2)
        difference = absolute.mean()
        tiles = absolute[: height // TILE * TILE, : width // TILE * TILE]
        worst = tiles.reshape(height // TILE, TILE, width // TILE, TILE).mean(axis=(1, 3)).max()
        if difference > LIMIT:
            failures.append(f"{name}: mean difference from the PNG {difference:.2f}/255 > {LIMIT}")
        if worst > TILE_LIMIT:
            failures.append(f"{name}: a {TILE}-pixel square differs from the PNG by {worst:.1f}/255 > {TILE_LIMIT}")
        if os.environ.get("SHOW_WORST"):
            grid = tiles.reshape(height // TILE, TILE, width // TILE, TILE).mean(axis=(1, 3))
            for k in numpy.argsort(grid, axis=None)[::-1][:5]:
                print("  worst at", (k % grid.shape[1]) * TILE, (k // grid.shape[1]) * TILE, round(grid.flat[k], 1))
        if difference > LIMIT or worst > TILE_LIMIT:
            os.makedirs(diff_dir, exist_ok=True)
            open(os.path.join(diff_dir, name[:-4] + "-chromium.png"), "wb").write(shot)
        print(f"{name}: mean difference {difference:.2f}/255, worst {TILE}-pixel square {worst:.1f}/255")
    title = page.evaluate(SELECT_TITLE)
    label = title["label"].strip()
    page.mouse.click(title["left"] + (title["right"] - title["left"]) / 2, title["y"], click_count=3)
    selected = page.evaluate("window.getSelection().toString()").strip()
    if selected != label:
        failures.append(f"{name}: a triple click on the title selected {selected!r}, not {label!r}")
    if not RIGHT_TO_LEFT.search(label):
        page.mouse.move(title["left"] + 1, title["y"])
        page.mouse.down()
        page.mouse.move(title["right"] - 1, title["y"], steps=8)
        page.mouse.up()
        selected = page.evaluate("window.getSelection().toString()").strip()
        if selected != label:
            failures.append(f"{name}: dragging across the title selected {selected!r}, not {label!r}")
    page.close()


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    diff_dir, paths = sys.argv[1], sys.argv[2:]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--font-render-hinting=none"])
        for path in paths:
            check(browser, path, diff_dir)
        browser.close()
    if failures:
        print("\n".join(failures), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
