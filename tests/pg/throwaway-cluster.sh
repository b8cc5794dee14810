#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a private port and socket folder, for the tests and the
# benchmark (CI runs them as root on a fresh machine, and the server refuses to run as
# root, so initdb and pg_ctl then run as the `postgres` user of the Debian package).
#
#   throwaway-cluster.sh start [--watch PID] [--durable] [--tls [--cert-login ROLE]...]
#                                                           prints "FOLDER PORT"
#   throwaway-cluster.sh stop FOLDER
#
# FOLDER holds the data directory, the server log and the Unix socket. Local (socket)
# connections are trusted for the superuser `postgres`; TCP connections, on 127.0.0.1
# only, need a SCRAM password, so that password checks are real. --watch PID stops the
# cluster and removes FOLDER once PID is gone, so a test killed by a timeout leaves
# nothing running. --durable keeps fsync on (the benchmark); the tests turn it off.
# ASC_PG_BINDIR overrides where initdb and pg_ctl are found.
#
# --tls serves TLS only: a throwaway CA made by openssl signs a server certificate for
# localhost and 127.0.0.1, and a client certificate (CN = the login) for each --cert-login.
# In FOLDER/tls: ca.pem, server.pem, and ROLE.pem/ROLE.key per login. TCP without TLS is
# rejected by pg_hba.conf; each --cert-login logs in by its certificate only (`cert`), every
# other login by SCRAM password; the socket stays trusted, as without --tls.
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

# Certificates, server settings and pg_hba.conf of --tls, in FOLDER/tls. Throwaway: a day
# of validity, keys without a passphrase.
make_tls() {
    local folder=$1 tls=$1/tls login
    mkdir -p "$tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=asc throwaway CA" \
        -keyout "$tls/ca.key" -out "$tls/ca.pem"
    # libpq's verify-full checks the subjectAltName when there is one (the CN only without).
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$tls/server.key" -out "$tls/server.csr"
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial -days 1 \
        -extfile <(printf 'subjectAltName = DNS:localhost, IP:127.0.0.1\nextendedKeyUsage = serverAuth\n') \
        -out "$tls/server.pem"
    for login in "${cert_logins[@]}"; do
        # `cert` in pg_hba.conf compares the CN with the login.
        openssl req -newkey rsa:2048 -nodes -subj "/CN=$login" -keyout "$tls/$login.key" -out "$tls/$login.csr"
        openssl x509 -req -in "$tls/$login.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial -days 1 \
            -extfile <(printf 'extendedKeyUsage = clientAuth\n') -out "$tls/$login.pem"
        # libpq refuses a client key that group or others may read; it stays with whoever runs
        # this script, the user of the tests.
        chmod 600 "$tls/$login.key"
    done
    rm -f "$tls"/*.csr "$tls/ca.key" "$tls"/*.srl
    chmod 644 "$tls"/*.pem
    chmod 711 "$tls"
    # The server refuses a key that is not its own user's with mode 0600 (or root's with 0640).
    chmod 600 "$tls/server.key"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$tls/server.key"; fi
    {
        echo "ssl = on"
        echo "ssl_cert_file = '$tls/server.pem'"
        echo "ssl_key_file = '$tls/server.key'"
        echo "ssl_ca_file = '$tls/ca.pem'"
    } | as_postgres tee -a "$folder/data/postgresql.conf" >/dev/null
    {
        echo "local all all trust"
        echo "hostnossl all all all reject"
        if [ ${#cert_logins[@]} -gt 0 ]; then
            echo "hostssl all $(IFS=,; echo "${cert_logins[*]}") 127.0.0.1/32 cert"
        fi
        echo "hostssl all all 127.0.0.1/32 scram-sha-256"
    } | as_postgres tee "$folder/data/pg_hba.conf" >/dev/null
}

case ${1:-} in
start)
    shift
    watch='' durable=0 tls=0 cert_logins=()
    while [ $# -gt 0 ]; do
        case $1 in
        --watch) watch=$2; shift 2 ;;
        --durable) durable=1; shift ;;
        --tls) tls=1; shift ;;
        --cert-login) cert_logins+=("$2"); shift 2 ;;
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
    if [ "$tls" = 1 ] && ! make_tls "$folder" >"$folder/tls.log" 2>&1; then
        cat "$folder/tls.log" >&2
        rm -rf "$folder"
        echo "throwaway-cluster.sh: could not make the TLS certificates" >&2
        exit 1
    fi
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
    echo "usage: throwaway-cluster.sh start [--watch PID] [--durable] [--tls [--cert-login ROLE]...] | stop FOLDER" >&2
    exit 2
    ;;
esac
