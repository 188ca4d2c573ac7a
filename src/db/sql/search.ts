// Literal, case-insensitive substring search (`q`), on SQLite. The loader
// stores each record's texts folded (src/text.ts: `searchText`), and the needle
// is folded the same way, so a match is a plain code point comparison with no
// wildcard. For agreements, an FTS5 trigram index (created by a migration,
// rebuilt after each load) finds a needle of three characters or more as a
// phrase; one of one or two characters, as any of the trigrams it starts
// (the derived table AgreementSearchTerm lists them), or, when those are many,
// by reading every text.
//
// PostgreSQL's (search-postgresql.ts) keeps these signatures: `LIKE '%' ||
// needle || '%'` on "searchText", served by a pg_trgm GIN index; searchCondition
// and rebuildSearchIndex choose by the client they are given.
import type { PrismaClient, Transaction } from '../client.js'
import { forDatabase } from '../dialect.js'
import { Prisma } from '../../generated/prisma/client.js'
import { searchNeedle } from '../../text.js'
import { SEARCH_TABLE } from '../external-tables.js'
import type { SearchCondition } from './conditions.js'
import * as postgresql from './search-postgresql.js'
import { readRows } from '../direct-reads.js'

type Db = PrismaClient | Transaction

const table = Prisma.raw(`"${SEARCH_TABLE}"`)
/** An FTS5 phrase: the text as it is, quoted. */
const phrase = (text: string): string => `"${text.replaceAll('"', '""')}"`
/** Past this many trigrams, reading every text is as fast as merging their lists. */
const MAX_TERMS = 64

/** How the index finds `needle` (in its stored form). */
export async function searchCondition (db: Db, needle: string): Promise<SearchCondition> {
  return forDatabase(db, { sqlite: sqliteSearchCondition, postgresql: postgresql.searchCondition })(db, needle)
}

async function sqliteSearchCondition (db: Db, needle: string): Promise<SearchCondition> {
  // FTS5 reads its query up to a U+0000 and fails on the rest; no stored text holds one, so nothing matches.
  if (needle.includes('\u0000')) return { kind: 'search', needle, match: null }
  const length = [...needle].length
  if (length >= 3) return { kind: 'search', needle, match: phrase(needle) }
  const terms = await readRows<{ term: string }>(db, Prisma.sql`
    SELECT "term" FROM "AgreementSearchTerm" WHERE substr("term", 1, ${length}) = ${needle} LIMIT ${MAX_TERMS + 1}`)
  if (terms.length === 0) return { kind: 'search', needle, match: null }
  if (terms.length > MAX_TERMS) return { kind: 'search', needle }
  return { kind: 'search', needle, match: terms.map(({ term }) => phrase(term)).join(' OR ') }
}

/** The ids of the agreements whose search text contains the needle, ascending. */
export function searchIds ({ needle, match }: SearchCondition): Prisma.Sql {
  if (match === null) return Prisma.sql`SELECT "id" FROM "Agreement" WHERE FALSE`
  return match === undefined
    ? Prisma.sql`SELECT "id" FROM "Agreement" WHERE instr("searchText", ${needle}) > 0`
    : Prisma.sql`SELECT "rowid" FROM ${table} WHERE ${table} MATCH ${match}`
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
export async function rebuildSearchIndex (db: Db): Promise<void> {
  await forDatabase(db, { sqlite: sqliteRebuild, postgresql: postgresql.rebuildSearchIndex })(db)
}

async function sqliteRebuild (db: Db): Promise<void> {
  await db.$executeRawUnsafe(`INSERT INTO "${SEARCH_TABLE}"("${SEARCH_TABLE}") VALUES ('rebuild')`)
}
