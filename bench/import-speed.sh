#!/usr/bin/env bash
# Imports a generated Google Shopping feed (100,000 rows unless a count is given) through the real import job into
# an embedded PostgreSQL, and prints rows per second and peak heap next to a plain COPY of the same file.
# Needs only a JDK 25; everything else comes through the Maven wrapper.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

./mvnw -B -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec "$java" -Xmx${BENCH_HEAP:-512m} -XX:+UseG1GC \
  -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  lu.boutik.catalog.ImportBenchmark "${1:-100000}"
