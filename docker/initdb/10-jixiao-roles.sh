#!/usr/bin/env bash
# Runs once, when the postgres image initialises an empty data volume (docker-entrypoint-initdb.d).
# Creates the two roles Jixiao uses (see com.jixiao.common.db.DatabaseRoles):
#   jixiao_owner — owns the schema; Flyway migrates as it;
#   jixiao_app   — what the application runs as: no superuser, owns nothing, may only append to the audit trail.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v owner_password="$JIXIAO_OWNER_PASSWORD" -v app_password="$JIXIAO_APP_PASSWORD" <<'SQL'
create role jixiao_owner login nosuperuser nocreatedb nocreaterole noinherit nobypassrls password :'owner_password';
create role jixiao_app login nosuperuser nocreatedb nocreaterole noinherit nobypassrls password :'app_password';
alter schema public owner to jixiao_owner;
SQL
