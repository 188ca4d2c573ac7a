// Pairs of parties that signed an agreement of a set together, most frequent
// first, then by slugs, on SQLite: counted from the derived table of every
// agreement's pairs (by the parties' slug ranks), or over all agreements read
// as the loader stores them (PartyPairCount, in this order by its index),
// paged in the database, each pair with the first few of its agreements (by
// slug) and how many there are. The same SQL on PostgreSQL, but for the
// pieces sql-dialect.ts gives.
import type { PrismaClient, Transaction } from '../client.js'
import { Prisma } from '../../generated/prisma/client.js'
import type { Condition } from './conditions.js'
import { jsonValue, sqlOf, type SqlDialect } from './sql-dialect.js'
import { readRows } from '../direct-reads.js'

type Db = PrismaClient | Transaction

interface PairParty { slug: string, name: string, kind: string, country: string }
export interface PairRow { partyA: PairParty, partyB: PairParty, count: number, agreements: string[] }

/** A page of the pairs, and how many pairs there are; each pair lists at most `agreementsPerPair` agreements. */
export async function partyPairPage (db: Db, conditions: Condition[], window: { limit: number | null, offset: number },
  agreementsPerPair: number): Promise<{ pairs: PairRow[], total: number }> {
  const dialect = sqlOf(db)
  const { matchedIds, noLimit } = dialect
  const ids = matchedIds(conditions)
  const page = window.limit === null ? Prisma.sql`${noLimit} OFFSET ${window.offset}` : Prisma.sql`LIMIT ${window.limit} OFFSET ${window.offset}`
  const rows = await readRows<Record<string, unknown>>(db, Prisma.sql`
    WITH ${ids === undefined
      // The stored pairs read in their index's order (through a CTE both would
      // use, PostgreSQL read and sorted all of them: 55 against 16 ms).
      ? Prisma.sql`s AS (SELECT count(*) AS "total" FROM "PartyPairCount"),
        p AS MATERIALIZED (SELECT x."partyARank" AS "a", x."partyBRank" AS "b", x."count" AS "n" FROM "PartyPairCount" x
          ORDER BY x."count" DESC, x."partyARank", x."partyBRank" ${page})`
      : Prisma.sql`${keptIds(dialect, conditions, ids)},
        g AS MATERIALIZED (${groupedPairs}),
        s AS (SELECT count(*) AS "total" FROM g),
        p AS MATERIALIZED (SELECT * FROM g ORDER BY "n" DESC, "a", "b" ${page})`}
    SELECT s."total", ${pairColumns(dialect, ids !== undefined, agreementsPerPair)}
    FROM s LEFT JOIN p ON TRUE ${pairParties}
    ORDER BY p."n" DESC, p."a", p."b"`)
  return { pairs: pairRows(rows), total: Number(rows[0]?.total ?? 0) }
}

/**
 * Pairs an export's statement reads by key. With filters, each statement finds
 * the matching agreements again: for `kind=mou&identified=true`'s 40,042 at
 * 100,035 agreements, 38 of the 45 ms a batch of 500 took on PostgreSQL.
 */
const PAIRS_PER_STATEMENT = 2000

/**
 * Every pair from `offset` on, a batch at a time, in the pages' order: for a
 * full export. The pairs are grouped and ordered once, and only their keys
 * (two ranks and a count, as three arrays of numbers) kept; each batch then
 * reads its own pairs by key. Read by offset, each batch grouped every
 * matching agreement's pairs again: on PostgreSQL, `country=KR`'s 54,328
 * pairs outlasted the 30 s handler timeout at 100,035 agreements.
 */
export async function * pairRowBatches (db: Db, conditions: Condition[], offset: number,
  agreementsPerPair: number): AsyncGenerator<PairRow[]> {
  const dialect = sqlOf(db)
  const { matchedIds, noLimit, jsonAgg } = dialect
  const ids = matchedIds(conditions)
  const order = Prisma.sql`"n" DESC, "a", "b"`
  const [keys] = await readRows<Record<'a' | 'b' | 'n', unknown>>(db, Prisma.sql`
    WITH ${ids === undefined
      ? Prisma.sql`g AS (SELECT x."partyARank" AS "a", x."partyBRank" AS "b", x."count" AS "n" FROM "PartyPairCount" x)`
      : Prisma.sql`${keptIds(dialect, conditions, ids)}, g AS (${groupedPairs})`},
      p AS (SELECT * FROM g ORDER BY ${order} ${noLimit} OFFSET ${offset})
    SELECT ${jsonAgg(Prisma.sql`"a"`, order)} AS "a", ${jsonAgg(Prisma.sql`"b"`, order)} AS "b", ${jsonAgg(Prisma.sql`"n"`, order)} AS "n" FROM p`)
  const [a, b, n] = [jsonValue<number[]>(keys?.a), jsonValue<number[]>(keys?.b), jsonValue<number[]>(keys?.n)]
  for (let start = 0; start < a.length; start += PAIRS_PER_STATEMENT) {
    const page = a.slice(start, start + PAIRS_PER_STATEMENT).map((rank, i) => [rank, b[start + i], n[start + i]])
    const rows = await readRows<Record<string, unknown>>(db, Prisma.sql`
      WITH ${ids === undefined ? Prisma.empty : Prisma.sql`${keptIds(dialect, conditions, ids)},`}
        p AS (${dialect.integerRows(JSON.stringify(page), ['a', 'b', 'n'])})
      SELECT ${pairColumns(dialect, ids !== undefined, agreementsPerPair)}
      FROM p ${pairParties}
      ORDER BY p."i"`)
    yield pairRows(rows)
  }
}

/** The ids of the matching agreements, as `m` (read twice by a page: kept as keptSet says). */
const keptIds = (dialect: SqlDialect, conditions: Condition[], ids: Prisma.Sql): Prisma.Sql =>
  Prisma.sql`m AS ${dialect.keptSet(conditions)} (${ids})`

/** The pairs of the agreements in `m`, with how many each signed: by their parties' slug ranks, so that no party is read but a page's. */
const groupedPairs = Prisma.sql`SELECT x."partyARank" AS "a", x."partyBRank" AS "b", count(*) AS "n" FROM "AgreementPartyPair" x
  WHERE x."agreementId" IN (SELECT * FROM m) GROUP BY x."partyARank", x."partyBRank"`

/** The parties of the pairs in `p`. */
const pairParties = Prisma.sql`LEFT JOIN "Party" pa ON pa."slugRank" = p."a" LEFT JOIN "Party" pb ON pb."slugRank" = p."b"`

/**
 * Each pair's count, parties and first agreements by slug: with filters
 * (`filtered`), those among the matches in `m`, checked on each of the pair's
 * rows: the pairs are found by party, not by agreement.
 */
function pairColumns ({ jsonAgg, inKeptIds }: SqlDialect, filtered: boolean, agreementsPerPair: number): Prisma.Sql {
  const member = filtered ? inKeptIds(Prisma.sql`x."agreementId"`) : Prisma.sql`TRUE`
  return Prisma.sql`p."n", pa."slug" AS "slugA", pb."slug" AS "slugB",
    pa."name" AS "nameA", pa."kind" AS "kindA", pa."countryCode" AS "countryA",
    pb."name" AS "nameB", pb."kind" AS "kindB", pb."countryCode" AS "countryB",
    (SELECT ${jsonAgg(Prisma.sql`f."slug"`, Prisma.sql`f."slug"`)} FROM (SELECT ag."slug" FROM "AgreementPartyPair" x JOIN "Agreement" ag ON ag."id" = x."agreementId"
      WHERE x."partyARank" = p."a" AND x."partyBRank" = p."b" AND ${member} ORDER BY ag."slug" LIMIT ${agreementsPerPair}) AS "f") AS "agreements"`
}

function pairRows (rows: Array<Record<string, unknown>>): PairRow[] {
  return rows.filter(row => row.slugA !== null && row.slugA !== undefined).map(row => ({
    partyA: { slug: String(row.slugA), name: String(row.nameA), kind: String(row.kindA), country: String(row.countryA) },
    partyB: { slug: String(row.slugB), name: String(row.nameB), kind: String(row.kindB), country: String(row.countryB) },
    count: Number(row.n),
    agreements: jsonValue<string[]>(row.agreements)
  }))
}
