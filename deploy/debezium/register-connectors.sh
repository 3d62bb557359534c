#!/usr/bin/env bash
# Registers (creates or updates) each outbox connector on Kafka Connect: waits for the REST API, then
# PUT /connectors/<name>/config with the file's "config" object, then waits until each one runs. Idempotent,
# so it may run on every start (docker-compose.yml's connect-register, the Kubernetes Job connect-register).
#   register-connectors.sh http://connect:8083 outbox-orders.json outbox-inventory.json ...
#   register-connectors.sh --print-config outbox-orders.json     # the body it would PUT (used by a test)
# The files keep ${env:...} placeholders: Connect's EnvVarConfigProvider resolves them inside the worker,
# so no credential is stored in Connect's config topic or passed through this script.
# Needs only bash, sed and curl (all in the quay.io/debezium/connect image this runs from).
set -euo pipefail

# The "config" object of a {"name": ..., "config": {...}} file: from its opening line to the two-space "  }"
# that closes it (the layout of the files in deploy/debezium; the test checks the result parses to the same map).
config_of() {
    sed -n '/^  "config": *{/,/^  }/p' "$1" | sed '1s/^  "config": *//'
}

name_of() {
    sed -n 's/^  "name": *"\([^"]*\)".*/\1/p' "$1"
}

if [[ "${1:-}" == "--print-config" ]]; then
    config_of "$2"
    exit 0
fi

connect_url="$1"
shift

for attempt in $(seq 1 120); do
    if curl -fsS "$connect_url/connector-plugins" > /dev/null 2>&1; then
        break
    fi
    [[ "$attempt" == 120 ]] && { echo "Kafka Connect at $connect_url did not answer in 4 minutes" >&2; exit 1; }
    sleep 2
done

for file in "$@"; do
    name="$(name_of "$file")"
    [[ -n "$name" ]] || { echo "$file: no connector name" >&2; exit 1; }
    status="$(config_of "$file" | curl -sS -o /tmp/answer.json -w '%{http_code}' -X PUT \
        -H 'Content-Type: application/json' --data-binary @- "$connect_url/connectors/$name/config")"
    if [[ "$status" != 200 && "$status" != 201 ]]; then
        echo "connector $name: HTTP $status" >&2
        cat /tmp/answer.json >&2
        exit 1
    fi
    echo "connector $name registered (HTTP $status)"
done

# A connector whose task failed (say it started before its service's Flyway migration created public.outbox) is
# not restarted by Connect: restart failed tasks until every connector runs, or give up (the caller retries).
for file in "$@"; do
    name="$(name_of "$file")"
    for attempt in $(seq 1 60); do
        state="$(curl -fsS "$connect_url/connectors/$name/status" || true)"
        if [[ "$state" == *'"tasks":[{'* && "$state" != *'"FAILED"'* ]]; then
            echo "connector $name running"
            break
        fi
        [[ "$attempt" == 60 ]] && { echo "connector $name not running: $state" >&2; exit 1; }
        if [[ "$state" == *'"FAILED"'* ]]; then
            curl -fsS -X POST "$connect_url/connectors/$name/restart?includeTasks=true&onlyFailed=true" > /dev/null || true
        fi
        sleep 5
    done
done
