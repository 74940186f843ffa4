#!/bin/sh
# GNU parallel on one machine: shards of paths, or of {id, text} JSON Lines, each to one
# single-threaded huiyi process. $1: a folder of reports; HUIYI: the command (default: the clone's
# build; `huiyi` once it is on PATH). Writes meetings.jsonl and meetings-from-texts.jsonl here.
set -eu
CORPUS=${1:-/tmp/corpus}
HUIYI=${HUIYI:-node dist/cli.js}

# Paths in, shards of 1,000 paths: a process costs about 0.2-0.3 s to start, so small shards
# (-N 50) spend most of their time starting.
find "$CORPUS" -name '*.txt' | parallel --pipe -N 1000 -j 2 "$HUIYI export --jobs 1 --quiet -" > meetings.jsonl

# Texts in, as JSON Lines {id, text} (what a crawler or a database dump produces). newline=""
# keeps CRLF line ends as they are in the files, so the records are the same as from the paths.
python3 -c 'import glob, json, sys
for p in sorted(glob.glob(sys.argv[1] + "/*.txt")):
    with open(p, encoding="utf-8", newline="") as f:
        print(json.dumps({"id": p, "text": f.read()}, ensure_ascii=False))' "$CORPUS" > docs.jsonl
parallel --pipe --block 8M -j 2 "$HUIYI export --jobs 1 --quiet -" < docs.jsonl > meetings-from-texts.jsonl
