#!/usr/bin/env bash
# The figures of docs/performance.md: a fresh stack on its own ports and data directory (so it runs beside a
# developer's ./stack), the load test with the database bound, the Debezium relay's latency and the targets, then
# the relay's latency again with the polling relay, then each service's start-up (together and alone). Takes about
# 19 minutes; run it on a quiet machine.
#   bench/baseline.sh [data-dir=/tmp/perfstack] [extra bin/load-test options...]
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-/tmp/perfstack}"; shift || true
ports="--port.gateway=28080 --port.order=28081 --port.inventory=28082 --port.payment=28083
  --port.payment-provider=28084 --port.order-2=28085 --port.relay=28090 --port.postgres=25432 --port.kafka=29092
  --port.kafka-controller=29093 --port.zipkin=29411 --port.smtp=33025 --port.imap=33143"
out="target/baseline"; mkdir -p "$out"

start_stack() { # $1: log file; the environment says which relay mode
  GATEWAY_LIMIT_PER_ADDRESS=1000000 GATEWAY_LIMIT_PER_USER=1000000 ./stack --fresh --data-dir="$data" $ports \
    > "$1" 2>&1 &
  stack_pid=$!
  for _ in $(seq 1 300); do
    grep -q "The stack is up" "$1" && { grep "The stack is up" "$1"; return 0; }
    kill -0 "$stack_pid" 2>/dev/null || { cat "$1"; return 1; }
    sleep 1
  done
  return 1
}
stop_stack() { # $1: where to keep the stack's logs (the next start is fresh and removes them)
  kill -TERM "$stack_pid"; wait "$stack_pid" || true
  rm -rf "$out/$1"; cp -r "$data/logs" "$out/$1"
}
outbox_latency() { # $1: label
  JAVA_TOOL_OPTIONS="-Djdbc=jdbc:postgresql://localhost:25432/orders -Dkafka=localhost:29092 \
-DrelayHealth=http://localhost:28090/health" bin/bench-outbox-latency 2000 500 2>&1 \
    | grep -v JAVA_TOOL_OPTIONS | tee "$out/outbox-latency-$1.txt"
}

start_stack "$out/stack-debezium.log"
bin/load-test --gateway=http://localhost:28080 --data-dir="$data" --postgres-port=25432 --kafka-port=29092 \
  --relay-port=28090 --rates=10,25,50 --open-seconds=45 --clients=16,32 --closed-seconds=60 "$@" 2>&1 | tee "$out/load-test.txt"
stop_stack logs-debezium

RELAY_MODE=polling start_stack "$out/stack-polling.log"
outbox_latency polling
stop_stack logs-polling

# its own fresh stack on the same ports and data directory: each service launched together, then alone
bin/bench-startup 3 --data-dir="$data" $ports 2>&1 | tee "$out/startup.txt"
