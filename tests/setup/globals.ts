// Browser globals some libraries read at import time (dexie-export-import uses `self`).
(globalThis as { self?: unknown }).self ??= globalThis;
