#!/usr/bin/env bash
# The one publish step, used by deploy/rebuild.sh (cron on the server) and by the
# CI deploy job (.github/workflows/site.yml, over SSH). See docs/deployment.md.
#
#   publish.sh [--update[=REF]]
#
# 1. build   (as the unprivileged build user): optionally fetch REF (default: the
#            tracked branch) and `npm ci`, then `npm run build` in the checkout, copy
#            dist/ into a new release folder and generate that release's CSP header.
# 2. activate (as root, or whoever may write the nginx include): check the header
#            line, write the nginx include that names the release's root and CSP,
#            `nginx -t` against that NEW configuration, and only then reload.
#
# On any failure the running nginx keeps the configuration it loaded — the old
# site and the old header together — and the include is put back as it was.
# A site and its header can never be out of step: both switch in one reload.
#
# Environment (defaults are the production layout of docs/deployment.md):
#   GARDENIA_SITE        the git checkout that is built     (/srv/gardenia/site)
#   GARDENIA_RELEASES    where release folders are kept      (/srv/gardenia/releases)
#   GARDENIA_LIVE_CONF   the nginx include for the release   (/etc/nginx/gardenia/live.conf)
#   GARDENIA_BUILD_USER  who builds when this runs as root   (gardenia)
#   GARDENIA_NGINX       the nginx command, with any -p/-c   (/usr/sbin/nginx)
#   GARDENIA_KEEP        how many releases to keep           (3)
# GARDENIA_CONTENT / GARDENIA_OUT are passed through to the build like any variable.
set -euo pipefail

site="${GARDENIA_SITE:-/srv/gardenia/site}"
releases="${GARDENIA_RELEASES:-/srv/gardenia/releases}"
live_conf="${GARDENIA_LIVE_CONF:-/etc/nginx/gardenia/live.conf}"
build_user="${GARDENIA_BUILD_USER:-gardenia}"
read -r -a nginx <<< "${GARDENIA_NGINX:-/usr/sbin/nginx}"
keep="${GARDENIA_KEEP:-3}"

update=""
for arg in "$@"; do
  case "$arg" in
    --update) update="@tracked" ;;
    --update=*) update="${arg#--update=}" ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) echo "publish: 未知参数 $arg（用法：publish.sh [--update[=REF]]）" >&2; exit 2 ;;
  esac
done

log() { echo "== $(date -Is) publish: $*"; }
fail() { echo "publish 失败：$*" >&2; echo "publish: 线上网站和响应头没有改动，仍是上一次发布的版本。" >&2; exit 1; }

# One publish at a time (cron and CI may meet).
mkdir -p "$releases"
exec 9>"$releases/.publish.lock"
flock -w 600 9 || fail "另一次发布正在进行（等待 10 分钟后放弃）"

# --- 1. build, as the unprivileged user -------------------------------------
id="$(date -u +%Y%m%dT%H%M%SZ)-$$"
release="$releases/$id"

build_steps() {
  set -euo pipefail
  cd "$site"
  if [ -n "$update" ]; then
    git fetch --quiet origin
    if [ "$update" = "@tracked" ]; then git merge --ff-only --quiet '@{upstream}'; else git checkout --quiet --detach "$update"; fi
    npm ci --no-audit --no-fund
  fi
  # The whole build: content lint, astro build, search index, precompression;
  # then the quality gates over the result (HTML, links, sitemap, feeds).
  npm run build
  npm run check:site -- --dir "${GARDENIA_OUT:-dist}"
  mkdir -p "$release"
  cp -a "${GARDENIA_OUT:-dist}/." "$release/dist/"
  npx --no node deploy/csp-header.ts --dist "$release/dist" --out "$release/csp.conf"
}

log "build $(cd "$site" && git -c safe.directory="$site" rev-parse --short HEAD 2>/dev/null || echo '?') → $release"
export -f build_steps
export site release update
if [ "$(id -u)" = 0 ]; then
  # Root never builds: the build runs site code (npm scripts, Astro, MDX).
  id "$build_user" >/dev/null 2>&1 || fail "构建用户 $build_user 不存在（见 docs/deployment.md 的安装步骤）"
  chown "$build_user" "$releases"
  home="$(getent passwd "$build_user" | cut -d: -f6)"
  # npm needs a writable home for its cache; system users often have none.
  if [ ! -d "$home" ]; then home="$releases/.home"; mkdir -p "$home"; chown "$build_user" "$home"; fi
  runuser -u "$build_user" -- env HOME="$home" bash -c build_steps \
    || { rm -rf "$release"; fail "构建没有通过（见上面的输出）"; }
else
  bash -c build_steps || { rm -rf "$release"; fail "构建没有通过（见上面的输出）"; }
fi

# --- 2. activate -------------------------------------------------------------
# The build user wrote csp.conf; nginx must not take arbitrary directives from it.
# Accept exactly the generated comment and one `set $gardenia_csp "…";` line.
csp_line="$(grep -v '^#' "$release/csp.conf" || true)"
if ! printf '%s\n' "$csp_line" | grep -Eqx 'set \$gardenia_csp "[^"$\\{}]+";' || [ "$(printf '%s\n' "$csp_line" | wc -l)" != 1 ]; then
  rm -rf "$release"
  fail "生成的 CSP 响应头格式不对（$release/csp.conf），拒绝写入 nginx 配置"
fi
case "$release" in *[!A-Za-z0-9/._-]*) fail "发布目录的路径含有 nginx 配置不允许的字符：$release" ;; esac

new_conf="$(mktemp "${live_conf}.new.XXXXXX")"
{
  echo "# Written by deploy/publish.sh at $(date -Is): the live release. Do not edit."
  echo "root $release/dist;"
  printf '%s\n' "$csp_line"
} > "$new_conf"
chmod 644 "$new_conf"

had_old=0
if [ -e "$live_conf" ]; then cp -p "$live_conf" "$live_conf.prev"; had_old=1; fi
restore() {
  if [ "$had_old" = 1 ]; then mv -f "$live_conf.prev" "$live_conf"; else rm -f "$live_conf"; fi
}
# Writing the include changes nothing that is served: nginx reads it only on reload.
mv -f "$new_conf" "$live_conf"
log "nginx -t with the new release"
if ! "${nginx[@]}" -t -q; then
  restore
  rm -rf "$release"
  fail "nginx 配置测试（nginx -t）没有通过，没有重新加载"
fi
if ! "${nginx[@]}" -s reload; then
  restore
  rm -rf "$release"
  fail "nginx 重新加载失败"
fi
rm -f "$live_conf.prev"
log "live: $release"

# Keep the newest $keep releases (the live one is the newest).
ls -1d "$releases"/*/ 2>/dev/null | sort | head -n "-$keep" | while read -r old; do
  [ "${old%/}" = "$release" ] || rm -rf "${old%/}"
done
