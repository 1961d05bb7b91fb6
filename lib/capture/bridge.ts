/**
 * The MAIN-world hook and the isolated content script talk over window.postMessage. The page can
 * read and forge these messages, so they only ever carry captured network bodies, which the
 * content script re-parses and the background re-validates. Nothing privileged crosses here.
 * (Constants only: this file is bundled into the MAIN-world hook, which must stay tiny.)
 */
export const BRIDGE_SOURCE = 'pantau:network/v1';
/** Largest response body forwarded (X list timelines reach ~4 MB). */
export const BRIDGE_MAX_BODY_CHARS = 16 * 1024 * 1024;

export interface BridgeMessage {
  source: typeof BRIDGE_SOURCE;
  url: string;
  body: string;
}
