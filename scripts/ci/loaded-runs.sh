#!/usr/bin/env bash
# Runs the whole CI suite N times in a row, each from a fresh clone of one commit, while two
# busy loops load both cores (issue 18: "a green run means the same on a busy machine").
# Usage: scripts/ci/loaded-runs.sh [runs=10] [commit=HEAD] [log=loaded-runs.log]
set -uo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-10}"
commit="$(git -C "$repo" rev-parse "${2:-HEAD}")"
log="${3:-$repo/loaded-runs.log}"

burners=()
for _ in 1 2; do (while :; do :; done) & burners+=("$!"); done
trap 'kill "${burners[@]}" 2>/dev/null' EXIT
echo "commit $commit, $runs runs, burners ${burners[*]}, started $(date -u +%FT%TZ)" >>"$log"

for i in $(seq 1 "$runs"); do
  dir="$(mktemp -d)"
  git clone -q "$repo" "$dir" && git -C "$dir" checkout -q "$commit"
  start=$(date +%s)
  (cd "$dir" && CI=true bash .ci/run >"$dir.out" 2>&1)
  rc=$?
  took=$(( $(date +%s) - start ))
  summary="$(grep -E '^Tests:|^Test Suites:' "$dir.out" | tr '\n' ' ')"
  echo "run $i: rc=$rc ${took}s $summary" >>"$log"
  if [ "$rc" -ne 0 ]; then cp "$dir.out" "$log.run$i.out"; fi
  rm -rf "$dir" "$dir.out"
done
echo "finished $(date -u +%FT%TZ)" >>"$log"
