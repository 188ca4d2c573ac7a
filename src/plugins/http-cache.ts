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
// A kept answer is sent from the first onRequest hook, with the headers its
// first answer had, computed once (http/kept-headers.ts): the hooks that add
// the same headers to every answer (CORS, security headers) do not run again,
// and the ones whose headers differ per request are done here (request id,
// rate limit). Register this plugin before every other plugin with an
// onRequest hook: a hook registered after it does not run for kept answers.
import { createHash } from 'node:crypto'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { negotiate } from '@fastify/accept-negotiator'
import { LRUCache } from 'lru-cache'
import { boundedDataVersion } from '../db/bounded-data-version.js'
import { openDataVersion } from '../db/data-version.js'
import type { DatabaseTarget } from '../db/target.js'
import { brotliOptions, COMPRESS_FROM_BYTES } from '../http/compression.js'
import { matchesEtag } from '../http/etags.js'
import { keptHeaders, withLength, type Encoding } from '../http/kept-headers.js'
import { requestOrigin } from '../http/public-url.js'
import { isCached } from '../http/route-kinds.js'
import { requestIdHeader } from '../logging.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on a cache miss: where to keep the answer, and the data version it was computed from. */
    cacheSlot: { key: string, version: number } | null
    /** Set when a kept answer matches If-None-Match: answered 304 once the other hooks have run. */
    notModified: Entry | null
  }
  interface FastifyInstance {
    /**
     * Counts a request against its client's rate limit and adds the RateLimit
     * headers to `headers` (name, value, …); false when past the limit (the
     * limiter's own hook answers 429 then). Set by plugins/rate-limit.ts.
     */
    countRequest?: (request: FastifyRequest, headers: string[]) => boolean
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
  maxBytes?: number
}

export default fp<HttpCacheOptions>(async (app, { database, maxAge, freshnessMs, varyOnOrigin = false, maxBytes = 64 * 1024 * 1024 }) => {
  const version = boundedDataVersion(await openDataVersion(database), freshnessMs)
  app.addHook('onClose', async () => version.close())
  const cache = new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: sizeOf })
  app.decorateRequest('cacheSlot', null)

  const cacheable = (request: FastifyRequest): boolean =>
    (request.method === 'GET' || request.method === 'HEAD') &&
    isCached(request.routeOptions.config.kind)
  const cacheControl = `public, max-age=${maxAge}`

  app.decorateRequest('notModified', null)
  let countRequest: NonNullable<typeof app.countRequest> | undefined
  app.addHook('onReady', async () => { countRequest = app.countRequest })

  /**
   * A kept answer is complete: it goes straight to the socket, past the
   * serializer and the onSend hooks (ETag, compression) that would have nothing
   * left to do. Fastify still logs it and runs the onResponse hooks.
   */
  function send (request: FastifyRequest, reply: FastifyReply, entry: Entry, encoding: Encoding, body: Buffer): boolean {
    const head = entry.head[encoding] ??= withLength(entry.shared, encoding, body.length)
    const headers = [...head, requestIdHeader, request.id]
    if (countRequest !== undefined && !countRequest(request, headers)) return false
    reply.hijack()
    reply.raw.writeHead(200, headers)
    reply.raw.end(request.method === 'HEAD' ? undefined : body)
    return true
  }

  // A callback hook, not an async one: this is the path every cached answer takes.
  app.addHook('onRequest', (request, reply, done) => {
    if (!cacheable(request)) return done()
    const origin = varyOnOrigin ? `\n${request.headers.origin ?? ''}` : ''
    // The scheme and host asked at too: answers carry absolute links to them.
    const key = `${requestOrigin(request)}${request.url}\n${request.headers.accept ?? ''}${origin}`
    const current = version.current()
    const entry = cache.get(key)
    if (entry === undefined || entry.version !== current) {
      request.cacheSlot = { key, version: current }
    } else if (matchesEtag(request.headers['if-none-match'], entry.etag)) {
      request.notModified = entry
    } else {
      const encoding = entry.body.length >= COMPRESS_FROM_BYTES && request.headers['accept-encoding'] !== undefined
        ? negotiate(request.headers['accept-encoding'], ['br', 'gzip'])
        : undefined
      let kept = entry
      if ((encoding === 'br' || encoding === 'gzip') && entry.encoded[encoding] === undefined) {
        // A new entry, so that the cache counts its size again, the compressed copy included.
        kept = { ...entry, encoded: { ...entry.encoded, [encoding]: encoders[encoding](entry.body) } }
        cache.set(key, kept)
      }
      const sent = encoding === 'br' || encoding === 'gzip'
        ? send(request, reply, kept, encoding, kept.encoded[encoding] as Buffer)
        : send(request, reply, kept, 'identity', kept.body)
      if (sent) return
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
    const body = Buffer.from(payload)
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
    reply.header('etag', etag)
    const headers = Object.fromEntries(['etag', ...KEPT_HEADERS].flatMap(name => {
      const value = reply.getHeader(name)
      return value === undefined ? [] : [[name, String(value)]]
    }))
    cache.set(slot.key, { version: slot.version, etag, headers, body, encoded: {}, shared: keptHeaders(reply.getHeaders()), head: {} })
    return payload
  })
}, { name: 'http-cache' })
