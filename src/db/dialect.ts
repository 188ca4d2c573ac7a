// The seam for the few queries Prisma's query API cannot express (text search,
// grouped counts): each such concern is one small module with one function
// per database, same signature, chosen here by the client it is given:
//
//   const search = { sqlite: searchSqlite, postgresql: searchPostgresql } satisfies Dialect<Search>
//   forDatabase(prisma, search)(prisma, q)
//
// Raw SQL that is the same on both needs none: quote camelCase identifiers
// ("sessionId": PostgreSQL folds unquoted names to lower case), and convert raw
// aggregates with Number() (count(*) is a BigInt on both, sum() on PostgreSQL
// only). Order text by code point (both databases' columns already do) and say
// where NULLs go (SQLite puts them first, PostgreSQL last).
import type { PrismaClient, Transaction } from './client.js'
import type { Provider } from './target.js'

export type Dialect<T> = Record<Provider, T>

/** Which database a client (or a transaction's client) works on. */
export function providerOf (prisma: PrismaClient | Transaction): Provider {
  // Prisma keeps the generated client's provider here, on the client and on its transactions.
  const active = (prisma as unknown as { _activeProvider?: string })._activeProvider
  if (active === 'sqlite' || active === 'postgresql') return active
  throw new Error(`unknown database provider: ${String(active)}`)
}

export function forDatabase<T> (prisma: PrismaClient | Transaction, implementations: Dialect<T>): T {
  return implementations[providerOf(prisma)]
}
