#!/usr/bin/env bash
# How cost grows with order-service copies on this machine (docs/performance.md): for each N, a fresh stack with N
# order-service copies behind the gateway (round robin), a warm-up, then closed loops at maximum throughput.
# About 7 minutes per N; run it on a quiet machine. Reports under target/load-test/, a summary in target/scaling/.
#   bench/scaling.sh [data-dir=/tmp/perfstack] [copies="1 2 4"] [extra bin/load-test options...]
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-/tmp/perfstack}"; shift || true
copies="${1:-1 2 4}"; shift || true
ports="--port.gateway=28080 --port.order=28081 --port.inventory=28082 --port.payment=28083
  --port.payment-provider=28084 --port.order-2=28085 --port.order-3=28086 --port.order-4=28087 --port.relay=28090
  --port.postgres=25432 --port.kafka=29092 --port.kafka-controller=29093 --port.zipkin=29411 --port.smtp=33025
  --port.imap=33143"
out="target/scaling"; mkdir -p "$out"

for n in $copies; do
  log="$out/stack-$n.log"
  GATEWAY_LIMIT_PER_ADDRESS=1000000 GATEWAY_LIMIT_PER_USER=1000000 ./stack --fresh --data-dir="$data" $ports \
    --order-services="$n" > "$log" 2>&1 &
  stack_pid=$!
  up=false
  for _ in $(seq 1 300); do
    grep -q "The stack is up" "$log" && { up=true; break; }
    kill -0 "$stack_pid" 2>/dev/null || break
    sleep 1
  done
  [ "$up" = true ] || { cat "$log"; kill -TERM "$stack_pid" 2>/dev/null || true; exit 1; }
  echo "== $n order-service copies: $(grep 'The stack is up' "$log")" | tee -a "$out/summary.txt"
  bin/load-test --gateway=http://localhost:28080 --data-dir="$data" --postgres-port=25432 --rates= \
    --clients=32,64 --closed-seconds=60 --warmup-seconds=90 --warmup-rate=20 --idle-seconds=10 \
    --pgbench-seconds=0 --outbox-events=0 "$@" 2>&1 | tee "$out/load-test-$n.txt" | grep -A2 -E '^  (idle|closed)' \
    | tee -a "$out/summary.txt"
  grep '^memory' "$out/load-test-$n.txt" >> "$out/summary.txt" || true
  kill -TERM "$stack_pid"; wait "$stack_pid" || true
done
