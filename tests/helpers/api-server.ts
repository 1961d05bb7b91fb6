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
 * A local stand-in for a Bluesky PDS and a Mastodon instance, on 127.0.0.1, implementing the
 * documented endpoints Pantau uses: createSession, refreshSession, resolveHandle, uploadBlob,
 * createRecord, verify_credentials, v2/instance, v2/media and statuses. It records every request
 * (so tests assert the exact bodies) and can be told to fail: a wrong password, an expired token,
 * rate limiting, or a failure at the Nth post.
 */
export class ApiServer {
  seen: Seen[] = [];
  password = 'app-pass-1234';
  token = 'masto-token';
  /** Fail the createRecord/statuses call with this index (0-based) once, with this status. */
  failAt?: { index: number; status: number; error?: string; message?: string };
  /** The next authenticated Bluesky call answers 400 ExpiredToken once. */
  expireOnce = false;
  private posts = 0;
  private access = 'access-1';
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
    this.expireOnce = false;
    this.access = 'access-1';
  }
  stop = () => new Promise<void>((r) => this.server?.close(() => r()));
  records = () =>
    this.seen.filter((s) => s.path.endsWith('createRecord')).map((s) => JSON.parse(s.body) as { record: Record<string, unknown> });
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
    switch (url.pathname) {
      case '/xrpc/com.atproto.server.createSession': {
        const { identifier, password } = JSON.parse(body) as { identifier: string; password: string };
        if (password !== this.password) return [401, { error: 'AuthenticationRequired', message: 'Invalid identifier or password' }];
        return [
          200,
          {
            did: 'did:plc:pantautest',
            handle: identifier.includes('@') ? 'kopi.bsky.social' : identifier,
            accessJwt: this.access,
            refreshJwt: 'refresh-1',
          },
        ];
      }
      case '/xrpc/com.atproto.server.refreshSession':
        if (bearer !== 'refresh-1') return [400, { error: 'ExpiredToken', message: 'Token has expired' }];
        this.access = 'access-2';
        return [200, { did: 'did:plc:pantautest', handle: 'kopi.bsky.social', accessJwt: this.access, refreshJwt: 'refresh-1' }];
      case '/xrpc/com.atproto.identity.resolveHandle': {
        const handle = url.searchParams.get('handle');
        return handle === 'teman.bsky.social'
          ? [200, { did: 'did:plc:teman' }]
          : [400, { error: 'InvalidRequest', message: 'Unable to resolve handle' }];
      }
    }
    if (url.pathname.startsWith('/xrpc/')) {
      if (this.expireOnce) {
        this.expireOnce = false;
        return [400, { error: 'ExpiredToken', message: 'Token has expired' }];
      }
      if (bearer !== this.access) return [401, { error: 'InvalidToken', message: 'Bad token' }];
      if (url.pathname === '/xrpc/com.atproto.repo.uploadBlob')
        return [
          200,
          {
            blob: {
              $type: 'blob',
              ref: { $link: 'bafyimage' },
              mimeType: req.headers['content-type'],
              size: Buffer.from(body, 'base64').length,
            },
          },
        ];
      if (url.pathname === '/xrpc/com.atproto.repo.createRecord')
        return this.post(() => {
          const n = this.posts;
          return [200, { uri: `at://did:plc:pantautest/app.bsky.feed.post/rkey${n}`, cid: `cid${n}` }];
        });
    }
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
