#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a private port and socket folder, for the tests and the
# benchmark (CI runs them as root on a fresh machine, and the server refuses to run as
# root, so initdb and pg_ctl then run as the `postgres` user of the Debian package).
#
#   throwaway-cluster.sh start [--watch PID] [--durable]   prints "FOLDER PORT"
#   throwaway-cluster.sh stop FOLDER
#
# FOLDER holds the data directory, the server log and the Unix socket. Local (socket)
# connections are trusted for the superuser `postgres`; TCP connections, on 127.0.0.1
# only, need a SCRAM password, so that password checks are real. --watch PID stops the
# cluster and removes FOLDER once PID is gone, so a test killed by a timeout leaves
# nothing running. --durable keeps fsync on (the benchmark); the tests turn it off.
# ASC_PG_BINDIR overrides where initdb and pg_ctl are found.
set -euo pipefail

bindir=${ASC_PG_BINDIR:-}
if [ -z "$bindir" ]; then
    for candidate in "$(pg_config --bindir 2>/dev/null || true)" /usr/lib/postgresql/*/bin; do
        if [ -x "$candidate/initdb" ]; then bindir=$candidate; break; fi
    done
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "throwaway-cluster.sh: no initdb found (install the Debian package postgresql, or set ASC_PG_BINDIR)" >&2
    exit 1
fi

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_cluster() {
    local folder=$1
    if [ -f "$folder/data/postmaster.pid" ]; then
        as_postgres "$bindir/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
}

case ${1:-} in
start)
    shift
    watch='' durable=0
    while [ $# -gt 0 ]; do
        case $1 in
        --watch) watch=$2; shift 2 ;;
        --durable) durable=1; shift ;;
        *) echo "throwaway-cluster.sh: unknown option $1" >&2; exit 2 ;;
        esac
    done
    # As root, the server runs as postgres, which must reach the folder: a TMPDIR under a
    # private home would not do, /tmp does.
    parent=${TMPDIR:-/tmp}
    if [ "$(id -u)" = 0 ]; then parent=/tmp; fi
    folder=$(mktemp -d "$parent/asc-pg.XXXXXX")
    # The socket path must fit in sun_path (107 bytes).
    if [ ${#folder} -gt 80 ]; then
        rm -rf "$folder"
        folder=$(mktemp -d /tmp/asc-pg.XXXXXX)
    fi
    if [ "$(id -u)" = 0 ]; then chown postgres: "$folder"; fi
    if ! as_postgres "$bindir/initdb" -D "$folder/data" -N -U postgres -E UTF8 --no-locale \
        --auth-local=trust --auth-host=scram-sha-256 >"$folder/initdb.log" 2>&1; then
        cat "$folder/initdb.log" >&2
        rm -rf "$folder"
        exit 1
    fi
    {
        echo "listen_addresses = '127.0.0.1'"
        echo "unix_socket_directories = '$folder'"
        echo "max_connections = 50"
        if [ "$durable" = 0 ]; then echo "fsync = off"; echo "synchronous_commit = off"; fi
    } | as_postgres tee -a "$folder/data/postgresql.conf" >/dev/null
    started=0
    for _ in $(seq 1 20); do
        port=$((20000 + RANDOM % 30000))
        if as_postgres "$bindir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -o "-p $port" -w -t 60 \
            start >/dev/null 2>&1; then
            started=1
            break
        fi
    done
    if [ "$started" = 0 ]; then
        cat "$folder/server.log" >&2 || true
        rm -rf "$folder"
        echo "throwaway-cluster.sh: the server did not start" >&2
        exit 1
    fi
    if [ -n "$watch" ]; then
        # Detached, with no inherited descriptors: ctest waits for the pipes of a test to close.
        setsid bash -c 'while kill -0 "$1" 2>/dev/null && [ -d "$2" ]; do sleep 1; done; "$3" stop "$2"' \
            watchdog "$watch" "$folder" "$(readlink -f "$0")" </dev/null >/dev/null 2>&1 &
    fi
    echo "$folder $port"
    ;;
stop)
    [ -n "${2:-}" ] || { echo "usage: throwaway-cluster.sh stop FOLDER" >&2; exit 2; }
    stop_cluster "$2"
    ;;
*)
    echo "usage: throwaway-cluster.sh start [--watch PID] [--durable] | stop FOLDER" >&2
    exit 2
    ;;
esac
