#!/usr/bin/env bash
# BenchmarkDotNet micro-benchmarks of one Alexa turn (Release, in process). Extra arguments go to
# BenchmarkDotNet, e.g. bench/run-benchmarks.sh --filter '*OrderStatus*'.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
  set -- --filter '*'
fi
dotnet run -c Release --project bench/VoiceShop.Benchmarks -- "$@"
