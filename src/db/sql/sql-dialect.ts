// The pieces of SQL that SQLite and PostgreSQL write differently, for the
// modules of src/db/sql/ whose statements are otherwise the same on both:
// each module asks for its client's pieces (`sqlOf(db)`, through dialect.ts).
import { Prisma } from '../../generated/prisma/client.js'
import type { PrismaClient, Transaction } from '../client.js'
import { type WrittenOnce, writtenOnce } from '../direct-reads.js'
import { type Dialect, forDatabase } from '../dialect.js'
import { keptSet as sqliteKeptSet, matchedIds as sqliteIds } from './agreement-set.js'
import { matchedIds as postgresqlIds } from './agreement-set-postgresql.js'
import type { Condition } from './conditions.js'

export interface SqlDialect {
  /** The ids of the agreements matching every condition (agreement-set.ts); undefined: all. */
  matchedIds: (conditions: Condition[]) => Prisma.Sql | undefined
  /** How a statement that reads the matched ids twice keeps them: `MATERIALIZED` or `NOT MATERIALIZED` (agreement-set.ts: keptSet). */
  keptSet: (conditions: Condition[]) => Prisma.Sql
  /** A LIMIT that keeps every row, for an OFFSET alone. */
  noLimit: Prisma.Sql
  /** An aggregate: the JSON array of `value` over the group's rows, in `order` (given: that order; else any). */
  jsonAgg: (value: Prisma.Sql, order?: Prisma.Sql) => Prisma.Sql
  /** A JSON array of these values. */
  jsonArray: (values: Prisma.Sql[]) => Prisma.Sql
  /** The rows of `json`, a JSON array of arrays of integers, as a table: their place `i` (ascending), then one column per name. */
  integerRows: (json: string, columns: string[]) => Prisma.Sql
  /** Whether an id column's value is among the ids a statement keeps in `m`, checked once per row of a correlated subquery. */
  inKeptIds: (column: Prisma.Sql) => Prisma.Sql
  /** An aggregate: the group's `value`s (text) in `order`, joined with "; "; NULL when there are none. */
  textAgg: (value: Prisma.Sql, order: Prisma.Sql) => Prisma.Sql
  /** A text as a CSV field (RFC 4180, as csv-stringify writes it): quoted when it holds `"`, `,`, CR or LF; NULL is empty. */
  csvField: (text: Prisma.Sql) => Prisma.Sql
  /** A JSON object of these entries, in this order, as text with the bytes JSON.stringify gives. */
  jsonObject: (entries: Array<[string, Prisma.Sql]>) => Prisma.Sql
  /** An aggregate: the JSON array (text, as JSON.stringify gives it) of jsonObject()s, in `order`; `[]` when there are none. */
  jsonObjectAgg: (object: Prisma.Sql, order: Prisma.Sql) => Prisma.Sql
  /** A JSON text (a subquery's) as a value that jsonObject() embeds as JSON, not as a string. */
  json: (text: Prisma.Sql) => Prisma.Sql
  /** A boolean column as a value that jsonObject() writes as `true` or `false`. */
  jsonBoolean: (column: Prisma.Sql) => Prisma.Sql
  /** A text as JSON text, a string (NULL stays NULL, or is `null`), for json() to embed: where a value is JSON text on some rows only. */
  jsonString: (text: Prisma.Sql) => Prisma.Sql
}

const orderBy = (order?: Prisma.Sql): Prisma.Sql => order === undefined ? Prisma.empty : Prisma.sql` ORDER BY ${order}`
/** The characters that make csv-stringify quote a field (RFC 4180), the CR and LF written as they are. */
const CSV_SPECIAL = '",\r\n'
const csvField = (text: Prisma.Sql, special: Prisma.Sql): Prisma.Sql =>
  Prisma.sql`CASE WHEN ${text} IS NULL THEN '' WHEN ${special} THEN '"' || replace(${text}, '"', '""') || '"' ELSE ${text} END`
/** Each column of `columns`, as `column` reads it from an array's element `at` and names it. */
const columnsOf = (columns: string[], column: (at: Prisma.Sql) => Prisma.Sql): Prisma.Sql =>
  Prisma.join(columns.map((name, at) => Prisma.sql`${column(Prisma.raw(String(at)))} AS "${keyOf(name)}"`))
const keyOf = (key: string): Prisma.Sql => {
  if (!/^[a-z_]+$/.test(key)) throw new Error(`not a JSON key this SQL writes: ${key}`)
  return Prisma.raw(key)
}

const dialects: Dialect<SqlDialect> = {
  sqlite: {
    matchedIds: sqliteIds,
    keptSet: sqliteKeptSet,
    noLimit: Prisma.sql`LIMIT -1`,
    jsonAgg: (value, order) => Prisma.sql`json_group_array(${value}${orderBy(order)})`,
    jsonArray: values => Prisma.sql`json_array(${Prisma.join(values)})`,
    integerRows: (json, columns) => Prisma.sql`SELECT "key" AS "i", ${columnsOf(columns, at => Prisma.sql`"value" ->> ${at}`)} FROM json_each(${json})`,
    // `+`: no index on the column, so that SQLite looks each value up in m's own (it builds one once).
    inKeptIds: column => Prisma.sql`+${column} IN (SELECT * FROM m)`,
    textAgg: (value, order) => Prisma.sql`group_concat(${value}, '; ' ORDER BY ${order})`,
    csvField: text => csvField(text, Prisma.sql`${text} GLOB ${Prisma.raw(`'*[${CSV_SPECIAL}]*'`)}`),
    // SQLite's JSON text is JSON.stringify's, byte for byte (escapes included: test/export-lines.test.ts).
    jsonObject: entries => Prisma.sql`json_object(${Prisma.join(entries.map(([key, value]) => Prisma.sql`'${keyOf(key)}', ${value}`))})`,
    jsonObjectAgg: (object, order) => Prisma.sql`json_group_array(${object} ORDER BY ${order})`,
    json: text => Prisma.sql`json(${text})`,
    jsonBoolean: column => Prisma.sql`json(CASE WHEN ${column} THEN 'true' ELSE 'false' END)`,
    jsonString: text => Prisma.sql`json_quote(${text})`
  },
  postgresql: {
    matchedIds: postgresqlIds,
    // Not measured there with the other way: kept, as it always was.
    keptSet: () => Prisma.sql`MATERIALIZED`,
    noLimit: Prisma.sql`LIMIT ALL`,
    jsonAgg: (value, order) => Prisma.sql`json_agg(${value}${orderBy(order)})`,
    jsonArray: values => Prisma.sql`json_build_array(${Prisma.join(values)})`,
    integerRows: (json, columns) => Prisma.sql`SELECT t."i", ${columnsOf(columns, at => Prisma.sql`(t."e" ->> ${at})::int`)}
      FROM json_array_elements(${json}::json) WITH ORDINALITY AS t("e", "i")`,
    // A hashed SubPlan: m read into a hash table once per statement, each row looked up in it. `OR FALSE`
    // keeps it one: PostgreSQL pulls a bare `IN (SELECT …)` up into a semi-join, which in a subquery run
    // once per row read all of m each time (2.7 ms a pair of parties for a country's 23,756 agreements);
    // it folds the FALSE away only later. Against `= ANY (ARRAY(SELECT * FROM m))`, which sorted the
    // array again for each row's index search: country=KR's page of 500 pairs 246 → 67 ms, at an
    // offset of 40,000 299 → 94; a sector's page of 50 31 → 25.
    inKeptIds: column => Prisma.sql`(${column} IN (SELECT * FROM m) OR FALSE)`,
    textAgg: (value, order) => Prisma.sql`string_agg(${value}, '; ' ORDER BY ${order})`,
    csvField: text => csvField(text, Prisma.sql`${text} ~ ${Prisma.raw(`'[${CSV_SPECIAL}]'`)}`),
    // json_build_object writes `{"a" : 1}` and json_agg `[1, 2]`; row_to_json writes what JSON.stringify does.
    jsonObject: entries => Prisma.sql`(SELECT row_to_json(o) FROM (SELECT ${Prisma.join(entries.map(([key, value]) => Prisma.sql`${value} AS "${keyOf(key)}"`))}) o)`,
    jsonObjectAgg: (object, order) => Prisma.sql`coalesce('[' || string_agg(${object}::text, ',' ORDER BY ${order}) || ']', '[]')`,
    json: text => Prisma.sql`(${text})::json`,
    jsonBoolean: column => column,
    jsonString: text => Prisma.sql`to_json(${text})::text`
  }
}

export const sqlOf = (db: PrismaClient | Transaction): SqlDialect => forDatabase(db, dialects)

/** What `build` makes of a database's SQL pieces, made once per database: the same for every request, where building it each time cost a share of a light one's time. */
export function builtOnce<T = Prisma.Sql> (build: (dialect: SqlDialect) => T): (dialect: SqlDialect) => T {
  const built = new Map<SqlDialect, T>()
  return dialect => {
    let made = built.get(dialect)
    if (made === undefined) built.set(dialect, made = build(dialect))
    return made
  }
}

/** A whole statement built once per database, its values marked by `open`: to be read with readWith (db/direct-reads.ts). */
export const statementOnce = (build: (dialect: SqlDialect) => Prisma.Sql): (dialect: SqlDialect) => WrittenOnce =>
  builtOnce(dialect => writtenOnce(build(dialect)))

/** Where a statement built once takes a value (statementOnce): any value would do, this one says so. */
export const open = null

/** A JSON value as a raw query answers it: text on SQLite, parsed already on PostgreSQL; NULL (no rows) is []. */
export function jsonValue<T> (value: unknown): T {
  if (value === null || value === undefined) return [] as T
  return (typeof value === 'string' ? JSON.parse(value) : value) as T
}
