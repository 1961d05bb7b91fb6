// Browser globals some libraries read at import time (dexie-export-import uses `self`).
(globalThis as { self?: unknown }).self ??= globalThis;

// Local time is UTC in unit tests, so calendar and queue tests read the same everywhere.
process.env.TZ = 'UTC';
