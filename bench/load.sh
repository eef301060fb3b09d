#!/usr/bin/env bash
# Load benchmark: the published VoiceShop host (Release) on SQLite and on PostgreSQL against the peer
# baseline (bench/peer-baseline, a Kestrel app that only parses the JSON), driven by wrk.
#
#   bench/load.sh            # 32 connections, 10 s per run after a 20 s warm-up
#   DURATION=30s WARMUP=40s CONNECTIONS=64 SHOPPERS=5000 bench/load.sh
#   BUILD=aot bench/load.sh  # the same rows against the Native AOT build of the host
#
# The warm-up is long because the host is a JIT build with tiered compilation and dynamic PGO: on this
# 2-core machine its hot paths take 20 to 40 s of load to reach their final code (after a 3 s warm-up,
# order status on PostgreSQL measured 10.5k requests/s; after 40 s, 19k). The figures are steady state;
# the Native AOT build has no warm-up at all (bench/coldstart.sh). BUILD=aot measures that build, which is
# the one a serverless deployment would ship for its cold start.
#
# The read rows ask for the demo shopper's order status, each request with its own request id. The write rows spread reorder + yes over SHOPPERS
# linked shoppers, each seeded with one past order (a holiday rush is many shoppers ordering a little,
# not one shopper ordering thousands of times). Even so each load shopper confirms every few seconds,
# far beyond what the per-shopper limits allow a person (6 placements a minute, $500 a day), so the host
# runs with those two limits raised: the limiter still runs on every confirmation, it just never refuses.
#
# Needs: dotnet, wrk, curl, sqlite3, and Debian's postgresql package (server binaries and psql).
# Rows alternate system and baseline so that a busy neighbour on a shared machine hurts both alike; the
# ratio is the system's requests/s over the baseline run right after it. A request unanswered after 8 s
# (Alexa's own limit for a skill) counts as an error. The write rows check afterwards
# that every "Done" the shopper heard is an order in the database.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
SHOPPERS=${SHOPPERS:-5000}
BUILD=${BUILD:-jit}
bench=$PWD/bench

work=$(mktemp -d -t voiceshop-load-XXXXXX)
pids=()
pg_bin=""
pg_data="$work/pg/data"
as_pg=()
[ "$(id -u)" = 0 ] && as_pg=(runuser -u postgres --)

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$pg_bin" ] && [ -f "$pg_data/postmaster.pid" ]; then
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

wait_healthy() { # url pid
  for _ in $(seq 1 600); do
    kill -0 "$2" 2>/dev/null || { echo "server on $1 exited; log:" >&2; cat "$work"/*.log >&2; exit 1; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$1/api/health")" = 200 ] && return
    sleep 0.1
  done
  echo "server on $1 did not become healthy" >&2
  exit 1
}

case "$BUILD" in
  jit) aot_flags=() ;;
  aot) aot_flags=(-r linux-x64 -p:PublishAot=true) ;;
  *) echo "BUILD must be jit or aot, not '$BUILD'" >&2; exit 2 ;;
esac
echo "Publishing (Release, $BUILD)..." >&2
dotnet publish functions/VoiceShop.Functions/VoiceShop.Functions.csproj -c Release "${aot_flags[@]}" -o "$work/host" --nologo -v q >&2
dotnet publish bench/peer-baseline/VoiceShop.PeerBaseline.csproj -c Release -o "$work/baseline" --nologo -v q >&2

# The demo catalog with stock that a 10 s write run cannot exhaust, so every confirmation can succeed.
sed -E 's/"stock": *[0-9]+/"stock": 100000000/g' commerce/VoiceShop.Commerce/Seed/demo-catalog.json >"$work/catalog.json"

start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$pg_bin/initdb" ] || { echo "PostgreSQL server binaries not found; apt-get install postgresql" >&2; exit 1; }
  mkdir -p "$work/pg"
  [ ${#as_pg[@]} -gt 0 ] && chown -R postgres:postgres "$work/pg" && chmod o+x "$work"
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust --no-locale --encoding=UTF8 >/dev/null
  pg_port=$(free_port)
  # Default durability (fsync, synchronous_commit): the figures include a real commit per order.
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/pg/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories=$work/pg" start >/dev/null
  psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE voiceshop;" >/dev/null
}

start_host() { # store-provider connection-string
  local port
  port=$(free_port)
  (cd "$work/host" && exec env ASPNETCORE_ENVIRONMENT=Production Alexa__VerifyRequests=false \
    Store__SeedDemoData=true Alexa__SkillIds__0=amzn1.ask.skill.voiceshop-load \
    Store__Provider="$1" Store__ConnectionString="$2" Catalog__ImportPath="$work/catalog.json" \
    Purchasing__PlacementsPerMinute=1000000 Purchasing__DailySpendingLimit=100000000 \
    ./VoiceShop.Functions --urls "http://127.0.0.1:$port" >"$work/host-$1.log" 2>&1) &
  host_pid=$!
  pids+=("$host_pid")
  host_url="http://127.0.0.1:$port"
  wait_healthy "$host_url" "$host_pid"
}

start_baseline() {
  local port
  port=$(free_port)
  (cd "$work/baseline" && exec ./VoiceShop.PeerBaseline --urls "http://127.0.0.1:$port" >"$work/baseline.log" 2>&1) &
  baseline_pid=$!
  pids+=("$baseline_pid")
  baseline_url="http://127.0.0.1:$port"
  wait_healthy "$baseline_url" "$baseline_pid"
}

run_wrk() { # url script duration -> the RESULT line
  local run="run-$(date +%s%N)-$RANDOM"
  if [ "$2" = reorder-yes.lua ]; then
    # One connection per wrk thread: each answer then belongs to the request that thread sent last.
    wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$3" --timeout 8s --latency -s "$bench/$2" "$1/api/alexa" -- "$SHOPPERS" "$run" "$CONNECTIONS" | grep '^RESULT'
  else
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --timeout 8s --latency -s "$bench/$2" "$1/api/alexa" -- "$run" | grep '^RESULT'
  fi
}

# Links SHOPPERS shoppers (tokens load-shopper-N) as copies of the demo shopper, each with a copy of her
# latest order, straight into the database the host created. Stores keep identity subjects as SHA-256 hex.
seed_shoppers() { # provider
  local sql="$work/shoppers-$1.sql" n hash
  {
    echo "BEGIN;"
    for n in $(seq 1 "$SHOPPERS"); do
      hash=$(printf 'load-shopper-%s' "$n" | sha256sum | cut -d' ' -f1)
      echo "INSERT INTO customers SELECT 'load-$n', name, time_zone, address_line1, city, region, postal_code, country, payment_token, spending_limit, currency FROM customers WHERE id = 'cust-alex';"
      echo "INSERT INTO identities (provider, subject_hash, customer_id) VALUES ('alexa', '$hash', 'load-$n');"
      echo "INSERT INTO orders (id, customer_id, lines, total, currency, status, history, carrier, expected_delivery, placed_at, payment_id) SELECT 'load-order-$n', 'load-$n', lines, total, currency, status, history, carrier, expected_delivery, placed_at, payment_id FROM orders WHERE customer_id = 'cust-alex' ORDER BY placed_at DESC LIMIT 1;"
    done
    echo "COMMIT;"
  } >"$sql"
  if [ "$1" = Sqlite ]; then
    sqlite3 "$work/voiceshop.db" <"$sql"
  else
    psql -h 127.0.0.1 -p "$pg_port" -U postgres -d voiceshop -q -f "$sql" >/dev/null
  fi
}

field() { # RESULT-line name
  sed -nE "s/.* $2=([^ ]+).*/\1/p" <<<"$1"
}

peak_rss_mb() { # pid: the kernel's high-water mark of resident memory
  awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}

orders_placed() { # provider
  if [ "$1" = Sqlite ]; then
    sqlite3 "$work/voiceshop.db" "SELECT count(*) FROM orders;"
  else
    psql -h 127.0.0.1 -p "$pg_port" -U postgres -d voiceshop -tAc "SELECT count(*) FROM orders;"
  fi
}

rows=()
row() { # label result rss ratio
  rows+=("$(printf '%-30s %9s %8s %8s %7s %8s %7s' "$1" "$(field "$2" rps)" "$(field "$2" p50_ms)" "$(field "$2" p99_ms)" \
    "$(field "$2" errors)" "$3" "$4")")
}

measure() { # label provider script
  run_wrk "$host_url" "$2" "$WARMUP" >/dev/null
  local before after system baseline
  before=$(orders_placed "$3")
  system=$(run_wrk "$host_url" "$2" "$DURATION")
  after=$(orders_placed "$3")
  run_wrk "$baseline_url" order-status.lua "$WARMUP" >/dev/null
  baseline=$(run_wrk "$baseline_url" order-status.lua "$DURATION")
  local ratio
  ratio=$(awk -v s="$(field "$system" rps)" -v b="$(field "$baseline" rps)" 'BEGIN { printf "%.0f%%", 100 * s / b }')
  row "$1" "$system" "$(peak_rss_mb "$host_pid")" "$ratio"
  row "  peer baseline" "$baseline" "$(peak_rss_mb "$baseline_pid")" ""
  if [ "$2" = reorder-yes.lua ]; then
    local placed unexpected
    placed=$(field "$system" placed)
    unexpected=$(field "$system" unexpected)
    notes+=("$1: $placed confirmations answered \"Done\", $((after - before)) orders written (in-flight confirmations at the cut-off may add a few), $(field "$system" quoted) read-backs, $unexpected unexpected answers")
    if [ "$((after - before))" -lt "$placed" ]; then
      notes+=("$1: FAILED durability: fewer orders in the database than confirmations answered")
    fi
  fi
}

notes=()
start_baseline

start_host Sqlite "Data Source=$work/voiceshop.db"
seed_shoppers Sqlite
measure "order status, SQLite" order-status.lua Sqlite
measure "reorder + yes, SQLite" reorder-yes.lua Sqlite
kill "$host_pid" && wait "$host_pid" 2>/dev/null || true

start_postgres
start_host Postgres "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=voiceshop"
seed_shoppers Postgres
measure "order status, PostgreSQL" order-status.lua Postgres
measure "reorder + yes, PostgreSQL" reorder-yes.lua Postgres

echo
echo "host: $BUILD build; wrk: $CONNECTIONS connections, $DURATION per run (after $WARMUP warm-up); writes over $SHOPPERS shoppers; $(nproc) cores; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-30s %9s %8s %8s %7s %8s %7s\n' "scenario" "req/s" "p50 ms" "p99 ms" "errors" "RSS MB" "ratio"
printf '%s\n' "${rows[@]}"
echo
printf '%s\n' "${notes[@]}"
