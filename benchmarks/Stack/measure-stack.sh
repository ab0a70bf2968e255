#!/usr/bin/env bash
# Start time and idle memory of the whole stack, as ./scripts/start.sh starts it.
#   benchmarks/Stack/measure-stack.sh [<checkout>] [<ready line>]
# <checkout>: a built checkout of Portal (default: this one); <ready line>: what its AppHost prints once every
# resource is healthy (default: "Portal is ready after"; the AppHost of ADR 1 printed "Portal started").
# Starts from empty data (a fresh .portal/ in that checkout), measures the wall time from launching
# `dotnet run --project Portal.AppHost --no-build` to the ready line, waits 30 s, then sums the
# proportional set size (PSS) of every process of the run: the AppHost's descendants and, for real Aspire,
# DCP's (DCP runs detached, with --monitor <AppHost pid>). Stops the stack with SIGTERM at the end.
# Needs the fixed development ports free (no other stack running).
set -euo pipefail
checkout=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
ready=${2:-"Portal is ready after"}
log=$(mktemp)
rm -rf "$checkout/.portal"
cd "$checkout"
start=$(date +%s.%N)
setsid dotnet run --project Portal.AppHost --no-build >"$log" 2>&1 &
runner=$!
until grep -q "$ready" "$log"; do
  if ! kill -0 "$runner" 2>/dev/null; then echo "The stack stopped before it was ready:"; cat "$log"; exit 1; fi
  sleep 0.2
done
elapsed=$(echo "$(date +%s.%N) - $start" | bc)
sleep 30

descendants() { local pid; for pid in $(pgrep -P "$1"); do echo "$pid"; descendants "$pid"; done; }
apphost=$(pgrep -P "$runner" | head -1)
pids=$( { echo "$runner"; descendants "$runner"; for dcp in $(pgrep -f -- "--monitor $apphost" || true); do echo "$dcp"; descendants "$dcp"; done; } | sort -un)
total_kb=0
count=0
for pid in $pids; do
  pss=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
  total_kb=$((total_kb + ${pss:-0}))
  count=$((count + 1))
done
printf 'ready after %.1f s; %d processes; idle PSS %d MB\n' "$elapsed" "$count" $((total_kb / 1024))

kill -TERM "$apphost" 2>/dev/null || kill -TERM "$runner"
wait "$runner" 2>/dev/null || true
# The next measurement needs the ports: wait until every process of this run has gone.
for _ in $(seq 1 120); do
  alive=0
  for pid in $pids; do kill -0 "$pid" 2>/dev/null && alive=1; done
  [ "$alive" = 0 ] && break
  sleep 0.5
done
rm -f "$log"
