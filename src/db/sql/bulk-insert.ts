// Writing many rows at once, for the seed loader. Prisma's `createMany` passes
// every row through its query compiler and loads a couple of thousand rows a
// second here; multi-row INSERTs through `$executeRaw` load ten times as many,
// which is what loading 100,000 agreements (and a million citations) needs.
// The SQL is plain (quoted names, one placeholder per value, RETURNING), so it
// runs as is on PostgreSQL.
import type { PrismaClient, Transaction } from '../client.js'
import { Prisma } from '../../generated/prisma/client.js'

type Value = string | number | boolean | null | undefined
export type Row = Record<string, Value>

/** Both databases accept far more; this keeps a statement small enough to prepare quickly. */
const MAX_VALUES_PER_STATEMENT = 10_000

function statements (table: string, rows: Row[], returning: string[]): Prisma.Sql[] {
  // A column that no row gives a value keeps its default; an absent value in a row is NULL.
  const columns = [...new Set(rows.flatMap(row => Object.keys(row).filter(key => row[key] !== undefined)))]
  if (columns.length === 0) return []
  const perStatement = Math.max(1, Math.floor(MAX_VALUES_PER_STATEMENT / columns.length))
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map(column => `"${column}"`).join(', ')}) VALUES `)
  const tail = Prisma.raw(returning.length === 0 ? '' : ` RETURNING ${returning.map(column => `"${column}"`).join(', ')}`)
  const out: Prisma.Sql[] = []
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows.slice(start, start + perStatement)
      .map(row => Prisma.sql`(${Prisma.join(columns.map(column => row[column] ?? null))})`)
    out.push(Prisma.sql`${head}${Prisma.join(values)}${tail}`)
  }
  return out
}

/** Inserts `rows` (column → value) into `table`; answers how many. */
export async function insertRows (db: PrismaClient | Transaction, table: string, rows: Row[]): Promise<number> {
  let count = 0
  for (const statement of statements(table, rows, [])) count += await db.$executeRaw(statement)
  return count
}

/** Inserts `rows` into `table` and answers the `returning` columns of each, in order. */
export async function insertRowsReturning<K extends string> (db: PrismaClient | Transaction, table: string, rows: Row[], returning: K[]): Promise<Array<Record<K, unknown>>> {
  const out: Array<Record<K, unknown>> = []
  for (const statement of statements(table, rows, returning)) out.push(...await db.$queryRaw<Array<Record<K, unknown>>>(statement))
  return out
}
