#!/usr/bin/env bash
# Bytes a phone downloads for the front page, an edition page and a story page of a bench site with
# camera-sized photos, in headless Chromium at 390 px (docs/photos.md), built by
#   before     the commit before the photo pipeline (which published every photo as its original
#              file, and showed no photo on list pages);
#   originals  this checkout's pages with every picture shown as its original file, unchanged (what
#              copying originals would cost if list pages showed the same photos);
#   AB         with PHOTO_BYTES_AB=COMMIT, that commit (an A/B of a change to the photos);
#   now        this checkout.
#
#   bench/photo-bytes.sh                 # 200 stories with 3000x2000 photos, pixel ratios 1, 2 and 3
#   PHOTO_BYTES_STORIES=1000 PHOTO_BYTES_SIZE=3000x2000 PHOTO_BYTES_RATIOS=1,3 bench/photo-bytes.sh
#   PHOTO_BYTES_AB=main bench/photo-bytes.sh
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

# the jar of a commit, built once in a temporary git worktree
jar_of() {
  local commit jar tree
  commit=$(git rev-parse --short "$1")
  jar="$work/jar-$commit.jar"
  if [ ! -f "$jar" ]; then
    tree=$(mktemp -d)
    git worktree add --detach "$tree" "$commit" >/dev/null
    (cd "$tree" && mvn -B -q package -DskipTests >&2) || { git worktree remove --force "$tree"; exit 1; }
    cp "$tree/target/briefing.jar" "$jar"
    git worktree remove --force "$tree"
  fi
  echo "$jar"
}
before=$(git rev-parse --short "$BEFORE")
old_jar=$(jar_of "$BEFORE")
ab_jar=""
if [ -n "${PHOTO_BYTES_AB:-}" ]; then
  ab=$(git rev-parse --short "$PHOTO_BYTES_AB")
  ab_jar=$(jar_of "$PHOTO_BYTES_AB")
fi

corpus="$work/corpus-$STORIES-$SIZE"
if [ ! -f "$corpus/.done" ]; then
  rm -rf "$corpus"
  java -jar target/briefing.jar bench-corpus --stories "$STORIES" --out "$corpus" --photos "$SIZE" >/dev/null
  touch "$corpus/.done"
fi
rm -rf "$work/out-before" "$work/out-ab" "$work/out-originals" "$work/out-now"
java -jar "$old_jar" build --site "$corpus/site" --out "$work/out-before" -q
java -jar target/briefing.jar build --site "$corpus/site" --out "$work/out-now" -q
builds="before=$work/out-before"
if [ -n "$ab_jar" ]; then
  # from a copy of the current build's photo cache: files made alike (same original, settings and size) are not made twice
  rm -rf "$work/.briefing-cache/out-ab/photos"
  mkdir -p "$work/.briefing-cache/out-ab"
  cp -al "$work/.briefing-cache/out-now/photos" "$work/.briefing-cache/out-ab/photos"
  java -jar "$ab_jar" build --site "$corpus/site" --out "$work/out-ab" -q
fi

# the newest edition and the front page's lead story, as the current build links them
edition=$(grep -o 'href="/briefings/[0-9-]*/"' "$work/out-now/index.html" | head -n 1 | sed 's/href="\(.*\)"/\1/')
story=$(grep -o 'href="/[0-9]\{4\}/[0-9]\{2\}/[0-9]\{2\}/[^"]*/"' "$work/out-now/index.html" | head -n 1 | sed 's/href="\(.*\)"/\1/')
cp="target/classes:target/test-classes:$(cat "$work/cp.txt")"
cp -al "$work/out-now" "$work/out-originals"
java -cp "$cp" org.briefing.photo.OriginalsShown "$work/out-originals" "$corpus/site/static" / "$edition" "$story"
builds="$builds,originals=$work/out-originals"
[ -n "$ab_jar" ] && builds="$builds,$ab=$work/out-ab"
builds="$builds,now=$work/out-now"
echo "$STORIES stories with $SIZE photos; before: $before, now: $(git rev-parse --short HEAD)${ab_jar:+, A/B against $ab}; originals average" \
  "$(( $(du -cb "$corpus"/site/static/images/story-*.jpg | tail -n 1 | cut -f1) / STORIES / 1024 )) KB"
java -cp "$cp" org.briefing.photo.PhotoBytes "$builds" "$RATIOS" / "$edition" "$story"
