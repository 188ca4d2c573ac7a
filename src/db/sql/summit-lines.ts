// A page of summits as the database writes them: each summit's JSON object,
// as lists show it, byte for byte what the route's serializer makes of
// toSummit() in data/summits.ts (test/summit-lines.test.ts compares them, on
// both databases and at scale).
//
// Why in SQL: read through Prisma, a page of 500 summits was eight statements
// (11 ms at 100,035 agreements), then some twenty objects a summit in Prisma
// and in the serializer: 40 ms in process, and a p99 over the 150 ms a page of
// 500 is allowed under the benchmark's load. Here it is one statement, and a
// string a summit.
import { Prisma } from '../../generated/prisma/client.js'
import type { PrismaClient, Transaction } from '../client.js'
import type { PageWindow, WrittenPage } from '../../schemas/pages.js'
import { builtOnce, sqlOf, type SqlDialect } from './sql-dialect.js'
import { readRows } from '../direct-reads.js'

const sql = Prisma.raw

/**
 * What each source reports of how many agreements a summit or session saw
 * (data/agreement-counts.ts, reportedBySource), `subject` being its slug in
 * the outer row: one entry per source, value and rank, at its first claim;
 * stated when any of them states it (`basis`, else the first claim's, `f`).
 * The loader holds every such value to a whole number
 * (setup/seed/claim-checks.ts).
 */
const reportedCounts = (type: 'summit' | 'session', subject: string): string =>
  `SELECT c."sourceId", CAST(c."value" AS INTEGER) AS "count", c."rank", MIN(c."id") AS "first",
    MAX(CASE WHEN c."basis" = 'stated' THEN 1 ELSE 0 END) AS "stated"
  FROM "Claim" c WHERE c."subjectType" = '${type}' AND c."subjectKey" = ${subject} AND c."field" = 'reported_agreement_count'
  GROUP BY c."sourceId", c."value", c."rank"`
/** Best rank first, then in the order the claims were loaded. */
const reportedOrder = 'CASE r."rank" WHEN \'preferred\' THEN 0 WHEN \'normal\' THEN 1 ELSE 2 END, r."first"'
/** Stated when any of the source's claims states it, else as its first claim is. */
const basisOf = 'CASE WHEN r."stated" = 1 THEN \'stated\' ELSE f."basis" END'

type Entries = Array<[string, string | Prisma.Sql]>

/** JSON objects and arrays in a dialect, from columns and subqueries. */
function builders ({ jsonObject, jsonObjectAgg, json }: SqlDialect): {
  object: (entries: Entries) => Prisma.Sql
  list: (item: Prisma.Sql, order: string, from: string) => Prisma.Sql
} {
  const object = (entries: Entries): Prisma.Sql =>
    jsonObject(entries.map(([key, value]) => [key, typeof value === 'string' ? sql(value) : value]))
  /** The JSON array of `item` over `from`'s rows, in `order`: `[]` when there are none. */
  const list = (item: Prisma.Sql, order: string, from: string): Prisma.Sql =>
    json(Prisma.sql`(SELECT ${jsonObjectAgg(item, sql(order))} ${sql(from)})`)
  return { object, list }
}

/**
 * The counts of a summit (`s`) or a session (`se`) as SessionCounts and
 * SummitCounts show them (data/summits.ts: sessionCounts, summitCounts).
 */
function countsOf (dialect: SqlDialect, type: 'summit' | 'session'): Prisma.Sql {
  const { object, list } = builders(dialect)
  const row = type === 'summit' ? 's' : 'se'
  return object([
    ['reported', `${row}."reportedAgreementCount"`],
    ['recorded', `${row}."recordedAgreements"`],
    ['identified', `${row}."identifiedAgreements"`],
    ['reported_by_source', list(object([
      ['count', 'r."count"'], ['rank', 'r."rank"'], ['basis', basisOf],
      ['source', object([['slug', 'so."slug"'], ['title', 'so."title"'], ['kind', 'so."kind"']])]
    ]), reportedOrder, `FROM (${reportedCounts(type, `${row}."slug"`)}) r JOIN "Claim" f ON f."id" = r."first" JOIN "Source" so ON so."id" = r."sourceId"`)],
    ...type === 'summit'
      ? [['recorded_with_session', 's."recordedAgreements" - s."recordedWithoutSession"'], ['recorded_without_session', 's."recordedWithoutSession"']] satisfies Entries
      : []
  ])
}

/** A summit as lists show it (toSummit), as one JSON object, from its row `s`. */
const summitLine = builtOnce(dialect => {
  const { object, list } = builders(dialect)
  return object([
    ['slug', 's."slug"'],
    ['name', 's."name"'],
    ['date', 's."date"'],
    ['city', 's."city"'],
    ['venue', 's."venue"'],
    ['occasion', 's."occasion"'],
    ['countries', list(object([['code', 'co."code"'], ['name', 'co."name"'], ['role', 'x."role"']]), 'x."countryCode"',
      'FROM "SummitCountry" x JOIN "Country" co ON co."code" = x."countryCode" WHERE x."summitId" = s."id"')],
    ['leaders', list(object([['slug', 'l."slug"'], ['name', 'l."name"'], ['office', 'l."office"'], ['country', object([['code', 'co."code"'], ['name', 'co."name"']])]]), 'l."id"',
      'FROM "Leader" l JOIN "Country" co ON co."code" = l."countryCode" WHERE l."summitId" = s."id"')],
    ['sessions', list(object([['slug', 'se."slug"'], ['name', 'se."name"'], ['kind', 'se."kind"'], ['date', 'se."date"']]), 'se."ordinal"',
      'FROM "Session" se WHERE se."summitId" = s."id"')],
    ['agreements', countsOf(dialect, 'summit')]
  ])
})

/** A summit as /stats shows it (SummitStats): its counts and its sessions', from its row `s`. */
const summitTotalsLine = builtOnce(dialect => {
  const { object, list } = builders(dialect)
  return object([
    ['slug', 's."slug"'],
    ['name', 's."name"'],
    ['date', 's."date"'],
    ['agreements', countsOf(dialect, 'summit')],
    ['sessions', list(object([['slug', 'se."slug"'], ['name', 'se."name"'], ['kind', 'se."kind"'], ['date', 'se."date"'], ['agreements', countsOf(dialect, 'session')]]),
      'se."ordinal"', 'FROM "Session" se WHERE se."summitId" = s."id"')]
  ])
})

/**
 * A page of summits, oldest first (then by slug, as data/summits.ts orders
 * them), each a line of JSON, and how many match in all: every summit, or
 * those any of `countries` took part in.
 */
export async function summitLines (db: PrismaClient | Transaction, countries: string[] | undefined, { limit, offset }: PageWindow): Promise<WrittenPage> {
  const dialect = sqlOf(db)
  const matching = countries === undefined
    ? Prisma.sql`TRUE`
    : Prisma.sql`EXISTS (SELECT 1 FROM "SummitCountry" sc WHERE sc."summitId" = s."id" AND sc."countryCode" IN (${Prisma.join(countries)}))`
  const rows = await readRows<{ total: unknown, id: unknown, text: string | null }>(db, Prisma.sql`
    WITH page AS MATERIALIZED (
      SELECT s."id", s."date", s."slug" FROM "Summit" s WHERE ${matching} ORDER BY s."date", s."slug" ${limit === undefined ? dialect.noLimit : Prisma.sql`LIMIT ${limit}`} OFFSET ${offset})
    SELECT c."n" AS "total", page."id", CAST(${summitLine(dialect)} AS TEXT) AS "text"
    FROM (SELECT COUNT(*) AS "n" FROM "Summit" s WHERE ${matching}) c
      LEFT JOIN page ON TRUE LEFT JOIN "Summit" s ON s."id" = page."id"
    ORDER BY page."date", page."slug"`)
  // A page that matches nothing is one row, of the count alone.
  return { total: Number(rows[0]?.total ?? 0), lines: rows.filter(row => row.id !== null).map(row => String(row.text)) }
}

/**
 * The oldest `take` summits (then by slug) as /stats shows them, each a JSON
 * object: one statement, where Prisma read the summits, their sessions and
 * the claims of their reported counts in three and built their objects
 * (2.6 ms of /stats' 7.9 in process at 100,035 agreements).
 */
export async function summitTotalLines (db: PrismaClient | Transaction, take: number): Promise<string[]> {
  const rows = await readRows<{ text: string }>(db, Prisma.sql`
    SELECT CAST(${summitTotalsLine(sqlOf(db))} AS TEXT) AS "text"
    FROM (SELECT "id" FROM "Summit" ORDER BY "date", "slug" LIMIT ${take}) page JOIN "Summit" s ON s."id" = page."id"
    ORDER BY s."date", s."slug"`)
  return rows.map(row => row.text)
}
