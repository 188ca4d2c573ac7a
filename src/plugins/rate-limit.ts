// Per-client rate limiting, keyed by the client's address (as TRUST_PROXY
// resolves it). Every response says where the client stands (RateLimit-Limit,
// -Remaining, -Reset); past the limit it is a 429 problem with Retry-After.
// Probes (`config: { kind: 'probe' }`) are exempt.
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import rateLimit from '@fastify/rate-limit'
import { RateLimitedError } from '../http/errors.js'
import { isRateLimited } from '../http/route-kinds.js'

export interface RateLimitOptions { max: number, windowSeconds: number }

function duration (seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`
}

export default fp<RateLimitOptions>(async (app, { max, windowSeconds }) => {
  await app.register(rateLimit, {
    // Not the plugin's own per-route hooks (see below).
    global: false,
    max,
    timeWindow: windowSeconds * 1000,
    // IETF draft header names: RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset.
    enableDraftSpec: true,
    // The thrown error reaches the problems plugin's handler, which answers RFC 9457.
    errorResponseBuilder: (_request, context) =>
      new RateLimitedError(context.max, duration(windowSeconds), Math.max(1, Math.ceil(context.ttl / 1000)))
  })
  // One application-wide hook instead: it runs where this plugin is registered,
  // ahead of hooks registered later (a response cache must not answer first),
  // and it counts requests for unknown paths too.
  const limit = app.rateLimit() as unknown as (request: FastifyRequest, reply: FastifyReply) => Promise<void>
  app.addHook('onRequest', async (request, reply) => {
    if (!isRateLimited(request.routeOptions.config.kind)) return
    await limit(request, reply)
  })
}, { name: 'rate-limit' })
