/** Why a direct post failed, as a code the UI turns into words. */
export type PostingErrorCode =
  'wrongPassword' | 'wrongToken' | 'rateLimited' | 'tooLong' | 'notConnected' | 'network' | 'server' | 'badInstance';

export class PostingError extends Error {
  constructor(
    readonly code: PostingErrorCode,
    message: string = code,
  ) {
    super(message);
    this.name = 'PostingError';
  }
}

/** A fetch that turns "no answer at all" into a PostingError. */
export async function request(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    throw new PostingError('network', String(err).slice(0, 200));
  }
}

export async function jsonOf(res: Response): Promise<Record<string, unknown>> {
  const body: unknown = await res.json().catch(() => ({}));
  return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
}
