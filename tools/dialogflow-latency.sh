#!/usr/bin/env bash
# Measures Dialogflow CX webhook latency against a running VoiceShop host (Development settings, auth mode None):
# N order-status turns for the demo shopper, then N reorder read-backs, each as a fresh request over a new connection.
# The read-backs leave unconfirmed pending purchases in that host's store; nothing is ordered.
# Usage: tools/dialogflow-latency.sh [base-url] [requests-per-kind]
set -euo pipefail
base="${1:-http://127.0.0.1:7071}"
count="${2:-200}"

body() {
  printf '{"detectIntentResponseId":"lat-%s-%s","languageCode":"en","fulfillmentInfo":{"tag":"%s"},' "$1" "$2" "$1"
  printf '"sessionInfo":{"session":"projects/p/locations/global/agents/a/sessions/lat-%s","parameters":{}},' "$2"
  printf '"pageInfo":{"currentPage":"projects/p/locations/global/agents/a/flows/f/pages/START_PAGE"},'
  printf '"text":"latency probe","payload":{"accessToken":"demo-google-token"}}'
}

for tag in order-status reorder; do
  times=()
  for i in $(seq 1 "$count"); do
    t=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
      --data "$(body "$tag" "$i")" "$base/api/dialogflow")
    [[ "${t%% *}" == "200" ]] || { echo "request $i ($tag) answered ${t%% *}" >&2; exit 1; }
    times+=("${t##* }")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v tag="$tag" '{ v[NR] = $1 * 1000 }
    END { printf "%-13s n=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms\n", tag, NR, v[int(NR*0.50)], v[int(NR*0.95)], v[int(NR*0.99)], v[NR] }'
done
