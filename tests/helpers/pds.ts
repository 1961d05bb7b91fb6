import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// The PDS + PLC network alone: the package's index also loads the AppView, Ozone and bsync (6 s to import, not 2).
import { TestNetworkNoAppView } from '@atproto/dev-env/dist/network-no-appview.js';

/** An account on the real PDS: its own password, and an app password to give Pantau. */
export interface PdsAccount {
  did: string;
  handle: string;
  password: string;
  appPassword: string;
}

/** A post record as the PDS stores it (com.atproto.repo.getRecord). */
export interface PostRecord {
  uri: string;
  cid: string;
  value: {
    $type: string;
    text: string;
    createdAt: string;
    facets?: Array<{ index: { byteStart: number; byteEnd: number }; features: Array<Record<string, string>> }>;
    reply?: { root: { uri: string; cid: string }; parent: { uri: string; cid: string } };
    embed?: {
      $type: string;
      images: Array<{ alt: string; image: { $type: string; ref: { $link: string }; mimeType: string; size: number } }>;
    };
  };
}

/** What the PDS answered one request that went through the proxy. */
export interface Answer {
  method: string;
  path: string;
  status: number;
  body: Record<string, unknown>;
}

const xrpc = async (origin: string, method: string, opts: { body?: unknown; auth?: string } = {}) => {
  const res = await fetch(`${origin}/xrpc/${method}`, {
    method: opts.body === undefined ? 'GET' : 'POST',
    headers: {
      ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(opts.auth ? { authorization: `Bearer ${opts.auth}` } : {}),
    },
    ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }),
  });
  const text = await res.text();
  const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${method}: ${res.status} ${JSON.stringify(body)}`);
  return body;
};

// Hop-by-hop headers, and what fetch has already undone (it decompresses and re-frames the body).
const DROP = new Set(['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'content-encoding', 'accept-encoding']);

/**
 * A real Bluesky PDS and PLC directory (`@atproto/dev-env`, in this process), with two accounts:
 * `poster` (kopi.test, with an app password) and `friend` (teman.test, to be mentioned).
 *
 * Pantau talks to it at `origin`, a small pass-through proxy on 127.0.0.1 that keeps what the
 * PDS answered (so a test sees `validationStatus`) and produces on demand the one fault the real
 * server cannot: a refusal of the Nth post (`failAt`, a 429 RateLimitExceeded by default).
 * Everything else, sign-in, handle resolution, blobs, records and their validation, is the PDS's own.
 * (The PDS itself listens on every interface: dev-env takes a port, not a host.)
 */
export class RealPds {
  /** Refuse the createRecord with this index (0-based, counted since `reset`) once, without passing it on. */
  failAt?: { index: number; status: number; error?: string; message?: string };
  answers: Answer[] = [];
  private accepted = 0;

  private constructor(
    private readonly network: TestNetworkNoAppView,
    private readonly proxy: Server,
    /** The PDS itself, on this machine. */
    readonly pdsOrigin: string,
    /** The proxy in front of it: the address tests give Pantau. */
    readonly origin: string,
    readonly poster: PdsAccount,
    readonly friend: PdsAccount,
  ) {}

  static async start(): Promise<RealPds> {
    const network = await TestNetworkNoAppView.create({});
    const pdsOrigin = `http://127.0.0.1:${network.pds.port}`;
    const account = async (name: string): Promise<PdsAccount> => {
      const password = `${name}-own-password`;
      const made = await xrpc(pdsOrigin, 'com.atproto.server.createAccount', {
        body: { email: `${name}@pantau.test`, handle: `${name}.test`, password },
      });
      const app = await xrpc(pdsOrigin, 'com.atproto.server.createAppPassword', {
        body: { name: 'Pantau' },
        auth: made.accessJwt as string,
      });
      return { did: made.did as string, handle: made.handle as string, password, appPassword: app.password as string };
    };
    const [poster, friend] = await Promise.all([account('kopi'), account('teman')]);
    const to: { pds?: RealPds } = {};
    const proxy = createServer((req, res) => void to.pds!.forward(req, res));
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    to.pds = new RealPds(network, proxy, pdsOrigin, origin, poster, friend);
    return to.pds;
  }

  /** Forget answers and the post count, and any fault not yet produced (between tests). */
  reset() {
    this.answers = [];
    this.accepted = 0;
    this.failAt = undefined;
  }

  async stop() {
    const closed = new Promise<void>((r) => this.proxy.close(() => r()));
    this.proxy.closeAllConnections(); // a browser's keep-alive connections would hold close() open
    await closed;
    await this.network.close();
  }

  /**
   * Revoke the poster's app password, as Bluesky's Settings → App passwords does, then make a new
   * one (`poster.appPassword`) for the tests after.
   */
  async revokeAppPassword() {
    const own = await xrpc(this.pdsOrigin, 'com.atproto.server.createSession', {
      body: { identifier: this.poster.handle, password: this.poster.password },
    });
    const auth = own.accessJwt as string;
    await xrpc(this.pdsOrigin, 'com.atproto.server.revokeAppPassword', { body: { name: 'Pantau' }, auth });
    this.poster.appPassword = (await xrpc(this.pdsOrigin, 'com.atproto.server.createAppPassword', { body: { name: 'Pantau' }, auth }))
      .password as string;
  }

  /** A record read back from the PDS's repo. */
  async getRecord(uri: string): Promise<PostRecord> {
    const [, , repo, collection, rkey] = uri.split('/');
    const q = new URLSearchParams({ repo: repo!, collection: collection!, rkey: rkey! });
    return (await xrpc(this.pdsOrigin, `com.atproto.repo.getRecord?${q}`)) as unknown as PostRecord;
  }

  /** Every post in an account's repo, oldest first (record keys are time-ordered). */
  async listPosts(did: string): Promise<PostRecord[]> {
    const q = new URLSearchParams({ repo: did, collection: 'app.bsky.feed.post', limit: '100', reverse: 'true' });
    return (await xrpc(this.pdsOrigin, `com.atproto.repo.listRecords?${q}`)).records as PostRecord[];
  }

  /** What the PDS answered each createRecord that reached it. */
  created = () => this.answers.filter((a) => a.path.endsWith('/com.atproto.repo.createRecord') && a.status === 200).map((a) => a.body);

  /**
   * The same access token, but expired a minute ago, signed with this PDS's own key: the PDS
   * answers it as it answers any token past its two hours (400 ExpiredToken).
   */
  expired(accessJwt: string): string {
    const [header, payload] = accessJwt.split('.');
    const now = Math.floor(Date.now() / 1000);
    const claims = { ...(JSON.parse(Buffer.from(payload!, 'base64url').toString()) as object), iat: now - 7260, exp: now - 60 };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    const signature = createHmac('sha256', this.network.pds.jwtSecretKey()).update(`${header}.${body}`).digest('base64url');
    return `${header}.${body}.${signature}`;
  }

  private async forward(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = new URL(req.url ?? '/', this.origin).pathname;
    const f = this.failAt;
    if (req.method === 'POST' && path === '/xrpc/com.atproto.repo.createRecord' && f && f.index === this.accepted) {
      this.failAt = undefined;
      const body = { error: f.error ?? 'RateLimitExceeded', message: f.message ?? 'Rate Limit Exceeded' };
      this.answers.push({ method: 'POST', path, status: f.status, body });
      res.writeHead(f.status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(JSON.stringify(body));
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter((e): e is [string, string] => typeof e[1] === 'string' && !DROP.has(e[0])),
    );
    const upstream = await fetch(`${this.pdsOrigin}${req.url}`, {
      method: req.method ?? 'GET',
      headers,
      ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
    }).catch(() => undefined);
    if (!upstream) {
      res.writeHead(502).end();
      return;
    }
    const out = Buffer.from(await upstream.arrayBuffer());
    if (req.method !== 'OPTIONS') {
      const json = upstream.headers.get('content-type')?.includes('json')
        ? (JSON.parse(out.toString() || '{}') as Record<string, unknown>)
        : {};
      this.answers.push({ method: req.method ?? 'GET', path, status: upstream.status, body: json });
      if (path === '/xrpc/com.atproto.repo.createRecord' && upstream.ok) this.accepted++;
    }
    res.writeHead(upstream.status, Object.fromEntries([...upstream.headers].filter(([k]) => !DROP.has(k))));
    res.end(out);
  }
}
