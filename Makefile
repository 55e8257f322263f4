# pgcarve's two commands: `make serve` and `make test`. Both install what is missing.
SHELL := /bin/bash
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve dev test build setup-serve setup-test demo

## Serve a release build of the app at http://127.0.0.1:8080 (the YardPass demo loads on first visit).
serve: setup-serve
	cargo fetch --locked
	trunk serve --release --offline --no-autoreload

## Serve a debug build with live reload, for working on the app.
dev: setup-serve
	cargo fetch --locked
	trunk serve --offline

## Install what is missing, then run every test; ends with `N passed, M failed`.
test: setup-test
	scripts/test.sh

## The release build of the app into dist/.
build: setup-serve
	cargo fetch --locked
	trunk build --release --offline

## Regenerate public/demo/yardpass.sql from its DDL with a real pg_dump.
demo:
	scripts/demo/regen.sh

setup-serve:
	scripts/setup.sh serve

setup-test:
	scripts/setup.sh test
