// Per-client rate limiting, keyed by the client's address (as TRUST_PROXY
// resolves it; IPv6 clients by their /64). Every response says where the
// client stands (RateLimit-Limit, -Remaining, -Reset); past the limit it is a
// 429 problem with Retry-After. Probes (`config: { kind: 'probe' }`) are exempt.
//
// Written here rather than with @fastify/rate-limit, which this replaces with
// the same headers, keys (IPv6 by /64), fixed window and 429, for two reasons:
// - that plugin's check is asynchronous whatever its options (an async hook,
//   an awaited key and store: three promises per request). Measured on a kept
//   answer, server CPU per request (2026-11-29, a busy shared machine where
//   the hello-world took 41 µs; minimum of 12 rounds in one run): 101 µs with
//   the plugin, 101 µs with it called from a callback hook, 93 µs with this one;
// - the response cache answers kept answers from its own first hook, and must
//   count them there, synchronously (countRequest, below); with that (and the
//   handler timeout armed only where a handler runs) a kept answer took 69 µs.
import type { IncomingMessage } from 'node:http'
import fp from 'fastify-plugin'
import { RateLimitedError } from '../http/errors.js'
import { clientKey, type RateWindow, RateWindows } from '../http/rate-windows.js'
import { isRateLimited } from '../http/route-kinds.js'

export interface RateLimitOptions { max: number, windowSeconds: number }

function duration (seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`
}

export default fp<RateLimitOptions>(async (app, { max, windowSeconds }) => {
  const windows = new RateWindows(windowSeconds * 1000)
  const sweeper = setInterval(() => { windows.sweep(Date.now()) }, windows.windowMs)
  sweeper.unref()
  app.addHook('onClose', async () => { clearInterval(sweeper) })
  const limit = String(max)
  /**
   * Requests counted past the limit, with their window: the response cache
   * counts a request first, and one it may not answer comes here next, to be
   * refused without being counted twice. (A request within the limit is
   * answered by whoever counted it.)
   */
  const refused = new WeakMap<IncomingMessage, RateWindow>()

  /** Counts the request once; its RateLimit headers (name, value, …) and whether it is within the limit. */
  function count (raw: IncomingMessage, ip: string, headers: string[]): boolean {
    const now = Date.now()
    const window = refused.get(raw) ?? windows.hit(clientKey(ip), now)
    const reset = String(Math.max(1, Math.ceil((window.endsAt - now) / 1000)))
    headers.push('ratelimit-limit', limit, 'ratelimit-remaining', String(Math.max(0, max - window.count)), 'ratelimit-reset', reset)
    if (window.count <= max) return true
    refused.set(raw, window)
    return false
  }
  // For the response cache, which answers before this plugin's hook runs (see http-cache.ts).
  app.decorate('countRequest', count)

  // One application-wide callback hook, and it counts requests for unknown paths too.
  app.addHook('onRequest', (request, reply, done) => {
    if (!isRateLimited(request.routeOptions.config.kind)) return done()
    const headers: string[] = []
    const within = count(request.raw, request.ip, headers)
    for (let i = 0; i < headers.length; i += 2) reply.header(headers[i] as string, headers[i + 1])
    if (within) return done()
    const reset = Number(headers[5])
    reply.header('retry-after', reset)
    done(new RateLimitedError(max, duration(windowSeconds), reset))
  })
}, { name: 'rate-limit' })
