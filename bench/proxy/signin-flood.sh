#!/usr/bin/env bash
# The sign-in flood test of issue 9 (docs/benchmarks.md, "Sign-in flood"): the proxy's latency at
# one connection, alone and while a flood of failed sign-ins runs next to it, for each bound on
# concurrent bcrypt computations given. The flood comes "from" a new address every request
# (X-Forwarded-For, trusted for this test only), so only the bcrypt bound holds it back.
#
# Builds nothing: run `./mvnw -B package -DskipTests` first.
#
#   bench/proxy/signin-flood.sh [DURATION] [BOUND...]
#
#   DURATION  length of each wrk run (default 20s)
#   BOUND     values of masker.sign-in.max-concurrent-hashes to run with; "default" is the
#             server's own (half the processors); default: "default 64" (64: in effect no bound,
#             as before issue 9)
#
# Environment: OUT (default a new /tmp/masker-signin-flood.*), FAKE_PORT (18091), MASKER_PORT
# (18081), FLOOD_CONNECTIONS (16), BCRYPT_COST (12, the production default), WARMUP (20s).
set -Eeuo pipefail

DURATION=${1:-20s}
shift || true
BOUNDS=("$@")
((${#BOUNDS[@]})) || BOUNDS=(default 64)
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/bench/proxy
BENCH_JAR=$ROOT/masker-benchmarks/target/masker-benchmarks.jar
SERVER_JAR=$ROOT/masker-server/target/quarkus-app/quarkus-run.jar
FAKE_PORT=${FAKE_PORT:-18091}
MASKER_PORT=${MASKER_PORT:-18081}
FLOOD_CONNECTIONS=${FLOOD_CONNECTIONS:-16}
BCRYPT_COST=${BCRYPT_COST:-12}
WARMUP=${WARMUP:-20s}
OUT=${OUT:-$(mktemp -d /tmp/masker-signin-flood.XXXXXX)}
ADMIN_EMAIL=bench@localhost
ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
MASKER=http://127.0.0.1:$MASKER_PORT
FAKE_PID=
SERVER_PID=

die() { printf 'signin-flood.sh: %s\n' "$*" >&2; exit 1; }
stop() {
  local pid=$1
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
}
stop_server() {
  stop "$SERVER_PID"
  SERVER_PID=
  local postmaster=$OUT/data/postgres/postmaster.pid
  [[ -f $postmaster ]] && stop "$(head -1 "$postmaster")"
  rm -rf "$OUT/data"
}
cleanup() {
  local status=$?
  stop_server
  stop "$FAKE_PID"
  echo "logs and raw results: $OUT"
  exit "$status"
}

[[ -f $BENCH_JAR && -f $SERVER_JAR ]] || die "run ./mvnw -B package -DskipTests first"
for tool in wrk jq curl; do command -v "$tool" >/dev/null || die "$tool is missing"; done
mkdir -p "$OUT"
trap cleanup EXIT

{
  echo "cores: $(nproc), $(lscpu | sed -n 's/^Model name: *//p'), memory $(free -g | awk '/^Mem:/ {print $2}') GiB"
  java -version 2>&1 | head -1
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/machine.txt"

java -cp "$BENCH_JAR" dev.masker.benchmarks.FakeUpstream --port "$FAKE_PORT" >"$OUT/fake.log" 2>&1 &
FAKE_PID=$!

# start_server BOUND: Masker in local mode, trusting X-Forwarded-For (this test only).
start_server() {
  local bound=()
  [[ $1 == default ]] || bound=(-Dmasker.sign-in.max-concurrent-hashes="$1")
  env -u MASKER_DATABASE_URL MASKER_DATA_DIR="$OUT/data" QUARKUS_HTTP_PORT="$MASKER_PORT" \
    QUARKUS_MANAGEMENT_PORT=0 MASKER_PUBLIC_URL="$MASKER" \
    MASKER_BOOTSTRAP_ADMIN_EMAIL="$ADMIN_EMAIL" MASKER_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java -Dmasker.upstreams.fake.base-url="http://127.0.0.1:$FAKE_PORT/v1" \
    -Dmasker.bcrypt-cost="$BCRYPT_COST" "${bound[@]}" \
    -Dquarkus.http.proxy.proxy-address-forwarding=true -Dquarkus.http.proxy.allow-x-forwarded=true \
    -jar "$SERVER_JAR" >>"$OUT/server-$1.log" 2>&1 &
  SERVER_PID=$!
  for i in $(seq 120); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$MASKER/health") == 200 ]] && break
    kill -0 "$SERVER_PID" 2>/dev/null || die "the server stopped; see $OUT/server-$1.log"
    ((i < 120)) || die "no healthy server after 120 s"
    sleep 1
  done
  curl -sf -c "$OUT/cookies.txt" -H 'Content-Type: application/json' \
    -d "{\"email\": \"$ADMIN_EMAIL\", \"password\": \"$ADMIN_PASSWORD\"}" \
    "$MASKER/api/v1/auth/login" || die "sign-in failed"
  AGENT=$(curl -sf -b "$OUT/cookies.txt" -H 'Content-Type: application/json' \
    -d '{"name": "flood test", "upstream": "fake:bench-model"}' \
    "$MASKER/api/v1/agents" | jq -r .agent.id) || die "creating the agent failed"
  PROXY_URL=$MASKER/proxy/$AGENT/v1/chat/completions
}

# The share of the machine's CPU in use over 2 seconds, in percent.
cpu_busy() {
  local stat0 stat1
  stat0=$(head -1 /proc/stat)
  sleep 2
  stat1=$(head -1 /proc/stat)
  printf '%s\n%s\n' "$stat0" "$stat1" | awk '
    { busy[NR] = $2 + $3 + $4 + $7 + $8; total[NR] = busy[NR] + $5 + $6 }
    END { printf "%d\n", 100 * (busy[2] - busy[1]) / (total[2] - total[1]) }'
}

# Waits (up to 2 minutes) until the machine is idle: sign-ins still being checked after a flood
# (the server finishes what it accepted) must not weigh on the next run.
settle() {
  local busy
  for _ in $(seq 60); do
    busy=$(cpu_busy)
    ((busy > 10)) || return 0
  done
  echo "WARNING: the machine is still $busy% busy"
}

proxy_load() {
  wrk -t1 -c1 -d"$1" --timeout 30s --latency -s "$HERE/post.lua" "$PROXY_URL" \
    -- "$HERE/turn.json" calls 1
}

: >"$OUT/results.txt"
for bound in "${BOUNDS[@]}"; do
  printf '\n== masker.sign-in.max-concurrent-hashes: %s (bcrypt cost %s)\n' "$bound" "$BCRYPT_COST"
  start_server "$bound"
  wrk -t1 -c"$FLOOD_CONNECTIONS" -d10s --timeout 30s -s "$HERE/signin-flood.lua" \
    "$MASKER/api/v1/auth/login" -- "$ADMIN_EMAIL" >/dev/null
  settle
  proxy_load "$WARMUP" >/dev/null
  settle
  alone=$(proxy_load "$DURATION" | grep '^RESULT')
  echo "$bound alone $alone" | tee -a "$OUT/results.txt"
  wrk -t1 -c"$FLOOD_CONNECTIONS" -d"$DURATION" --timeout 30s -s "$HERE/signin-flood.lua" \
    "$MASKER/api/v1/auth/login" -- "$ADMIN_EMAIL" >"$OUT/flood-$bound.txt" 2>&1 &
  flood=$!
  during=$(proxy_load "$DURATION" | grep '^RESULT')
  wait "$flood"
  echo "$bound flood $during" | tee -a "$OUT/results.txt"
  echo "$bound load average at the end of the flood: $(cut -d' ' -f1 /proc/loadavg)" \
    | tee -a "$OUT/results.txt"
  echo "$bound flood $(grep '^FLOOD' "$OUT/flood-$bound.txt")" | tee -a "$OUT/results.txt"
  settle
  good=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"email\": \"$ADMIN_EMAIL\", \"password\": \"$ADMIN_PASSWORD\"}" "$MASKER/api/v1/auth/login")
  echo "$bound after the flood, the right password from this machine: $good" | tee -a "$OUT/results.txt"
  stop_server
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
