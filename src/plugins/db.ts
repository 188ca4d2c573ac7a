// Decorates the app with its Prisma client, and closes it with the app.
import fp from 'fastify-plugin'
import { createPrismaClient, type PrismaClient } from '../db/client.js'

declare module 'fastify' {
  interface FastifyInstance {
    prisma: PrismaClient
  }
}

export default fp<{ databasePath: string }>(async (app, { databasePath }) => {
  const prisma = createPrismaClient(databasePath)
  await prisma.$connect()
  app.decorate('prisma', prisma)
  app.addHook('onClose', async () => { await prisma.$disconnect() })
}, { name: 'db' })
