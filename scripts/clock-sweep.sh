#!/usr/bin/env bash
# Runs the unit suite under several time zones and clock hours, and optionally the E2E suite under
# a second zone, to find tests (and code) that depend on the wall clock. Not part of `npm test`
# (which runs the unit suite once more under UTC+14): run it after touching dates or periods.
#   bash scripts/clock-sweep.sh          # unit suite, 7 zone × instant pairs
#   bash scripts/clock-sweep.sh --e2e    # also the E2E suite in America/Los_Angeles and Pacific/Kiritimati
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
for combo in \
  "Pacific/Kiritimati|" \
  "America/Los_Angeles|2026-12-02T00:30:00Z" \
  "Asia/Jakarta|2026-12-02T19:30:00Z" \
  "Pacific/Pago_Pago|2026-12-02T23:59:00Z" \
  "UTC|2026-12-02T06:00:00Z" \
  "Asia/Kathmandu|2026-03-29T12:00:00Z" \
  "Europe/Berlin|2026-03-29T00:30:00Z"; do
  tz=${combo%%|*}
  now=${combo#*|}
  echo "== unit, TZ=$tz, clock from ${now:-now}"
  TZ=$tz PANTAU_TEST_NOW=$now npx vitest run --project unit --exclude 'tests/unit/fuzz/**' || status=1
done
if [ "${1:-}" = "--e2e" ]; then
  npx wxt build
  for tz in America/Los_Angeles Pacific/Kiritimati; do
    echo "== e2e, browser in $tz"
    PANTAU_E2E_TZ=$tz npx vitest run --project e2e || status=1
  done
fi
exit $status
