#!/usr/bin/env python3
"""Opens TIPCharts' HTML reports in Debian's headless Chromium (through Playwright) and
checks what a reader gets: no console errors, no network requests, every chart's text in
the fonts the page embeds, no script run by a
hostile label, every chart a non-blank image of the expected size, no horizontal overflow
at 390 and 1280 CSS pixels, the accessibility tree naming each chart, and a printed PDF
that splits no chart across pages.

Usage: check_report.py SCREENSHOT_DIR REPORT.html [REPORT.html ...]
Exits 1 and lists every failure; prints one line per page when all is well.
"""
import os
import re
import subprocess
import sys
import tempfile
import zlib

from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
failures = []


def fail(page_name, message):
    failures.append(f"{page_name}: {message}")


def png_is_blank(data):
    """True when a PNG has (almost) one colour: its inflated scanlines hold at most 3 byte values."""
    pos, idat = 8, b""
    while pos < len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind = data[pos + 4:pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    return len(set(zlib.decompress(idat))) <= 3


# The families the visible charts' text asks for first (the page's embedded subsets) that
# are not loaded once the page's fonts are ready.
FONTS_UNLOADED = """async () => {
  await document.fonts.ready;
  const loaded = new Set([...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/"/g, '')));
  const used = new Set([...document.querySelectorAll('svg.chart[font-family], svg.chart [font-family]')]
    .filter(t => t.getClientRects().length > 0)
    .map(t => t.getAttribute('font-family').split(',')[0].trim()));
  return [...used].filter(f => !loaded.has(f));
}"""


PROBE = """
window.__pwned = 0;
window.__errors = [];
window.addEventListener('error', e => window.__errors.push(String(e.message || e.type)), true);
"""


def check(browser, path, shots):
    name = os.path.basename(os.path.dirname(path)) + "/" + os.path.basename(path)
    url = "file://" + os.path.abspath(path)
    for width in (1280, 390):
        context = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=True)
        page = context.new_page()
        page.add_init_script(PROBE)
        console, requests = [], []
        page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: console.append(str(e)))
        page.on("request", lambda r: requests.append(r.url) if r.url != url else None)
        page.goto(url, wait_until="load")
        if console:
            fail(name, f"console errors at {width}px: {console[:3]}")
        if requests:
            fail(name, f"network requests at {width}px: {requests[:3]}")
        if page.evaluate("window.__pwned") != 0 or page.evaluate("window.__errors.length") != 0:
            fail(name, f"a script ran: __pwned={page.evaluate('window.__pwned')}, {page.evaluate('window.__errors')}")
        if page.evaluate("document.querySelectorAll('body script, img[src=x], [onerror], [onload]').length") != 0:
            fail(name, "a label became markup (script, img or an event attribute)")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            fail(name, f"the page overflows horizontally by {overflow}px at {width}px")
        if page.evaluate("document.querySelectorAll('h1').length") != 1:
            fail(name, "the page needs exactly one h1")
        levels = page.evaluate("[...document.querySelectorAll('h1,h2,h3,h4')].map(h => +h.tagName[1])")
        for a, b in zip(levels, levels[1:]):
            if b > a + 1:
                fail(name, f"a heading skips from h{a} to h{b}")
                break
        # Each figure shows one SVG: the wide layout, or the phone layout on narrow screens.
        figures = [svg for svg in page.query_selector_all("figure svg.chart") if svg.bounding_box()]
        if not figures or len(figures) != len(page.query_selector_all("figure")):
            fail(name, f"{len(figures)} visible charts for {len(page.query_selector_all('figure'))} figures")
        if width == 390 and page.query_selector_all("figure svg.narrow") and any(
                "narrow" not in (svg.get_attribute("class") or "") for svg in figures):
            fail(name, "a phone shows the wide layout of a chart")
        unloaded = page.evaluate(FONTS_UNLOADED)
        if unloaded:
            fail(name, f"chart text at {width}px in fonts the page did not load: {unloaded[:3]}")
        for index, svg in enumerate(figures):
            box = svg.bounding_box()
            view = svg.get_attribute("viewBox").split()
            aspect = float(view[3]) / float(view[2])
            column = page.evaluate("e => e.closest('figure').getBoundingClientRect().width", svg)
            limit = 480 if "narrow" in (svg.get_attribute("class") or "") else float(view[2])
            expected_width = min(column, limit)
            if abs(box["width"] - expected_width) > 1.5 or abs(box["height"] - box["width"] * aspect) > 1.5:
                fail(name, f"figure {index + 1} is {box['width']:.0f}×{box['height']:.0f} at {width}px, "
                           f"expected {expected_width:.0f}×{expected_width * aspect:.0f}")
            if index < 4 and png_is_blank(svg.screenshot()):
                fail(name, f"figure {index + 1} renders blank at {width}px")
        if width == 1280:
            client = context.new_cdp_session(page)
            nodes = client.send("Accessibility.getFullAXTree")["nodes"]
            images = {n.get("name", {}).get("value") for n in nodes if n.get("role", {}).get("value") == "image"}
            titles = page.evaluate("[...document.querySelectorAll('svg.chart > title')].map(t => t.textContent)")
            for title in titles:
                if title not in images:
                    fail(name, f"the accessibility tree has no image named {title!r}")
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=os.path.join(shots, name.replace("/", "-") + "-1280.png"))
            with tempfile.TemporaryDirectory() as tmp:
                pdf = os.path.join(tmp, "report.pdf")
                page.emulate_media(media="print")
                page.pdf(path=pdf, format="A4", print_background=True)
                labels = page.evaluate("[...document.querySelectorAll('p.figure-number')].map(p => p.textContent)")
                if len(labels) != len(figures):
                    fail(name, f"{len(figures)} figures but {len(labels)} figure labels")
                check_print(name, pdf, labels)
        else:
            page.evaluate("document.querySelector('#charts').scrollIntoView()")
            page.screenshot(path=os.path.join(shots, name.replace("/", "-") + "-390.png"), full_page=False)
        context.close()


def check_print(name, pdf, labels):
    """Every figure prints its label ("Figure N", "Рисунок N", "N-сурет") above its chart and
    in its caption: both on one page."""
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout)[1])
    seen = {}
    for number in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), pdf, "-"],
                              capture_output=True, text=True).stdout
        for label in labels:
            if re.search(r"(?<!\d)" + re.escape(label) + r"(?!\d)", text):
                seen.setdefault(label, set()).add(number)
    for label in labels:
        where = seen.get(label, set())
        if len(where) != 1:
            fail(name, f"printed {label!r} is on pages {sorted(where) or 'none'}; a chart must not split")


def main():
    shots, reports = sys.argv[1], sys.argv[2:]
    os.makedirs(shots, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for report in reports:
            check(browser, report, shots)
        browser.close()
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    for report in reports:
        print(f"ok: {report} (Chromium, 390 and 1280 px, print)")


if __name__ == "__main__":
    main()
