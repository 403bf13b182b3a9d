#!/usr/bin/env bash
# Made builtins-v2.sqlite (kept as it was made; do not rerun to "update" it): with the built-in roadmaps at
# version 2 (main at dfb9d88), all ten built-in roadmaps started, and every built-in skill marked (done with a day,
# learning, or skipped), with a note and a piece of evidence, and every done skill reviewed once, so that any later
# rename, merge, move or retirement of a built-in skill has a mark, a note, evidence and a review to carry over.
# Usage: make-builtins-v2.sh ROADMAP-BINARY OUT.sqlite
set -euo pipefail
roadmap="$1" out="$2"
rm -f "$out"
export ROADMAP_DB="$out"
roadmaps=(math python frameworks mlops cloud ml-engineer data-pipelines ml-platform deep-learning genai)
"$roadmap" start ml-engineer --target mid --by 2027-06-30 >/dev/null 2>&1
for id in "${roadmaps[@]}"; do [ "$id" = ml-engineer ] || "$roadmap" start "$id" >/dev/null; done
skills=$(for id in "${roadmaps[@]}"; do "$roadmap" show "$id" --json; done | python3 -c '
import json, sys
seen = []
decoder, text, at = json.JSONDecoder(), sys.stdin.read(), 0
while at < len(text):
    while at < len(text) and text[at].isspace(): at += 1
    if at >= len(text): break
    value, at = decoder.raw_decode(text, at)
    for skill in value["skills"]:
        if skill["id"] not in seen: seen.append(skill["id"])
print("\n".join(sorted(seen)))')
index=0
for id in $skills; do
  if [ $((index % 7)) -eq 3 ]; then "$roadmap" skip "$id" --reason "not for me" >/dev/null
  elif [ $((index % 5)) -eq 1 ]; then "$roadmap" learning "$id" >/dev/null
  else
    day=$(date -d "2026-11-01 - $((index % 60)) days" +%F)
    "$roadmap" done "$id" --on "$day" >/dev/null 2>&1
    "$roadmap" reviewed "$id" --recall good --on "$(date -d "$day + 3 days" +%F)" --note "review of $id" >/dev/null
  fi
  "$roadmap" note "$id" "note on $id" >/dev/null
  "$roadmap" evidence "$id" "https://example.org/evidence/$id" --title "evidence for $id" >/dev/null
  index=$((index + 1))
done
echo "$index skills marked" >&2
