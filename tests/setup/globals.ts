import { vi } from 'vitest';

// Browser globals some libraries read at import time (dexie-export-import uses `self`).
(globalThis as { self?: unknown }).self ??= globalThis;

// Local time is UTC unless the run names a zone: `npm test` runs the unit suite a second time under
// TZ=Pacific/Kiritimati (UTC+14), so a test that reads the local calendar fails on every machine,
// not only at some hours. Tests that need a zone pass it explicitly.
process.env.TZ ||= 'UTC';

// PANTAU_TEST_NOW=2026-12-02T23:59:00Z starts the clock at that instant (it still advances), to
// sweep the suite over the hours of the day (scripts/clock-sweep.sh).
if (process.env.PANTAU_TEST_NOW) {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: new Date(process.env.PANTAU_TEST_NOW) });
}
