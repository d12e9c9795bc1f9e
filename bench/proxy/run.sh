#!/usr/bin/env bash
# The proxy load test of issue 4 (docs/benchmarks.md, "Proxy load test"): wrk against a fake
# OpenAI-compatible upstream directly and, in the same run, through the Masker proxy in front of
# that same upstream, so the latency the proxy adds is a difference measured side by side.
#
# Builds nothing: run `./mvnw -B package -DskipTests` first (it makes the server and
# masker-benchmarks/target/masker-benchmarks.jar).
#
#   bench/proxy/run.sh [DURATION] [MEMORY_DURATION]
#
#   DURATION         length of each wrk run, in wrk's form (default 30s)
#   MEMORY_DURATION  then a run of that length (e.g. 5m) through the proxy at 32 connections,
#                    sampling the server's memory every 10 s; 0 (the default) skips it
#
# Environment: OUT (where results and logs go; default a new /tmp/masker-proxy-bench.*),
# FAKE_PORT (18090), MASKER_PORT (18080), MANAGEMENT_PORT (18089: the server's metrics), WARMUP (wrk form, default 30s per target and body; the
# server's JIT compiler needs about a minute of load to settle), RATE (1050: the paced runs),
# TTFB_REQUESTS (5000), MODE (calls | repeat | none: what the proxy sees, see post.lua; default
# calls, one call per connection, a new turn every request), SERVER_JAVA_OPTS.
#
# Exit status: 0 when everything was measured, 2 when the proxy could not be (then the direct
# figures are still measured and printed), 1 on any other failure.
set -Eeuo pipefail

DURATION=${1:-30s}
MEMORY_DURATION=${2:-0}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/bench/proxy
BENCH_JAR=$ROOT/masker-benchmarks/target/masker-benchmarks.jar
SERVER_JAR=$ROOT/masker-server/target/quarkus-app/quarkus-run.jar
FAKE_PORT=${FAKE_PORT:-18090}
MASKER_PORT=${MASKER_PORT:-18080}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-18089}
WARMUP=${WARMUP:-30s}
RATE=${RATE:-1050}
TTFB_REQUESTS=${TTFB_REQUESTS:-5000}
MODE=${MODE:-calls}
OUT=${OUT:-$(mktemp -d /tmp/masker-proxy-bench.XXXXXX)}
ADMIN_EMAIL=bench@localhost
ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
MASKER=http://127.0.0.1:$MASKER_PORT
METRICS=http://127.0.0.1:$MANAGEMENT_PORT/q/metrics
DIRECT_URL=http://127.0.0.1:$FAKE_PORT/v1/chat/completions
PROXY_URL=
FAKE_PID=
SERVER_PID=
loads=()

say() { printf '\n== %s\n' "$*"; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

stop() {
  local pid=$1
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$? pid
  for pid in "${loads[@]}"; do stop "$pid"; done
  stop "$SERVER_PID"
  # The server stops its PostgreSQL when it exits; after a kill -9 it cannot.
  local postmaster=$OUT/data/postgres/postmaster.pid
  [[ -f $postmaster ]] && stop "$(head -1 "$postmaster")"
  stop "$FAKE_PID"
  rm -rf "$OUT/data"
  [[ -s $OUT/fake.log ]] && tail -1 "$OUT/fake.log"
  echo "logs and raw results: $OUT"
  exit "$status"
}

# --- Preconditions ---------------------------------------------------------------------------
[[ -f $BENCH_JAR && -f $SERVER_JAR ]] \
  || die "missing $BENCH_JAR or $SERVER_JAR: run ./mvnw -B package -DskipTests first"
for tool in wrk jq curl; do
  if ! command -v "$tool" >/dev/null; then
    [[ $(id -u) == 0 ]] || die "$tool is missing: apt-get install -y $tool"
    apt-get update -qq && apt-get install -y -qq "$tool" >/dev/null
  fi
done
for port in "$FAKE_PORT" "$MASKER_PORT" "$MANAGEMENT_PORT"; do
  ! curl -s -o /dev/null "http://127.0.0.1:$port/" || die "port $port is in use"
done
mkdir -p "$OUT"
trap cleanup EXIT
trap 'echo "run.sh: a command failed at line $LINENO" >&2' ERR
trap 'exit 130' INT TERM

say "machine"
{
  echo "cores: $(nproc), $(lscpu | sed -n 's/^Model name: *//p'), memory $(free -g | awk '/^Mem:/ {print $2}') GiB"
  java -version 2>&1 | head -1
  (wrk --version 2>&1 || true) | head -1
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/machine.txt"

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

# Waits (up to 2 minutes) until the machine is idle: a run must not inherit work from another one.
settle() {
  local busy
  for _ in $(seq 60); do
    busy=$(cpu_busy)
    ((busy > 10)) || return 0
  done
  echo "WARNING: the machine is still $busy% busy; busiest processes:"
  ps -eo pid=,pcpu=,args= --sort=-pcpu | head -3 | cut -c1-120
}

# CPU ticks used so far by each process that is neither this script nor one it started.
foreign_ticks() {
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v me=$$ '
    { pid = $1; rest = $0; sub(/^.*\) /, "", rest); split(rest, f, " ")
      parent[pid] = f[2]; ticks[pid] = f[12] + f[13] }
    END { for (p in ticks) { q = p; while (q > 1 && q != me) q = parent[q]; if (q != me) print p, ticks[p] } }'
}

# The CPU other processes used between a foreign_ticks snapshot (stdin) and now, in percent of one
# core over SECONDS ($1).
foreign_cpu() {
  { cat; echo "--"; foreign_ticks; } | awk -v seconds="$1" -v hz="$(getconf CLK_TCK)" '
    $1 == "--" { after = 1; next }
    !after { before[$1] = $2; next }
    { used += $2 - before[$1] }
    END { printf "%d\n", 100 * used / hz / seconds }'
}

echo "cpu busy before the run: $(cpu_busy)%" | tee -a "$OUT/machine.txt"

# --- The fake upstream and the server --------------------------------------------------------
say "starting the fake upstream on port $FAKE_PORT"
java -cp "$BENCH_JAR" dev.masker.benchmarks.FakeUpstream --port "$FAKE_PORT" >"$OUT/fake.log" 2>&1 &
FAKE_PID=$!
for _ in $(seq 50); do
  curl -s -o /dev/null --max-time 2 -H 'Content-Type: application/json' \
    --data-binary @"$HERE/turn.json" "$DIRECT_URL" && break
  kill -0 "$FAKE_PID" 2>/dev/null || die "the fake upstream did not start: $(cat "$OUT/fake.log")"
  sleep 0.2
done

say "starting Masker in local mode on port $MASKER_PORT (data in $OUT/data)"
# shellcheck disable=SC2086 # SERVER_JAVA_OPTS is a list of options
env -u MASKER_DATABASE_URL \
  MASKER_DATA_DIR="$OUT/data" \
  QUARKUS_HTTP_PORT="$MASKER_PORT" \
  QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
  MASKER_PUBLIC_URL="$MASKER" \
  MASKER_BOOTSTRAP_ADMIN_EMAIL="$ADMIN_EMAIL" \
  MASKER_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  java ${SERVER_JAVA_OPTS:-} -Dmasker.upstreams.fake.base-url="http://127.0.0.1:$FAKE_PORT/v1" \
  -jar "$SERVER_JAR" >"$OUT/server.log" 2>&1 &
SERVER_PID=$!
for i in $(seq 120); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$MASKER/health") == 200 ]] && break
  kill -0 "$SERVER_PID" 2>/dev/null || die "the server stopped; see $OUT/server.log"
  ((i < 120)) || die "no healthy server after 120 s; see $OUT/server.log"
  sleep 1
done

say "signing in and creating the agent (upstream fake:bench-model, vault-deterministic)"
curl -sf -c "$OUT/cookies.txt" -H 'Content-Type: application/json' \
  -d "{\"email\": \"$ADMIN_EMAIL\", \"password\": \"$ADMIN_PASSWORD\"}" \
  "$MASKER/api/v1/auth/login" || die "sign-in failed"
AGENT=$(curl -sf -b "$OUT/cookies.txt" -H 'Content-Type: application/json' \
  -d '{"name": "load test", "upstream": "fake:bench-model", "tokenization": "vault-deterministic"}' \
  "$MASKER/api/v1/agents" | jq -r .agent.id) || die "creating the agent failed"
echo "agent $AGENT"

say "checking the proxy with one request of each kind"
direct_answer=$(curl -s --max-time 10 -H 'Content-Type: application/json' \
  --data-binary @"$HERE/turn.json" "$DIRECT_URL" | jq -r '.choices[0].message.content')
for body in turn turn-stream; do
  code=$(curl -s --max-time 15 -o "$OUT/probe-$body.txt" -w '%{http_code}' \
    -H 'Content-Type: application/json' -H 'Masker-Session-Id: bench-probe' \
    --data-binary @"$HERE/$body.json" "$MASKER/proxy/$AGENT/v1/chat/completions") || true
  if [[ $code != 200 ]]; then
    printf 'THE PROXY IS NOT MEASURED: POST /proxy/%s/v1/chat/completions answered %s: %s\n' \
      "$AGENT" "${code:-nothing (timeout)}" "$(head -c 300 "$OUT/probe-$body.txt")"
    echo "(the proxy endpoint is probably not on this branch yet); the direct figures follow."
    PROXY_URL=
    break
  fi
  PROXY_URL=$MASKER/proxy/$AGENT/v1/chat/completions
done
if [[ -n $PROXY_URL ]]; then
  proxy_answer=$(jq -r '.choices[0].message.content' "$OUT/probe-turn.txt")
  streamed_answer=$(sed -n 's/^data: //p' "$OUT/probe-turn-stream.txt" | { grep -v '^\[DONE\]' || true; } \
    | jq -j '.choices[0].delta.content // empty')
  if [[ $proxy_answer == "$direct_answer" && $streamed_answer == "$direct_answer" ]]; then
    echo "both answers through the proxy equal the direct one (rehydrated)"
  else
    printf 'WARNING: an answer through the proxy differs from the direct one:\n%s\n%s\n' \
      "$proxy_answer" "$streamed_answer"
  fi
fi

# --- Measurements ----------------------------------------------------------------------------
# load URL BODY THREADS CONNECTIONS DURATION [RATE]: wrk with post.lua, one call per connection;
# with a RATE, requests paced at that many per second instead of as fast as answers come back.
load() {
  wrk -t"$3" -c"$4" -d"$5" --timeout 30s --latency -s "$HERE/post.lua" "$1" \
    -- "$HERE/$2.json" "$MODE" $(($4 / $3)) ${6:+"$6" "$3"}
}

# The server's time per proxy stage so far, as "stage sum|count value" lines (none without metrics).
# Metrics are on the management interface, not on the proxy's port.
stages() {
  { curl -s --max-time 5 "$METRICS" || true; } \
    | sed -n 's/^masker_request_duration_seconds_\(sum\|count\){stage="\([a-z]*\)"} \(.*\)/\2 \1 \3/p'
}

# run NAME URL BODY THREADS CONNECTIONS DURATION: one wrk run, its RESULT line kept under NAME.
run() {
  local name=$1 before result others started
  shift
  settle
  before=$(stages)
  others=$(foreign_ticks)
  started=$SECONDS
  load "$@" >"$OUT/$name.txt" 2>&1 || die "wrk failed: $(cat "$OUT/$name.txt")"
  result=$(grep '^RESULT' "$OUT/$name.txt") || die "no RESULT line in $OUT/$name.txt"
  others=$(foreign_cpu $((SECONDS - started)) <<<"$others")
  echo "$name $result others_cpu_pct=$others" | tee -a "$OUT/results.txt"
  [[ $result == *"socket_errors=0 non2xx=0" ]] || echo "WARNING: $name had errors, see $OUT/$name.txt"
  ((others < 5)) || echo "WARNING: other processes used $others% of a core during $name: noisy"
  # The mean time per turn of each stage during this run, from the server's own metrics.
  [[ $name == *-proxy ]] && { echo "$before" | sed 's/^/before /'; stages | sed 's/^/after /'; } \
    | awk -v name="$name" '
        { value[$1, $2, $3] = $4 }
        END {
          n = split("detection tokenize upstream rehydrate", stage)
          for (i = 1; i <= n; i++) {
            s = stage[i]
            count = value["after", s, "count"] - value["before", s, "count"]
            if (count <= 0) exit
            line = line sprintf(" %s_ms=%.3f", s, 1000 * (value["after", s, "sum"] - value["before", s, "sum"]) / count)
          }
          print name " STAGES" line
        }' | tee -a "$OUT/stages.txt"
  return 0
}

targets=(direct)
[[ -n $PROXY_URL ]] && targets+=(proxy)
url_of() { [[ $1 == direct ]] && echo "$DIRECT_URL" || echo "$PROXY_URL"; }

say "warming up ($WARMUP per target and body, 32 connections)"
for target in "${targets[@]}"; do
  for body in turn turn-stream; do
    load "$(url_of "$target")" "$body" 2 32 "$WARMUP" >/dev/null
  done
done

say "wrk, $DURATION each: direct, then through the proxy"
: >"$OUT/results.txt"
for kind in plain stream; do
  body=$([[ $kind == plain ]] && echo turn || echo turn-stream)
  for connections in 1 32; do
    threads=$((connections == 1 ? 1 : 2))
    for target in "${targets[@]}"; do
      run "$kind-c$connections-$target" "$(url_of "$target")" "$body" "$threads" "$connections" \
        "$DURATION"
    done
  done
  # 32 connections paced at RATE requests/s: the latency at a given load rather than at saturation.
  for target in "${targets[@]}"; do
    run "$kind-c32-${RATE}rps-$target" "$(url_of "$target")" "$body" 2 32 "$DURATION" "$RATE"
  done
done

say "time to first byte of streamed answers, 1 connection, $TTFB_REQUESTS requests"
for target in "${targets[@]}"; do
  settle
  others=$(foreign_ticks)
  started=$SECONDS
  java -cp "$BENCH_JAR" dev.masker.benchmarks.TtfbClient --url "$(url_of "$target")" \
    --body "$HERE/turn-stream.json" --requests "$TTFB_REQUESTS" --warmup 1000 \
    --label "$target" | tee -a "$OUT/ttfb.txt"
  others=$(foreign_cpu $((SECONDS - started)) <<<"$others")
  ((others < 5)) || echo "WARNING: other processes used $others% of a core meanwhile: noisy"
done

# --- Summary ---------------------------------------------------------------------------------
say "summary (ms; added = proxy minus direct, percentile by percentile; others = CPU other processes used, % of a core)"
awk '
  function field(line, key) { return match(line, key "=[0-9.]+") ? substr(line, RSTART + length(key) + 1, RLENGTH - length(key) - 1) : "" }
  $1 ~ /-direct$/ { scenario = substr($1, 1, length($1) - 7); direct[scenario] = $0; order[++n] = scenario }
  $1 ~ /-proxy$/ { proxy[substr($1, 1, length($1) - 6)] = $0 }
  END {
    printf "%-19s %-7s %9s %8s %8s %8s %8s %7s\n", "scenario", "target", "req/s", "p50", "p90", "p99", "max", "others"
    for (i = 1; i <= n; i++) {
      s = order[i]
      printf "%-19s %-7s %9.0f %8.3f %8.3f %8.3f %8.3f %6d%%\n", s, "direct", field(direct[s], "rps"), field(direct[s], "p50_ms"), field(direct[s], "p90_ms"), field(direct[s], "p99_ms"), field(direct[s], "max_ms"), field(direct[s], "others_cpu_pct")
      if (!(s in proxy)) { printf "%-19s %-7s %s\n", "", "proxy", "not measured"; continue }
      printf "%-19s %-7s %9.0f %8.3f %8.3f %8.3f %8.3f %6d%%\n", "", "proxy", field(proxy[s], "rps"), field(proxy[s], "p50_ms"), field(proxy[s], "p90_ms"), field(proxy[s], "p99_ms"), field(proxy[s], "max_ms"), field(proxy[s], "others_cpu_pct")
      printf "%-19s %-7s %9s %+8.3f %+8.3f %+8.3f\n", "", "added", "", field(proxy[s], "p50_ms") - field(direct[s], "p50_ms"), field(proxy[s], "p90_ms") - field(direct[s], "p90_ms"), field(proxy[s], "p99_ms") - field(direct[s], "p99_ms")
    }
  }' "$OUT/results.txt" | tee "$OUT/summary.txt"
if [[ -s $OUT/stages.txt ]]; then
  printf '\nmean ms per proxied turn in each stage, from the server'"'"'s metrics\n'
  awk '{ printf "%-19s", substr($1, 1, length($1) - 6); for (f = 3; f <= NF; f++) { split($f, kv, "="); printf " %s %8.3f", substr(kv[1], 1, length(kv[1]) - 3), kv[2] } print "" }' \
    "$OUT/stages.txt" | tee -a "$OUT/summary.txt"
fi
echo
awk '
  { target = substr($2, 7); moment = substr($4, 8); if (!(moment in seen)) { seen[moment]; order[++n] = moment }
    for (f = 5; f <= 8; f++) { split($f, kv, "="); v[target, moment, f] = kv[2] } }
  END {
    printf "%-19s %-7s %9s %8s %8s %8s %8s\n", "streamed, 1 conn", "target", "", "p50", "p90", "p99", "max"
    for (i = 1; i <= n; i++) {
      m = order[i]
      printf "%-19s %-7s %9s %8.3f %8.3f %8.3f %8.3f\n", m, "direct", "", v["direct", m, 5], v["direct", m, 6], v["direct", m, 7], v["direct", m, 8]
      if (!(("proxy", m, 5) in v)) { printf "%-19s %-7s %s\n", "", "proxy", "not measured"; continue }
      printf "%-19s %-7s %9s %8.3f %8.3f %8.3f %8.3f\n", "", "proxy", "", v["proxy", m, 5], v["proxy", m, 6], v["proxy", m, 7], v["proxy", m, 8]
      printf "%-19s %-7s %9s %+8.3f %+8.3f %+8.3f\n", "", "added", "", v["proxy", m, 5] - v["direct", m, 5], v["proxy", m, 6] - v["direct", m, 6], v["proxy", m, 7] - v["direct", m, 7]
    }
  }' "$OUT/ttfb.txt" | tee -a "$OUT/summary.txt"

# --- Memory ----------------------------------------------------------------------------------
if [[ $MEMORY_DURATION != 0 && -n $PROXY_URL ]]; then
  say "memory: $MEMORY_DURATION through the proxy, 16 connections non-streamed + 16 streamed"
  heap_after_gc() {
    jcmd "$SERVER_PID" GC.run >/dev/null
    jcmd "$SERVER_PID" GC.heap_info | awk '/garbage-first heap|total.*used/ { for (i = 1; i <= NF; i++) if ($i == "used") { sub(/K,?/, "", $(i + 1)); printf "%.1f", $(i + 1) / 1024; exit } }'
  }
  settle
  echo "live heap after a full GC, before: $(heap_after_gc) MiB" | tee "$OUT/memory.txt"
  for body in turn turn-stream; do
    load "$PROXY_URL" "$body" 1 16 "$MEMORY_DURATION" >"$OUT/memory-$body.txt" 2>&1 &
    loads+=($!)
  done
  printf '%8s %10s %14s %14s\n' seconds rss_mib heap_used_mib old_gen_mib | tee -a "$OUT/memory.txt"
  start=$SECONDS
  while kill -0 "${loads[@]}" 2>/dev/null; do
    rss=$(ps -o rss= -p "$SERVER_PID")
    read -r heap old < <(jstat -gc "$SERVER_PID" | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i } NR == 2 { printf "%.1f %.1f\n", ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024, $col["OU"] / 1024 }')
    printf '%8d %10.1f %14s %14s\n' $((SECONDS - start)) "$((rss / 1024))" "$heap" "$old" \
      | tee -a "$OUT/memory.txt"
    sleep 10
  done
  wait "${loads[@]}"
  echo "live heap after a full GC, after: $(heap_after_gc) MiB" | tee -a "$OUT/memory.txt"
  for body in turn turn-stream; do
    echo "$body $(grep '^RESULT' "$OUT/memory-$body.txt")" | tee -a "$OUT/memory.txt"
  done
fi

[[ -n $PROXY_URL ]] || exit 2
