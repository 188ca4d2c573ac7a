// HTTP caching for the API's GET operations (routes whose kind is cached, see http/route-kinds.ts):
// - every answer is kept, already serialized, until the data changes (the data
//   only changes when it is re-seeded or migrated), so a repeated query does no
//   database work, no validation and no serialization;
// - strong ETags, If-None-Match → 304, Cache-Control with a configurable max-age,
//   and Vary on Accept and Accept-Encoding;
// - kept answers are compressed once per encoding (brotli or gzip) and reused;
//   the cache's size counts every copy it holds;
// - streamed answers (full exports of agreement lists) are never kept.
// Answers other than 200 are not kept (a client could otherwise fill memory with errors).
//
// A kept answer is sent with the headers its first answer had, computed once
// (http/kept-headers.ts): the hooks that add the same headers to every answer
// (CORS, security headers) do not run again, and the ones whose headers
// differ per request are done here (request id, rate limit). It is sent
// before Fastify sees the request at all, when the server listens: Fastify's
// routing, request and reply objects and hook runs were two fifths of a kept
// answer's CPU. The access line is written here then. Behind a proxy that
// TRUST_PROXY believes (whose headers decide the client's address and the
// origin), when the client sends If-None-Match, while the server closes, and
// through `inject` (tests), kept answers are sent from the first onRequest
// hook instead, as Fastify logs them. Register this plugin before every other
// plugin with an onRequest hook: a hook registered after it does not run for
// kept answers.
import { createHash } from 'node:crypto'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { negotiate } from '@fastify/accept-negotiator'
import { LRUCache } from 'lru-cache'
import type { Logger } from 'pino'
import { boundedDataVersion } from '../db/bounded-data-version.js'
import { type DataVersion, openDataVersion } from '../db/data-version.js'
import type { DatabaseTarget } from '../db/target.js'
import { brotliOptions, COMPRESS_FROM_BYTES } from '../http/compression.js'
import { matchesEtag } from '../http/etags.js'
import { keptHeaders, withLength, type Encoding } from '../http/kept-headers.js'
import { connectionOrigin, requestOrigin } from '../http/public-url.js'
import { isCached } from '../http/route-kinds.js'
import { requestId, requestIdHeader, writeAccessLine } from '../logging.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on a cache miss: where to keep the answer, and the data version it was computed from. */
    cacheSlot: { key: string, version: number } | null
    /** Set when a kept answer matches If-None-Match: answered 304 once the other hooks have run. */
    notModified: Entry | null
  }
  interface FastifyInstance {
    /**
     * Tells of changes to the data as this cache sees them: at most
     * CACHE_FRESHNESS_MS late. What else is kept until the data changes (the
     * dataset's version, plugins/db.ts) is kept by the same clock.
     */
    dataChanges: DataVersion
    /**
     * Counts a request (by its client's address) against its client's rate
     * limit and adds the RateLimit headers to `headers` (name, value, …);
     * false when past the limit (the limiter's own hook answers 429 then).
     * Set by plugins/rate-limit.ts.
     */
    countRequest?: (raw: IncomingMessage, ip: string, headers: string[]) => boolean
  }
}

interface Entry {
  version: number
  etag: string
  headers: Record<string, string>
  body: Buffer
  encoded: Partial<Record<'br' | 'gzip', Buffer>>
  /** The headers of its first answer that every request gets alike (name, value, …). */
  shared: string[]
  /** `shared` plus content-encoding and content-length, per encoding, made on first use. */
  head: Partial<Record<Encoding, string[]>>
  /** The route's URL pattern, for the access line. */
  route: string | null
}

const KEPT_HEADERS = ['content-type', 'content-disposition', 'link', 'x-total-count']
const encoders = {
  br: (body: Buffer) => brotliCompressSync(body, brotliOptions),
  gzip: (body: Buffer) => gzipSync(body)
}

export { matchesEtag }

/** What an entry holds, in bytes: every copy of the body, and about what its headers and key take. */
const sizeOf = (entry: Entry): number =>
  entry.body.length + (entry.encoded.br?.length ?? 0) + (entry.encoded.gzip?.length ?? 0) + 1024

function addVary (reply: FastifyReply, fields: string): void {
  const header = reply.getHeader('vary')
  if (header === undefined) {
    reply.header('vary', fields)
    return
  }
  const existing = String(header)
  const have = new Set(existing.split(',').map(field => field.trim().toLowerCase()).filter(Boolean))
  const added = fields.split(',').map(field => field.trim()).filter(field => !have.has(field.toLowerCase()))
  if (added.length > 0) reply.header('vary', [existing, ...added].filter(Boolean).join(', '))
}

export interface HttpCacheOptions {
  database: DatabaseTarget
  maxAge: number
  /** How long a change to the data may go unseen, in ms (0: checked on every request). */
  freshnessMs: number
  /** Keep an answer per Origin too (when CORS answers differ by origin). */
  varyOnOrigin?: boolean
  /**
   * Whether the client's address and the origin are the connection's own
   * (no TRUST_PROXY): then kept answers are sent before Fastify routes the request.
   */
  direct?: boolean
  maxBytes?: number
}

export default fp<HttpCacheOptions>(async (app, { database, maxAge, freshnessMs, varyOnOrigin = false, direct = false, maxBytes = 64 * 1024 * 1024 }) => {
  const version = boundedDataVersion(await openDataVersion(database), freshnessMs)
  app.addHook('onClose', async () => version.close())
  app.decorate('dataChanges', version)
  const cache = new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: sizeOf })
  app.decorateRequest('cacheSlot', null)

  const cacheable = (request: FastifyRequest): boolean =>
    (request.method === 'GET' || request.method === 'HEAD') &&
    isCached(request.routeOptions.config.kind)
  const cacheControl = `public, max-age=${maxAge}`

  app.decorateRequest('notModified', null)
  let countRequest: NonNullable<typeof app.countRequest> | undefined
  app.addHook('onReady', async () => { countRequest = app.countRequest })

  const logger = app.log as unknown as Logger
  /** The key of an answer: the scheme and host asked at (answers carry absolute links to them), the URL, Accept, and Origin if CORS varies. */
  const keyOf = (origin: string, url: string, headers: IncomingHttpHeaders): string =>
    `${origin}${url}\n${headers.accept ?? ''}${varyOnOrigin ? `\n${headers.origin ?? ''}` : ''}`

  /** The kept answer for `key`, if the data has not changed since. */
  function fresh (key: string, current: number): Entry | undefined {
    const entry = cache.get(key)
    return entry !== undefined && entry.version === current ? entry : undefined
  }

  /**
   * Sends a kept answer if its client is within its rate limit: the body
   * compressed as the client accepts (each encoding made once and kept), with
   * the headers of its first answer, its own request id and rate-limit
   * headers. It is complete: it goes straight to the socket, past the
   * serializer and the onSend hooks (ETag, compression) that would have
   * nothing left to do. `sending` runs just before it is written.
   */
  function deliver (key: string, entry: Entry, raw: IncomingMessage, res: ServerResponse, id: string, ip: string, sending?: () => void): boolean {
    const accepted = raw.headers['accept-encoding']
    const encoding = entry.body.length >= COMPRESS_FROM_BYTES && accepted !== undefined ? negotiate(accepted, ['br', 'gzip']) : undefined
    let kept = entry
    if ((encoding === 'br' || encoding === 'gzip') && entry.encoded[encoding] === undefined) {
      // A new entry, so that the cache counts its size again, the compressed copy included.
      kept = { ...entry, encoded: { ...entry.encoded, [encoding]: encoders[encoding](entry.body) } }
      cache.set(key, kept)
    }
    const as: Encoding = encoding === 'br' || encoding === 'gzip' ? encoding : 'identity'
    const body = as === 'identity' ? kept.body : kept.encoded[as] as Buffer
    const head = kept.head[as] ??= withLength(kept.shared, as, body.length)
    const headers = [...head, requestIdHeader, id]
    if (countRequest !== undefined && !countRequest(raw, ip, headers)) return false
    sending?.()
    res.writeHead(200, headers)
    res.end(raw.method === 'HEAD' ? undefined : body)
    return true
  }

  /** Sends the kept answer to a plain GET or HEAD, before Fastify; false when there is none to send. */
  function answerDirectly (raw: IncomingMessage, res: ServerResponse): boolean {
    // A 304 is answered after the other hooks (below); while closing, Fastify adds Connection: close.
    if ((raw.method !== 'GET' && raw.method !== 'HEAD') || raw.headers['if-none-match'] !== undefined || !app.server.listening) return false
    const ip = raw.socket.remoteAddress
    if (ip === undefined) return false // the connection is gone
    const started = performance.now()
    const key = keyOf(connectionOrigin(raw), raw.url ?? '', raw.headers)
    const entry = fresh(key, version.current())
    if (entry === undefined) return false
    const id = requestId(raw)
    if (!deliver(key, entry, raw, res, id, ip)) return false
    if (logger.isLevelEnabled('info')) {
      writeAccessLine(logger, { id, method: raw.method, route: entry.route, status: 200, ms: performance.now() - started, ip })
    }
    return true
  }

  if (direct) {
    // The server's request event: a kept answer is sent here; anything else goes on to Fastify's handler.
    const server = app.server
    const handlers = server.listeners('request') as Array<(raw: IncomingMessage, res: ServerResponse) => void>
    server.removeAllListeners('request')
    server.on('request', (raw: IncomingMessage, res: ServerResponse) => {
      if (!answerDirectly(raw, res)) for (const handler of handlers) handler.call(server, raw, res)
    })
  }

  // A callback hook, not an async one: the path kept answers take when not sent directly.
  app.addHook('onRequest', (request, reply, done) => {
    if (!cacheable(request)) return done()
    const key = keyOf(requestOrigin(request), request.url, request.headers)
    const current = version.current()
    const entry = fresh(key, current)
    if (entry === undefined) {
      request.cacheSlot = { key, version: current }
    } else if (matchesEtag(request.headers['if-none-match'], entry.etag)) {
      request.notModified = entry
    } else if (deliver(key, entry, request.raw, reply.raw, request.id, request.ip, () => reply.hijack())) {
      return
    }
    // Not answered from the cache (a miss, a 304, or a client past its rate
    // limit): the other hooks, then the handler, answer.
    addVary(reply, 'accept, accept-encoding')
    reply.header('cache-control', cacheControl)
    done()
  })

  // After every onRequest hook (CORS, rate limit…) and validation, a 304.
  app.addHook('preHandler', (request, reply, done) => {
    const entry = request.notModified
    if (entry === null) return done()
    reply.headers(entry.headers)
    reply.code(304).send()
  })

  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode >= 400) {
      reply.header('cache-control', 'no-store')
      return payload
    }
    const slot = request.cacheSlot
    if (slot === null || request.method !== 'GET' || reply.statusCode !== 200) return payload
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload
    // Kept as bytes, and sent as the same bytes: a string payload would be
    // encoded again to be written (a list's page of 500 is 0.5 MB).
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
    reply.header('etag', etag)
    const headers = Object.fromEntries(['etag', ...KEPT_HEADERS].flatMap(name => {
      const value = reply.getHeader(name)
      return value === undefined ? [] : [[name, String(value)]]
    }))
    cache.set(slot.key, {
      version: slot.version, etag, headers, body, encoded: {}, shared: keptHeaders(reply.getHeaders()), head: {}, route: request.routeOptions.url ?? null
    })
    return body
  })
}, { name: 'http-cache' })
