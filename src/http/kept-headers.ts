// The headers of a kept answer (plugins/http-cache.ts), computed once per
// answer and encoding rather than by every hook on every request.

export type Encoding = 'identity' | 'br' | 'gzip'

/**
 * Headers that differ from one request to the next for the same kept answer:
 * the cache's fast path adds the request id and the rate limit's anew, and
 * Node the connection's; the length and encoding depend on the encoding sent.
 * Any other header a hook sets is taken to be the same for every request
 * with the same URL and Accept (and Origin when CORS varies on it): a test
 * compares kept answers with fresh ones, header by header.
 */
const perRequest = new Set([
  'x-request-id', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after',
  'date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding'
])

/** The headers of an answer (as `reply.getHeaders()` gives them) that every request gets alike, as a flat list. */
export function keptHeaders (headers: Record<string, unknown>): string[] {
  const kept: string[] = []
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || perRequest.has(name)) continue
    for (const one of [value].flat()) kept.push(name, String(one))
  }
  return kept
}

/** The shared headers with those of one encoding of the body. */
export function withLength (shared: string[], encoding: Encoding, length: number): string[] {
  return encoding === 'identity'
    ? [...shared, 'content-length', String(length)]
    : [...shared, 'content-encoding', encoding, 'content-length', String(length)]
}
