#!/usr/bin/env bash
# One database and one role per service, each role owning its database (Flyway creates the tables as that
# role), and a replication role for Debezium that may read the outboxes and create its slots and publications.
# Run once by the postgres image on an empty data directory (/docker-entrypoint-initdb.d); the passwords come
# from the environment, never from this file. Database names are local-stack's ServiceSpec ones.
set -euo pipefail

create_service_database() {
    local name="$1" password="$2"
    # psql variables (:'pw') quote the password; nothing from the environment is pasted into SQL text.
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v name="$name" -v pw="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'name', :'pw') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'name', :'name') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'name') \gexec
SQL
}

: "${ORDER_DB_PASSWORD:?}" "${INVENTORY_DB_PASSWORD:?}" "${PAYMENT_DB_PASSWORD:?}" "${GATEWAY_DB_PASSWORD:?}"
: "${DEBEZIUM_DB_PASSWORD:?}"

create_service_database orders "$ORDER_DB_PASSWORD"
create_service_database inventory "$INVENTORY_DB_PASSWORD"
create_service_database payments "$PAYMENT_DB_PASSWORD"
create_service_database gateway "$GATEWAY_DB_PASSWORD"

# Debezium: REPLICATION for the slots; membership in the three owning roles so that it may create the filtered
# publication on public.outbox (which needs the table's owner) and snapshot it. No access to the gateway.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v pw="$DEBEZIUM_DB_PASSWORD" <<'SQL'
CREATE ROLE debezium LOGIN REPLICATION PASSWORD :'pw';
GRANT orders, inventory, payments TO debezium;
GRANT CONNECT ON DATABASE orders, inventory, payments TO debezium;
SQL
