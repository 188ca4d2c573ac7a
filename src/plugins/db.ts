// Decorates the app with its Prisma client, and closes it with the app. It
// also counts the queries the client runs, which shows (in tests, and to an
// operator) whether the response cache is doing its job. On PostgreSQL it
// warns when the database's locale would keep `q` from its index. And it
// gives the dataset loaded and its version, which a cursor records and a full
// export's ETag is made from (http/export-stream.ts): read once, and again
// only when the response cache sees the data change (plugins/http-cache.ts),
// not by every cursor page, export and /stats.
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { type LoadedDataset, loadedDataset, versionOf } from '../data/agreements.js'
import { createPrismaClient, type PrismaClient } from '../db/client.js'
import type { DatabaseTarget } from '../db/target.js'
import { warnOfAsciiLetters } from '../db/postgresql-locale.js'

declare module 'fastify' {
  interface FastifyInstance {
    prisma: PrismaClient
    dbStats: { queries: number }
    dataset: () => Promise<LoadedDataset>
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
  app.decorate('dataset', keptUntilChanged(app, async () => await loadedDataset(prisma)))
  app.decorate('datasetVersion', async () => versionOf(await app.dataset()))
  app.addHook('onClose', async () => { await prisma.$disconnect() })
}, { name: 'db' })

/**
 * `read`'s answer, kept until the data changes as the response cache sees it
 * (app.dataChanges); read every time without the cache. A failed read is not
 * kept.
 */
function keptUntilChanged<T> (app: FastifyInstance, read: () => Promise<T>): () => Promise<T> {
  let kept: { change: number, value: Promise<T> } | undefined
  return async () => {
    if (!app.hasDecorator('dataChanges')) return await read()
    const change = app.dataChanges.current()
    if (kept?.change !== change) {
      const value = read()
      kept = { change, value }
      value.catch(() => { if (kept?.value === value) kept = undefined })
    }
    return await kept.value
  }
}
