# Shared by run.sh and compare.sh (sourced, not run).

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

# A loopback port nothing listens on.
free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 20000))
        if ! ss -Hltn "sport = :$port" | grep -q .; then echo "$port"; return; fi
    done
    echo "no free port found" >&2
    exit 1
}
