#!/usr/bin/env bash
# Interleaved A/B of two builds on uncached hosts (issue 3): the way to see a 10-40 % change on this shared machine,
# where two runs of run.sh an hour apart differ by more than that (docs/performance-graphql.md, fifth run).
#
#   bench/graphql/compare.sh <base commit> [--data DIR] [--rounds N] [--query Q]
#
# 1. Builds src/EduHub.Web in Release twice: <base commit> in a temporary git worktree, and this checkout.
# 2. Uses DIR (a 10k folder made by run.sh's generate command) or generates one the same way.
# 3. Starts both hosts uncached (EduHub:GraphQL:ResponseCacheEntries=0) on free loopback ports, each on its own copy
#    of the data; waits 60 s for their background indexing; warms each with 25 s of the query at c=32.
# 4. N rounds (default 6): 5 s of the query at c=32 on base, then on this build, then 3 s of /api/ping on each.
#    Only one host is under load at a time, and both see the same minutes of the machine.
# 5. Prints each round, the median ratio of this build to base and each host's resident memory; stops both hosts and
#    removes everything.
set -euo pipefail

BASE_COMMIT=""
DATA=""
ROUNDS=6
QUERY='{ platform(first: 20) { contentItemId displayText website { url } provider { contentItems { displayText } } } }'
while [[ $# -gt 0 ]]; do
    case "$1" in
        --data) DATA=$2; shift ;;
        --rounds) ROUNDS=$2; shift ;;
        --query) QUERY=$2; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        -*) echo "unknown option: $1 (see --help)" >&2; exit 64 ;;
        *) BASE_COMMIT=$1 ;;
    esac
    shift
done
[[ -n $BASE_COMMIT ]] || { echo "usage: $0 <base commit> [--data DIR] [--rounds N] [--query Q]" >&2; exit 64; }
for tool in wrk curl git python3 ss dotnet; do command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 69; }; done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$(mktemp -d /tmp/eduhub-bench-compare.XXXXXX)
PIDS=()
URL=""
# shellcheck source=common.sh
source "$ROOT/bench/graphql/common.sh"

cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$pid" 2>/dev/null || true
    done
    git -C "$ROOT" worktree remove --force "$WORK/base" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM


log "building $BASE_COMMIT (worktree) and this checkout"
git -C "$ROOT" worktree add --detach -q "$WORK/base" "$BASE_COMMIT"
for tree in "$WORK/base" "$ROOT"; do
    timeout 900 dotnet build "$tree/src/EduHub.Web" -c Release -nologo -v quiet -clp:ErrorsOnly >"$WORK/build.log" 2>&1 \
        || { cat "$WORK/build.log" >&2; exit 1; }
done

if [[ -z $DATA ]]; then
    DATA="$WORK/data"
    log "generating 10k platforms, 1.4k schools, 3k mentors (about 90 s)"
    (cd "$ROOT/src/EduHub.Web/bin/Release/net10.0" && timeout 900 dotnet EduHub.Web.dll generate --platforms 10000 --schools 1400 \
        --mentors 3000 --seed 2020 --EduHub:DataPath="$DATA" --EduHub:Setup:Demo=false \
        --EduHub:Setup:AdminPassword='Bench-GraphQL-2026!x' >"$WORK/generate.log" 2>&1) || { tail -20 "$WORK/generate.log" >&2; exit 1; }
fi

# start <tree> <name>: an uncached host on its own copy of the data; sets URL. Not called in $(...): the host's pid
# must reach PIDS in this shell, or the exit trap cannot stop it (and it would keep the caller's flock).
start() {
    local tree=$1 name=$2 port
    port=$(free_port)
    cp -r "$DATA" "$WORK/data-$name"
    (cd "$tree/src/EduHub.Web/bin/Release/net10.0" && ASPNETCORE_ENVIRONMENT=Production exec dotnet EduHub.Web.dll \
        --urls "http://127.0.0.1:$port" --EduHub:DataPath="$WORK/data-$name" --EduHub:Setup:Demo=false \
        --Logging:LogLevel:Default=Warning --EduHub:GraphQL:ResponseCacheEntries=0 >"$WORK/host-$name.log" 2>&1) &
    PIDS+=($!)
    for _ in $(seq 1 240); do curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/health" && break; sleep 0.5; done
    URL="http://127.0.0.1:$port"
}
start "$WORK/base" base; BASE_URL=$URL
start "$ROOT" this; THIS_URL=$URL
log "hosts up: base $BASE_URL, this build $THIS_URL; waiting 60 s for their background indexing"
sleep 60

ENCODED=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$QUERY")
rate() { timeout 60 wrk -t2 -c32 -d"$2" --timeout 30s "$1" | awk '/^Requests\/sec:/ { printf "%.0f", $2 }'; }
for url in "$BASE_URL" "$THIS_URL"; do rate "$url/api/graphql?query=$ENCODED" 25s >/dev/null; done

RATIOS="$WORK/ratios"
: >"$RATIOS"
echo "| round | base requests/s | this build requests/s | ratio | base ping | this build ping |"
echo "|---:|---:|---:|---:|---:|---:|"
for round in $(seq 1 "$ROUNDS"); do
    base=$(rate "$BASE_URL/api/graphql?query=$ENCODED" 5s); this=$(rate "$THIS_URL/api/graphql?query=$ENCODED" 5s)
    base_ping=$(rate "$BASE_URL/api/ping" 3s); this_ping=$(rate "$THIS_URL/api/ping" 3s)
    ratio=$(awk -v a="$this" -v b="$base" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    echo "$ratio" >>"$RATIOS"
    echo "| $round | $base | $this | ${ratio}× | $base_ping | $this_ping |"
done
echo
echo "Median ratio (this build ÷ $BASE_COMMIT): $(sort -n "$RATIOS" | awk '{ a[NR] = $1 } END { printf "%.2f×\n", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }')"
echo "Query: $QUERY"
# Resident memory after the rounds: a GC or cache setting can trade memory for speed.
rss() { awk '/^VmRSS:/ { printf "%d MB", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }
echo "Resident memory after the rounds: base $(rss "${PIDS[0]}"), this build $(rss "${PIDS[1]}")"
