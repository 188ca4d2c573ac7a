// The one place a PrismaClient is made: SQLite through better-sqlite3.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from '../generated/prisma/client.js'

export type { PrismaClient }
export type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

export function createPrismaClient (databasePath: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${databasePath}` }) })
}
