// Literal, case-insensitive substring search (`q`), on SQLite. The loader
// stores each record's texts folded (src/text.ts: `searchText`), and the needle
// is folded the same way, so a match is a plain code point comparison, and
// `LIKE '%needle%'` has no wildcard left in the needle. For agreements, an FTS5
// trigram index (created by a migration, rebuilt after each load) answers that
// LIKE without reading every row, for needles of three characters or more;
// shorter needles are matched row by row.
//
// A PostgreSQL implementation keeps these signatures: the same LIKE on
// "searchText", served by a pg_trgm GIN index; rebuilding is a no-op.
import type { PrismaClient, Transaction } from '../client.js'
import { Prisma } from '../../generated/prisma/client.js'
import { searchNeedle } from '../../text.js'
import { SEARCH_TABLE } from '../external-tables.js'

const table = Prisma.raw(`"${SEARCH_TABLE}"`)
const pattern = (needle: string): string => `%${needle}%`
/** FTS5's trigram index finds a needle of three characters or more; shorter ones would read it all. */
const indexed = (needle: string): boolean => [...needle].length >= 3

/** The ids of the agreements whose search text contains `needle` (in its stored form), ascending. */
export function searchIds (needle: string): Prisma.Sql {
  return indexed(needle)
    ? Prisma.sql`SELECT "rowid" FROM ${table} WHERE "searchText" LIKE ${pattern(needle)}`
    : Prisma.sql`SELECT "id" FROM "Agreement" WHERE "searchText" LIKE ${pattern(needle)}`
}

/**
 * Parties whose name contains `q`, as a Prisma condition: a few thousand short
 * names, a scan is fast. Prisma's `contains` adds no ESCAPE, which is why the
 * needle must hold no wildcard: in its stored form, it holds none.
 */
export function partySearch (q: string): Prisma.PartyWhereInput {
  return { searchText: { contains: searchNeedle(q) } }
}

/** Brings the full-text index up to date with "Agreement"."searchText"; the loader calls it after writing. */
export async function rebuildSearchIndex (db: PrismaClient | Transaction): Promise<void> {
  await db.$executeRawUnsafe(`INSERT INTO "${SEARCH_TABLE}"("${SEARCH_TABLE}") VALUES ('rebuild')`)
}
