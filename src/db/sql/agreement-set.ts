// The agreements a request's filters match, as SQL, on SQLite. Every list,
// count, group and export of agreements starts here.
//
// Why raw SQL: Prisma writes a relation filter (`sectors: { some: … }`) as a
// correlated EXISTS, so SQLite visits every agreement to find, say, the 12 a
// party signed (40 ms at 100,000 agreements, against 0.1 ms starting from the
// party's rows), and a count touches every matching row of the wide Agreement
// table. Here each filter is the sorted list of the ids it matches, read from
// a covering index ((value, agreementId) on each link table, (value, rowid) on
// Agreement's own columns, the full-text index for `q`), and a set of filters
// is their INTERSECT, which SQLite merges as it reads them: a count of 5,000
// agreements out of 100,000 by three filters reads only index entries.
//
// PostgreSQL's (agreement-set-postgresql.ts) is the same SQL but for the two
// parts each database reads differently, given here as a SetDialect: how the
// flags (`identified`, `disputed`) are read, and how the search index is.
import { Prisma } from '../../generated/prisma/client.js'
import { type Condition, linkColumn, type SearchCondition } from './conditions.js'
import { searchIds } from './search.js'

/** What differs between the databases in a set's SQL. */
export interface SetDialect {
  /** The ids of the agreements whose flag (`identified`, `disputed`) is one of `flags` (a list of TRUE/FALSE). */
  flagIds: (column: 'identified' | 'disputed', flags: Prisma.Sql) => Prisma.Sql
  searchIds: (condition: SearchCondition) => Prisma.Sql
}

const sqlite: SetDialect = {
  flagIds: (column, flags) => column === 'identified'
    // No index of its own: the narrow index of filter columns is read whole.
    ? Prisma.sql`SELECT "id" FROM "Agreement" INDEXED BY "Agreement_keys_idx" WHERE "identified" IN (${flags})`
    // Its own index (disputed, rowid): disputed agreements are few, so `true` reads only them.
    : Prisma.sql`SELECT "id" FROM "Agreement" INDEXED BY "Agreement_disputed_idx" WHERE "disputed" IN (${flags})`,
  searchIds
}

const ident = (name: string): Prisma.Sql => Prisma.raw(`"${name}"`)

/** The ids one condition matches (a link condition with several values may repeat an id). */
function idsOf (dialect: SetDialect, condition: Condition): Prisma.Sql {
  switch (condition.kind) {
    case 'link':
      return Prisma.sql`SELECT "agreementId" FROM ${ident(condition.link)} WHERE ${ident(linkColumn[condition.link])} IN (${Prisma.join(condition.values)})`
    case 'column': {
      const { column, values } = condition
      if (column === 'identified' || column === 'disputed') return dialect.flagIds(column, Prisma.join(values.map(value => Prisma.raw(value === true ? 'TRUE' : 'FALSE'))))
      const present = values.filter((value): value is number | string => value !== null && typeof value !== 'boolean')
      const parts: Prisma.Sql[] = []
      if (present.length > 0) parts.push(Prisma.sql`${ident(column)} IN (${Prisma.join(present)})`)
      if (values.includes(null)) parts.push(Prisma.sql`${ident(column)} IS NULL`)
      return Prisma.sql`SELECT "id" FROM "Agreement" WHERE ${Prisma.join(parts, ' OR ')}`
    }
    case 'date': {
      const parts = [Prisma.sql`"signedAt" IS NOT NULL`]
      if (condition.from !== undefined) parts.push(Prisma.sql`"signedAt" >= ${condition.from}`)
      if (condition.to !== undefined) parts.push(Prisma.sql`"signedAt" <= ${condition.to}`)
      return Prisma.sql`SELECT "id" FROM "Agreement" WHERE ${Prisma.join(parts, ' AND ')}`
    }
    case 'search':
      return dialect.searchIds(condition)
  }
}

/**
 * How a statement keeps the matched ids (CTE `m`) that it reads twice, for
 * its count and its page or groups. MATERIALIZED writes them into a table
 * first: the right choice for a set that is costly to find, that is, an
 * intersection, a search, the `identified` flag (read from a whole index), a
 * date range, or a link filter with several values (made distinct).
 *
 * One filter that is one seek of an index (a link with one value, or a
 * column other than `identified`) is cheaper read twice, NOT MATERIALIZED:
 * SQLite then counts straight from the index and fills `IN (…)` from it,
 * instead of writing the table row by row and then reading it into
 * `IN (…)`'s own. The statement's time at 100,035 agreements, kept against
 * read twice:
 * - one sector's page: 2.98 → 2.15 ms;
 * - `disputed=true`: 1.70 → 1.29 ms;
 * - `kind=mou`: 12.1 → 7.5 ms;
 * - a sector's `group_by=country`: 9.8 → 9.4 ms.
 *
 * The others, read twice, took longer: a date range 16 → 26 ms,
 * three filters 7.3 → 12.8, `identified=false` 9.0 → 11.9.
 */
export function keptSet (conditions: Condition[]): Prisma.Sql {
  const [only] = conditions
  const oneSeek = conditions.length === 1 && only !== undefined &&
    ((only.kind === 'link' && only.values.length === 1) || (only.kind === 'column' && only.column !== 'identified'))
  return oneSeek ? Prisma.sql`NOT MATERIALIZED` : Prisma.sql`MATERIALIZED`
}

/** Whether a condition's id list can hold an id twice. */
const repeats = (condition: Condition): boolean => condition.kind === 'link' && condition.values.length > 1

/**
 * The ids of the agreements matching every condition, each once, as a
 * statement to use in `IN (…)` or `FROM (…)`; undefined: no condition (all agreements).
 */
export function matchedIds (conditions: Condition[]): Prisma.Sql | undefined {
  return matchedIdsIn(sqlite, conditions)
}

/** matchedIds, with a database's own parts. */
export function matchedIdsIn (dialect: SetDialect, conditions: Condition[]): Prisma.Sql | undefined {
  const [first] = conditions
  if (first === undefined) return undefined
  if (conditions.length === 1) return repeats(first) ? Prisma.sql`SELECT DISTINCT * FROM (${idsOf(dialect, first)}) AS "ids"` : idsOf(dialect, first)
  return Prisma.join(conditions.map(condition => idsOf(dialect, condition)), ' INTERSECT ')
}
