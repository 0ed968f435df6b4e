#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests and benchmarks: `start DIR` installs Debian's postgresql package when
# initdb is missing, makes a cluster in DIR on a free port (as the postgres user when run as root), starts it and
# prints its URL (postgres://postgres@127.0.0.1:PORT/postgres); `stop DIR` stops it.
set -euo pipefail
command=${1:?usage: postgres-server.sh start|stop DIR}
dir=$(mkdir -p "${2:?usage: postgres-server.sh start|stop DIR}" && cd "$2" && pwd)

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] && [ "$command" = start ]; then
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get update >&2
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

# initdb and postgres refuse to run as root.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres >"$dir/initdb.log" 2>&1
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on" start >&2
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2
    ;;
  *)
    echo "usage: postgres-server.sh start|stop DIR" >&2
    exit 2
    ;;
esac
