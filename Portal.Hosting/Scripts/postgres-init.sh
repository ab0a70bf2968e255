#!/bin/sh
# One-shot step before PostgreSQL starts: creates the cluster in <data dir> unless it is there already.
# The superuser's password (an Aspire parameter) comes in POSTGRES_PASSWORD and reaches initdb through a
# file only its owner can read, deleted at once.
# Usage: postgres-init.sh <bin dir> <data dir>
set -eu
bin=$1
data=$2
if [ -f "$data/PG_VERSION" ]; then
  echo "PostgreSQL data found in $data"
  exit 0
fi

# A folder without PG_VERSION is what a failed initdb left behind: start over.
rm -rf "$data"
mkdir -p "$data"
chmod 700 "$data"
pwfile=$(mktemp)
trap 'rm -f "$pwfile"' EXIT
printf '%s' "$POSTGRES_PASSWORD" > "$pwfile"
as=""
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$data" "$pwfile"
  as="setpriv --reuid=postgres --regid=postgres --init-groups --"
fi
$as "$bin/initdb" -D "$data" -U postgres --auth=scram-sha-256 --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8
