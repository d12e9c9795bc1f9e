#!/usr/bin/env bash
# One big message through the proxy: a 1 MiB (or SIZE bytes) user message of voice-call text with
# a name, a phone number and a member id in every sentence, sent RUNS times to a local-mode server
# whose agent uses the built-in stub upstream (TOKENIZATION chooses its token scheme, default
# vault-deterministic). Prints each turn's total time as curl saw it, the
# masked values the stub received, and how many event rows the turns wrote.
#
#   ./mvnw -B package -DskipTests      # once: the script builds nothing
#   bench/proxy/big-message.sh         # SIZE=1048576 RUNS=5 MASKER_PORT=18080 MANAGEMENT_PORT=18089
#
# Needs curl, jq and psql (installed with apt-get when missing and run as root).
set -Eeuo pipefail

SIZE=${SIZE:-1048576}
RUNS=${RUNS:-5}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SERVER_JAR=$ROOT/masker-server/target/quarkus-app/quarkus-run.jar
MASKER_PORT=${MASKER_PORT:-18080}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-18089}
OUT=${OUT:-$(mktemp -d /tmp/masker-big-message.XXXXXX)}
ADMIN_EMAIL=bench@localhost
ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
MASKER=http://127.0.0.1:$MASKER_PORT
SERVER_PID=

die() { printf 'big-message.sh: %s\n' "$*" >&2; exit 1; }

cleanup() {
  local status=$?
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    for _ in $(seq 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
  fi
  rm -rf "$OUT/data"
  echo "logs: $OUT"
  exit "$status"
}

[[ -f $SERVER_JAR ]] || die "missing $SERVER_JAR: run ./mvnw -B package -DskipTests first"
for tool in jq curl psql; do
  if ! command -v "$tool" >/dev/null; then
    [[ $(id -u) == 0 ]] || die "$tool is missing: apt-get install -y $tool"
    package=$tool
    [[ $tool == psql ]] && package=postgresql-client
    apt-get update -qq && apt-get install -y -qq "$package" >/dev/null
  fi
done
mkdir -p "$OUT"
trap cleanup EXIT

echo "cores: $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
MASKER_DATA_DIR="$OUT/data" QUARKUS_HTTP_PORT="$MASKER_PORT" QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
  MASKER_PUBLIC_URL="$MASKER" MASKER_MAX_REQUEST_BYTES=$((SIZE * 2 + 65536)) \
  MASKER_BOOTSTRAP_ADMIN_EMAIL="$ADMIN_EMAIL" MASKER_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  java -jar "$SERVER_JAR" >"$OUT/server.log" 2>&1 &
SERVER_PID=$!
for i in $(seq 120); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$MASKER/health") == 200 ]] && break
  kill -0 "$SERVER_PID" 2>/dev/null || die "the server stopped; see $OUT/server.log"
  ((i < 120)) || die "no healthy server after 120 s; see $OUT/server.log"
  sleep 1
done

curl -sf -c "$OUT/cookies.txt" -H 'Content-Type: application/json' \
  -d "{\"email\": \"$ADMIN_EMAIL\", \"password\": \"$ADMIN_PASSWORD\"}" \
  "$MASKER/api/v1/auth/login" || die "sign-in failed"
AGENT=$(curl -sf -b "$OUT/cookies.txt" -H 'Content-Type: application/json' \
  -d "{\"name\": \"big message\", \"upstream\": \"stub\", \"tokenization\": \"${TOKENIZATION:-vault-deterministic}\"}" \
  "$MASKER/api/v1/agents" | jq -r .agent.id)

# The message: sentences of a long call, each with a name, a phone number and a member id.
i=0
: >"$OUT/message.txt"
while (($(stat -c %s "$OUT/message.txt") < SIZE)); do
  for _ in $(seq 200); do
    printf 'um so this is Maria Lopez again, you can call me back at 415 555 %04d or on my cell,' \
      $((i % 10000)) >>"$OUT/message.txt"
    printf ' my member id is XJH%09d and I need my refill moved to next week please. ' \
      $((100000000 + i)) >>"$OUT/message.txt"
    i=$((i + 1))
  done
done
truncate -s "$SIZE" "$OUT/message.txt"
jq -Rs '{model: "stub", messages: [{role: "user", content: .}]}' "$OUT/message.txt" >"$OUT/body.json"
echo "message: $(stat -c %s "$OUT/message.txt") bytes, $i sentences; body $(stat -c %s "$OUT/body.json") bytes"

for run in $(seq "$RUNS"); do
  curl -s -o "$OUT/answer-$run.json" -w "turn $run: %{http_code} in %{time_total} s\n" \
    -H 'Content-Type: application/json' -H "Masker-Session-Id: big-$run" \
    --data-binary @"$OUT/body.json" "$MASKER/proxy/$AGENT/v1/chat/completions"
done
jq -r '.stub_received' "$OUT/answer-1.json" | grep -o 'MSKV1\.[A-Z_]*\.' | sort | uniq -c
if jq -r '.stub_received' "$OUT/answer-1.json" | grep -q 'Lopez\|555 0\|XJH1'; then
  echo "A VALUE WENT UPSTREAM IN CLEAR"
fi

# Event rows, once the turn log has written (it writes within a second).
sleep 3
password=$(sed -n 's/^MASKER_LOCAL_DATABASE_PASSWORD=//p' "$OUT/data/keys.properties")
port=$(sed -n 4p "$OUT/data/postgres/postmaster.pid" 2>/dev/null || true)
if [[ -n $port ]]; then
  PGPASSWORD=$password psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -At \
    -c "select count(*) || ' event rows for ' || coalesce(sum(count), 0) || ' values' from session_events where kind = 'redaction'" \
    || true
fi
