# Infoskærm — run, test, bench, clean. Needs only a JDK 21+ (found by bin/find-jdk) and what it installs itself.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

JDK := $(shell bin/find-jdk 2>/dev/null)
MVN := JAVA_HOME="$(JDK)" ./mvnw -B -ntp

.PHONY: help run test bench clean jdk build

help:
	@echo "make run    build and start the server on http://localhost:8080 and a screen client for Mørkøv"
	@echo "make test   the whole test suite"
	@echo "make bench  the benchmarks; figures go to BENCHMARKS.md"
	@echo "make clean  remove build output (keeps the database in data/)"

jdk:
	@if [ -z "$(JDK)" ]; then bin/find-jdk; fi
	@echo "Using the JDK in $(JDK)"

build: jdk
	$(MVN) -q -DskipTests install

run: build
	@bin/run-demo

test: jdk
	@bin/test-setup
	$(MVN) install

bench: jdk
	@bench/run

clean: jdk
	$(MVN) -q clean
	rm -rf frames
