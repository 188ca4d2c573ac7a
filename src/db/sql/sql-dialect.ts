// The pieces of SQL that SQLite and PostgreSQL write differently, for the
// modules of src/db/sql/ whose statements are otherwise the same on both:
// each module asks for its client's pieces (`sqlOf(db)`, through dialect.ts).
import { Prisma } from '../../generated/prisma/client.js'
import type { PrismaClient, Transaction } from '../client.js'
import { type Dialect, forDatabase } from '../dialect.js'
import { matchedIds as sqliteIds } from './agreement-set.js'
import { matchedIds as postgresqlIds } from './agreement-set-postgresql.js'
import type { Condition } from './conditions.js'

export interface SqlDialect {
  /** The ids of the agreements matching every condition (agreement-set.ts); undefined: all. */
  matchedIds: (conditions: Condition[]) => Prisma.Sql | undefined
  /** A LIMIT that keeps every row, for an OFFSET alone. */
  noLimit: Prisma.Sql
  /** An aggregate: the JSON array of `value` over the group's rows, in `order` (given: that order; else any). */
  jsonAgg: (value: Prisma.Sql, order?: Prisma.Sql) => Prisma.Sql
  /** A JSON array of these values. */
  jsonArray: (values: Prisma.Sql[]) => Prisma.Sql
  /** The statement's side of `IN (…)` for a materialized set of ids: SQLite keeps an index off the column (`+`). */
  unindexed: (column: Prisma.Sql) => Prisma.Sql
}

const orderBy = (order?: Prisma.Sql): Prisma.Sql => order === undefined ? Prisma.empty : Prisma.sql` ORDER BY ${order}`

const dialects: Dialect<SqlDialect> = {
  sqlite: {
    matchedIds: sqliteIds,
    noLimit: Prisma.sql`LIMIT -1`,
    jsonAgg: (value, order) => Prisma.sql`json_group_array(${value}${orderBy(order)})`,
    jsonArray: values => Prisma.sql`json_array(${Prisma.join(values)})`,
    unindexed: column => Prisma.sql`+${column}`
  },
  postgresql: {
    matchedIds: postgresqlIds,
    noLimit: Prisma.sql`LIMIT ALL`,
    jsonAgg: (value, order) => Prisma.sql`json_agg(${value}${orderBy(order)})`,
    jsonArray: values => Prisma.sql`json_build_array(${Prisma.join(values)})`,
    // Its planner has statistics: the column stays as it is.
    unindexed: column => column
  }
}

export const sqlOf = (db: PrismaClient | Transaction): SqlDialect => forDatabase(db, dialects)

/** A JSON value as a raw query answers it: text on SQLite, parsed already on PostgreSQL; NULL (no rows) is []. */
export function jsonValue<T> (value: unknown): T {
  if (value === null || value === undefined) return [] as T
  return (typeof value === 'string' ? JSON.parse(value) : value) as T
}
