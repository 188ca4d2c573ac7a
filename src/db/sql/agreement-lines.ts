// A page of agreements as lines written by the database: each agreement's JSON
// object (as lists show it), or its CSV row, byte for byte what the app's
// JSON.stringify and its CSV (http/exports.ts, through csv-stringify) make of
// the same agreement (test/export-lines.test.ts compares them with agreements
// read one by one, as a detail reads them). JSON pages, CSV and NDJSON pages,
// and full exports are all made of these lines.
//
// Why in SQL: a page of 500, or a full export of 100,000 rows. Read as rows
// with their relations as JSON, each agreement became some thirty JavaScript
// objects (Prisma's row, the parsed arrays, the list item, the CSV cells or
// the serializer's copy) before it was text: with the server's small young
// generation (package.json, `start`), about 40 µs a row, more than its
// statement took. Here each row is one string (README, "Large datasets").
import { Prisma } from '../../generated/prisma/client.js'
import type { PrismaClient, Transaction } from '../client.js'
import { type Dialect, forDatabase } from '../dialect.js'
import type { Condition } from './conditions.js'
import { keysOf, type KeyValue, type OrderKey, pageStatement, type Relation, relationOf, relations, type RowWindow, sourceKindsOf, totalOrder }
  from './agreement-rows.js'
import type { SqlDialect } from './sql-dialect.js'
import { readRows } from '../direct-reads.js'

/** A line is an agreement's CSV row, or its JSON object (an NDJSON line, or an item of a JSON page). */
export type LineFormat = 'csv' | 'json'

export interface AgreementLines {
  /** How many agreements match, over all pages. */
  matching: number
  /** The page's agreements, each one line (an NDJSON line is the agreement's JSON), without its end. */
  lines: string[]
  /** The order's values of the agreement of line `index`: where a page after it starts. */
  keysAt: (index: number) => KeyValue[] | undefined
}

const sql = Prisma.raw
const sourceKinds = sql(sourceKindsOf)
const text = (column: string): Prisma.Sql => sql(`CAST(${column} AS TEXT)`)
const flag = (column: string): Prisma.Sql => sql(`CASE WHEN ${column} THEN 'true' ELSE 'false' END`)

/**
 * How a line's lists are read: `list` gives the cell of an aggregate over the
 * agreement's rows of a relation (NULL if it has none); then, once the cells
 * are made, `ctes` and `joins` give what the page's statement adds for them.
 */
export interface PageLists { list: (relation: Relation, aggregate: Prisma.Sql) => Prisma.Sql, ctes: () => Prisma.Sql, joins: () => Prisma.Sql }

/** Each list a subquery, run agreement by agreement. */
export const perAgreement = (): PageLists => ({
  list: (relation, aggregate) => Prisma.sql`(SELECT ${aggregate} ${sql(relationOf(relation))})`,
  ctes: () => Prisma.empty,
  joins: () => Prisma.empty
})

/**
 * How a page's CTE reaches each agreement's links. A lateral subquery with
 * OFFSET 0 keeps them a lookup: PostgreSQL's planner would otherwise join the
 * page to a whole link table whenever a list needs more than the link's key
 * (a party's role). A link that holds its keys alone is read from its index
 * either way, and joined plainly it lets the planner hash the table it links
 * to once for the page, not once for each agreement: the countries, in a CSV
 * batch of 500 at 100,035 agreements, 29.7 → 24.6 ms (interleaved, 50 each).
 */
const linksOfPage = (relation: Relation): string => relations[relation].keysOnly
  ? `JOIN ${relations[relation].link} ON x."agreementId" = page."id"`
  : `CROSS JOIN LATERAL (SELECT * FROM ${relations[relation].link} WHERE x."agreementId" = page."id" OFFSET 0) x`

/** Each relation's lists read for the whole page at once: a CTE per relation (`l_parties`…), grouped by agreement and joined to the page. */
function perPage (): PageLists {
  const lists = new Map<Relation, Prisma.Sql[]>()
  const each = (write: (relation: Relation, name: Prisma.Sql, aggregates: Prisma.Sql[]) => Prisma.Sql): Prisma.Sql =>
    lists.size === 0 ? Prisma.empty : Prisma.join([...lists].map(([relation, aggregates]) => write(relation, sql(`"l_${relation}"`), aggregates)), '')
  return {
    list: (relation, aggregate) => {
      const aggregates = lists.get(relation) ?? []
      lists.set(relation, [...aggregates, aggregate])
      return sql(`"l_${relation}"."v${aggregates.length}"`)
    },
    ctes: () => each((relation, name, aggregates) => Prisma.sql`, ${name} AS MATERIALIZED (
      SELECT x."agreementId" AS "id", ${Prisma.join(aggregates.map((aggregate, i) => Prisma.sql`${aggregate} AS ${sql(`"v${i}"`)}`))}
      FROM page ${sql(linksOfPage(relation))}
        ${sql(relations[relation].to)} GROUP BY x."agreementId")`),
    joins: () => each((_, name) => Prisma.sql` LEFT JOIN ${name} ON ${name}."id" = page."id"`)
  }
}

/**
 * How each database reads the lists of a page of `rows` agreements. SQLite's
 * subqueries are index seeks, cheaper than grouping (1.0 against 1.4 ms for
 * the parties of a batch of 500). PostgreSQL runs each subquery as a plan of
 * its own, agreement by agreement. At 100,000 agreements, read per page: a
 * batch of 500 CSV lines 53 → 29 ms (its statement alone), a JSON page of 500
 * 73 → 62 ms (side by side); but a page of 25, whose statement then takes
 * longer to plan, 1–2 ms slower. Hence per page from 100 rows on.
 */
const listsRead: Dialect<(rows: number) => PageLists> = {
  sqlite: perAgreement,
  postgresql: rows => rows >= 100 ? perPage() : perAgreement()
}

/** The CSV columns (http/exports.ts, columnsOf(Agreement)), each as text, in order. */
function csvCells ({ textAgg }: SqlDialect, { list }: PageLists): Array<[string, Prisma.Sql]> {
  const listed = (relation: Relation, value: string, order: string): Prisma.Sql => list(relation, textAgg(sql(value), sql(order)))
  return [
    ['slug', sql('a."slug"')],
    ['kind', text('a."kind"')],
    ['title', sql('a."title"')],
    ['summary', sql('a."summary"')],
    ['identified', flag('a."identified"')],
    ['signed_at', sql('a."signedAt"')],
    ['summit', sql('su."slug"')],
    ['summit_name', sql('su."name"')],
    ['session', sql('se."slug"')],
    ['session_name', sql('se."name"')],
    ['session_basis', text('a."sessionBasis"')],
    ['parties', listed('parties', 'p."slug"', 'p."slug"')],
    ['parties_names', listed('parties', 'p."name"', 'p."slug"')],
    ['countries', listed('countries', 'co."code"', 'co."code"')],
    ['countries_names', listed('countries', 'co."name"', 'co."code"')],
    ['sectors', listed('sectors', 's."slug"', 's."slug"')],
    ['sectors_names', listed('sectors', 's."name"', 's."slug"')],
    ['minerals', listed('minerals', 'm."slug"', 'm."slug"')],
    ['minerals_names', listed('minerals', 'm."name"', 'm."slug"')],
    ['disputed', flag('a."disputed"')],
    ['source_count', text('a."sourceCount"')],
    // An agreement's few sources are grouped by kind: per agreement, as a subquery, as fast as grouped by the page.
    ['source_kinds', Prisma.sql`(SELECT ${textAgg(sql('k."sourceKind" || \':\' || k."n"'), sql('k."sourceKind"'))} ${sourceKinds})`]
  ]
}

/**
 * The entries of an agreement's JSON object as lists show it (toAgreement in
 * data/agreements.ts), in order: what a line holds, and what a detail starts
 * with (agreement-detail.ts). `a` is the agreement, `su` its summit, `se` its
 * session; `summit` and `session` add entries to their own objects.
 */
export function lineEntries ({ jsonObject, jsonObjectAgg, json, jsonBoolean }: SqlDialect, { list }: PageLists,
  more: { summit?: Array<[string, string]>, session?: Array<[string, string]> } = {}): Array<[string, Prisma.Sql]> {
  const object = (entries: Array<[string, string]>): Prisma.Sql => jsonObject(entries.map(([key, value]) => [key, sql(value)]))
  // An agreement without any is an empty list.
  const listed = (relation: Relation, entries: Array<[string, string]>, order: string): Prisma.Sql =>
    json(Prisma.sql`coalesce(${list(relation, jsonObjectAgg(object(entries), sql(order)))}, '[]')`)
  const session = object([['slug', 'se."slug"'], ['name', 'se."name"'], ['kind', 'se."kind"'], ['date', 'se."date"'], ...more.session ?? []])
  return [
    ['slug', sql('a."slug"')],
    ['kind', sql('a."kind"')],
    ['title', sql('a."title"')],
    ['summary', sql('a."summary"')],
    ['identified', jsonBoolean(sql('a."identified"'))],
    ['signed_at', sql('a."signedAt"')],
    ['summit', object([['slug', 'su."slug"'], ['name', 'su."name"'], ['date', 'su."date"'], ...more.summit ?? []])],
    ['session', Prisma.sql`CASE WHEN se."id" IS NULL THEN NULL ELSE ${session} END`],
    ['session_basis', sql('a."sessionBasis"')],
    ['parties', listed('parties', [['slug', 'p."slug"'], ['name', 'p."name"'], ['kind', 'p."kind"'], ['country', 'p."countryCode"'], ['role', 'x."role"'],
      ['basis', 'x."basis"']], 'p."slug"')],
    ['countries', listed('countries', [['code', 'co."code"'], ['name', 'co."name"']], 'co."code"')],
    ['sectors', listed('sectors', [['slug', 's."slug"'], ['name', 's."name"'], ['basis', 'x."basis"']], 's."slug"')],
    ['minerals', listed('minerals', [['slug', 'm."slug"'], ['name', 'm."name"'], ['symbol', 'm."symbol"'], ['basis', 'x."basis"']], 'm."slug"')],
    ['disputed', jsonBoolean(sql('a."disputed"'))],
    ['source_count', sql('a."sourceCount"')],
    ['source_kinds', json(Prisma.sql`(SELECT ${jsonObjectAgg(object([['kind', 'k."sourceKind"'], ['count', 'k."n"']]), sql('k."sourceKind"'))} ${sourceKinds})`)]
  ]
}

/**
 * After the page's CTEs: its lists (listsRead), its rows' cells, materialized
 * (so that each is computed once), then each row's line.
 */
function linesOf (format: LineFormat, lists: PageLists, dialect: SqlDialect, orderOf: (table: string) => Prisma.Sql, keyCount: number): Prisma.Sql {
  const cells = format === 'csv' ? csvCells(dialect, lists) : [['line', dialect.jsonObject(lineEntries(dialect, lists))] as [string, Prisma.Sql]]
  const line = format === 'csv'
    ? Prisma.join(cells.map(([name]) => dialect.csvField(sql(`r."${name}"`))), ' || \',\' || ')
    : sql('CAST(r."line" AS TEXT)') // PostgreSQL's driver would parse a json value: the line is its text
  return Prisma.sql`${lists.ctes()}, r AS MATERIALIZED (
      SELECT c."n" AS "total", page.*, ${Prisma.join(cells.map(([name, value]) => Prisma.sql`${value} AS ${sql(`"${name}"`)}`))}
      FROM c LEFT JOIN page ON TRUE LEFT JOIN "Agreement" a ON a."id" = page."id" LEFT JOIN "Summit" su ON su."id" = a."summitId"
        LEFT JOIN "Session" se ON se."id" = a."sessionId"${lists.joins()})
    SELECT ${sql(['total', 'id', ...Array.from({ length: keyCount }, (_, i) => `k${i}`)].map(name => `r."${name}"`).join(', '))}, ${line} AS "text"
    FROM r ORDER BY ${orderOf('r')}`
}

/** The columns a CSV line of linesOf() holds, in order: what test/export-lines.test.ts holds against the CSV header. */
export const csvColumns = (dialect: SqlDialect): string[] => csvCells(dialect, perAgreement()).map(([name]) => name)

/** One page of the agreements matching `conditions`, in `order` (made total), as lines. */
export async function agreementLines (db: PrismaClient | Transaction, conditions: Condition[], order: OrderKey[], window: RowWindow,
  format: LineFormat): Promise<AgreementLines> {
  const keyCount = totalOrder(order).length
  const statement = pageStatement(db, conditions, order, window, (dialect, orderOf) => linesOf(format, forDatabase(db, listsRead)(window.limit), dialect, orderOf, keyCount))
  const rows = await readRows<Record<string, unknown>>(db, statement)
  // A page that matches nothing is one row, of the count alone.
  const found = rows.filter(row => row.id !== null && row.id !== undefined)
  return {
    matching: Number(rows[0]?.total ?? 0),
    lines: found.map(row => row.text as string),
    keysAt: index => { const row = found[index]; return row === undefined ? undefined : keysOf(row, keyCount) }
  }
}
