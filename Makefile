# Two entry points, as the README promises:
#   make demo  installs what is missing, builds, and runs the main job on the embedded dataset
#   make test  installs what is missing and runs the whole test suite
SWIFT ?= swift
# apt-get through sudo only when not already root.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Cairo for rendering; the other tools let the tests check the files we write.
APT_PACKAGES := pkg-config libcairo2-dev
OUT ?= out

.PHONY: deps demo test
deps:
	@if ! pkg-config --exists cairo 2>/dev/null; then \
		echo "Installing $(APT_PACKAGES)"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi

demo: deps
	$(SWIFT) build -c release --product tipcharts
	.build/release/tipcharts summary

test: deps
	$(SWIFT) test
