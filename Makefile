# Two entry points, as the README promises:
#   make demo  installs what is missing, builds, and writes the chart report of the embedded dataset to out/
#   make test  installs what is missing and runs the whole test suite (swift test, then the browser tests)
#   make test-asan  the same swift tests under AddressSanitizer; make tsan-report  the report under ThreadSanitizer
#   make docs  builds the DocC site of the whole library into docs/ (swift-docc-plugin)
#   make lint  checks formatting (swift-format, .swift-format) and the 120-column limit
#   make fuzz  runs every fuzz target for FUZZ_SECONDS (60) under AddressSanitizer
SWIFT ?= swift
# A failing command in a pipe fails its recipe (docs pipes DocC through tee).
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
# apt-get through sudo only when not already root.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# BUILD_PACKAGES build and run the library and the tool: Cairo and Pango (HarfBuzz shaping,
# FreeType, fontconfig, hb-subset for the fonts SVGs embed), zlib, and the Noto fallback faces. The DocC getting-started article
# gives the same list (a test compares them).
# TEST_PACKAGES check what the tests write: hb-shape, pngcheck, xmllint, rsvg-convert and
# poppler; Debian's Chromium with Playwright (pointed at it: no browser download) tests the
# HTML report; iso-codes is the ISO 3166 table the country codes are checked against, and
# unicode-cldr-core the UN M49 regions (CLDR territory containment) the regions are.
BUILD_PACKAGES := pkg-config libcairo2-dev libpango1.0-dev libharfbuzz-dev libfreetype-dev zlib1g-dev fonts-noto-core fonts-noto-cjk
TEST_PACKAGES := libharfbuzz-bin pngcheck libxml2-utils librsvg2-bin poppler-utils chromium iso-codes unicode-cldr-core
OUT ?= out

.PHONY: world-report deps test-deps demo test test-asan tsan-report browser-test bench fuzz lint format docs docs-check doc-coverage gallery
deps:
	@if ! pkg-config --exists cairo pangocairo freetype2 zlib 2>/dev/null \
		|| [ ! -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] \
		|| [ ! -f /usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf ]; then \
		echo "Installing $(BUILD_PACKAGES)"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(BUILD_PACKAGES); \
	fi

test-deps: deps
	@if ! command -v pngcheck >/dev/null || ! command -v hb-shape >/dev/null || ! command -v xmllint >/dev/null \
		|| ! command -v rsvg-convert >/dev/null || ! command -v pdftoppm >/dev/null \
		|| ! command -v chromium >/dev/null || [ ! -f /usr/share/iso-codes/json/iso_3166-1.json ] \
		|| [ ! -f /usr/share/unicode/cldr/common/supplemental/supplementalData.xml ]; then \
		echo "Installing $(TEST_PACKAGES)"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(TEST_PACKAGES); \
	fi
	@python3 -c "import playwright" 2>/dev/null || python3 -m pip install -q "playwright==1.65.*"

demo: deps
	$(SWIFT) build -c release --product tipcharts
	.build/release/tipcharts summary
	.build/release/tipcharts report --format all --out $(OUT)

# The report of a generated world (190 countries × 20 years in UNODC's layout), timed.
world-report: test-deps
	python3 Scripts/make-unodc-fixture.py --world .build/world.csv
	$(SWIFT) build -c release --product tipcharts
	time .build/release/tipcharts report --data .build/world.csv --format all --out $(OUT)/world

test: test-deps
	$(SWIFT) test
	$(MAKE) browser-test

# The HTML report in headless Chromium: the embedded data, the compilation fixture and
# hostile labels, at 390 and 1280 px and printed (Tests/Browser/check_report.py); then every
# chart of the embedded report, the two script specimens and a chart in Kazakh and with Arabic
# and Devanagari digits as SVG against their PNGs, and their titles selected as text
# (Tests/Browser/check_svg_text.py).
BROWSER_OUT ?= .build/browser
browser-test: test-deps
	$(SWIFT) build --product tipcharts
	rm -rf $(BROWSER_OUT) && mkdir -p $(BROWSER_OUT)
	.build/debug/tipcharts report --format html --out $(BROWSER_OUT)/embedded > /dev/null
	.build/debug/tipcharts report --format html $(COMPILATION) --out $(BROWSER_OUT)/compilation > /dev/null
	.build/debug/tipcharts report --format html --data Tests/Browser/hostile-labels.csv --out $(BROWSER_OUT)/hostile > /dev/null
	.build/debug/tipcharts report --format html --locale kk --out $(BROWSER_OUT)/kazakh > /dev/null
	python3 Tests/Browser/check_report.py $(BROWSER_OUT)/screenshots $(BROWSER_OUT)/*/report.html
	.build/debug/tipcharts report --out $(BROWSER_OUT)/svg-text > /dev/null
	for spec in six-scripts arabic-rtl; do for format in png svg; do \
	  .build/debug/tipcharts render --spec Docs/gallery/specs/$$spec.json -o $(BROWSER_OUT)/svg-text/$$spec.$$format > /dev/null; done; done
	for locale in kk ar-u-nu-arab hi-u-nu-deva; do for format in png svg; do \
	  .build/debug/tipcharts render convictions --locale $$locale -o $(BROWSER_OUT)/svg-text/convictions-$$locale.$$format > /dev/null; done; done
	python3 Tests/Browser/check_svg_text.py $(BROWSER_OUT)/svg-differences $(BROWSER_OUT)/svg-text/*.svg

# The whole test suite under AddressSanitizer, in a build folder of its own. Leaks are the
# valgrind gate's (.ci/run): LeakSanitizer would report fontconfig's process-lifetime caches.
test-asan: test-deps
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan

# The concurrent report (every core renders charts) under ThreadSanitizer, once.
# .ci/tsan.supp names the uninstrumented system libraries whose internal locking TSan
# cannot see; any race in our code fails.
tsan-report: deps
	$(SWIFT) build --sanitize=thread --scratch-path .build-tsan --product tipcharts
	rm -rf .build-tsan/report
	TSAN_OPTIONS="halt_on_error=1 exitcode=66 suppressions=$(CURDIR)/.ci/tsan.supp" \
		.build-tsan/debug/tipcharts report --format all --out .build-tsan/report

# Benchmarks (Benchmarks/, a package of its own): each workload beside its reference in the
# same process, as a ratio. BENCH_N doubles for W7, BENCH_ROWS rows for W8; W8 compares with
# polars (or pandas) when Python has it: `pip install polars`.
bench: deps
	$(SWIFT) build -c release --product tipcharts
	cd Benchmarks && $(SWIFT) build -c release && .build/release/Bench

# The fuzz targets (CSV, JSON data, chart specs, scene rendering) under libFuzzer and
# AddressSanitizer, FUZZ_SECONDS each (default 60). A crash fails and keeps its input in
# Fuzz/crashes/; move a fixed one to Tests/FuzzFindings/TARGET/ so the tests replay it.
FUZZ_SECONDS ?= 60
fuzz: deps
	Fuzz/run.sh $(FUZZ_SECONDS)

# Formatting: the toolchain's swift-format with .swift-format, plus a 120-character limit
# that also covers string literals. `make format` rewrites the files in place.
SWIFT_SOURCES := Sources Tests Examples Fuzz/Sources Package.swift Fuzz/Package.swift Benchmarks/Sources Benchmarks/Package.swift
lint:
	$(SWIFT) format lint --strict --recursive $(SWIFT_SOURCES)
	python3 Scripts/check-line-length.py

format:
	$(SWIFT) format format --in-place --recursive $(SWIFT_SOURCES)

# The DocC site: one catalog (Sources/TIPCharts/TIPCharts.docc) for every module, combined.
# The gallery PNGs are Docs/gallery's (`make gallery` redraws them), and the data-format and chart-spec articles
# from Docs/, so neither is kept twice in the repository.
DOCC := Sources/TIPCharts/TIPCharts.docc
DOC_TARGETS := TIPCharts TIPStatistics TIPFiles TIPData TIPScene TIPLayout TIPCairo TIPReports
DOCS_LOG ?= .build/docs.log
docs: deps
	mkdir -p .build $(DOCC)/Resources && cp Docs/gallery/*.png $(DOCC)/Resources/
	sed '1s/.*/# Data formats/' Docs/data-formats.md > $(DOCC)/DataFormats.md
	sed '1s/.*/# Chart specs/' Docs/chart-spec.md > $(DOCC)/ChartSpecs.md
	TIPCHARTS_DOCS=1 $(SWIFT) package --allow-writing-to-directory docs generate-documentation \
		$(addprefix --target ,$(DOC_TARGETS)) --enable-experimental-combined-documentation \
		--transform-for-static-hosting --hosting-base-path TIPCharts --output-path docs 2>&1 | tee $(DOCS_LOG)
	@echo "Documentation in docs/ (serve it, or open docs/index.html through a web server)"

# The DocC site, failing on any symbol link that does not resolve (a stale name in an
# article or a doc comment). Links to another module start with a slash: ``/TIPData/Dataset``.
docs-check: docs
	@if grep -E "doesn't exist at|No module named|isn't a disambiguation" $(DOCS_LOG); then \
		echo "unresolved symbol links in the documentation (above)"; exit 1; fi
	@echo "docs: every symbol link resolves"

# How much of the public API has a doc comment (from the compiler's symbol graphs).
DOC_COVERAGE_MINIMUM ?= 100
doc-coverage:
	python3 Scripts/doc-coverage.py --minimum $(DOC_COVERAGE_MINIMUM)

# Redraws the README's and the documentation's gallery (Docs/gallery) with the current code.
gallery: test-deps
	$(SWIFT) build --product tipcharts
	rm -rf .build/gallery && .build/debug/tipcharts report --out .build/gallery > /dev/null
	mkdir -p Docs/gallery && rm -f Docs/gallery/*.png && cp .build/gallery/*.png Docs/gallery/
	if [ -d $(BROWSER_OUT)/screenshots ]; then \
	  cp $(BROWSER_OUT)/screenshots/embedded-report.html-1280.png Docs/gallery/html-report-desktop.png; \
	  cp $(BROWSER_OUT)/screenshots/embedded-report.html-390.png Docs/gallery/html-report-phone.png; fi
	.build/debug/tipcharts render tier-map --data Tests/TIPDataTests/Fixtures/tiers/world-tiers.csv -o Docs/gallery/world-tier-map.png > /dev/null
	.build/debug/tipcharts render metric-map --data Tests/TIPDataTests/Fixtures/unodc/unodc-release.csv -o Docs/gallery/unodc-victims-map.png > /dev/null
	for chart in tier-timeline convictions victims-detected year-over-year-convictions victims-detected-sex-bars-kazakhstan; do \
	  .build/debug/tipcharts render $$chart $(COMPILATION) -o Docs/gallery/compilation-$$chart.png > /dev/null; \
	done
	.build/debug/tipcharts render victims-identified-donut --locale ru -o Docs/gallery/locale-ru-donut.png > /dev/null
	.build/debug/tipcharts render routes --locale kk -o Docs/gallery/locale-kk-routes.png > /dev/null
	$(SWIFT) build --product DeclarativePlots
	rm -rf .build/plots && .build/debug/DeclarativePlots .build/plots > /dev/null
	for f in .build/plots/*.png; do cp $$f Docs/gallery/plot-$$(basename $$f); done
	for spec in vega-convictions vega-layers vega-donut vega-steps vega-bubbles vega-connected vega-map; do \
	  .build/debug/tipcharts render --spec Tests/TIPChartsCLITests/Fixtures/specs/$$spec.json -o Docs/gallery/$$spec.png > /dev/null; \
	done
	for spec in six-scripts arabic-rtl; do \
	  .build/debug/tipcharts render --spec Docs/gallery/specs/$$spec.json -o Docs/gallery/scripts-$$spec.png > /dev/null; \
	done
	$(SWIFT) build --product LargeSeries && .build/debug/LargeSeries .build/gallery-large > /dev/null
	cp .build/gallery-large/walk.png Docs/gallery/large-series-walk.png
	cp .build/gallery-large/scatter.png Docs/gallery/large-series-scatter.png

# The realistic compilation fixture and the documented options it loads with.
COMPILATION = --data Tests/TIPDataTests/Fixtures/compilation/central-asia.csv --year-column data_year \
	--edition-column report_year --breakdown-column sex --breakdown-column age_group --breakdown-column form
