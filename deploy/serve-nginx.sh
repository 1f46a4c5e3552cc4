#!/usr/bin/env bash
# Serves a built dist/ with the production nginx rules (deploy/nginx/gardenia/)
# on plain HTTP, for CI and for trying the headers locally. Not for production
# (that is deploy/nginx/gardenia.conf with TLS; see docs/deployment.md).
#
#   deploy/serve-nginx.sh start [DIST]   # default: the repo's dist/ (must be built)
#   deploy/serve-nginx.sh stop
#
# Environment: GARDENIA_NGINX_PORT (8080), GARDENIA_NGINX_HOST (127.0.0.1),
# GARDENIA_NGINX_RUN (/tmp/gardenia-nginx: config, pid, logs, temp files).
# The pages are served from disk, so a rebuild in place is picked up at once;
# only the CSP (script hashes) is read at start: restart after changing a script.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
port="${GARDENIA_NGINX_PORT:-8080}"
host="${GARDENIA_NGINX_HOST:-127.0.0.1}"
run="${GARDENIA_NGINX_RUN:-/tmp/gardenia-nginx}"
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

stop() {
  if [ -s "$run/nginx.pid" ] && kill -0 "$(cat "$run/nginx.pid")" 2>/dev/null; then
    "$nginx_bin" -p "$run/" -c "$run/nginx.conf" -e "$run/error.log" -s quit 2>/dev/null || kill "$(cat "$run/nginx.pid")"
    for _ in $(seq 50); do [ -e "$run/nginx.pid" ] || break; sleep 0.1; done
    echo "nginx stopped"
  fi
}

start() {
  local dist
  dist="$(cd "${1:-$repo/dist}" && pwd)" || { echo "serve-nginx: no such directory: ${1:-$repo/dist}" >&2; exit 1; }
  [ -x "$nginx_bin" ] || { echo "serve-nginx: nginx not found (apt-get install nginx)" >&2; exit 1; }
  [ -f "$dist/index.html" ] || { echo "serve-nginx: $dist/index.html missing; run npm run build first" >&2; exit 1; }
  stop
  mkdir -p "$run/tmp"
  rm -rf "$run/gardenia"
  cp -r "$repo/deploy/nginx/gardenia" "$run/gardenia"
  (cd "$repo" && npx --no node deploy/csp-header.ts --dist "$dist" --out "$run/gardenia/csp.conf")

  # nginx refuses to run workers as root unless told; as root (CI), run them as
  # the same user so they can read a checkout under /root.
  local user_line=""
  [ "$(id -u)" = 0 ] && user_line="user root;"

  cat > "$run/nginx.conf" <<CONF
# Written by deploy/serve-nginx.sh; the rules themselves are in gardenia/site.conf.
$user_line
worker_processes 1;
pid $run/nginx.pid;
error_log $run/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log $run/access.log;
    client_body_temp_path $run/tmp/body;
    proxy_temp_path $run/tmp/proxy;
    fastcgi_temp_path $run/tmp/fastcgi;
    uwsgi_temp_path $run/tmp/uwsgi;
    scgi_temp_path $run/tmp/scgi;

    server {
        listen $host:$port;
        server_name localhost;
        root $dist;
        # Plain HTTP: no HSTS (an empty value leaves the header out).
        set \$gardenia_hsts "";
        include gardenia/csp.conf;
        include gardenia/site.conf;
    }
}
CONF
  "$nginx_bin" -t -q -p "$run/" -c "$run/nginx.conf" -e "$run/error.log"
  "$nginx_bin" -p "$run/" -c "$run/nginx.conf" -e "$run/error.log"
  for _ in $(seq 50); do
    if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
      echo "nginx serving $dist on http://$host:$port/ (logs: $run)"
      return 0
    fi
    sleep 0.1
  done
  echo "serve-nginx: nginx did not start; see $run/error.log" >&2
  cat "$run/error.log" >&2 || true
  exit 1
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop ;;
  *) echo "usage: $0 start [DIST] | stop" >&2; exit 2 ;;
esac
