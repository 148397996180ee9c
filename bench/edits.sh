#!/usr/bin/env bash
# Makes EDITS random edits, one at a time, on a generated bench site of STORIES stories, and after
# each one checks that the incremental builds (briefing build's, with its disk cache, and the
# preview server's) give a clean build's files byte for byte. The edits are RandomEditsTest's:
# every front-matter field, _defaults.yaml, sources.yaml, edition files, briefing.yaml, the site's
# own templates (which print every field of every view) and static files; files edited, added,
# deleted, renamed and moved between days, topics, editions and folders.
#
#   bench/edits.sh [STORIES [EDITS [SEED]]]     default: 1000 stories, 1000 edits, a new seed
#
# Prints the seed, progress every 50 edits and every difference (the edit, the file, its first
# differing line); exits with 1 when there was one. The same arguments replay the same run.
# Works offline (mvn -o); the site is left in target/edits/STORIES. See docs/incremental.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STORIES=${1:-1000}
EDITS=${2:-1000}
SEED=${3:-$(od -An -N6 -tu8 /dev/urandom | tr -d ' ')}

die() { echo "edits: $*" >&2; exit 2; }

for v in "$STORIES" "$EDITS"; do
  [[ $v =~ ^[1-9][0-9]*$ ]] || die "STORIES and EDITS are whole numbers of at least 1, not '$v'"
done
[[ $SEED =~ ^-?[0-9]+$ ]] || die "SEED must be a whole number, not '$SEED'"
command -v mvn >/dev/null || die "mvn is not on the PATH; install Maven 3.8 or later"

cd "$ROOT"
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
mvn -B -q -o -Dstyle.color=never test-compile >"$LOG" 2>&1 || { cat "$LOG" >&2; die "mvn test-compile failed"; }
mvn -B -q -o -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/edits.classpath \
  >"$LOG" 2>&1 || { cat "$LOG" >&2; die "mvn dependency:build-classpath failed"; }
rm -f "$LOG"
# a copy of the classes, so that compiling again while a long run goes on does not change it
RUN=target/edits/$STORIES.classes
rm -rf "$RUN" && mkdir -p "$RUN" && cp -r target/classes "$RUN/main" && cp -r target/test-classes "$RUN/test"
exec java -Xss4m -cp "$RUN/test:$RUN/main:$(<target/edits.classpath)" \
  org.briefing.BenchEdits "$STORIES" "$EDITS" "$SEED" "target/edits/$STORIES"
