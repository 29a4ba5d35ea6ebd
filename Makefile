# The map of the project. `make help` lists the targets.
#   make all [RAW=dir] [DIST=dir] [STRICT=1] [MAX_BYTES=n]   build the release into $(DIST)/<version>/
#   make test                                                every test and check (CI runs this)
SHELL := /bin/bash
RAW ?= raw
DIST ?= dist
MAX_BYTES ?= 5242880
BIN := node_modules/.bin

.PHONY: all build test check clean bench help

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' Makefile | sed -E 's/:.*## /\t/'

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

build: node_modules/.package-lock.json ## type-check the pipeline
	$(BIN)/tsc --noEmit

all: build ## build the release of $(RAW) into $(DIST)/<version>/ (STRICT=1: fail on any reject)
	$(BIN)/tsx pipeline/cli/release.ts --raw "$(RAW)" --dist "$(DIST)" --max-bytes "$(MAX_BYTES)" $(if $(STRICT),--strict)

test: build ## run every test, then check the committed release
	$(BIN)/vitest run
	$(MAKE) --no-print-directory check

check: node_modules/.package-lock.json ## rebuild the committed release and fail on any difference or invalid row
	$(BIN)/tsx pipeline/cli/check.ts

bench: node_modules/.package-lock.json ## time a build of 2,000 synthetic articles
	$(BIN)/tsx pipeline/cli/bench.ts

clean: ## remove build output (benchmark corpus, half-written release folders); keeps the committed release
	rm -rf .bench "$(DIST)"/*.partial-* "$(DIST)"/*.previous-*
