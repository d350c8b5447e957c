# unspin — `make` lists the targets.
GO ?= go
DATA ?= ../shared/data

.PHONY: help test check vet fmt packs verify-packs fuzz bench example

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

example: ## run unspin on the example text
	$(GO) run ./cmd/unspin lexicon long but impression

test: ## run the tests (the README's test command)
	$(GO) test ./...

check: ## what CI runs
	bash .ci/run

vet: ## go vet
	$(GO) vet ./...

fmt: ## gofmt the tree
	gofmt -w .

packs: ## rebuild the language packs from their sources (installs Debian sources first)
	bash scripts/fetch-sources.sh
	$(GO) run ./internal/buildpacks -data $(DATA) -out lang
	$(GO) run ./internal/buildlangid -data $(DATA) -out languageid/profiles.txt
	$(GO) run ./internal/buildlinks -data $(DATA) -out lang
	$(GO) run ./internal/buildassoc -data $(DATA) -packs lang -out lang fr en
	$(GO) run ./internal/buildconf -packs lang -out lang fr-en

verify-packs: ## rebuild the packs in a temporary directory and compare with the committed ones
	bash scripts/verify-packs.sh $(DATA)

fuzz: ## a short fuzz pass over every fuzz target
	bash scripts/fuzz.sh 10s

bench: ## benchmarks recorded in docs/BENCHMARKS.md
	bash bench/run.sh
