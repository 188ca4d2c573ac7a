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
import { jsonValue, sqlOf } from './sql-dialect.js'

type Db = PrismaClient | Transaction

interface PairParty { slug: string, name: string, kind: string, country: string }
export interface PairRow { partyA: PairParty, partyB: PairParty, count: number, agreements: string[] }

/**
 * A page of the pairs, and how many pairs there are; each pair lists at most
 * `agreementsPerPair` agreements. Not `counted` (a full export's later
 * batches), the stored pairs are not counted again: 0 (on PostgreSQL a count
 * is 15 ms; a batch's page about as much).
 */
export async function partyPairPage (db: Db, conditions: Condition[], window: { limit: number | null, offset: number },
  agreementsPerPair: number, counted = true): Promise<{ pairs: PairRow[], total: number }> {
  const { matchedIds, keptSet, noLimit, jsonAgg, inKeptIds } = sqlOf(db)
  const ids = matchedIds(conditions)
  // Membership is checked on each pair row: the pairs are found by party, not by agreement.
  const member = ids === undefined ? Prisma.sql`TRUE` : inKeptIds(Prisma.sql`x."agreementId"`)
  const page = window.limit === null ? Prisma.sql`${noLimit} OFFSET ${window.offset}` : Prisma.sql`LIMIT ${window.limit} OFFSET ${window.offset}`
  // Pairs are grouped and ordered by their parties' slug ranks: no party is read but the page's.
  const rows = await db.$queryRaw<Array<Record<string, unknown>>>(Prisma.sql`
    WITH ${ids === undefined
      // The stored pairs read in their index's order (through a CTE both would
      // use, PostgreSQL read and sorted all of them: 55 against 16 ms).
      ? Prisma.sql`s AS (${counted ? Prisma.sql`SELECT count(*) AS "total" FROM "PartyPairCount"` : Prisma.sql`SELECT 0 AS "total"`}),
        p AS MATERIALIZED (SELECT x."partyARank" AS "a", x."partyBRank" AS "b", x."count" AS "n" FROM "PartyPairCount" x
          ORDER BY x."count" DESC, x."partyARank", x."partyBRank" ${page})`
      : Prisma.sql`m AS ${keptSet(conditions)} (${ids}),
        g AS MATERIALIZED (SELECT x."partyARank" AS "a", x."partyBRank" AS "b", count(*) AS "n" FROM "AgreementPartyPair" x
          WHERE x."agreementId" IN (SELECT * FROM m) GROUP BY x."partyARank", x."partyBRank"),
        s AS (SELECT count(*) AS "total" FROM g),
        p AS MATERIALIZED (SELECT * FROM g ORDER BY "n" DESC, "a", "b" ${page})`}
    SELECT s."total", p."n", pa."slug" AS "slugA", pb."slug" AS "slugB",
      pa."name" AS "nameA", pa."kind" AS "kindA", pa."countryCode" AS "countryA",
      pb."name" AS "nameB", pb."kind" AS "kindB", pb."countryCode" AS "countryB",
      (SELECT ${jsonAgg(Prisma.sql`f."slug"`, Prisma.sql`f."slug"`)} FROM (SELECT ag."slug" FROM "AgreementPartyPair" x JOIN "Agreement" ag ON ag."id" = x."agreementId"
        WHERE x."partyARank" = p."a" AND x."partyBRank" = p."b" AND ${member} ORDER BY ag."slug" LIMIT ${agreementsPerPair}) AS "f") AS "agreements"
    FROM s LEFT JOIN p ON TRUE LEFT JOIN "Party" pa ON pa."slugRank" = p."a" LEFT JOIN "Party" pb ON pb."slugRank" = p."b"
    ORDER BY p."n" DESC, p."a", p."b"`)
  const total = Number(rows[0]?.total ?? 0)
  const pairs = rows.filter(row => row.slugA !== null && row.slugA !== undefined).map(row => ({
    partyA: { slug: String(row.slugA), name: String(row.nameA), kind: String(row.kindA), country: String(row.countryA) },
    partyB: { slug: String(row.slugB), name: String(row.nameB), kind: String(row.kindB), country: String(row.countryB) },
    count: Number(row.n),
    agreements: jsonValue<string[]>(row.agreements)
  }))
  return { pairs, total }
}
