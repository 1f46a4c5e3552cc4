#!/usr/bin/env bash
# The forced command of the CI deploy key (authorized_keys of the deploy account):
#   command="/usr/local/sbin/gardenia-publish-ssh",no-port-forwarding,no-agent-forwarding,no-X11-forwarding,no-pty ssh-ed25519 AAAA… ci-deploy
# CI sends only the commit id; anything else is refused. The account may run
# exactly `sudo -n /usr/local/sbin/gardenia-publish --update=<sha>` (sudoers), and
# the publish step builds as the unprivileged build user. See docs/deployment.md.
set -euo pipefail
sha="${SSH_ORIGINAL_COMMAND:-}"
if ! [[ "$sha" =~ ^[0-9a-f]{40}$ ]]; then
  echo "publish-ssh: 只接受 40 位的提交编号（commit id），收到：${sha:0:60}" >&2
  exit 2
fi
exec sudo -n /usr/local/sbin/gardenia-publish "--update=$sha"
