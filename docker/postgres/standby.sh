#!/bin/sh
# A streaming standby made by PostgreSQL's own tools: pg_basebackup copies the primary and writes
# standby.signal and primary_conninfo (-R); the server then follows the primary's WAL, read-only.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_basebackup --host=postgres-primary --username=replicator --pgdata="$PGDATA" -R --wal-method=stream --checkpoint=fast; do
    echo "waiting for the primary"; sleep 2
  done
  chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on
