#!/usr/bin/env bash
# The dashboard as a production deployment runs it, on one machine: 3 replicas of serve.py behind HAProxy
# (Debian's package, installed here if missing) with cookie session affinity, WebSocket pass-through, long
# timeouts, active health checks on /_stcore/health and failover (deploy/haproxy.cfg says why HAProxy).
#
#   bash scripts/cluster.sh start    # http://localhost:${PORT:-8600}; replicas on 127.0.0.1:8601-8603
#   bash scripts/cluster.sh status   # what runs, and what the balancer thinks of each replica
#   bash scripts/cluster.sh stop     # stops everything `start` started (by the PIDs it recorded)
#
# Environment: PORT (balancer, default 8600), LB_ADDRESS (its interface; default all), REPLICA_PORTS
# (three ports, default "8601 8602 8603"), CLUSTER_DIR (PIDs, logs, the admin socket; default .cluster).
# One replica held 50 sessions without errors on 2 cores, but slowly (bench/results.md); plan on about 20 viewers
# per replica (README, "Deploy and scale").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
PORT=${PORT:-8600}
LB_ADDRESS=${LB_ADDRESS:-}
read -r -a REPLICAS <<<"${REPLICA_PORTS:-8601 8602 8603}"
CLUSTER_DIR=${CLUSTER_DIR:-.cluster}
mkdir -p "$CLUSTER_DIR"
CLUSTER_DIR=$(cd "$CLUSTER_DIR" && pwd)
LB_PID="$CLUSTER_DIR/haproxy.pid"
LB_SOCKET="$CLUSTER_DIR/haproxy.sock"
PY=.venv/bin/python

if [ "${#REPLICAS[@]}" -ne 3 ]; then
  echo "REPLICA_PORTS needs three ports (deploy/haproxy.cfg has three server lines), got: ${REPLICAS[*]}" >&2
  exit 2
fi

# True if $1 is a live process whose command line contains $2 (a recorded PID may have been reused).
ours() {
  local cmd
  [ -n "$1" ] && cmd=$({ tr '\0' ' ' <"/proc/$1/cmdline"; } 2>/dev/null) && [[ $cmd == *"$2"* ]]
}
pid_of() { [ -f "$1" ] && cat "$1" || true; }
http_status() {  # HTTP status of a GET, or 000 when nothing answers
  "$PY" - "$1" <<'PY' 2>/dev/null || echo 000
import sys, urllib.error, urllib.request
try:
    with urllib.request.urlopen(sys.argv[1], timeout=2) as response:
        print(response.status)
except urllib.error.HTTPError as error:
    print(error.code)
except OSError:
    print("000")
PY
}
port_free() {  # as a server binds it (SO_REUSEADDR: connections closed a moment ago do not count)
  "$PY" -c "import socket,sys; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('', int(sys.argv[1])))" "$1" 2>/dev/null
}
wait_for() {  # wait_for URL PID SECONDS LOG: until URL answers 200 while PID lives
  local deadline=$((SECONDS + $3))
  while [ "$(http_status "$1")" != 200 ]; do
    if ! kill -0 "$2" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
      echo "not answering: $1 (log: $4)" >&2
      tail -n 20 "$4" >&2 || true
      return 1
    fi
    sleep 0.5
  done
}
stop_pid() {  # stop_pid PIDFILE PATTERN NAME
  local pid
  pid=$(pid_of "$1")
  if ours "$pid" "$2"; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    echo "stopped $3 (pid $pid)"
  fi
  rm -f "$1"
}

start() {
  for port in "${REPLICAS[@]}"; do
    if ours "$(pid_of "$CLUSTER_DIR/replica-$port.pid")" serve.py; then
      echo "already running (bash scripts/cluster.sh status; stop it first)" >&2
      exit 1
    fi
  done
  source scripts/setup.sh requirements.txt  # .venv with the pinned requirements, like run.sh; defines as_root
  if ! command -v haproxy >/dev/null; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy
  fi
  for port in "$PORT" "${REPLICAS[@]}"; do
    port_free "$port" || { echo "port $port is in use" >&2; exit 1; }
  done
  # One cookie secret for all replicas, so a viewer moved to another replica keeps a valid XSRF cookie.
  [ -s "$CLUSTER_DIR/cookie-secret" ] || "$PY" -c "import secrets; print(secrets.token_hex(32))" >"$CLUSTER_DIR/cookie-secret"
  trap 'echo "start failed: stopping what started" >&2; stop' ERR
  for port in "${REPLICAS[@]}"; do
    STREAMLIT_SERVER_COOKIE_SECRET=$(cat "$CLUSTER_DIR/cookie-secret") setsid nohup "$PY" -m streamlit run serve.py \
      --server.port "$port" --server.address 127.0.0.1 >"$CLUSTER_DIR/replica-$port.log" 2>&1 </dev/null &
    echo $! >"$CLUSTER_DIR/replica-$port.pid"
  done
  for port in "${REPLICAS[@]}"; do
    wait_for "http://127.0.0.1:$port/_stcore/health" "$(pid_of "$CLUSTER_DIR/replica-$port.pid")" 180 \
      "$CLUSTER_DIR/replica-$port.log"
  done
  BND_LB_BIND="$LB_ADDRESS:$PORT" BND_LB_SOCKET="$LB_SOCKET" BND_REPLICA_1="127.0.0.1:${REPLICAS[0]}" \
    BND_REPLICA_2="127.0.0.1:${REPLICAS[1]}" BND_REPLICA_3="127.0.0.1:${REPLICAS[2]}" \
    setsid nohup haproxy -db -f "$ROOT/deploy/haproxy.cfg" >"$CLUSTER_DIR/haproxy.log" 2>&1 </dev/null &
  echo $! >"$LB_PID"
  wait_for "http://127.0.0.1:$PORT/_lb/health" "$(pid_of "$LB_PID")" 30 "$CLUSTER_DIR/haproxy.log"
  trap - ERR
  echo "dashboard on http://localhost:$PORT (HAProxy, pid $(pid_of "$LB_PID")) with replicas on 127.0.0.1:${REPLICAS[*]}"
  echo "logs and PIDs: $CLUSTER_DIR; stop with: bash scripts/cluster.sh stop"
}

stop() {
  stop_pid "$LB_PID" haproxy "load balancer"
  for port in "${REPLICAS[@]}"; do
    stop_pid "$CLUSTER_DIR/replica-$port.pid" serve.py "replica :$port"
  done
  rm -f "$LB_SOCKET"
}

status() {
  local running=0 total=$((${#REPLICAS[@]} + 1)) pid state
  declare -A seen=()
  # The balancer's view of each replica: UP, DOWN, or e.g. "UP 1/2" while a change is being confirmed.
  if [ -S "$LB_SOCKET" ]; then
    while read -r name value; do seen[$name]=$value; done < <("$PY" - "$LB_SOCKET" <<'PY' 2>/dev/null || true
import csv, socket, sys
with socket.socket(socket.AF_UNIX) as sock:
    sock.connect(sys.argv[1])
    sock.sendall(b"show stat\n")
    data = b"".join(iter(lambda: sock.recv(65536), b""))
for row in csv.DictReader(data.decode().lstrip("# ").splitlines()):
    if row["pxname"] == "replicas" and row["svname"] not in ("FRONTEND", "BACKEND"):
        print(row["svname"], row["status"].replace(" ", "_"))
PY
)
  fi
  pid=$(pid_of "$LB_PID")
  if ours "$pid" haproxy; then
    running=$((running + 1))
    echo "load balancer  pid $pid  port $PORT  /_lb/health: $(http_status "http://127.0.0.1:$PORT/_lb/health")"
  else
    echo "load balancer  not running"
  fi
  for i in "${!REPLICAS[@]}"; do
    port=${REPLICAS[$i]}
    pid=$(pid_of "$CLUSTER_DIR/replica-$port.pid")
    if ours "$pid" serve.py; then
      running=$((running + 1))
      state="pid $pid  health: $(http_status "http://127.0.0.1:$port/_stcore/health")"
    else
      state="not running"
    fi
    state="$state  balancer: ${seen[app$((i + 1))]:-n/a}"
    echo "replica app$((i + 1))   port $port  ${state//_/ }"
  done
  [ "$running" -eq "$total" ] && return 0
  [ "$running" -eq 0 ] && return 3
  return 1
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *)
    echo "usage: bash scripts/cluster.sh start|stop|status" >&2
    exit 2
    ;;
esac
