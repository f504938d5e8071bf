#!/usr/bin/env bash
# The main job on the built-in sample mailbox: import fixtures/mailbox into a fresh
# database and print the status. LHS_DB picks another database (default ./demo.sqlite).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${LHS_DB:-./demo.sqlite}
rm -f "$DB" "$DB-wal" "$DB-shm"
lhs() { node bin/lhs.js --db "$DB" "$@"; }
echo "== lhs import fixtures/mailbox"
lhs import fixtures/mailbox
echo
echo "== lhs status"
lhs status
echo
echo "== lhs export (confirmed leads so far; doubtful replies wait for lhs review)"
lhs export
echo
echo "== lhs chase"
lhs chase
