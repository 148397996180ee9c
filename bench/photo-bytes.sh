#!/usr/bin/env bash
# Bytes a phone downloads for the front page, an edition page and a story page of a bench site with
# camera-sized photos, built by this checkout and by the commit before the photo pipeline (which
# published every photo as its original file), in headless Chromium at 390 px (docs/photos.md).
#
#   bench/photo-bytes.sh                 # 200 stories with 3000x2000 photos, pixel ratios 1, 2 and 3
#   PHOTO_BYTES_STORIES=1000 PHOTO_BYTES_SIZE=3000x2000 PHOTO_BYTES_RATIOS=1,3 bench/photo-bytes.sh
#
# Needs Java 17+, Maven, git, /usr/bin/chromium and /usr/bin/chromedriver. Everything is made under
# target/photo-bytes/: the corpus (reused while its settings are the same), the old commit's jar
# (built once in a temporary git worktree) and the two builds.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
STORIES=${PHOTO_BYTES_STORIES:-200}
SIZE=${PHOTO_BYTES_SIZE:-3000x2000}
RATIOS=${PHOTO_BYTES_RATIOS:-1,2,3}
BEFORE=${PHOTO_BYTES_BEFORE:-2f9ba8c^}   # 2f9ba8c published story photos resized; its parent copied the originals
work=target/photo-bytes
mkdir -p "$work"

if [ ! -f target/briefing.jar ] || [ -n "$(find pom.xml src/main templates -newer target/briefing.jar | head -n 1)" ]; then
  mvn -B -q package -DskipTests
fi
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null

before=$(git rev-parse --short "$BEFORE")
old_jar="$work/before-$before.jar"
if [ ! -f "$old_jar" ]; then
  tree=$(mktemp -d)
  trap 'git worktree remove --force "$tree" >/dev/null 2>&1 || true' EXIT
  git worktree add --detach "$tree" "$before" >/dev/null
  (cd "$tree" && mvn -B -q package -DskipTests)
  cp "$tree/target/briefing.jar" "$old_jar"
  git worktree remove --force "$tree"
  trap - EXIT
fi

corpus="$work/corpus-$STORIES-$SIZE"
if [ ! -f "$corpus/.done" ]; then
  rm -rf "$corpus"
  java -jar target/briefing.jar bench-corpus --stories "$STORIES" --out "$corpus" --photos "$SIZE" >/dev/null
  touch "$corpus/.done"
fi
rm -rf "$work/out-before" "$work/out-now"
java -jar "$old_jar" build --site "$corpus/site" --out "$work/out-before" -q
java -jar target/briefing.jar build --site "$corpus/site" --out "$work/out-now" -q

# the newest edition and the front page's lead story, as the current build links them
edition=$(grep -o 'href="/briefings/[0-9-]*/"' "$work/out-now/index.html" | head -n 1 | sed 's/href="\(.*\)"/\1/')
story=$(grep -o 'href="/[0-9]\{4\}/[0-9]\{2\}/[0-9]\{2\}/[^"]*/"' "$work/out-now/index.html" | head -n 1 | sed 's/href="\(.*\)"/\1/')
echo "$STORIES stories with $SIZE photos; before: $before, now: $(git rev-parse --short HEAD); originals average" \
  "$(( $(du -cb "$corpus"/site/static/images/story-*.jpg | tail -n 1 | cut -f1) / STORIES / 1024 )) KB"
java -cp "target/classes:target/test-classes:$(cat "$work/cp.txt")" org.briefing.photo.PhotoBytes \
  "$work/out-before" "$work/out-now" "$RATIOS" / "$edition" "$story"
