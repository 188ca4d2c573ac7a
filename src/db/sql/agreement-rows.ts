// The statement of a page of the agreements matching a set of conditions
// (agreement-set.ts), in order, and how many match in all, on SQLite: the
// matched ids (once), their count, the page's ids (a materialized CTE); then
// what reads them: an agreement's line of JSON or CSV (agreement-lines.ts),
// which lists and exports send. Pages are by offset or by keyset (the order's
// values of the last row seen), for cursors and exports. And one agreement as
// a row with its summit, session, parties, sectors and minerals, the
// relations as JSON arrays, for its detail.
//
// Orders are stored ranks (see prisma/schema.prisma, Agreement), so every one
// is an index: with a page near the start of a large set, reading that index
// in order and checking each row is fastest; with a small set, looking the
// matches up and sorting them is. The statement chooses, once it has counted.
//
// On PostgreSQL the statement is the same but for its JSON functions
// (sql-dialect.ts) and how each way is written (pageWays below): its planner
// cannot make that choice itself, since the matched set is only counted as
// the statement runs.
import type { PrismaClient, Transaction } from '../client.js'
import { type Dialect, forDatabase } from '../dialect.js'
import { Prisma } from '../../generated/prisma/client.js'
import type { Condition } from './conditions.js'
import { builtOnce, jsonValue, type SqlDialect, sqlOf } from './sql-dialect.js'
import { readRows } from '../direct-reads.js'

type Db = PrismaClient | Transaction

export const orderColumns = ['listRank', 'sortSignedAt', 'sortSignedAtDesc', 'sortTitle', 'sortTitleDesc', 'sortKind', 'sortKindDesc',
  'sortIdentified', 'sortIdentifiedDesc', 'slug', 'id'] as const
export type OrderColumn = typeof orderColumns[number]
/** Rank columns order ascending; only `slug` (unique, text) is also read backwards. */
export interface OrderKey { column: OrderColumn, descending: boolean }
export type KeyValue = number | string

/**
 * A page: `offset` rows skipped, or the rows after `after` (the order's values
 * of the last row seen). `matching`, when the caller knows it (an export's
 * later batches), is how many match: not counted again.
 */
export interface RowWindow { limit: number, offset: number, after?: KeyValue[] | undefined, matching?: number }

export interface AgreementRow {
  slug: string
  kind: 'mou' | 'agreement' | 'record_of_discussion' | null
  title: string | null
  summary: string | null
  identified: boolean
  signedAt: string | null
  sessionBasis: 'stated' | 'inferred' | null
  disputed: boolean
  sourceCount: number
  /** The supporting sources by kind: [kind, how many], by kind. */
  sourceKinds: Array<[string, number]>
  summit: { slug: string, name: string, date: string }
  session: { slug: string, name: string, kind: string, date: string } | null
  parties: Array<{ slug: string, name: string, kind: string, country: string, countryName: string, role: string, basis: string }>
  sectors: Array<{ slug: string, name: string, basis: string }>
  minerals: Array<{ slug: string, name: string, symbol: string | null, basis: string }>
}

/** The order's keys, made total: then by the default order and the id, unless a unique key (slug) already decides. */
export function totalOrder (keys: OrderKey[]): OrderKey[] {
  const out: OrderKey[] = []
  for (const key of keys) {
    if (out.some(seen => seen.column === key.column)) continue
    out.push(key)
    if (key.column === 'slug' || key.column === 'id') return out
  }
  for (const column of ['listRank', 'id'] as const) if (!out.some(key => key.column === column)) out.push({ column, descending: false })
  return out
}

const columnOf = (key: OrderKey, table = 'a'): Prisma.Sql => Prisma.raw(`${table}."${key.column}"`)
const direction = (key: OrderKey): Prisma.Sql => Prisma.raw(key.descending ? 'DESC' : 'ASC')

/** Rows after `values` in `keys` order: k1 > v1 OR (k1 = v1 AND (k2 > v2 OR …)), led by k1 >= v1 for the index. */
function after (keys: OrderKey[], values: KeyValue[]): Prisma.Sql {
  const strictly = (key: OrderKey): Prisma.Sql => Prisma.raw(key.descending ? '<' : '>')
  let condition: Prisma.Sql | undefined
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i] as OrderKey
    const beyond = Prisma.sql`${columnOf(key)} ${strictly(key)} ${values[i]}`
    condition = condition === undefined ? beyond : Prisma.sql`(${beyond} OR (${columnOf(key)} = ${values[i]} AND ${condition}))`
  }
  const first = keys[0] as OrderKey
  return Prisma.sql`${columnOf(first)} ${Prisma.raw(first.descending ? '<=' : '>=')} ${values[0]} AND ${condition ?? Prisma.sql`TRUE`}`
}

/**
 * Two ways to a page of a filtered set: read the order's index, checking each
 * row against the matched ids (made once, in memory), which costs about the
 * page's end × all ÷ matching rows; or look the matched rows up in the narrow
 * index of keys and sort them, which costs about their number. Reading in
 * order wins until it passes this many times more rows than there are to sort.
 * The statement holds both; the LIMIT of the way not chosen is 0.
 */
const SCAN_OVER_SORT = 4

/** The page's rows with their relations: the detail reads a page of one. */
const rowsOf = builtOnce(buildRows)

/**
 * The relations of an agreement (`a`), read by the rows here and by the lines
 * of agreement-lines.ts: each its link table (`x`, by "agreementId"), the
 * table it links to, and whether the link holds its two keys alone (no role
 * or basis: its index covers it).
 */
export const relations = {
  parties: { link: '"AgreementParty" x', to: 'JOIN "Party" p ON p."id" = x."partyId"', keysOnly: false },
  // The countries of its parties, once each (AgreementCountry, derived at load: prisma/schema.prisma).
  countries: { link: '"AgreementCountry" x', to: 'JOIN "Country" co ON co."code" = x."countryCode"', keysOnly: true },
  sectors: { link: '"AgreementSector" x', to: 'JOIN "Sector" s ON s."id" = x."sectorId"', keysOnly: false },
  minerals: { link: '"AgreementMineral" x', to: 'JOIN "Mineral" m ON m."id" = x."mineralId"', keysOnly: false }
} as const
export type Relation = keyof typeof relations

/** FROM … WHERE: the agreement's rows of a relation; `andJoin`: more tables, joined after it. */
export const relationOf = (relation: Relation, andJoin = ''): string =>
  `FROM ${relations[relation].link} ${relations[relation].to}${andJoin} WHERE x."agreementId" = a."id"`

/** FROM: the agreement's supporting sources' kinds (`k`), each with how many (`n`). */
export const sourceKindsOf = 'FROM (SELECT x."sourceKind", count(*) AS "n" FROM "AgreementSource" x WHERE x."agreementId" = a."id" GROUP BY x."sourceKind") k'

function buildRows ({ jsonAgg, jsonArray }: SqlDialect): Prisma.Sql {
  const list = (values: string[], from: string, order: string): Prisma.Sql =>
    Prisma.sql`(SELECT ${jsonAgg(jsonArray(values.map(value => Prisma.raw(value))), Prisma.raw(order))} ${Prisma.raw(from)})`
  return Prisma.sql`
  SELECT c."n" AS "total", page.*, a."slug", a."kind", a."title", a."summary", a."identified", a."signedAt", a."sessionBasis",
    a."disputed", a."sourceCount",
    ${list(['k."sourceKind"', 'k."n"'], sourceKindsOf, 'k."sourceKind"')} AS "sourceKinds",
    su."slug" AS "summitSlug", su."name" AS "summitName", su."date" AS "summitDate",
    se."slug" AS "sessionSlug", se."name" AS "sessionName", se."kind" AS "sessionKind", se."date" AS "sessionDate",
    ${list(['p."slug"', 'p."name"', 'p."kind"', 'p."countryCode"', 'co."name"', 'x."role"', 'x."basis"'],
      relationOf('parties', ' JOIN "Country" co ON co."code" = p."countryCode"'), 'p."slug"')} AS "parties",
    ${list(['s."slug"', 's."name"', 'x."basis"'], relationOf('sectors'), 's."slug"')} AS "sectors",
    ${list(['m."slug"', 'm."name"', 'm."symbol"', 'x."basis"'], relationOf('minerals'), 'm."slug"')} AS "minerals"
  FROM c LEFT JOIN page ON TRUE LEFT JOIN "Agreement" a ON a."id" = page."id" LEFT JOIN "Summit" su ON su."id" = a."summitId"
    LEFT JOIN "Session" se ON se."id" = a."sessionId"`
}

/** The parts of a page's statement, for pageOfSet. */
interface PageParts { ids: Prisma.Sql, kept: Prisma.Sql, count: Prisma.Sql, selected: Prisma.Sql, inner: Prisma.Sql, keyset: Prisma.Sql, limit: number, offset: number, end: number }

/**
 * How each way of pageOfSet reads the agreements (`a`), told to each
 * database: the scan tests each row of the order's index against the
 * matched ids; the sort looks the matches up in the narrow index of keys.
 */
const pageWays: Dialect<{ scanned: Prisma.Sql, sorted: Prisma.Sql }> = {
  // The `+` keeps SQLite from reading the matches through the id's index, which would lose the order.
  sqlite: {
    scanned: Prisma.sql`"Agreement" a WHERE +a."id" IN (SELECT * FROM m)`,
    sorted: Prisma.sql`"Agreement" a INDEXED BY "Agreement_keys_idx" WHERE a."id" IN (SELECT * FROM m)`
  },
  // PostgreSQL turns a bare `IN (SELECT …)` into a join, which reads every match before the page: at
  // 100,000 agreements, 31 ms for `disputed=true` (about 1/25 matching) against 10 as a filter. Inside
  // an expression it stays a filter, tested against a hash of the matched ids, row by row of the order.
  postgresql: {
    scanned: Prisma.sql`"Agreement" a WHERE coalesce(a."id" IN (SELECT * FROM m), FALSE)`,
    sorted: Prisma.sql`"Agreement" a WHERE a."id" IN (SELECT * FROM m)`
  }
}

/**
 * `c` (the count) and `page` (the page's ids and keys) of a filtered set, as CTEs after `m` (the matched ids).
 * Each way's choice is in its LIMIT, not its WHERE: a database skips a loop whose LIMIT is 0, where a false
 * WHERE made of a subquery is still tested on every row of the index (on SQLite at 100,000 agreements,
 * 4 ms of the 5 a page of 35 matches took). The numbers are cast to 64 bits, which PostgreSQL would
 * otherwise take for 32-bit integers: `end` × `all` passes 2^31 at an offset of 90,000 in 100,000. The
 * outer LIMIT changes no answer (one way gives the rows, at most `limit`) but tells PostgreSQL's planner
 * how many: without it, it took a page for a tenth of the table and joined each row to its summit and
 * session by reading both tables whole (8 of the 9 ms a page of one agreement took).
 */
function pageOfSet (db: Db, { ids, kept, count, selected, inner, keyset, limit, offset, end }: PageParts): Prisma.Sql {
  const { scanned, sorted } = forDatabase(db, pageWays)
  const scan = Prisma.sql`"n" * "n" * ${SCAN_OVER_SORT} >= CAST(${end} AS BIGINT) * "all"`
  const limitIf = (condition: Prisma.Sql): Prisma.Sql =>
    Prisma.sql`LIMIT (SELECT CASE WHEN ${condition} THEN CAST(${limit} AS BIGINT) ELSE 0 END FROM c) OFFSET ${offset}`
  return Prisma.sql`
      WITH m AS ${kept} (${ids}),
      c AS MATERIALIZED (SELECT ${count} AS "n", (SELECT coalesce(max("listRank"), 0) FROM "Agreement") AS "all"),
      page AS MATERIALIZED (SELECT * FROM (
        SELECT * FROM (SELECT a."id", ${selected} FROM ${scanned} AND ${keyset}
          ORDER BY ${inner} ${limitIf(scan)}) AS "scanned"
        UNION ALL
        SELECT * FROM (SELECT a."id", ${selected} FROM ${sorted} AND ${keyset}
          ORDER BY ${inner} ${limitIf(Prisma.sql`NOT (${scan})`)}) AS "sorted") AS "ways" LIMIT CAST(${limit} AS BIGINT))`
}

/**
 * The statement of a page: the matched set, its count and the page's ids and
 * keys (CTEs `m`, `c` and `page`), then `rest`, which reads them, given the
 * database's SQL and the page's order (`k0`… descending where the order is).
 */
export function pageStatement (db: Db, conditions: Condition[], order: OrderKey[], window: RowWindow,
  rest: (dialect: SqlDialect, orderOf: (table: string) => Prisma.Sql) => Prisma.Sql): Prisma.Sql {
  const keys = totalOrder(order)
  const dialect = sqlOf(db)
  const ids = dialect.matchedIds(conditions)
  const selected = Prisma.join(keys.map((key, i) => Prisma.sql`${columnOf(key)} AS ${Prisma.raw(`"k${i}"`)}`))
  const inner = Prisma.join(keys.map(key => Prisma.sql`${columnOf(key)} ${direction(key)}`))
  const outer = (table: string): Prisma.Sql => Prisma.join(keys.map((key, i) => Prisma.sql`${Prisma.raw(`${table}."k${i}"`)} ${direction(key)}`))
  const keyset = window.after === undefined ? Prisma.sql`TRUE` : after(keys, window.after)
  const offset = window.after === undefined ? window.offset : 0
  const end = window.after === undefined ? window.offset + window.limit : window.limit
  // A parameter PostgreSQL must be told the type of, to compute with it (pageOfSet's choice).
  const known = window.matching === undefined ? undefined : Prisma.sql`CAST(${window.matching} AS BIGINT)`
  return ids === undefined
    ? Prisma.sql`
      WITH c AS MATERIALIZED (SELECT ${known ?? Prisma.sql`(SELECT count(*) FROM "Agreement")`} AS "n"),
      page AS MATERIALIZED (SELECT a."id", ${selected} FROM "Agreement" a WHERE ${keyset} ORDER BY ${inner} LIMIT ${window.limit} OFFSET ${offset})
      ${rest(dialect, outer)}`
    : Prisma.sql`${pageOfSet(db, { ids, kept: dialect.keptSet(conditions), count: known ?? Prisma.sql`(SELECT count(*) FROM m)`, selected, inner, keyset, limit: window.limit, offset, end })}
      ${rest(dialect, outer)}`
}

/**
 * The order's values of every `every`-th row of a page (rows `every`,
 * 2·`every`, … of `window`): where the batches of an export end, read ahead
 * in one statement of keys so that later batches can be read at once.
 */
export async function pageEnds (db: Db, conditions: Condition[], order: OrderKey[], window: RowWindow, every: number): Promise<KeyValue[][]> {
  const keyCount = totalOrder(order).length
  const keys = Prisma.raw(Array.from({ length: keyCount }, (_, i) => `e."k${i}"`).join(', '))
  const rows = await readRows<Record<string, unknown>>(db, pageStatement(db, conditions, order, window, (_, orderOf) => Prisma.sql`
    SELECT ${keys} FROM (SELECT page.*, row_number() OVER (ORDER BY ${orderOf('page')}) AS "n" FROM page) e
    WHERE e."n" % CAST(${every} AS BIGINT) = 0 ORDER BY e."n"`))
  return rows.map(row => keysOf(row, keyCount))
}

/** The order's values of a row (`k0`…), as a cursor after it holds them. */
export function keysOf (row: Record<string, unknown>, keyCount: number): KeyValue[] {
  return Array.from({ length: keyCount }, (_, i) => {
    const value = row[`k${i}`]
    return typeof value === 'bigint' ? Number(value) : value as KeyValue
  })
}

/** What a detail adds to a list's row: where it was signed and the sources that support it. */
export interface AgreementDetailRow extends AgreementRow {
  place: string | null
  summitCity: string
  summitVenue: string | null
  sessionCity: string | null
  sessionVenue: string | null
  /** By source id. */
  sources: Array<{ slug: string, title: string, kind: string }>
}

/**
 * One agreement by slug, as a list shows it and with what its detail adds, in
 * one statement: the list's row statement over a page of that one agreement.
 * (Prisma's `include` reads each relation in a statement of its own: fourteen.)
 */
export async function agreementDetailRow (db: Db, slug: string): Promise<AgreementDetailRow | undefined> {
  const dialect = sqlOf(db)
  const { jsonAgg, jsonArray } = dialect
  const [row] = await readRows<Record<string, unknown>>(db, Prisma.sql`
    WITH c AS MATERIALIZED (SELECT 1 AS "n"),
    page AS MATERIALIZED (SELECT "id" FROM "Agreement" WHERE "slug" = ${slug})
    SELECT r.*, d."place", su."city" AS "summitCity", su."venue" AS "summitVenue", se."city" AS "sessionCity", se."venue" AS "sessionVenue",
      (SELECT ${jsonAgg(jsonArray([Prisma.raw('s."slug"'), Prisma.raw('s."title"'), Prisma.raw('s."kind"')]), Prisma.raw('s."id"'))}
        FROM "AgreementSource" x JOIN "Source" s ON s."id" = x."sourceId" WHERE x."agreementId" = d."id") AS "sources"
    FROM (${rowsOf(dialect)}) r JOIN "Agreement" d ON d."id" = r."id" JOIN "Summit" su ON su."id" = d."summitId"
      LEFT JOIN "Session" se ON se."id" = d."sessionId"`)
  if (row === undefined) return undefined
  const text = (value: unknown): string | null => value === null || value === undefined ? null : String(value)
  return {
    ...toRow(row),
    place: text(row.place),
    summitCity: String(row.summitCity),
    summitVenue: text(row.summitVenue),
    sessionCity: text(row.sessionCity),
    sessionVenue: text(row.sessionVenue),
    sources: jsonValue<string[][]>(row.sources).map(([slug, title, kind]) => ({ slug: String(slug), title: String(title), kind: String(kind) }))
  }
}

function toRow (row: Record<string, unknown>): AgreementRow {
  const text = (value: unknown): string => String(value)
  const json = (value: unknown): unknown[][] => jsonValue<unknown[][]>(value)
  return {
    slug: text(row.slug),
    kind: row.kind as AgreementRow['kind'],
    title: row.title as string | null,
    summary: row.summary as string | null,
    identified: Number(row.identified) === 1,
    signedAt: row.signedAt as string | null,
    sessionBasis: row.sessionBasis as AgreementRow['sessionBasis'],
    disputed: Number(row.disputed) === 1,
    sourceCount: Number(row.sourceCount ?? 0),
    sourceKinds: json(row.sourceKinds).map(([kind, count]) => [text(kind), Number(count)]),
    summit: { slug: text(row.summitSlug), name: text(row.summitName), date: text(row.summitDate) },
    session: row.sessionSlug === null
      ? null
      : { slug: text(row.sessionSlug), name: text(row.sessionName), kind: text(row.sessionKind), date: text(row.sessionDate) },
    parties: json(row.parties).map(([slug, name, kind, country, countryName, role, basis]) =>
      ({ slug: text(slug), name: text(name), kind: text(kind), country: text(country), countryName: text(countryName), role: text(role), basis: text(basis) })),
    sectors: json(row.sectors).map(([slug, name, basis]) => ({ slug: text(slug), name: text(name), basis: text(basis) })),
    minerals: json(row.minerals).map(([slug, name, symbol, basis]) => ({ slug: text(slug), name: text(name), symbol: symbol as string | null, basis: text(basis) }))
  }
}
