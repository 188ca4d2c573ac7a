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
import type { Condition } from './conditions.js'
import { keysOf, type KeyValue, type OrderKey, pageStatement, relationsFrom, type RowWindow, totalOrder } from './agreement-rows.js'
import type { SqlDialect } from './sql-dialect.js'

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
const parties = sql(relationsFrom.parties())
// The countries of its parties, once each (AgreementCountry, derived at load: prisma/schema.prisma).
const countries = sql('FROM "AgreementCountry" x JOIN "Country" co ON co."code" = x."countryCode" WHERE x."agreementId" = a."id"')
const sectors = sql(relationsFrom.sectors)
const minerals = sql(relationsFrom.minerals)
const sourceKinds = sql(relationsFrom.sourceKinds)
const text = (column: string): Prisma.Sql => sql(`CAST(${column} AS TEXT)`)
const flag = (column: string): Prisma.Sql => sql(`CASE WHEN ${column} THEN 'true' ELSE 'false' END`)

/** The CSV columns (http/exports.ts, columnsOf(Agreement)), each as text, in order. */
function csvCells ({ textAgg }: SqlDialect): Array<[string, Prisma.Sql]> {
  const list = (value: string, from: Prisma.Sql, order: string): Prisma.Sql => Prisma.sql`(SELECT ${textAgg(sql(value), sql(order))} ${from})`
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
    ['parties', list('p."slug"', parties, 'p."slug"')],
    ['parties_names', list('p."name"', parties, 'p."slug"')],
    ['countries', list('co."code"', countries, 'co."code"')],
    ['countries_names', list('co."name"', countries, 'co."code"')],
    ['sectors', list('s."slug"', sectors, 's."slug"')],
    ['sectors_names', list('s."name"', sectors, 's."slug"')],
    ['minerals', list('m."slug"', minerals, 'm."slug"')],
    ['minerals_names', list('m."name"', minerals, 'm."slug"')],
    ['disputed', flag('a."disputed"')],
    ['source_count', text('a."sourceCount"')],
    ['source_kinds', list('k."sourceKind" || \':\' || k."n"', sourceKinds, 'k."sourceKind"')]
  ]
}

/** An agreement as lists show it (toAgreement in data/agreements.ts), as one JSON object. */
function jsonLine ({ jsonObject, jsonObjectAgg, json, jsonBoolean }: SqlDialect): Prisma.Sql {
  const object = (entries: Array<[string, string]>): Prisma.Sql => jsonObject(entries.map(([key, value]) => [key, sql(value)]))
  const list = (entries: Array<[string, string]>, from: Prisma.Sql, order: string): Prisma.Sql =>
    json(Prisma.sql`(SELECT ${jsonObjectAgg(object(entries), sql(order))} ${from})`)
  return jsonObject([
    ['slug', sql('a."slug"')],
    ['kind', sql('a."kind"')],
    ['title', sql('a."title"')],
    ['summary', sql('a."summary"')],
    ['identified', jsonBoolean(sql('a."identified"'))],
    ['signed_at', sql('a."signedAt"')],
    ['summit', object([['slug', 'su."slug"'], ['name', 'su."name"'], ['date', 'su."date"']])],
    ['session', Prisma.sql`CASE WHEN se."id" IS NULL THEN NULL ELSE ${object([['slug', 'se."slug"'], ['name', 'se."name"'], ['kind', 'se."kind"'], ['date', 'se."date"']])} END`],
    ['session_basis', sql('a."sessionBasis"')],
    ['parties', list([['slug', 'p."slug"'], ['name', 'p."name"'], ['kind', 'p."kind"'], ['country', 'p."countryCode"'], ['role', 'x."role"'], ['basis', 'x."basis"']],
      parties, 'p."slug"')],
    ['countries', list([['code', 'co."code"'], ['name', 'co."name"']], countries, 'co."code"')],
    ['sectors', list([['slug', 's."slug"'], ['name', 's."name"'], ['basis', 'x."basis"']], sectors, 's."slug"')],
    ['minerals', list([['slug', 'm."slug"'], ['name', 'm."name"'], ['symbol', 'm."symbol"'], ['basis', 'x."basis"']], minerals, 'm."slug"')],
    ['disputed', jsonBoolean(sql('a."disputed"'))],
    ['source_count', sql('a."sourceCount"')],
    ['source_kinds', list([['kind', 'k."sourceKind"'], ['count', 'k."n"']], sourceKinds, 'k."sourceKind"')]
  ])
}

/** After the page's CTEs: its rows' cells, materialized (so that each is computed once), then each row's line. */
function linesOf (format: LineFormat, dialect: SqlDialect, orderOf: (table: string) => Prisma.Sql, keyCount: number): Prisma.Sql {
  const cells = format === 'csv' ? csvCells(dialect) : [['line', jsonLine(dialect)] as [string, Prisma.Sql]]
  const line = format === 'csv'
    ? Prisma.join(cells.map(([name]) => dialect.csvField(sql(`r."${name}"`))), ' || \',\' || ')
    : sql('CAST(r."line" AS TEXT)') // PostgreSQL's driver would parse a json value: the line is its text
  return Prisma.sql`, r AS MATERIALIZED (
      SELECT c."n" AS "total", page.*, ${Prisma.join(cells.map(([name, value]) => Prisma.sql`${value} AS ${sql(`"${name}"`)}`))}
      FROM c LEFT JOIN page ON TRUE LEFT JOIN "Agreement" a ON a."id" = page."id" LEFT JOIN "Summit" su ON su."id" = a."summitId"
        LEFT JOIN "Session" se ON se."id" = a."sessionId")
    SELECT ${sql(['total', 'id', ...Array.from({ length: keyCount }, (_, i) => `k${i}`)].map(name => `r."${name}"`).join(', '))}, ${line} AS "text"
    FROM r ORDER BY ${orderOf('r')}`
}

/** The columns a CSV line of linesOf() holds, in order: what test/export-lines.test.ts holds against the CSV header. */
export const csvColumns = (dialect: SqlDialect): string[] => csvCells(dialect).map(([name]) => name)

/** One page of the agreements matching `conditions`, in `order` (made total), as lines. */
export async function agreementLines (db: PrismaClient | Transaction, conditions: Condition[], order: OrderKey[], window: RowWindow,
  format: LineFormat): Promise<AgreementLines> {
  const keyCount = totalOrder(order).length
  const statement = pageStatement(db, conditions, order, window, (dialect, orderOf) => linesOf(format, dialect, orderOf, keyCount))
  const rows = await db.$queryRaw<Array<Record<string, unknown>>>(statement)
  // A page that matches nothing is one row, of the count alone.
  const found = rows.filter(row => row.id !== null && row.id !== undefined)
  return {
    matching: Number(rows[0]?.total ?? 0),
    lines: found.map(row => row.text as string),
    keysAt: index => { const row = found[index]; return row === undefined ? undefined : keysOf(row, keyCount) }
  }
}
