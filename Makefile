# Infoskærm — run, test, bench, clean. Needs only a JDK 21+ (found by bin/find-jdk) and what it installs itself.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

JDK := $(shell bin/find-jdk 2>/dev/null)
JDK_MAJOR := $(shell "$(JDK)/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
# Maven 3.9's Guice warns about sun.misc.Unsafe on JDK 23+; the flag that quiets it does not exist before 23.
MAVEN_OPTS_FOR_JDK := $(shell [ "$(JDK_MAJOR)" -ge 23 ] 2>/dev/null && echo --sun-misc-unsafe-memory-access=allow)
MVN := JAVA_HOME="$(JDK)" MAVEN_OPTS="$(MAVEN_OPTS_FOR_JDK) $(MAVEN_OPTS)" ./mvnw -B -ntp

.PHONY: help run test bench soak fuzz clean jdk build package package-test

help:
	@echo "make run    build and start the server on http://localhost:8080 and a screen client for Mørkøv"
	@echo "make test   the whole test suite"
	@echo "make bench  the benchmarks; figures go to BENCHMARKS.md"
	@echo "make soak   bounded load with writes, then checks: nothing lost or duplicated (SOAK_SCREENS, SOAK_POSTERS, SOAK_SECONDS, SOAK_DB=h2|postgres)"
	@echo "make fuzz   the fuzzers, FUZZ_SECONDS (default 60) per target; crashes become test fixtures"
	@echo "make clean  remove build output (keeps the database in data/)"
	@echo "make package       the kiosk PC's Debian package, dist/infoskaerm-screen_<version>_<arch>.deb"
	@echo "make package-test  build it, install it on this machine and test it (root; installs Debian packages)"

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

package: jdk
	$(MVN) -q -DskipTests -pl screen-client -am package
	@bin/build-deb

package-test: package
	@bin/package-test

bench: jdk
	@bench/run

soak: jdk
	@bench/soak

fuzz: jdk
	@MAVEN_OPTS="$(MAVEN_OPTS_FOR_JDK) $(MAVEN_OPTS)" fuzz/run

clean: jdk
	$(MVN) -q clean
	rm -rf frames dist
