#!/usr/bin/env bash
# Runs the sign-in benchmark on this machine: loopback only, about a minute. Needs wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
exec "$JAVA_HOME/bin/java" -Xshare:off -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  bench/SignInBenchmark.java "$@"
