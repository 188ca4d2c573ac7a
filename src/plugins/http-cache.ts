// HTTP caching for the API's GET operations (routes whose kind is cached, see http/route-kinds.ts):
// - every answer is kept, already serialized, until the data changes (the data
//   only changes when it is re-seeded or migrated), so a repeated query does no
//   database work, no validation and no serialization;
// - strong ETags, If-None-Match → 304, Cache-Control with a configurable max-age,
//   and Vary on Accept and Accept-Encoding;
// - kept answers are compressed once per encoding (brotli or gzip) and reused.
// Answers other than 200 are not kept (a client could otherwise fill memory with errors).
import { createHash } from 'node:crypto'
import type { OutgoingHttpHeaders } from 'node:http'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { negotiate } from '@fastify/accept-negotiator'
import { LRUCache } from 'lru-cache'
import { boundedDataVersion } from '../db/bounded-data-version.js'
import { openDataVersion } from '../db/data-version.js'
import { brotliOptions, COMPRESS_FROM_BYTES } from '../http/compression.js'
import { isCached } from '../http/route-kinds.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on a cache miss: where to keep the answer, and the data version it was computed from. */
    cacheSlot: { key: string, version: number } | null
  }
}

interface Entry {
  version: number
  etag: string
  headers: Record<string, string>
  body: Buffer
  encoded: Partial<Record<'br' | 'gzip', Buffer>>
}

const KEPT_HEADERS = ['content-type', 'content-disposition', 'link', 'x-total-count']
const encoders = {
  br: (body: Buffer) => brotliCompressSync(body, brotliOptions),
  gzip: (body: Buffer) => gzipSync(body)
}

/** Weak comparison, as RFC 9110 prescribes for If-None-Match; accepts lists and `*`. */
export function matchesEtag (header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  const bare = etag.replace(/^W\//, '')
  return header.split(',').some(tag => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === bare)
}

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

/**
 * A kept answer is complete: it goes straight to the socket, past the
 * serializer and the onSend hooks (ETag, compression) that would have nothing
 * left to do. Fastify still logs it and runs the onResponse hooks.
 */
function sendRaw (request: FastifyRequest, reply: FastifyReply, body: Buffer): void {
  reply.header('content-length', body.length)
  reply.hijack()
  reply.raw.writeHead(200, reply.getHeaders() as OutgoingHttpHeaders)
  reply.raw.end(request.method === 'HEAD' ? undefined : body)
}

export interface HttpCacheOptions {
  databasePath: string
  maxAge: number
  /** How long a change to the data may go unseen, in ms (0: checked on every request). */
  freshnessMs: number
  maxBytes?: number
}

export default fp<HttpCacheOptions>(async (app, { databasePath, maxAge, freshnessMs, maxBytes = 64 * 1024 * 1024 }) => {
  const version = boundedDataVersion(openDataVersion(databasePath), freshnessMs)
  app.addHook('onClose', async () => version.close())
  const cache = new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: entry => entry.body.length + 1024 })
  app.decorateRequest('cacheSlot', null)

  const cacheable = (request: FastifyRequest): boolean =>
    (request.method === 'GET' || request.method === 'HEAD') &&
    isCached(request.routeOptions.config.kind)
  const cacheControl = `public, max-age=${maxAge}`

  // A callback hook, not an async one: this is the path every cached answer takes.
  app.addHook('onRequest', (request, reply, done) => {
    if (!cacheable(request)) return done()
    addVary(reply, 'accept, accept-encoding')
    reply.header('cache-control', cacheControl)
    const key = `${request.url}\n${request.headers.accept ?? ''}`
    const current = version.current()
    const entry = cache.get(key)
    if (entry === undefined || entry.version !== current) {
      request.cacheSlot = { key, version: current }
      return done()
    }
    reply.headers(entry.headers)
    if (matchesEtag(request.headers['if-none-match'], entry.etag)) return reply.code(304).send()
    const encoding = entry.body.length >= COMPRESS_FROM_BYTES && request.headers['accept-encoding'] !== undefined
      ? negotiate(request.headers['accept-encoding'], ['br', 'gzip'])
      : undefined
    if (encoding === 'br' || encoding === 'gzip') {
      entry.encoded[encoding] ??= encoders[encoding](entry.body)
      reply.header('content-encoding', encoding)
      return sendRaw(request, reply, entry.encoded[encoding])
    }
    sendRaw(request, reply, entry.body)
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
    cache.set(slot.key, { version: slot.version, etag, headers, body, encoded: {} })
    return payload
  })
}, { name: 'http-cache' })
