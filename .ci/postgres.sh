#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the test suite and print its SQLAlchemy URL.
# Installs the server from Debian's packages when the machine has none. The cluster
# lives in a temporary folder, listens on loopback only and trusts local connections.
set -euo pipefail
# the first free loopback port from CASPIAN_PG_PORT (default 55432) on
PORT=$(python3 - "${CASPIAN_PG_PORT:-55432}" <<'PY'
import socket, sys
start = int(sys.argv[1])
for port in range(start, start + 100):
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            continue
    print(port)
    break
else:
    sys.exit(f"no free port from {start} on")
PY
)
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
run_as=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  run_as=(runuser -u postgres --)
fi
dir=$(mktemp -d /tmp/caspian-pg.XXXXXX)
chmod 755 "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
"${run_as[@]}" "$bindir/initdb" -D "$dir/data" -U postgres -A trust --no-sync >&2
"${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-p $PORT -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >&2
"${run_as[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$PORT" -U postgres caspian_test >&2
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/caspian_test"
