#!/usr/bin/env bash
# Annual score table export benchmark: N projects × 15 indicator rows (default 50,000) in a
# throw-away embedded PostgreSQL (or SPRING_DATASOURCE_URL), exported with a 256 MB heap.
# Prints the generation time, then per format the export time and the peak used heap.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-50000}"
./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx256m -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    com.jixiao.report.export.ExportBenchmark "$N"
