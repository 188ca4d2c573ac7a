// The one place a PrismaClient is made: SQLite through better-sqlite3.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from '../generated/prisma/client.js'

export type { PrismaClient }
export type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

type Client = PrismaClient<'query'>

/** `countQueries`: emit an event per query (see plugins/db.ts). */
export function createPrismaClient (databasePath: string, options?: { countQueries: true }): Client
export function createPrismaClient (databasePath: string): PrismaClient
export function createPrismaClient (databasePath: string, options?: { countQueries: true }): PrismaClient | Client {
  const adapter = new PrismaBetterSqlite3({ url: `file:${databasePath}` })
  return options?.countQueries === true
    ? new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] })
    : new PrismaClient({ adapter })
}
