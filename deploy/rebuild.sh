#!/usr/bin/env bash
# Daily (or on-demand) rebuild on the server: the publish step, updating the
# checkout to its tracked branch first. Install root-owned copies of this file
# and publish.sh (root must never run scripts the build user can edit):
#   install -m 755 deploy/publish.sh /usr/local/sbin/gardenia-publish
#   install -m 755 deploy/rebuild.sh /usr/local/sbin/gardenia-rebuild
# and run it from root's crontab; the build itself runs as the unprivileged build
# user (see deploy/publish.sh and docs/deployment.md). Just after midnight Beijing
# time, i.e. 16:05 UTC on a server whose clock is UTC (a TZ= prefix on the command
# does not move cron's schedule):
#   5 16 * * *  /usr/local/sbin/gardenia-rebuild >> /var/log/gardenia-rebuild.log 2>&1
# Scheduled entries (a future publishDate) appear once their day has come.
set -euo pipefail
publish="${GARDENIA_PUBLISH:-/usr/local/sbin/gardenia-publish}"
[ -x "$publish" ] || publish="$(cd "$(dirname "$0")" && pwd)/publish.sh"
exec "$publish" --update "$@"
