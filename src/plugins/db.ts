// Decorates the app with its Prisma client, and closes it with the app. It
// also counts the queries the client runs, which shows (in tests, and to an
// operator) whether the response cache is doing its job. On PostgreSQL it
// warns when the database's locale would keep `q` from its index. And it
// gives the version of the dataset loaded, which a full export's ETag is made
// from (http/export-stream.ts).
import fp from 'fastify-plugin'
import { dataVersion } from '../data/agreements.js'
import { createPrismaClient, type PrismaClient } from '../db/client.js'
import type { DatabaseTarget } from '../db/target.js'
import { warnOfAsciiLetters } from '../db/postgresql-locale.js'

declare module 'fastify' {
  interface FastifyInstance {
    prisma: PrismaClient
    dbStats: { queries: number }
    datasetVersion: () => Promise<string>
  }
}

export default fp<{ database: DatabaseTarget }>(async (app, { database }) => {
  const stats = { queries: 0 }
  const prisma = await createPrismaClient(database, { onQuery: () => { stats.queries++ } })
  await prisma.$connect()
  // Advisory, and off the start-up path: a server that does not answer yet must
  // still start (/ready says what is wrong), so a failed check says nothing.
  if (database.provider === 'postgresql') warnOfAsciiLetters(app.log, prisma).catch(() => {})
  app.decorate('prisma', prisma)
  app.decorate('dbStats', stats)
  app.decorate('datasetVersion', async () => await dataVersion(prisma))
  app.addHook('onClose', async () => { await prisma.$disconnect() })
}, { name: 'db' })
