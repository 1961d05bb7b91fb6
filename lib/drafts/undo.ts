/** How long a deleted draft can be brought back with "Undo" (the background keeps it that long). */
export const UNDO_MS = 60_000;
