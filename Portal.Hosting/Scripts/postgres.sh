#!/bin/sh
# Runs PostgreSQL's postmaster for Aspire, in the foreground.
# - As root it switches to the 'postgres' user first (PostgreSQL refuses to run as root); setpriv execs in
#   place, so this process keeps the id DCP knows.
# - DCP stops an executable with SIGTERM, which PostgreSQL takes as a "smart" shutdown that waits for every
#   pooled client to leave (DCP then kills it after a few seconds, leaving its backends and shared memory
#   behind). SIGINT is PostgreSQL's fast shutdown: this wrapper passes SIGTERM on as SIGINT.
# Usage: postgres.sh <postgres binary> <arguments...>
if [ "$(id -u)" = 0 ]; then
  exec setpriv --reuid=postgres --regid=postgres --init-groups -- /bin/sh "$0" "$@"
fi

"$@" &
server=$!
trap 'kill -INT "$server" 2>/dev/null' TERM INT
wait "$server"
status=$?
# A trapped signal ends the first wait early; the second one waits for the server's own exit.
if kill -0 "$server" 2>/dev/null; then
  wait "$server"
  status=$?
fi
exit "$status"
