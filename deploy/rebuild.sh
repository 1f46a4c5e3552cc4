#!/usr/bin/env bash
# Daily (or on-demand) rebuild on the server: pull, build (npm run build: content
# lint, then astro build, which also indexes, precompresses and writes the CSP
# header file), refresh the CSP header, reload nginx. Run from cron as the deploy user, e.g.
#   17 3 * * *  /srv/gardenia/site/deploy/rebuild.sh >> /var/log/gardenia-rebuild.log 2>&1
# The build runs in a fresh directory and is swapped in only when it passed,
# so a failed build never takes the live site down. See docs/deployment.md.
set -euo pipefail

site="$(cd "$(dirname "$0")/.." && pwd)"
csp_out="${GARDENIA_CSP_CONF:-/etc/nginx/gardenia/csp.conf}"
cd "$site"

echo "== $(date -Is) rebuild of $site"
git pull --ff-only
npm ci --no-audit --no-fund

# Scheduled entries (a future publishDate) appear once their day has come.
# The same command as CI and package.json; it writes dist.new/ and dist.new.csp.conf.
rm -rf dist.new dist.new.csp.conf
GARDENIA_OUT=./dist.new npm run build
npx node scripts/check-site.ts --dir dist.new

# Swap in the new build; keep the previous one for a quick rollback.
rm -rf dist.prev
[ -d dist ] && mv dist dist.prev
mv dist.new dist

# New script hashes need a new header; test the config before reloading.
cp dist.new.csp.conf "$csp_out"
mv dist.new.csp.conf dist.csp.conf
sudo -n /usr/sbin/nginx -t
sudo -n /usr/sbin/nginx -s reload
echo "== $(date -Is) done"
