// Literal, case-insensitive substring search (`q`), on PostgreSQL: the same
// stored, folded search text and needle as SQLite's (search.ts), compared by
// `LIKE '%' || needle || '%'`, which a pg_trgm GIN index on "searchText"
// serves (created by PostgreSQL's history, declared in its derived schema:
// src/setup/postgresql-schema.ts). The stored form holds no LIKE wildcard or
// escape character (src/text.ts), so the match is literal, code point for
// code point. A needle shorter than three characters has no trigram: then
// PostgreSQL reads every text, still correctly.
import { Prisma } from '../../generated/prisma/client.js'
import type { PrismaClient, Transaction } from '../client.js'
import type { SearchCondition } from './conditions.js'

type Db = PrismaClient | Transaction

/** How the index finds `needle` (in its stored form): by the needle itself. */
export async function searchCondition (_db: Db, needle: string): Promise<SearchCondition> {
  return { kind: 'search', needle }
}

/** The ids of the agreements whose search text contains the needle. */
export function searchIds ({ needle }: SearchCondition): Prisma.Sql {
  return Prisma.sql`SELECT "id" FROM "Agreement" WHERE "searchText" LIKE '%' || ${needle} || '%'`
}

/**
 * The index follows the table by itself. What a load does need here is the
 * planner's statistics of the tables it rewrote (autovacuum gathers them only
 * later): without them, the first plans at 100,000 agreements are guesses.
 */
export async function rebuildSearchIndex (db: Db): Promise<void> {
  await db.$executeRawUnsafe('ANALYZE')
}
