#!/usr/bin/env bash
# Daily (or on-demand) rebuild on the server: pull, build, precompress, refresh
# the CSP header, reload nginx. Run from cron as the deploy user just after
# midnight Beijing time (16:05 UTC on a server whose clock is UTC), as in docs/deployment.md:
#   5 16 * * *  /srv/gardenia/site/deploy/rebuild.sh >> /var/log/gardenia-rebuild.log 2>&1
# The build runs in a fresh directory and is swapped in only when it passed,
# so a failed build never takes the live site down. See docs/deployment.md.
set -euo pipefail

site="$(cd "$(dirname "$0")/.." && pwd)"
csp_out="${GARDENIA_CSP_CONF:-/etc/nginx/gardenia/csp.conf}"
cd "$site"

echo "== $(date -Is) rebuild of $site"
git pull --ff-only
npm ci --no-audit --no-fund

npm run lint:content
# Scheduled entries (a future publishDate) appear once their day has come.
rm -rf dist.new
GARDENIA_OUT=./dist.new npx astro build
npx pagefind --site dist.new
npx node deploy/precompress.ts dist.new
npx node scripts/check-site.ts --dir dist.new

# Swap in the new build; keep the previous one for a quick rollback.
rm -rf dist.prev
[ -d dist ] && mv dist dist.prev
mv dist.new dist

# New script hashes need a new header; test the config before reloading.
npx node deploy/csp-header.ts --dist dist --out "$csp_out"
sudo -n /usr/sbin/nginx -t
sudo -n /usr/sbin/nginx -s reload
echo "== $(date -Is) done"
