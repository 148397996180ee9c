#!/usr/bin/env bash
# Builds synthetic corpora of N stories with Briefing and with Hugo, in the same run, and prints
# wall time, CPU time, peak memory, pages and pages per second (median of BENCH_REPEAT runs).
#
#   bench/run.sh [N ...]        default: 1000 10000 (100000 only when asked: it takes minutes)
#
# Environment: BENCH_REPEAT (runs per measurement, default 3), BENCH_SEED (corpus seed, default 42),
# BRIEFING_JAVA_OPTS (flags passed to java, e.g. "-XX:+UseParallelGC", to compare flag choices),
# BENCH_BASELINE (a commit, e.g. 3758a2a: its jar is built in a temporary git worktree and timed
# against the current one in the same run, alternating, with the ratio current/baseline of each
# measurement).
# Results are printed and appended to target/bench/results.md. See docs/performance.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=$ROOT/target/briefing.jar
OUT=$ROOT/target/bench
RESULTS=$OUT/results.md
REPEAT=${BENCH_REPEAT:-3}
SEED=${BENCH_SEED:-42}
CACHE_DIR=.briefing-cache # the build cache, kept beside the output folder
TIME=/usr/bin/time
read -r -a JAVA_OPTS <<<"${BRIEFING_JAVA_OPTS:-}"

die() { echo "bench: $*" >&2; exit 1; }

command -v java >/dev/null || die "java is not on the PATH; install a JDK 17 or later"
[[ -x $TIME ]] || die "GNU time ($TIME) is missing; install it (apt-get install time)"
[[ $REPEAT =~ ^[1-9][0-9]*$ ]] || die "BENCH_REPEAT must be a whole number of at least 1, not '$REPEAT'"
[[ $SEED =~ ^-?[0-9]+$ ]] || die "BENCH_SEED must be a whole number, not '$SEED'"
(($# > 0)) || set -- 1000 10000
for n in "$@"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || die "each argument is a story count such as 1000, not '$n'"
done
HUGO=$(command -v hugo || true)

TMP=$(mktemp -d)
# The one-story-edit phase names the story it changes in $TMP/edited, so that it is restored even
# when the run is interrupted (the measuring runs in a subshell, piped into tee).
cleanup() {
  if [[ -s $TMP/edited ]]; then cp "$TMP/story.bak" "$(<"$TMP/edited")"; fi
  if [[ -d $TMP/baseline ]]; then git -C "$ROOT" worktree remove --force "$TMP/baseline" || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT

# --- the jar: rebuilt only when missing or older than a source, template or the pom -------------
if [[ ! -f $JAR || -n $(cd "$ROOT" && find src/main templates pom.xml -newer "$JAR" -print -quit) ]]; then
  command -v mvn >/dev/null || die "target/briefing.jar must be (re)built and mvn is not on the PATH; install Maven 3.8 or later"
  echo "Building target/briefing.jar ..." >&2
  (cd "$ROOT" && mvn -q package -DskipTests) || die "mvn package failed"
fi

# exactly what a user runs (README: bin/briefing), which passes BRIEFING_JAVA_OPTS on to java;
# BENCH_PLAIN_JAVA=1 times the bare `java -jar` instead, without the launcher's JVM settings
if [ -n "${BENCH_PLAIN_JAVA:-}" ]; then
  BRIEFING=(java ${JAVA_OPTS[@]+"${JAVA_OPTS[@]}"} -jar "$JAR")
else
  BRIEFING=("$ROOT/bin/briefing")
fi

# --- the baseline: the jar of BENCH_BASELINE, built once in a temporary worktree and kept -----------
# It is kept in target/bench/baseline-COMMIT/ with that commit's launcher (bin/briefing, run as its
# users ran it) and example site (from which the launcher makes its class-data archive); without a
# pom.xml there, the launcher never tries to rebuild it.
BASE=()
BASE_COMMIT=
if [[ -n ${BENCH_BASELINE:-} ]]; then
  BASE_COMMIT=$(git -C "$ROOT" rev-parse --verify --quiet "${BENCH_BASELINE}^{commit}") \
    || die "BENCH_BASELINE: '$BENCH_BASELINE' is not a commit of this repository"
  BASE_HOME=$OUT/baseline-${BASE_COMMIT:0:12}
  if [[ ! -f $BASE_HOME/target/briefing.jar ]]; then
    command -v mvn >/dev/null || die "the baseline's jar must be built and mvn is not on the PATH; install Maven 3.8 or later"
    echo "Building the jar of ${BASE_COMMIT:0:12} in a temporary worktree ..." >&2
    git -C "$ROOT" worktree add --detach -q "$TMP/baseline" "$BASE_COMMIT" || die "git worktree add failed"
    (cd "$TMP/baseline" && mvn -B -q -o -Dstyle.color=never package -Dmaven.test.skip=true >"$TMP/baseline.log" 2>&1) \
      || { cat "$TMP/baseline.log" >&2; die "mvn package of ${BASE_COMMIT:0:12} failed"; }
    rm -rf "$BASE_HOME.tmp"
    mkdir -p "$BASE_HOME.tmp/target"
    cp "$TMP/baseline/target/briefing.jar" "$BASE_HOME.tmp/target/"
    for f in bin briefing.yaml content static templates; do
      if [[ -e $TMP/baseline/$f ]]; then cp -r "$TMP/baseline/$f" "$BASE_HOME.tmp/"; fi
    done
    git -C "$ROOT" worktree remove --force "$TMP/baseline"
    rm -rf "$BASE_HOME" && mv "$BASE_HOME.tmp" "$BASE_HOME"
  fi
  if [ -n "${BENCH_PLAIN_JAVA:-}" ]; then
    BASE=(java ${JAVA_OPTS[@]+"${JAVA_OPTS[@]}"} -jar "$BASE_HOME/target/briefing.jar")
  else
    BASE=("$BASE_HOME/bin/briefing")
  fi
fi

# A launcher makes its class-data archive the first time it runs a jar: not inside a timed build.
"${BRIEFING[@]}" --version >/dev/null 2>&1 || true
if [[ -n $BASE_COMMIT ]]; then "${BASE[@]}" --version >/dev/null 2>&1 || true; fi

# --- measuring ------------------------------------------------------------------------------------
# timed LOG CMD...: runs CMD under GNU time, its output to LOG; adds "wall cpu peak_kib" to $SAMPLES.
timed() {
  local log=$1
  shift
  if ! "$TIME" -f '%e %U %S %M' -o "$TMP/time" "$@" >"$log" 2>&1; then
    cat "$log" >&2
    die "this command failed: $*"
  fi
  awk '{ printf "%s %.2f %d\n", $1, $2 + $3, $4 }' "$TMP/time" >>"$SAMPLES"
}

# median COLUMN: the median of one column of $SAMPLES (the mean of the middle two for an even count).
median() {
  cut -d' ' -f"$1" "$SAMPLES" | sort -g | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m }'
}

# row TOOL PHASE PAGES: appends a table row of the medians of $SAMPLES to $TMP/rows and keeps
# its wall time and memory in LAST_WALL and LAST_MIB; pages/s only for clean builds.
row() {
  local cpu rate="–"
  LAST_WALL=$(median 1) cpu=$(median 2) LAST_MIB=$(median 3 | awk '{ print $1 / 1024 }')
  if [[ $2 == clean* ]]; then
    rate=$(awk -v p="$3" -v w="$LAST_WALL" 'BEGIN { printf "%.0f", (w > 0 ? p / w : 0) }')
  fi
  printf '| %s | %s | %.2f | %.2f | %.0f | %s | %s |\n' "$1" "$2" "$LAST_WALL" "$cpu" "$LAST_MIB" "$3" "$rate" >>"$TMP/rows"
}

pages() { find "$1" -type f -name '*.html' | wc -l; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "n/a" }'; }

# --- the corpus: generated once per N, regenerated when the generator's sources or the seed change ---
corpus() {
  local n=$1 dir=$OUT/$1 stamp
  stamp=$(cd "$ROOT" && cat src/main/java/org/briefing/bench/*.java src/main/java/org/briefing/cli/BenchCorpusCommand.java \
    src/main/java/org/briefing/model/Slugs.java | sha256sum | cut -c1-16)-seed$SEED
  if [[ -f $dir/.stamp && $(<"$dir/.stamp") == "$stamp" ]]; then
    return
  fi
  echo "Generating $n stories into target/bench/$n ..." >&2
  rm -rf "$dir"
  "${BRIEFING[@]}" bench-corpus --stories "$n" --seed "$SEED" --out "$dir" >/dev/null
  echo "$stamp" >"$dir/.stamp"
}

# The newest story: the one an editor is most likely to correct, and the one on the most pages.
newest_story() {
  grep -r --include='*.md' -m1 '^date: ' "$1/content/stories" | sort -t' ' -k2,2 | tail -n1 | cut -d: -f1
}

# timed_base LOG CMD-ARGS...: when there is a baseline, the same build by its jar, into its own
# output folder (with its cache beside it, wherever that version keeps it), samples to $1.samples.
timed_base() {
  local samples=$1
  shift
  [[ -n $BASE_COMMIT ]] || return 0
  SAMPLES=$samples timed "$TMP/base.log" "${BASE[@]}" "$@" --out "$BASE_OUT/public"
}

bench() {
  local n=$1 site=$OUT/$1/site hugo=$OUT/$1/hugo log=$TMP/build.log i story hugo_wall hugo_mib
  local clean_wall clean_mib nochange_wall edit_wall phases base_clean base_nochange base_edit
  BASE_OUT=$OUT/$1/baseline
  corpus "$n"
  find "$OUT/$n" -type f -name '*.md' -exec cat {} + >/dev/null # the same warm file cache for both tools
  : >"$TMP/rows"

  # Clean builds of the two tools (and of the baseline) alternate, so that a slow spell of a shared
  # machine hits all of them.
  : >"$TMP/briefing.samples"
  : >"$TMP/hugo.samples"
  : >"$TMP/base-clean.samples"
  for ((i = 1; i <= REPEAT; i++)); do
    rm -rf "$site/public" "$site/$CACHE_DIR"
    SAMPLES=$TMP/briefing.samples
    timed "$log" "${BRIEFING[@]}" build --site "$site" -q --timings
    # phase lines are "name N ms"; the search index's line of counts is not a phase
    phases=$(awk '$NF == "ms" && NF == 3 { printf "%s%s %s ms", (n++ ? ", " : ""), $1, $2 }' "$log")
    rm -rf "$BASE_OUT"
    timed_base "$TMP/base-clean.samples" build --site "$site" -q
    if [[ -n $HUGO ]]; then
      rm -rf "$hugo/public" "$hugo/resources"
      SAMPLES=$TMP/hugo.samples
      timed "$TMP/hugo.log" "$HUGO" --source "$hugo" --quiet
    fi
  done
  SAMPLES=$TMP/briefing.samples
  row Briefing "clean build" "$(pages "$site/public")"
  clean_wall=$LAST_WALL clean_mib=$LAST_MIB

  SAMPLES=$TMP/nochange.samples
  : >"$SAMPLES"
  : >"$TMP/base-nochange.samples"
  for ((i = 1; i <= REPEAT; i++)); do
    SAMPLES=$TMP/nochange.samples
    timed "$log" "${BRIEFING[@]}" build --site "$site" -q --timings
    timed_base "$TMP/base-nochange.samples" build --site "$site" -q
  done
  SAMPLES=$TMP/nochange.samples
  row Briefing "no-change rebuild" "$(pages "$site/public")"
  nochange_wall=$LAST_WALL

  story=$(newest_story "$site")
  cp "$story" "$TMP/story.bak"
  echo "$story" >"$TMP/edited"
  SAMPLES=$TMP/edit.samples
  : >"$SAMPLES"
  : >"$TMP/base-edit.samples"
  for ((i = 1; i <= REPEAT; i++)); do
    cp "$TMP/story.bak" "$story"
    printf '\nAn editor added sentence number %d to this story.\n' "$i" >>"$story"
    SAMPLES=$TMP/edit.samples
    timed "$log" "${BRIEFING[@]}" build --site "$site" -q --timings
    timed_base "$TMP/base-edit.samples" build --site "$site" -q
  done
  cp "$TMP/story.bak" "$story"
  : >"$TMP/edited"
  SAMPLES=$TMP/edit.samples
  row Briefing "one-story edit" "$(pages "$site/public")"
  edit_wall=$LAST_WALL

  if [[ -n $BASE_COMMIT ]]; then
    SAMPLES=$TMP/base-clean.samples
    row "Briefing ${BASE_COMMIT:0:7}" "clean build" "$(pages "$BASE_OUT/public")"
    base_clean=$LAST_WALL
    SAMPLES=$TMP/base-nochange.samples
    row "Briefing ${BASE_COMMIT:0:7}" "no-change rebuild" "$(pages "$BASE_OUT/public")"
    base_nochange=$LAST_WALL
    SAMPLES=$TMP/base-edit.samples
    row "Briefing ${BASE_COMMIT:0:7}" "one-story edit" "$(pages "$BASE_OUT/public")"
    base_edit=$LAST_WALL
    rm -rf "$BASE_OUT"
  fi

  if [[ -n $HUGO ]]; then
    SAMPLES=$TMP/hugo.samples
    row Hugo "clean build" "$(pages "$hugo/public")"
    hugo_wall=$LAST_WALL hugo_mib=$LAST_MIB
  fi

  printf '\n### %s stories\n\n' "$n"
  echo '| tool | phase | wall s | CPU s | peak MiB | pages | pages/s |'
  echo '| --- | --- | ---: | ---: | ---: | ---: | ---: |'
  cat "$TMP/rows"
  echo
  if [[ -n $BASE_COMMIT ]]; then
    echo "- current/baseline (${BASE_COMMIT:0:7}) wall: clean build $(ratio "$clean_wall" "$base_clean")," \
      "no-change rebuild $(ratio "$nochange_wall" "$base_nochange"), one-story edit $(ratio "$edit_wall" "$base_edit")" \
      "(below 1: the current jar is faster; the builds alternated, current first)"
  fi
  if [[ -n $HUGO ]]; then
    echo "- Briefing/Hugo, clean build: wall $(ratio "$clean_wall" "$hugo_wall"), peak memory $(ratio "$clean_mib" "$hugo_mib")" \
      "(target at 10,000 stories: 0.50 or less for both)"
  else
    echo "- Hugo is not installed, so there are no Briefing/Hugo ratios (apt-get install hugo)"
  fi
  echo "- rebuild/clean wall: no change $(ratio "$nochange_wall" "$clean_wall") (target < 0.10)," \
    "one-story edit $(ratio "$edit_wall" "$clean_wall") (target < 0.05); edited: ${story#"$site"/}"
  echo "- clean build per story: $(awk -v w="$clean_wall" -v n="$n" 'BEGIN { printf "%.2f", w * 1000 / n }') ms;" \
    "phases of the last clean build: $phases"
}

example() {
  local i
  SAMPLES=$TMP/example.samples
  : >"$SAMPLES"
  : >"$TMP/rows"
  for ((i = 1; i <= REPEAT; i++)); do
    rm -rf "$TMP/example"
    timed "$TMP/example.log" "${BRIEFING[@]}" build --site "$ROOT" --out "$TMP/example/public" -q
  done
  printf '\n### Bundled example site (clean build, JVM start included)\n\n'
  echo '| tool | phase | wall s | CPU s | peak MiB | pages | pages/s |'
  echo '| --- | --- | ---: | ---: | ---: | ---: | ---: |'
  row Briefing "clean build" "$(pages "$TMP/example/public")"
  cat "$TMP/rows"
  echo
  echo "- target: under 1 s wall"
}

header() {
  local mem commit
  mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
  commit=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
  [[ -n $(cd "$ROOT" && git status --porcelain --untracked-files=no 2>/dev/null) ]] && commit+=" (with uncommitted changes)"
  printf '\n## Run of %s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- machine: $(nproc) cores, $mem; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- java: $(java -version 2>&1 | head -n1); BRIEFING_JAVA_OPTS: ${BRIEFING_JAVA_OPTS:-(none)}"
  echo "- hugo: $(if [[ -n $HUGO ]]; then "$HUGO" version; else echo not installed; fi)"
  echo "- briefing commit: $commit; median of $REPEAT runs each; seed $SEED"
  echo "- command: ${BRIEFING[*]} build --site target/bench/N/site -q --timings"
  if [[ -n $BASE_COMMIT ]]; then
    echo "- baseline: commit ${BASE_COMMIT:0:12}, ${BASE[*]#"$ROOT"/} build --site target/bench/N/site -q --out target/bench/N/baseline/public"
  fi
}

mkdir -p "$OUT"
{
  header
  for n in "$@"; do bench "$n"; done
  example
  echo
  echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee -a "$RESULTS"
echo >&2
echo "Appended to ${RESULTS#"$ROOT"/}" >&2
