#!/usr/bin/env bash
# Counts the lines of code of Briefing's incremental build machinery at one or more commits, so
# that the figure can be compared across commits (issue 15: "the incremental code gets smaller").
#
#   bench/lines.sh [COMMIT ...]      default: HEAD; e.g. bench/lines.sh 3758a2a HEAD
#
# Whole packages and files are counted, never parts of a file. A line counts when it is not blank
# and not a comment: lines starting with // are left out, and so is every line from one starting
# with /* (Javadoc included) to the one that closes it. Trailing comments after code do not make a
# line a comment. The counting reads the committed files (git show), not the working tree.
# See docs/performance.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SRC=src/main/java/org/briefing
# The packages that hold the build pipeline, its caches, the planner and the edit path. Until the
# package layout of issue 15 they were all in build/; since then in pipeline/ and rebuild/.
PACKAGES=(build pipeline rebuild fingerprint)
# Files outside those packages that held parts of the machinery at some commit, counted whole and
# shown apart: the page keys (render/SiteRenderer.java), the build strategy (cli/BuildCommand.java),
# the preview's rebuilds (serve/Rebuilder.java); since 5 December 2026 the list of a site's pages,
# which was SiteRenderer's, is render/SitePages.java.
FILES=(render/SiteRenderer.java render/SitePages.java cli/BuildCommand.java serve/Rebuilder.java)

die() { echo "lines: $*" >&2; exit 2; }

(($# > 0)) || set -- HEAD

# code LINES...: the code lines of the files read on standard input, by the rule above.
code() {
  awk '
    { line = $0; sub(/^[ \t]+/, "", line) }
    inside { if (index(line, "*/")) inside = 0; next }
    line == "" { next }
    substr(line, 1, 2) == "//" { next }
    substr(line, 1, 2) == "/*" { if (!index(substr(line, 3), "*/")) inside = 1; next }
    { n++ }
    END { print n + 0 }'
}

# count COMMIT PATH: "files lines" of the .java files under PATH (a folder or a file) at COMMIT.
count() {
  local commit=$1 path=$2 files
  mapfile -t files < <(git -C "$ROOT" ls-tree -r --name-only "$commit" -- "$path" | grep '\.java$' || true)
  if ((${#files[@]} == 0)); then
    echo "0 0"
    return
  fi
  printf '%d %d\n' "${#files[@]}" "$(for f in "${files[@]}"; do git -C "$ROOT" show "$commit:$f"; echo; done | code)"
}

for c in "$@"; do
  commit=$(git -C "$ROOT" rev-parse --verify --quiet "$c^{commit}") || die "'$c' is not a commit of this repository"
  printf '\n### %s (%s)\n\n' "$c" "$(git -C "$ROOT" log -1 --format='%h, %cs' "$commit")"
  echo '| what | files | lines of code |'
  echo '| --- | ---: | ---: |'
  total=0 total_files=0
  for p in "${PACKAGES[@]}"; do
    read -r f n < <(count "$commit" "$SRC/$p/")
    ((f > 0)) || continue
    printf '| package %s (whole) | %d | %d |\n' "$p" "$f" "$n"
    total=$((total + n)) total_files=$((total_files + f))
  done
  printf '| **the packages above** | %d | **%d** |\n' "$total_files" "$total"
  for file in "${FILES[@]}"; do
    read -r f n < <(count "$commit" "$SRC/$file")
    ((f > 0)) && printf '| %s (whole file, apart) | 1 | %d |\n' "$file" "$n"
  done
  read -r f n < <(count "$commit" "$SRC/")
  printf '| all of src/main/java, for scale | %d | %d |\n' "$f" "$n"
done
