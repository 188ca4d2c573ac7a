// Literal, case-insensitive substring search (`q`), on PostgreSQL: the same
// stored, folded search text and needle as SQLite's (search.ts), compared by
// `LIKE '%' || needle || '%'`, which a pg_trgm GIN index serves. The stored
// form holds no LIKE wildcard or escape character (src/text.ts), so the match
// is literal, code point for code point. A needle shorter than three
// characters has no trigram: then PostgreSQL reads every text, still correctly.
//
// The text is read from "AgreementSearch" (the id and the text alone), which
// a trigger keeps equal to "Agreement"."searchText" (PostgreSQL's history
// creates both, and the engine leaves the table alone: external-tables.ts).
// The index finds the candidates; each is then confirmed against its text,
// and for a common needle that is most of the time: "South Korea", 17,920 of
// 100,035 agreements, on 3,545 of the wide table's pages. The narrow table
// holds the same texts on half as many.
import { Prisma } from '../../generated/prisma/client.js'
import type { PrismaClient, Transaction } from '../client.js'
import type { SearchCondition } from './conditions.js'
import { SEARCH_TABLE } from '../external-tables.js'

const table = Prisma.raw(`"${SEARCH_TABLE}"`)

type Db = PrismaClient | Transaction

/** How the index finds `needle` (in its stored form): by the needle itself. */
export async function searchCondition (_db: Db, needle: string): Promise<SearchCondition> {
  return { kind: 'search', needle }
}

/** The ids of the agreements whose search text contains the needle. */
export function searchIds ({ needle }: SearchCondition): Prisma.Sql {
  return Prisma.sql`SELECT "id" FROM ${table} WHERE "searchText" LIKE '%' || ${needle} || '%'`
}

/**
 * The index follows the table by itself. What a load does need here is the
 * planner's statistics of the tables it rewrote (autovacuum gathers them only
 * later): without them, the first plans at 100,000 agreements are guesses.
 */
export async function rebuildSearchIndex (db: Db): Promise<void> {
  await db.$executeRawUnsafe('ANALYZE')
}
