import { join } from 'node:path';

/** ../shared/realdata beside the checkout (read in place, never copied). */
export const REALDATA = join(import.meta.dirname, '..', '..', '..', 'shared', 'realdata');
