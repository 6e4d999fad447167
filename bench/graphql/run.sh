#!/usr/bin/env bash
# GraphQL load benchmark over loopback (issue 3, "Performance"); results in docs/performance-graphql.md.
#
#   bench/graphql/run.sh [--large] [--duration S] [--warmup S] [--out FILE] [--no-wait]
#
# 1. Builds src/EduHub.Web in Release once and generates 10k platforms, 1.4k schools, 3k mentors into a
#    fresh data folder under /tmp (removed on exit, whatever happens).
# 2. Starts the host (Production, logging at Warning, 127.0.0.1 on a free port) twice: with the anonymous
#    response cache on ("cached") and with EduHub:GraphQL:ResponseCacheEntries=0 ("uncached"; an entry of
#    size 1 never fits a size limit of 0, so nothing is stored; checked below through the
#    X-EduHub-Sql-Commands header of a repeated request).
# 3. For each run: the host is warmed up, then GET /api/ping (the ceiling, same host, same run) and queries
#    Q1-Q4 as anonymous GETs, each at concurrency 1 (1 thread) and 32 (2 threads): a warm-up, then a measured
#    wrk run with --latency. Before each case the script waits (bounded) for a quiet machine and records how
#    much CPU other processes used during the case ("other CPU").
# 4. --large: grows the same data set in place to LARGE_PLATFORMS (default 100k) platforms, in steps of
#    LARGE_STEP platforms (a new --seed each; schools and mentors stay 1.4k and 3k), as long as the next step
#    is predicted to fit in GEN_BUDGET seconds (default 600) of generation; then repeats the ceiling, Q1, Q2
#    and Q4 (its count covers every platform) uncached at c=32 and prints p99 large / p99 10k.
# 5. Stops the host, removes the data folder, prints a markdown table (and writes it to --out FILE).
#
# Every step is bounded (timeout); only loopback is targeted. Environment overrides: DURATION (10), WARMUP (3,
# per case), HOST_WARMUP (5: the least warm-up per URL after each host start, which then goes on until the throughput
# is steady), WARM_MAX (60: the most per URL), LARGE_PLATFORMS (100000), LARGE_STEP (10000),
# GEN_BUDGET (600), WAIT_MAX (3600: how long to wait at the start for a quiet machine), REUSE_DATA (a 10k data
# folder made earlier by the same generate command: copied instead of generating; not with --large).
set -euo pipefail

DURATION=${DURATION:-10}
WARMUP=${WARMUP:-3}
HOST_WARMUP=${HOST_WARMUP:-5}
WARM_MAX=${WARM_MAX:-60}
LARGE=0
LARGE_PLATFORMS=${LARGE_PLATFORMS:-100000}
GEN_BUDGET=${GEN_BUDGET:-600}
WAIT_MAX=${WAIT_MAX:-3600}
WAIT_OTHERS=1
OUT=""
PLATFORMS=10000
SCHOOLS=1400
MENTORS=3000
ADMIN_PASSWORD="Bench-GraphQL-2026!x"

while [[ $# -gt 0 ]]; do
    case "$1" in
        --large) LARGE=1 ;;
        --duration) DURATION=$2; shift ;;
        --warmup) WARMUP=$2; shift ;;
        --out) OUT=$2; shift ;;
        --no-wait) WAIT_OTHERS=0 ;;
        -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 64 ;;
    esac
    shift
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN="$ROOT/src/EduHub.Web/bin/Release/net10.0"
WORK=$(mktemp -d /tmp/eduhub-bench-graphql.XXXXXX)
RESULTS="$WORK/results.tsv"
HOST_PID=""
: >"$RESULTS"

# shellcheck source=common.sh
source "$ROOT/bench/graphql/common.sh"

stop_host() {
    if [[ -n "$HOST_PID" ]] && kill -0 "$HOST_PID" 2>/dev/null; then
        kill "$HOST_PID" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$HOST_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$HOST_PID" 2>/dev/null || true
        wait "$HOST_PID" 2>/dev/null || true
    fi
    HOST_PID=""
}

cleanup() {
    stop_host
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM


# ---------------------------------------------------------------- prerequisites
if ! command -v wrk >/dev/null; then
    log "installing wrk"
    timeout 300 apt-get install -y wrk >/dev/null 2>&1 || { timeout 300 apt-get update >/dev/null && timeout 300 apt-get install -y wrk >/dev/null; }
fi
for tool in wrk curl jq ss dotnet; do command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 69; }; done

# CPU jiffies: "<busy> <total>" of the whole machine.
cpu_jiffies() { awk '/^cpu / { t = 0; for (i = 2; i <= 9; i++) t += $i; print t - $5 - $6, t }' /proc/stat; }
proc_jiffies() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }

# Per cent of the machine that is busy over one second.
busy_pct() {
    local b1 t1 b2 t2
    read -r b1 t1 < <(cpu_jiffies); sleep 1; read -r b2 t2 < <(cpu_jiffies)
    echo $(( t2 > t1 ? 100 * (b2 - b1) / (t2 - t1) : 0 ))
}

NOISY_CASES=0
# wait_for_quiet <max seconds>: no other benchmark running and the machine at most 10 % busy (so our own
# host has also finished any backlog of the previous case). Waits at most <max seconds>, then measures anyway.
wait_for_quiet() {
    local cap=$1 start; start=$(date +%s)
    [[ $WAIT_OTHERS == 1 ]] || return 0
    local said=0
    while :; do
        if ! pgrep -f 'EduHub[.]Bench([.]dll)?( |$)' >/dev/null && [[ $(busy_pct) -le 10 ]]; then return 0; fi
        local now; now=$(date +%s)
        if [[ $now -ge $((start + cap)) ]]; then
            log "machine still busy after waiting $((now - start))s: measuring anyway (see the 'other CPU' column)"
            NOISY_CASES=$((NOISY_CASES + 1))
            return 0
        fi
        if [[ $said == 0 ]]; then log "waiting for a quiet machine (another benchmark or other processes are using the CPU)"; said=1; fi
        sleep 4
    done
}

# ---------------------------------------------------------------- build and data
wait_for_quiet "$WAIT_MAX"
log "building src/EduHub.Web (Release)"
timeout 900 dotnet build "$ROOT/src/EduHub.Web" -c Release -nologo -v quiet -clp:ErrorsOnly >"$WORK/build.log" 2>&1 \
    || { cat "$WORK/build.log" >&2; exit 1; }

# generate <dir> <platforms> <schools> <mentors> <seed> <timeout s>: prints "<seconds> <items> <status>", status
# "ok" or "timeout" (the command was stopped; every finished batch of 1,000 items is committed, so the data
# stays consistent, only the planner statistics the command refreshes at the end are not).
generate() {
    local dir=$1 platforms=$2 schools=$3 mentors=$4 seed=$5 limit=$6 start end status=ok rc=0
    local glog="$WORK/generate-$seed.log"
    mkdir -p "$dir"
    start=$(date +%s.%N)
    (cd "$BIN" && Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production timeout "$limit" dotnet EduHub.Web.dll generate \
        --platforms "$platforms" --schools "$schools" --mentors "$mentors" --seed "$seed" \
        "--EduHub:DataPath=$dir" --EduHub:Setup:Demo=false "--EduHub:Setup:AdminPassword=$ADMIN_PASSWORD") >"$glog" 2>&1 || rc=$?
    end=$(date +%s.%N)
    if [[ $rc == 124 ]]; then
        status=timeout
    elif [[ $rc != 0 ]]; then
        tail -20 "$glog" >&2
        echo "generation (seed $seed) failed with exit code $rc" >&2
        return 1
    fi
    local items
    items=$(grep -oE 'Generated [0-9,]+ published items' "$glog" | grep -oE '[0-9,]+' | tr -d ,)
    [[ -n $items ]] || items=$(grep -oE '^ *[0-9,]+ /' "$glog" | tail -1 | tr -dc '0-9')
    echo "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') ${items:-0} $status"
}

DATA10="$WORK/data-$PLATFORMS"
if [[ -n ${REUSE_DATA:-} ]]; then
    # A data folder made earlier by the same generate command (10k set, seed 2020), copied so the original stays as
    # it was: saves the generation (and the first search indexing) on a machine too busy to do them in time.
    log "copying the data folder $REUSE_DATA (made earlier by the same generate command) to $DATA10"
    cp -a "$REUSE_DATA" "$DATA10"
    GEN10_SECONDS="(reused)" GEN10_ITEMS="(reused)" GEN10_STATUS=ok
else
    log "generating $PLATFORMS platforms, $SCHOOLS schools, $MENTORS mentors into $DATA10"
    generate "$DATA10" "$PLATFORMS" "$SCHOOLS" "$MENTORS" 2020 1800 >"$WORK/gen10"
    read -r GEN10_SECONDS GEN10_ITEMS GEN10_STATUS <"$WORK/gen10"
    [[ $GEN10_STATUS == ok ]] || { echo "generating the 10k set took more than 1800 s" >&2; exit 1; }
    log "generated $GEN10_ITEMS items in ${GEN10_SECONDS}s (wall time of the command, including start-up and setup)"
fi

# ---------------------------------------------------------------- host
BASE=""
start_host() { # start_host <data dir> <label> [extra configuration...]
    local dir=$1 label=$2; shift 2
    local port; port=$(free_port)
    BASE="http://127.0.0.1:$port"
    (cd "$BIN" && ASPNETCORE_ENVIRONMENT=Production exec dotnet EduHub.Web.dll --urls "$BASE" \
        "--EduHub:DataPath=$dir" --EduHub:Setup:Demo=false --Logging:LogLevel:Default=Warning "$@") >"$WORK/host-$label.log" 2>&1 &
    HOST_PID=$!
    for _ in $(seq 1 240); do
        if ! kill -0 "$HOST_PID" 2>/dev/null; then cat "$WORK/host-$label.log" >&2; echo "host exited" >&2; exit 1; fi
        if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/health") == 200 ]]; then
            log "host '$label' ready at $BASE (pid $HOST_PID)"
            wait_for_search_index
            return
        fi
        sleep 0.5
    done
    echo "host '$label' not healthy within 120 s" >&2
    exit 1
}

# The host indexes content for search in the background (at first start, and after data was added by
# `generate`); measuring while it indexes would charge that work to GraphQL. Wait until every search index on
# the node reports the same documents and cursor twice in a row with no rebuild running (at most 15 min).
wait_for_search_index() {
    local previous="" current status start; start=$(date +%s)
    while :; do
        # A busy machine can make the host miss the time limit: that is "not ready yet", not a failure.
        status=$(curl -s -o "$WORK/indexes.json" -w '%{http_code}' --max-time 10 -u "admin:$ADMIN_PASSWORD" "$BASE/api/search/indexes") || status=000
        if [[ $status == 000 ]]; then sleep 5; continue; fi
        [[ $status == 200 ]] || { log "search indexes not reported (HTTP $status): not waiting for them"; return; }
        current=$(jq -c '[.indexes[] | [.name, .documents, .cursor, (.rebuild.running // false)]]' "$WORK/indexes.json")
        if [[ $current == "$previous" && $current != *true* ]]; then
            log "search indexes idle: $current"
            return
        fi
        if [[ $(date +%s) -ge $((start + 900)) ]]; then log "search indexes still busy after 15 min: measuring anyway ($current)"; return; fi
        previous=$current
        sleep 5
    done
}

urlencode() { jq -rn --arg v "$1" '$v|@uri'; }
gql_url() { echo "$BASE/api/graphql?query=$(urlencode "$1")"; }

# check_query <name> <query>: 200, no errors; prints "<sql commands of a first request> <of a repeat>".
check_query() {
    local name=$1 query=$2 url headers body status first second
    url=$(gql_url "$query")
    for attempt in 1 2; do
        headers="$WORK/h-$name-$attempt"; body="$WORK/b-$name-$attempt"
        status=$(curl -s --max-time 30 -D "$headers" -o "$body" -w '%{http_code}' "$url")
        if [[ $status != 200 ]] || jq -e '.errors' "$body" >/dev/null; then
            echo "$name: HTTP $status: $(head -c 600 "$body")" >&2
            exit 1
        fi
    done
    first=$(grep -i '^x-eduhub-sql-commands:' "$WORK/h-$name-1" | tr -dc '0-9')
    second=$(grep -i '^x-eduhub-sql-commands:' "$WORK/h-$name-2" | tr -dc '0-9')
    echo "${first:-?} ${second:-?}"
}

to_ms() { # wrk prints 812.00us, 1.23ms, 2.01s, 1.00m
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# measure <run> <case> <connections> <url>: warm-up, then the measured run; appends one line to $RESULTS:
# run case c requests/s p50 p99 errors other-CPU% (CPU used by processes other than the host and wrk, in % of
# one core, averaged over the measured run: 0 means nothing else disturbed the measurement).
measure() {
    local run=$1 name=$2 conns=$3 url=$4 threads=1 out
    [[ $conns -gt 1 ]] && threads=2
    out="$WORK/wrk-$run-$name-c$conns.txt"
    wait_for_quiet 180
    timeout $((WARMUP + 40)) wrk -t"$threads" -c"$conns" -d"${WARMUP}s" --timeout 30s "$url" >/dev/null
    local b1 t1 b2 t2 h1 h2 wrk_cpu
    read -r b1 t1 < <(cpu_jiffies); h1=$(proc_jiffies "$HOST_PID")
    wrk_cpu=$( { TIMEFORMAT='%U %S'; time timeout $((DURATION + 40)) wrk -t"$threads" -c"$conns" -d"${DURATION}s" --timeout 30s --latency "$url" >"$out"; } 2>&1 | awk '{ print $1 + $2 }')
    read -r b2 t2 < <(cpu_jiffies); h2=$(proc_jiffies "$HOST_PID")
    local other
    other=$(awk -v b="$((b2 - b1))" -v t="$((t2 - t1))" -v h="$((h2 - h1))" -v w="$wrk_cpu" -v hz="$(getconf CLK_TCK)" -v n="$(nproc)" \
        'BEGIN { wall = t / n / hz; o = (b - h) / hz - w; if (o < 0) o = 0; printf "%.0f", (wall > 0 ? 100 * o / wall : 0) }')
    local rps p50 p99 bad
    rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
    p50=$(awk '$1 == "50%" { print $2 }' "$out"); p99=$(awk '$1 == "99%" { print $2 }' "$out")
    if [[ -z $p50 || ${rps%.*} == 0 ]]; then p50=n/a; p99=n/a; else p50=$(to_ms "$p50"); p99=$(to_ms "$p99"); fi
    bad=$(awk '/Non-2xx or 3xx responses:/ { print $NF } /Socket errors:/ { s = 0; for (i = 3; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) s += $i; print s }' "$out" | awk '{ s += $1 } END { print s + 0 }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$name" "$conns" "${rps:-0}" "$p50" "$p99" "$bad" "$other" >>"$RESULTS"
    log "$(printf '%-10s %-5s c=%-3s %10s req/s  p50 %8s ms  p99 %8s ms  errors %s  other CPU %s%%' "$run" "$name" "$conns" "${rps:-0}" "$p50" "$p99" "$bad" "$other")"
}

# warm_until_steady <name> <url>: 3-second windows at c=32 until two in a row differ by less than 5 % (at least
# HOST_WARMUP seconds, at most WARM_MAX). Under full load the JIT's background thread gets little CPU: an uncached
# GraphQL query took about 15 s at c=32 to reach its steady throughput (940 -> 2,860 requests/s), so a fixed 5 s
# warm-up measured partly unoptimized code.
warm_until_steady() {
    local name=$1 url=$2 started=$SECONDS prev=0 rate trail=""
    while :; do
        rate=$(timeout 40 wrk -t2 -c32 -d3s --timeout 30s "$url" | awk '/^Requests\/sec:/ { printf "%.0f", $2 }')
        rate=${rate:-0}; trail+=" $rate"
        if (( SECONDS - started >= HOST_WARMUP )) && (( prev > 0 )) && awk -v a="$rate" -v b="$prev" 'BEGIN { d = (a - b) / b; exit !(d < 0.05 && d > -0.05) }'; then
            break
        fi
        (( SECONDS - started >= WARM_MAX )) && break
        prev=$rate
    done
    log "  warm-up $name: $((SECONDS - started)) s, requests/s per 3 s:$trail"
}

Q1='{ platform(first: 20) { contentItemId displayText website { url } provider { contentItems { displayText } } } }'
Q2='{ school(first: 20, where: { school: { pupils_gt: 300 } }, orderBy: { school: { pupils: DESC } }) { displayText pupils region { termContentItems { displayText } } } }'
Q4='{ platformConnection(first: 20) { totalCount pageInfo { endCursor } nodes { displayText } } }'
SQL_NOTES="$WORK/sql.tsv"
: >"$SQL_NOTES"

# run_suite <run label> <connections...> -- <cases...>: ceiling and the queries on the host that is up now.
run_suite() {
    local run=$1; shift
    local conns=() cases=()
    while [[ $1 != -- ]]; do conns+=("$1"); shift; done; shift
    cases=("$@")
    local platform_id
    platform_id=$(curl -s --max-time 30 "$(gql_url '{ platform(first: 1) { contentItemId } }')" | jq -r '.data.platform[0].contentItemId')
    [[ -n $platform_id && $platform_id != null ]] || { echo "no platform found" >&2; exit 1; }
    local Q3="{ contentItem(contentItemId: \"$platform_id\") { displayText ... on Platform { website { url } } } }"
    declare -A queries=([Q1]="$Q1" [Q2]="$Q2" [Q3]="$Q3" [Q4]="$Q4")
    for name in "${cases[@]}"; do
        local counts; counts=$(check_query "$run-$name" "${queries[$name]}")
        printf '%s\t%s\t%s\n' "$run" "$name" "$counts" >>"$SQL_NOTES"
        log "$run $name: SQL commands first request / repeat = ${counts/ / \/ }"
    done
    local total; total=$(curl -s --max-time 30 "$(gql_url '{ platformConnection(first: 1) { totalCount } }')" | jq -r '.data.platformConnection.totalCount')
    printf '%s\tplatforms\t%s\n' "$run" "$total" >>"$SQL_NOTES"
    # Warm the host up first (tiered JIT, connection pool, SQLite page cache): every URL of the suite at c=32 until
    # its throughput is steady, so that no measured case is measured against a host still compiling.
    log "$run: warming the host up"
    warm_until_steady ping "$BASE/api/ping"
    for name in "${cases[@]}"; do warm_until_steady "$name" "$(gql_url "${queries[$name]}")"; done
    for c in "${conns[@]}"; do
        measure "$run" ping "$c" "$BASE/api/ping"
        for name in "${cases[@]}"; do measure "$run" "$name" "$c" "$(gql_url "${queries[$name]}")"; done
    done
}

start_host "$DATA10" cached
run_suite cached 1 32 -- Q1 Q2 Q3 Q4
stop_host

start_host "$DATA10" uncached --EduHub:GraphQL:ResponseCacheEntries=0
run_suite uncached 1 32 -- Q1 Q2 Q3 Q4
stop_host

# The cache must be off in the uncached run: a repeated request still runs SQL there, and none in the cached run.
while IFS=$'\t' read -r run name counts; do
    [[ $name == platforms ]] && continue
    read -r first second <<<"$counts"
    if [[ $run == uncached && $first != 0 && $second == 0 ]]; then echo "WARNING: $name repeated request ran no SQL with the cache disabled: the cache is not off" >&2; fi
    if [[ $run == cached && $second != 0 ]]; then echo "WARNING: $name repeated request ran $second SQL commands with the cache on" >&2; fi
done <"$SQL_NOTES"

# ---------------------------------------------------------------- large
# The 10k set grows in place, LARGE_STEP platforms (and their organisations) per step with a new seed; schools
# and mentors stay as they are. A step starts only when it is predicted to finish within GEN_BUDGET seconds of
# generation in total (prediction: the last step's time, scaled by the size of the set, times 1.25).
LARGE_NOTE=""
LARGE_STEP=${LARGE_STEP:-10000}
GEN_STEPS=""
if [[ $LARGE == 1 ]]; then
    size=$PLATFORMS items=$GEN10_ITEMS spent=0 last=$GEN10_SECONDS last_items=$GEN10_ITEMS seed=2021
    while [[ $size -lt $LARGE_PLATFORMS ]]; do
        step=$(( LARGE_PLATFORMS - size < LARGE_STEP ? LARGE_PLATFORMS - size : LARGE_STEP ))
        step_items=$(( step + (step + 3) / 4 ))
        predicted=$(awk -v l="$last" -v li="$last_items" -v n="$items" -v s="$step_items" 'BEGIN { printf "%d", 1.25 * l * (s / li) * ((n + s / 2) / (n - li / 2)) }')
        if [[ $((spent + predicted)) -gt $GEN_BUDGET ]]; then
            LARGE_NOTE="Stopped growing at $size platforms: the next step of $step was predicted to take ${predicted}s, beyond the ${GEN_BUDGET}s generation budget (${spent}s spent)."
            log "$LARGE_NOTE"
            break
        fi
        log "adding $step platforms (seed $seed) to the $size there are (predicted ${predicted}s)"
        generate "$DATA10" "$step" 0 0 "$seed" $((GEN_BUDGET - spent + 120)) >"$WORK/genl"
        read -r secs added status <"$WORK/genl"
        GEN_STEPS+="${GEN_STEPS:+, }+$added items in ${secs}s${status/ok/}"
        log "added $added items in ${secs}s ($status)"
        spent=$(awk -v a="$spent" -v b="$secs" 'BEGIN { printf "%d", a + b }')
        size=$((size + step)) items=$((items + added)) last=$secs last_items=$added seed=$((seed + 1))
        if [[ $status != ok ]]; then
            LARGE_NOTE="The last step was stopped at the time limit: its finished batches are in, planner statistics were not refreshed."
            break
        fi
    done
    if [[ $size -le $PLATFORMS ]]; then
        log "no size above $PLATFORMS fits the generation budget: skipping --large"
        LARGE=0
    else
        start_host "$DATA10" "large" --EduHub:GraphQL:ResponseCacheEntries=0
        run_suite large 32 -- Q1 Q2 Q4
        LARGE_PLATFORMS_SEEN=$(awk -F'\t' '$1 == "large" && $2 == "platforms" { print $3 }' "$SQL_NOTES")
        stop_host
    fi
fi

# ---------------------------------------------------------------- report
report() {
    echo "## GraphQL load, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo '?')"
    echo
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM; $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2); .NET $(dotnet --version)."
    echo "Data: $GEN10_ITEMS items generated for --platforms $PLATFORMS --schools $SCHOOLS --mentors $MENTORS in ${GEN10_SECONDS}s; SQLite; wrk ${WARMUP}s warm-up + ${DURATION}s measured per case; c=1 uses 1 thread, c=32 uses 2."
    echo
    echo "| run | case | c | requests/s | p50 ms | p99 ms | % of ceiling | errors | other CPU | SQL commands (first / repeat) |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"
    awk -F'\t' 'NR == FNR { if ($2 != "platforms") { split($3, a, " "); sql[$1 "|" $2] = a[1] " / " a[2] } next }
        { n++; run[n] = $1; name[n] = $2; c[n] = $3; rps[n] = $4; p50[n] = $5; p99[n] = $6; bad[n] = $7; other[n] = $8; if ($2 == "ping") ceil[$1 "|" $3] = $4 }
        function ms(v) { return v == "n/a" ? v : sprintf("%.2f", v) }
        END {
            for (i = 1; i <= n; i++) {
                k = run[i] "|" c[i]; pct = (name[i] == "ping") ? "ceiling" : (ceil[k] > 0 ? sprintf("%.1f %%", 100 * rps[i] / ceil[k]) : "?");
                s = (name[i] == "ping") ? "-" : sql[run[i] "|" name[i]];
                printf "| %s | %s | %s | %.0f | %s | %s | %s | %s | %s %% | %s |\n", run[i], name[i], c[i], rps[i], ms(p50[i]), ms(p99[i]), pct, bad[i], other[i], s
            }
        }' "$SQL_NOTES" "$RESULTS"
    echo
    echo "Errors: non-2xx responses plus socket errors (timeouts after 30 s) reported by wrk. Other CPU: CPU used by processes other than the host and wrk during the measured run, in % of one core (0 = undisturbed); cases measured without a quiet machine after waiting: $NOISY_CASES."
    echo "Platform items seen by the host (totalCount): $(awk -F'\t' '$2 == "platforms" { printf "%s%s=%s", sep, $1, $3; sep = ", " }' "$SQL_NOTES")."
    if [[ $LARGE == 1 ]]; then
        echo
        echo "Large set: the 10k set grown by steps of $LARGE_STEP platforms: $GEN_STEPS (budget ${GEN_BUDGET}s). ${LARGE_NOTE}"
        echo
        echo "| case (uncached, c=32) | p99 at $PLATFORMS ms | p99 at ${LARGE_PLATFORMS_SEEN} ms | ratio | req/s at $PLATFORMS | req/s at ${LARGE_PLATFORMS_SEEN} |"
        echo "|---|---:|---:|---:|---:|---:|"
        awk -F'\t' -v big="large" '$3 == 32 && $2 != "ping" { if ($1 == "uncached") { a[$2] = $6; ra[$2] = $4 } else if ($1 == big) { b[$2] = $6; rb[$2] = $4 } }
            END { for (q in b) if (q in a) { r = (a[q] > 0 && b[q] != "n/a" && a[q] != "n/a") ? sprintf("%.2f×", b[q] / a[q]) : "n/a"; printf "| %s | %s | %s | %s | %.0f | %.0f |\n", q, a[q], b[q], r, ra[q], rb[q] } }' "$RESULTS" | sort
    fi
}

report | tee "${OUT:-/dev/null}"
