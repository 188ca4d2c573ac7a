// Counts of a set of agreements (agreement-set.ts) grouped by one dimension,
// in SQL, on SQLite: for a dimension that is a table (sectors, parties, …)
// every record of it with its count, largest first, paged in the database;
// for a vocabulary (party kinds, agreement kinds, identified) the count of
// each value. Each also answers the set's size, how many agreements have no
// value, and the sum of the counts, in the same statement. A table's groups
// come as one JSON text, written by the database: every party is 10,000
// groups, which as rows were some 50,000 JavaScript objects to read, check and
// write again. The same SQL on PostgreSQL, but for the pieces sql-dialect.ts gives.
import type { PrismaClient, Transaction } from '../client.js'
import { Prisma } from '../../generated/prisma/client.js'
import type { Condition } from './conditions.js'
import { type SqlDialect, sqlOf } from './sql-dialect.js'
import { readRows } from '../direct-reads.js'

type Db = PrismaClient | Transaction

export type TableDimension = 'sector' | 'mineral' | 'party' | 'country' | 'summit' | 'session'
export type ValueDimension = 'party_kind' | 'kind' | 'identified'

interface Source {
  /** The dimension's table, its key column (slug or code), and the column links refer to. */
  table: string
  key: string
  id: string
  /** Where an agreement's values are: a link table and its column, or a column of Agreement. */
  link?: { table: string, column: string }
  column?: string
  /**
   * Where the loader stores each record's count among all agreements: a column
   * of the table, or GroupCount's rows (which also hold how many have none).
   */
  stored: { column: string } | 'GroupCount' | undefined
}

const sources: Record<TableDimension, Source> = {
  sector: { table: 'Sector', key: 'slug', id: 'id', link: { table: 'AgreementSector', column: 'sectorId' }, stored: 'GroupCount' },
  mineral: { table: 'Mineral', key: 'slug', id: 'id', link: { table: 'AgreementMineral', column: 'mineralId' }, stored: 'GroupCount' },
  party: { table: 'Party', key: 'slug', id: 'id', link: { table: 'AgreementParty', column: 'partyId' }, stored: { column: 'agreementCount' } },
  country: { table: 'Country', key: 'code', id: 'code', link: { table: 'AgreementCountry', column: 'countryCode' }, stored: 'GroupCount' },
  summit: { table: 'Summit', key: 'slug', id: 'id', column: 'summitId', stored: undefined },
  session: { table: 'Session', key: 'slug', id: 'id', column: 'sessionId', stored: undefined }
}

/** Vocabulary dimensions whose counts among all agreements GroupCount holds. */
const storedValues: ReadonlySet<ValueDimension> = new Set(['party_kind'])

export interface Tally {
  /** Agreements in the set. */
  total: number
  /** Agreements in the set with no value for the dimension. */
  unknown: number
  /** The sum of every value's count (an agreement with two values counts twice). */
  counted: number
}

export interface TableGroups extends Tally {
  /** The page of values asked for, as a JSON array (text) of {key, name, count}; largest first, then by key. */
  groups: string
  /** How many values the dimension has (besides unknown). */
  values: number
}

const raw = (name: string): Prisma.Sql => Prisma.raw(`"${name}"`)

/** `WITH m AS (matched ids)` when the set is filtered, and the condition that keeps an id column within it. */
function within ({ matchedIds, keptSet }: SqlDialect, conditions: Condition[]): { cte: Prisma.Sql, member: (column: Prisma.Sql) => Prisma.Sql } {
  const ids = matchedIds(conditions)
  if (ids === undefined) return { cte: Prisma.empty, member: () => Prisma.sql`TRUE` }
  return { cte: Prisma.sql`m AS ${keptSet(conditions)} (${ids}),`, member: column => Prisma.sql`${column} IN (SELECT * FROM m)` }
}

/** How the set's agreements spread over the dimension's values (value → count), with the set's tally. */
function countsOf (source: Source, member: (column: Prisma.Sql) => Prisma.Sql): { counts: Prisma.Sql, withValue: Prisma.Sql } {
  if (source.link !== undefined) {
    const column = raw(source.link.column)
    return {
      counts: Prisma.sql`SELECT x.${column} AS "v", count(*) AS "n" FROM ${raw(source.link.table)} x WHERE ${member(Prisma.sql`x."agreementId"`)} GROUP BY x.${column}`,
      withValue: Prisma.sql`SELECT count(DISTINCT x."agreementId") FROM ${raw(source.link.table)} x WHERE ${member(Prisma.sql`x."agreementId"`)}`
    }
  }
  const column = raw(source.column ?? '')
  return {
    counts: Prisma.sql`SELECT a.${column} AS "v", count(*) AS "n" FROM "Agreement" a WHERE ${member(Prisma.sql`a."id"`)} AND a.${column} IS NOT NULL GROUP BY a.${column}`,
    withValue: Prisma.sql`SELECT count(*) FROM "Agreement" a WHERE ${member(Prisma.sql`a."id"`)} AND a.${column} IS NOT NULL`
  }
}

const totalOf = (conditions: Condition[]): Prisma.Sql => conditions.length === 0
  ? Prisma.sql`SELECT count(*) FROM "Agreement"`
  : Prisma.sql`SELECT count(*) FROM m`

/**
 * How many agreements there are, as the loader stores it: the sum of what
 * each summit records (every agreement is recorded at one); or that sum as the
 * caller read it already (/stats reads it with its totals, where each of its
 * four tiles summed it again: 0.3 ms each at 3,000 summits).
 */
const storedTotal = (known: number | undefined): Prisma.Sql => known === undefined
  ? Prisma.sql`(SELECT coalesce(sum("recordedAgreements"), 0) FROM "Summit")`
  : Prisma.sql`CAST(${known} AS BIGINT)`

/** Over all agreements, the tally as the loader stores it: how many there are, and how many have no value for the dimension (GroupCount). */
const storedTally = (dimension: string, total: number | undefined): Prisma.Sql => Prisma.sql`${storedTotal(total)} AS "total",
  (SELECT coalesce(sum("count"), 0) FROM "GroupCount" WHERE "dimension" = ${dimension} AND "value" = '') AS "unknown"`

/** A tally's row, with its page of groups as JSON, as the statements answer them. */
function tableGroupsOf (first: Record<string, unknown>): TableGroups {
  const total = Number(first.total ?? 0)
  return {
    total,
    unknown: first.unknown === undefined ? total - Number(first.withValue ?? 0) : Number(first.unknown),
    counted: Number(first.counted ?? 0),
    values: Number(first.values ?? 0),
    groups: String(first.groups)
  }
}

/** The JSON array of a page of groups (`p`: key, name, count), in its order. */
function groupsJson ({ jsonObject, jsonObjectAgg }: SqlDialect, page: Prisma.Sql): Prisma.Sql {
  const object = jsonObject([['key', Prisma.sql`p."key"`], ['name', Prisma.sql`p."name"`], ['count', Prisma.sql`p."count"`]])
  return Prisma.sql`(SELECT ${jsonObjectAgg(object, Prisma.sql`p."count" DESC, p."key" ASC`)} FROM (${page}) p)`
}

/**
 * Every value of a table dimension with its count among the set (0 included),
 * largest first; `limit` null: all. Over all agreements, the counts and tally
 * the loader stores are read rather than counted (every party: 10,000 groups
 * of 250,000 links; on PostgreSQL a sector's tally alone took 40 ms), the
 * tally and the page in two statements (joined in one, SQLite took half as
 * long again).
 */
export async function tableGroups (db: Db, conditions: Condition[], dimension: TableDimension,
  window: { limit: number | null, offset: number }, storedTotalRead?: number): Promise<TableGroups> {
  const source = sources[dimension]
  const dialect = sqlOf(db)
  const { cte, member } = within(dialect, conditions)
  const { counts, withValue } = countsOf(source, member)
  const page = window.limit === null ? Prisma.sql`${dialect.noLimit} OFFSET ${window.offset}` : Prisma.sql`LIMIT ${window.limit} OFFSET ${window.offset}`
  const table = raw(source.table)
  const key = raw(source.key)
  const tally = Prisma.sql`SELECT (${totalOf(conditions)}) AS "total", (${withValue}) AS "withValue"`
  if (conditions.length === 0 && source.stored !== undefined) {
    const { count, join } = source.stored === 'GroupCount'
      ? { count: Prisma.sql`coalesce(d."count", 0)`, join: Prisma.sql`LEFT JOIN "GroupCount" d ON d."dimension" = ${dimension} AND d."value" = t.${key}` }
      : { count: Prisma.sql`t.${raw(source.stored.column)}`, join: Prisma.empty }
    const groups = groupsJson(dialect, Prisma.sql`SELECT t.${key} AS "key", t."name" AS "name", ${count} AS "count" FROM ${table} t ${join} ORDER BY "count" DESC, "key" ASC ${page}`)
    const [[first], [written]] = await Promise.all([
      readRows<Record<string, unknown>>(db, Prisma.sql`SELECT ${storedTally(dimension, storedTotalRead)},
        (SELECT coalesce(sum(${count}), 0) FROM ${table} t ${join}) AS "counted", (SELECT count(*) FROM ${table}) AS "values"`),
      readRows<Record<string, unknown>>(db, Prisma.sql`SELECT ${groups} AS "groups"`)
    ])
    return tableGroupsOf({ ...first, groups: written?.groups })
  }
  const rows = await readRows<Record<string, unknown>>(db, Prisma.sql`
    WITH ${cte}
    c AS MATERIALIZED (${counts}),
    s AS (${tally}, (SELECT coalesce(sum("n"), 0) FROM c) AS "counted", (SELECT count(*) FROM ${table}) AS "values"),
    p AS (SELECT t.${key} AS "key", t."name" AS "name", coalesce(c."n", 0) AS "count"
      FROM ${table} t LEFT JOIN c ON c."v" = t.${raw(source.id)}
      ORDER BY "count" DESC, "key" ASC ${page})
    SELECT s.*, ${groupsJson(dialect, Prisma.sql`SELECT * FROM p`)} AS "groups" FROM s`)
  return tableGroupsOf(rows[0] ?? {})
}

/** The count of each value of a vocabulary dimension among the set (values no agreement has are absent). */
export async function valueCounts (db: Db, conditions: Condition[], dimension: ValueDimension, storedTotalRead?: number): Promise<Tally & { counts: Map<string, number> }> {
  if (conditions.length === 0 && storedValues.has(dimension)) return storedValueCounts(db, dimension, storedTotalRead)
  const { cte, member } = within(sqlOf(db), conditions)
  // Party kinds: the derived table of each agreement's party kinds, once each.
  const counts = dimension === 'party_kind'
    ? Prisma.sql`SELECT x."kind" AS "v", count(*) AS "n" FROM "AgreementPartyKind" x WHERE ${member(Prisma.sql`x."agreementId"`)} GROUP BY x."kind"`
    : Prisma.sql`SELECT a.${raw(dimension)} AS "v", count(*) AS "n" FROM "Agreement" a WHERE ${member(Prisma.sql`a."id"`)} AND a.${raw(dimension)} IS NOT NULL GROUP BY a.${raw(dimension)}`
  const withValue = dimension === 'party_kind'
    ? Prisma.sql`SELECT count(DISTINCT x."agreementId") FROM "AgreementPartyKind" x WHERE ${member(Prisma.sql`x."agreementId"`)}`
    : Prisma.sql`SELECT count(*) FROM "Agreement" a WHERE ${member(Prisma.sql`a."id"`)} AND a.${raw(dimension)} IS NOT NULL`
  const rows = await readRows<Record<string, bigint | number | string | null>>(db, Prisma.sql`
    WITH ${cte}
    c AS MATERIALIZED (${counts}),
    s AS (SELECT (${totalOf(conditions)}) AS "total", (${withValue}) AS "withValue", (SELECT coalesce(sum("n"), 0) FROM c) AS "counted")
    SELECT s.*, c."v", c."n" FROM s LEFT JOIN c ON TRUE`)
  const first = rows[0] ?? {}
  const total = Number(first.total ?? 0)
  // identified is stored as 0/1: its values are `false`/`true`.
  const keyOf = (value: unknown): string => dimension === 'identified' ? String(Number(value) === 1) : String(value)
  return {
    total,
    unknown: total - Number(first.withValue ?? 0),
    counted: Number(first.counted ?? 0),
    counts: new Map(rows.filter(row => row.v !== null && row.v !== undefined).map(row => [keyOf(row.v), Number(row.n)]))
  }
}

/** A vocabulary's counts among all agreements, as GroupCount stores them. */
async function storedValueCounts (db: Db, dimension: ValueDimension, storedTotalRead: number | undefined): Promise<Tally & { counts: Map<string, number> }> {
  const rows = await readRows<{ v: string, n: bigint | number, total: bigint | number }>(db, Prisma.sql`
    SELECT d."value" AS "v", d."count" AS "n", ${storedTotal(storedTotalRead)} AS "total"
    FROM "GroupCount" d WHERE d."dimension" = ${dimension}`)
  const values = rows.filter(row => row.v !== '')
  return {
    total: Number(rows[0]?.total ?? 0),
    unknown: Number(rows.find(row => row.v === '')?.n ?? 0),
    counted: values.reduce((sum, row) => sum + Number(row.n), 0),
    counts: new Map(values.map(row => [row.v, Number(row.n)]))
  }
}
