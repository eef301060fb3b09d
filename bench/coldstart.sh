#!/usr/bin/env bash
# Cold start: milliseconds from process start to the first 200 on an Alexa order-status request, for the
# normal Release build (JIT) and the Native AOT build, 5 runs each, median. The SQLite database is created
# and seeded once before the timed runs, as it would already exist when a function instance starts.
# As a yardstick for the machine, the same is timed for the peer baseline (bench/peer-baseline: Kestrel,
# parse the JSON, answer a fixed body) built with Native AOT: this machine's start-up speed differs from day
# to day (34 ms for our AOT build on 24 Nov 2026, 124 ms on 4 Dec with the same code), and the ratio to a
# bare AOT app, like the load ratios in load.sh, says what our own start-up costs.
#
#   bench/coldstart.sh           # RUNS=9 bench/coldstart.sh for more runs
#
# Needs: dotnet (and gcc/clang for the AOT link), bash 5 (for /dev/tcp and EPOCHREALTIME).
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C # Content-Length below counts bytes

RUNS=${RUNS:-5}
work=$(mktemp -d -t voiceshop-coldstart-XXXXXX)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "Publishing the Release build, the Native AOT build and the peer baseline's Native AOT build..." >&2
dotnet publish functions/VoiceShop.Functions/VoiceShop.Functions.csproj -c Release -o "$work/jit" --nologo -v q >&2
dotnet publish functions/VoiceShop.Functions/VoiceShop.Functions.csproj -c Release -r linux-x64 -p:PublishAot=true \
  -o "$work/aot" --nologo -v q >&2
dotnet publish bench/peer-baseline/VoiceShop.PeerBaseline.csproj -c Release -r linux-x64 -p:PublishAot=true \
  -o "$work/baseline-aot" --nologo -v q >&2

body="$work/order-status.json"
cat >"$body" <<EOF
{"version":"1.0","session":{"new":true,"sessionId":"amzn1.echo-api.session.cold","application":{"applicationId":"amzn1.ask.skill.voiceshop-cold"},"attributes":{},"user":{"userId":"amzn1.ask.account.cold","accessToken":"demo-token"}},"context":{"System":{"application":{"applicationId":"amzn1.ask.skill.voiceshop-cold"},"user":{"userId":"amzn1.ask.account.cold","accessToken":"demo-token"},"device":{"deviceId":"amzn1.ask.device.cold","supportedInterfaces":{}},"apiEndpoint":"https://api.amazonalexa.com"}},"request":{"type":"IntentRequest","requestId":"amzn1.echo-api.request.cold","timestamp":"$(date -u +%Y-%m-%dT%H:%M:%SZ)","locale":"en-US","dialogState":"STARTED","intent":{"name":"OrderStatusIntent","confirmationStatus":"NONE","slots":{}}}}
EOF

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# A FIFO nobody writes to: `read -t` on it is a pause that starts no process.
mkfifo "$work/idle"
exec 9<>"$work/idle"
body_text=$(cat "$body")

# Starts ./$2 (the host by default) in the folder $1 and prints the milliseconds until the first 200 answer
# to the order-status body.
# The poller uses bash's own /dev/tcp and clock, so it starts no process per attempt: a curl per attempt
# took CPU from the server it was timing (2 cores) and added a few milliseconds to every figure.
time_to_first_answer() {
  local build=$1 executable=${2:-VoiceShop.Functions} port start status=""
  port=$(free_port)
  start=$EPOCHREALTIME
  (cd "$build" && exec env ASPNETCORE_ENVIRONMENT=Production Alexa__VerifyRequests=false \
    Store__SeedDemoData=true Alexa__SkillIds__0=amzn1.ask.skill.voiceshop-cold \
    Store__ConnectionString="Data Source=$work/voiceshop.db" "./$executable" --urls "http://127.0.0.1:$port" >/dev/null 2>&1) &
  server_pid=$!
  until [ "$status" = 200 ]; do
    kill -0 "$server_pid" 2>/dev/null || { echo "the server exited" >&2; exit 1; }
    if { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
      printf 'POST /api/alexa HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: %s\r\nConnection: close\r\n\r\n%s' \
        "${#body_text}" "$body_text" >&3
      read -r _ status _ <&3 || status=""
      exec 3<&-
    else
      read -r -t 0.001 -u 9 || true
    fi
  done
  local end=$EPOCHREALTIME
  echo $(((${end/./} - ${start/./}) / 1000))
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

time_to_first_answer "$work/jit" >/dev/null # creates and seeds the database, untimed
echo "cold start to first 200 on Alexa order status ($RUNS runs each; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg))"
declare -A medians
for build in jit aot baseline-aot; do
  case "$build" in
    jit) label="Release (JIT)" executable=VoiceShop.Functions ;;
    aot) label="Native AOT" executable=VoiceShop.Functions ;;
    baseline-aot) label="peer baseline, Native AOT" executable=VoiceShop.PeerBaseline ;;
  esac
  times=()
  for _ in $(seq 1 "$RUNS"); do
    times+=("$(time_to_first_answer "$work/$build" "$executable")")
  done
  medians[$build]=$(printf '%s\n' "${times[@]}" | median)
  printf '%-26s median %5s ms   runs: %s\n' "$label" "${medians[$build]}" "${times[*]}"
done
awk -v host="${medians[aot]}" -v bare="${medians[baseline-aot]}" \
  'BEGIN { printf "Native AOT host over the bare AOT app: %.1fx (%s ms more)\n", host / bare, host - bare }'
