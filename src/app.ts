// Builds the application as a plugin: infrastructure first, then routes.
// Nothing here listens; src/server.ts does, and tests use `inject`.
import type { FastifyInstance } from 'fastify'
import { serializerCompiler, validatorCompiler } from '@fastify/type-provider-zod'
import type { Config } from './config.js'
import db from './plugins/db.js'
import health from './routes/health.js'

export interface AppOptions { config: Config }

export default async function app (fastify: FastifyInstance, { config }: AppOptions): Promise<void> {
  fastify.setValidatorCompiler(validatorCompiler)
  fastify.setSerializerCompiler(serializerCompiler)
  await fastify.register(db, { databasePath: config.databasePath })
  await fastify.register(health)
}
