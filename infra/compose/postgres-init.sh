#!/bin/sh
# Runs once when the PostgreSQL volume is first created. The application's role `qms_app` is
# created by the migrations without a password (0001_security.sql: "set its password out of
# band"); creating it here first, with a password, lets the services log in as it. The
# migration's CREATE ROLE is guarded by IF NOT EXISTS, so it keeps this one.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$QMS_APP_PASSWORD" <<'SQL'
CREATE ROLE qms_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
SQL
