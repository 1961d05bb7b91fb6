import { defineContentScript } from 'wxt/utils/define-content-script';
import { BRIDGE_MAX_BODY_CHARS, BRIDGE_SOURCE, type BridgeMessage } from './bridge';

/**
 * Runs in the page's MAIN world at document_start: wraps fetch and XMLHttpRequest so the JSON
 * the web app itself receives can be read, and forwards only responses whose URL `matches`.
 * It never changes a request or a response, and never throws into the page.
 */
export function installNetworkHook(matches: (url: string) => boolean, win: Window & typeof globalThis = window): void {
  const forward = (url: string, body: string) => {
    if (body.length > BRIDGE_MAX_BODY_CHARS) return;
    const msg: BridgeMessage = { source: BRIDGE_SOURCE, url, body };
    win.postMessage(msg, win.location.origin);
  };
  const tooLarge = (length: string | null) => Number(length) > BRIDGE_MAX_BODY_CHARS;
  const absolute = (u: string) => {
    try {
      return new URL(u, win.location.href).href;
    } catch {
      return '';
    }
  };

  const originalFetch = win.fetch;
  if (typeof originalFetch === 'function') {
    const hooked = async function (this: unknown, ...args: Parameters<typeof fetch>) {
      const response = await originalFetch.apply(this, args);
      try {
        const input = args[0];
        const url = absolute(response.url || (input instanceof Request ? input.url : String(input)));
        // A body the bridge would drop anyway is not read at all, where the server says its size.
        if (url && matches(url) && !tooLarge(response.headers.get('content-length')))
          response
            .clone()
            .text()
            .then(
              (text) => forward(url, text),
              () => undefined,
            );
      } catch {
        // Reading is best effort; the page gets its response untouched either way.
      }
      return response;
    };
    win.fetch = hooked as typeof fetch;
  }

  const proto = win.XMLHttpRequest?.prototype;
  if (proto) {
    const urls = new WeakMap<XMLHttpRequest, string>();
    const originalOpen = proto.open;
    const originalSend = proto.send;
    proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      try {
        urls.set(this, absolute(String(args[1])));
      } catch {
        /* ignore */
      }
      return (originalOpen as (...a: unknown[]) => void).apply(this, args);
    } as typeof proto.open;
    proto.send = function (this: XMLHttpRequest, ...args: unknown[]) {
      const url = urls.get(this);
      if (url && matches(url)) {
        this.addEventListener('load', () => {
          try {
            if (tooLarge(this.getResponseHeader('content-length'))) return;
            const type = this.responseType;
            if (type === '' || type === 'text') forward(url, this.responseText);
            else if (type === 'json' && this.response != null) forward(url, JSON.stringify(this.response));
          } catch {
            /* ignore */
          }
        });
      }
      return (originalSend as (...a: unknown[]) => void).apply(this, args);
    } as typeof proto.send;
  }
}

/**
 * A platform's MAIN-world script: at document_start, so fetch/XHR are wrapped before the site's own
 * scripts run. It takes only the platform's URL test (its selectors module), never its parsers,
 * so what runs in the page's own world stays under a kilobyte.
 */
export function networkHookScript(matches: readonly string[], networkUrl: RegExp) {
  return defineContentScript({
    matches: [...matches],
    runAt: 'document_start',
    world: 'MAIN',
    main: () => installNetworkHook((url) => networkUrl.test(url)),
  });
}
