#!/usr/bin/env bash
# Measures Briefing's search against Pagefind's on the same built sites, in one run (docs/search.md):
#  1. the 10,000-story bench corpus (briefing bench-corpus --seed 42): index size on disk, then, per
#     query, bytes fetched and time to results in headless Chromium for both tools;
#  2. a site made at run time from the BBC News sample in /work/shared/corpus/bbc-dev (or
#     SEARCH_BENCH_BBC), in a temporary folder that is deleted afterwards: top-1 and top-3 of the
#     target story for each query of bench/search-queries.tsv, for both tools.
#
#   bench/search.sh [speed|quality|all]       default: all
#
# Needs Java 17+, Maven, chromium and chromedriver in /usr/bin, and Pagefind (SEARCH_BENCH_PAGEFIND,
# default /tmp/pf: npm install --prefix /tmp/pf pagefind@1.6). Environment: SEARCH_BENCH_STORIES
# (default 10000), SEARCH_BENCH_VERBOSE=1 lists the files each query fetched.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=$ROOT/target/briefing.jar
OUT=$ROOT/target/bench/search
STORIES=${SEARCH_BENCH_STORIES:-10000}
BBC=${SEARCH_BENCH_BBC:-/work/shared/corpus/bbc-dev}
PF=${SEARCH_BENCH_PAGEFIND:-/tmp/pf}
WHAT=${1:-all}
SPEED_QUERIES=(sanctions pension broadcaster "grain exports Sofia" "arms control talks" "observer mission mandate" '"arms control"' pens)

die() { echo "search bench: $*" >&2; exit 1; }
[[ $WHAT =~ ^(speed|quality|all)$ ]] || die "the argument is speed, quality or all, not '$WHAT'"
[[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]] || die "chromium and chromedriver must be in /usr/bin (apt-get install chromium chromium-driver)"
if [[ ! -x $PF/node_modules/.bin/pagefind ]]; then
  echo "Installing Pagefind 1.6 into $PF ..." >&2
  mkdir -p "$PF" && npm install --prefix "$PF" pagefind@1.6 >/dev/null || die "npm install pagefind failed"
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

cd "$ROOT"
if [[ ! -f $JAR || -n $(find src/main templates pom.xml -newer "$JAR" -print -quit) ]]; then
  echo "Building target/briefing.jar ..." >&2
  mvn -B -q package -DskipTests || die "mvn package failed"
fi
mvn -B -q test-compile || die "mvn test-compile failed"
[[ -s target/search-bench.cp && target/search-bench.cp -nt pom.xml ]] \
  || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/search-bench.cp >/dev/null
CP=target/classes:target/test-classes:$(<target/search-bench.cp)

# size DIR: files and bytes of a folder, and the bytes of its files compressed with gzip -6
size() {
  local files bytes gz
  files=$(find "$1" -type f | wc -l)
  bytes=$(find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
  gz=$(find "$1" -type f -exec gzip -6 -c {} \; | wc -c)
  printf '%s files, %s bytes (%s with each file gzipped)' "$files" "$bytes" "$gz"
}

# site SOURCE: builds the Briefing site, then runs Pagefind on its output; prints both index sizes
site() {
  local src=$1 start
  rm -rf "$src/public" "$src/.briefing-cache"
  start=$(date +%s.%N)
  java -jar "$JAR" build --site "$src" -q || die "briefing build of $src failed"
  echo "- Briefing build: $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s wall;" \
    "search/: $(size "$src/public/search")"
  start=$(date +%s.%N)
  "$PF/node_modules/.bin/pagefind" --site "$src/public" >"$TMP/pagefind.log" 2>&1 || { cat "$TMP/pagefind.log" >&2; die "pagefind failed"; }
  echo "- Pagefind $("$PF/node_modules/.bin/pagefind" --version 2>/dev/null | tr -d '\n'):" \
    "$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s wall;" \
    "pagefind/: $(size "$src/public/pagefind")"
}

# bbc SOURCE TARGET: a Briefing site of the sample's stories (headline, blank line, paragraphs),
# each with a slug from its file name, its category as topic and a date spread over 2004-2005
bbc() {
  local src=$1 site=$2 i=0 n name day
  mkdir -p "$site/content/stories"
  printf 'title: News sample\nbase_url: https://news.example.org/\nlanguage: en\ntime_zone: Europe/London\npublisher:\n  name: Sample Desk\n' \
    >"$site/briefing.yaml"
  n=$(find "$src" -name '*_[0-9][0-9][0-9].txt' | wc -l)
  for f in $(find "$src" -name '*_[0-9][0-9][0-9].txt' | sort); do
    name=$(basename "$f" .txt)
    day=$(date -u -d "2004-01-01 + $((i * 700 / n)) days" +%Y-%m-%d)
    awk -v slug="${name//_/-}" -v topic="${name%%_*}" -v date="${day}T$(printf '%02d' $((8 + i % 10))):00" '
      NR == 1 { gsub(/\047/, "\047\047"); printf "---\ntitle: \047%s\047\nslug: %s\ndate: %s\n", $0, slug, date
                printf "topics: [%s]\nsources: [{name: BBC News}]\n---\n", toupper(substr(topic, 1, 1)) substr(topic, 2); next }
      NF { print ""; print }' "$f" >"$site/content/stories/$name.md"
    i=$((i + 1))
  done
}

echo "## Search benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)"
echo "- machine: $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- bytes: the bodies one static server sent (gzip for HTML, CSS, JavaScript, JSON and text, for both tools; Pagefind's"
echo "  .pf_* files are gzipped at rest and sent as they are), counted at the server from the moment the query is typed;"
echo "  Pagefind's metadata, WebAssembly and worker, which it loads at the first search and a browser keeps, count as setup"

if [[ $WHAT != quality ]]; then
  corpus=$OUT/$STORIES
  if [[ ! -d $corpus/site/content ]]; then
    rm -rf "$corpus"
    java -jar "$JAR" bench-corpus --stories "$STORIES" --seed 42 --out "$corpus" >/dev/null || die "bench-corpus failed"
  fi
  printf '\n### %s synthetic stories (bench-corpus --seed 42)\n\n' "$STORIES"
  site "$corpus/site"
  echo
  java -cp "$CP" org.briefing.serve.SearchBenchmark speed "$corpus/site/public" "${SPEED_QUERIES[@]}"
fi

if [[ $WHAT != speed ]]; then
  [[ -d $BBC ]] || die "no BBC sample at $BBC (SEARCH_BENCH_BBC)"
  printf '\n### %s stories of the BBC News sample, queries of bench/search-queries.tsv\n\n' \
    "$(find "$BBC" -name '*_[0-9][0-9][0-9].txt' | wc -l)"
  bbc "$BBC" "$TMP/bbc"
  site "$TMP/bbc"
  echo
  java -cp "$CP" org.briefing.serve.SearchBenchmark quality "$TMP/bbc/public" bench/search-queries.tsv
fi
echo
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
