#!/bin/sh
# First start of the compose PostgreSQL: one database, one role per service (each owns only its schema, created by
# its own Flyway), as the launcher's embedded server does (docs/security.md). Passwords come from .env.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE ROLE command_service LOGIN PASSWORD '${COMMAND_DB_PASSWORD}';
CREATE ROLE query_service LOGIN PASSWORD '${QUERY_DB_PASSWORD}';
GRANT CREATE ON DATABASE ${POSTGRES_DB} TO command_service, query_service;
SQL
