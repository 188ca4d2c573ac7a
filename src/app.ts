// Builds the application as a plugin: infrastructure first, then routes.
// Nothing here listens; src/server.ts does, and tests use `inject`.
import type { FastifyInstance } from 'fastify'
import compress from '@fastify/compress'
import cors from '@fastify/cors'
import etag from '@fastify/etag'
import { validatorCompiler } from '@fastify/type-provider-zod'
import { serializerCompiler } from './http/serializer.js'
import type { Config } from './config.js'
import { brotliOptions, COMPRESS_FROM_BYTES } from './http/compression.js'
import db from './plugins/db.js'
import docs from './plugins/docs.js'
import exportSlots from './plugins/export-slots.js'
import formats from './plugins/formats.js'
import handlerTimeout from './plugins/handler-timeout.js'
import httpCache from './plugins/http-cache.js'
import problems from './plugins/problems.js'
import rateLimit from './plugins/rate-limit.js'
import requestId from './plugins/request-id.js'
import security from './plugins/security.js'
import urlLength from './plugins/url-length.js'
import warmUp from './plugins/warm-up.js'
import routes from './routes/index.js'

export interface AppOptions { config: Config }

export default async function app (fastify: FastifyInstance, { config }: AppOptions): Promise<void> {
  fastify.setValidatorCompiler(validatorCompiler)
  fastify.setSerializerCompiler(serializerCompiler)
  await fastify.register(problems)
  // Order matters. The response cache's hook comes first: it answers a kept
  // answer with the headers the hooks below gave it the first time (CORS,
  // security), and counts it against the rate limit itself; for anything
  // else, CORS headers are set before anything answers (a 429 too), limits
  // apply before the handler, and the cache sees each answer before ETag and
  // compression do.
  await fastify.register(httpCache, {
    database: config.database,
    maxAge: config.cacheMaxAge,
    freshnessMs: config.cacheFreshnessMs,
    varyOnOrigin: config.corsOrigins !== true,
    direct: config.trustProxy === false
  })
  await fastify.register(requestId)
  await fastify.register(formats)
  await fastify.register(cors, {
    origin: config.corsOrigins === true ? '*' : config.corsOrigins,
    methods: ['GET', 'HEAD'],
    exposedHeaders: ['Link', 'X-Total-Count', 'ETag', 'Content-Disposition', 'X-Request-Id',
      'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After'],
    maxAge: 86_400
  })
  await fastify.register(security)
  await fastify.register(urlLength, { maxUrlLength: config.maxUrlLength })
  if (config.rateLimitMax > 0) await fastify.register(rateLimit, { max: config.rateLimitMax, windowSeconds: config.rateLimitWindowSeconds })
  await fastify.register(etag)
  await fastify.register(compress, { encodings: ['br', 'gzip'], brotliOptions, threshold: COMPRESS_FROM_BYTES })
  if (config.handlerTimeoutMs > 0) await fastify.register(handlerTimeout, { ms: config.handlerTimeoutMs })
  await fastify.register(db, { database: config.database })
  await fastify.register(exportSlots, { max: config.exportConcurrency })
  await fastify.register(docs, { provider: config.database.provider })
  await fastify.register(routes, { provider: config.database.provider })
  await fastify.register(warmUp)
}
