// Builds the application as a plugin: infrastructure first, then routes.
// Nothing here listens; src/server.ts does, and tests use `inject`.
import type { FastifyInstance } from 'fastify'
import { serializerCompiler, validatorCompiler } from '@fastify/type-provider-zod'
import type { Config } from './config.js'
import db from './plugins/db.js'
import problems from './plugins/problems.js'
import rateLimit from './plugins/rate-limit.js'
import requestId from './plugins/request-id.js'
import security from './plugins/security.js'
import swagger from './plugins/swagger.js'
import urlLength from './plugins/url-length.js'
import health from './routes/health.js'
import mous from './routes/mous.js'
import parties from './routes/parties.js'
import sources from './routes/sources.js'
import summits from './routes/summits.js'
import taxonomy from './routes/taxonomy.js'

export interface AppOptions { config: Config }

export default async function app (fastify: FastifyInstance, { config }: AppOptions): Promise<void> {
  fastify.setValidatorCompiler(validatorCompiler)
  fastify.setSerializerCompiler(serializerCompiler)
  await fastify.register(problems)
  await fastify.register(requestId)
  await fastify.register(db, { databasePath: config.databasePath })
  await fastify.register(security)
  await fastify.register(urlLength, { maxUrlLength: config.maxUrlLength })
  if (config.rateLimitMax > 0) await fastify.register(rateLimit, { max: config.rateLimitMax, windowSeconds: config.rateLimitWindowSeconds })
  await fastify.register(swagger)
  await fastify.register(health, { databasePath: config.databasePath })
  await fastify.register(mous)
  await fastify.register(summits)
  await fastify.register(parties)
  await fastify.register(taxonomy)
  await fastify.register(sources)
}
