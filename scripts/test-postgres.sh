#!/usr/bin/env bash
# Makes the PostgreSQL of the node-pg tests reachable before `npm run test:unit`: starts the
# local Debian cluster on port 5432 if it is down (a fresh install in a container is created
# but not started) and creates the test role the tests sign in with
# (postgres://tagcrop:tagcrop@127.0.0.1:5432/postgres; it may create databases, nothing more).
# With TAGCROP_TEST_DATABASE_URL set, the server is yours: nothing is touched here, and the
# tests' global setup says clearly if they cannot reach it.
set -euo pipefail

[ -n "${TAGCROP_TEST_DATABASE_URL:-}" ] && exit 0

fail() {
  printf 'test-postgres: %s\n  The SQLite half alone: npx vitest run --project node\n' "$1" >&2
  exit 1
}

command -v pg_lsclusters >/dev/null ||
  fail 'PostgreSQL is not installed; the tests run on it too. Install it: apt-get install -y postgresql'

read -r version cluster status < <(pg_lsclusters --no-header | awk '$3 == 5432 { print $1, $2, $4 }') ||
  fail 'no PostgreSQL cluster listens on port 5432 (pg_lsclusters); create one: pg_createcluster 15 main'

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres -- "$@"; fi
}

if [ "$status" != online ]; then
  echo "test-postgres: starting PostgreSQL $version/$cluster"
  if [ "$(id -u)" = 0 ]; then
    pg_ctlcluster "$version" "$cluster" start
  else
    sudo -n pg_ctlcluster "$version" "$cluster" start ||
      fail "PostgreSQL $version/$cluster is down; start it: sudo pg_ctlcluster $version $cluster start"
  fi
fi

role_exists=$(as_postgres psql -p 5432 -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'tagcrop'" 2>/dev/null) ||
  fail "cannot check the test role as the postgres user; as root run: scripts/test-postgres.sh"
if [ "$role_exists" != 1 ]; then
  echo 'test-postgres: creating the test role tagcrop'
  as_postgres psql -p 5432 -v ON_ERROR_STOP=1 -qc "CREATE ROLE tagcrop LOGIN CREATEDB PASSWORD 'tagcrop'"
fi
# Dropping a test database WITH (FORCE) ends its sessions, autovacuum's worker among them, which
# takes pg_signal_backend; a role made by an older version of this script lacks it.
as_postgres psql -p 5432 -v ON_ERROR_STOP=1 -qc 'GRANT pg_signal_backend TO tagcrop' >/dev/null 2>&1 ||
  fail 'cannot grant pg_signal_backend to the test role; as root run: scripts/test-postgres.sh'
