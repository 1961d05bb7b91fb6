import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the local server saw it. */
export interface Seen {
  method: string;
  path: string;
  auth?: string;
  type?: string;
  body: string;
}

/**
 * A local stand-in for a Mastodon instance, on 127.0.0.1, implementing the documented endpoints
 * Pantau uses: verify_credentials, v2/instance, v2/media and statuses. No Mastodon-API server
 * installs from the registries here, so this stays; Bluesky posting runs against a real PDS
 * (./pds.ts). It records every request (so tests assert the exact bodies) and can be told to fail:
 * a wrong token, rate limiting, or a failure at the Nth post.
 */
export class ApiServer {
  seen: Seen[] = [];
  token = 'masto-token';
  /** Fail the statuses call with this index (0-based) once, with this status. */
  failAt?: { index: number; status: number; error?: string; message?: string };
  private posts = 0;
  private server?: Server;
  origin = '';

  async start(): Promise<string> {
    this.server = createServer(
      (req, res) =>
        void this.handle(req).then(([status, body]) => {
          res.writeHead(status, {
            'content-type': 'application/json',
            'access-control-allow-origin': '*',
            'access-control-allow-headers': '*',
          });
          res.end(JSON.stringify(body));
        }),
    );
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.origin = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this.origin;
  }
  /** Forget requests and counters (between tests). */
  reset() {
    this.seen = [];
    this.posts = 0;
    this.failAt = undefined;
  }
  stop = () => new Promise<void>((r) => this.server?.close(() => r()));
  statuses = () => this.seen.filter((s) => s.path === '/api/v1/statuses').map((s) => JSON.parse(s.body) as Record<string, unknown>);

  private async handle(req: IncomingMessage): Promise<[number, unknown]> {
    if (req.method === 'OPTIONS') return [204, {}];
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString(req.headers['content-type']?.startsWith('image/') ? 'base64' : 'utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    const seen: Seen = {
      method: req.method ?? 'GET',
      path: url.pathname,
      body,
      ...(req.headers.authorization ? { auth: req.headers.authorization } : {}),
      ...(req.headers['content-type'] ? { type: req.headers['content-type'] } : {}),
    };
    this.seen.push(seen);
    const bearer = req.headers.authorization?.replace(/^Bearer /, '');
    if (url.pathname.startsWith('/api/')) {
      if (url.pathname === '/api/v2/instance') return [200, { domain: '127.0.0.1', configuration: { statuses: { max_characters: 1000 } } }];
      if (bearer !== this.token) return [401, { error: 'The access token is invalid' }];
      if (url.pathname === '/api/v1/accounts/verify_credentials') return [200, { id: '1', acct: 'kopi', username: 'kopi' }];
      if (url.pathname === '/api/v2/media') return [200, { id: 'media-1', type: 'image' }];
      if (url.pathname === '/api/v1/statuses')
        return this.post(() => {
          const n = this.posts;
          return [200, { id: `status${n}`, url: `${this.origin}/@kopi/status${n}` }];
        });
    }
    return [404, { error: 'NotFound' }];
  }

  private post(ok: () => [number, unknown]): [number, unknown] {
    const f = this.failAt;
    if (f && f.index === this.posts) {
      this.failAt = undefined;
      return [f.status, { error: f.error ?? 'RateLimitExceeded', message: f.message ?? 'Rate limit exceeded' }];
    }
    const out = ok();
    this.posts++;
    return out;
  }
}
