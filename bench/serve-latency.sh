#!/usr/bin/env bash
# Time from saving a story to the reload event of `briefing serve`, for the example site and a
# generated site. Usage: bench/serve-latency.sh [STORIES]   (default 10000). See docs/serve.md.
set -euo pipefail
cd "$(dirname "$0")/.."
stories="${1:-10000}"
mvn -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt \
  || mvn -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
java_opts=(-Xmx6g -Dorg.freemarker.loggerLibrary=none)
echo "== example site (the repository) =="
java "${java_opts[@]}" -cp "$cp" org.briefing.serve.ServeBench example 10
echo "== generated site, $stories stories =="
java "${java_opts[@]}" -cp "$cp" org.briefing.serve.ServeBench generated "$stories" 5
