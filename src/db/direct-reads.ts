// Every statement the data layer writes in SQL (src/db/sql) is read here. On
// SQLite, a read goes straight to the connection Prisma's adapter opened
// (better-sqlite3, with its own kept statements: statement-cache.ts), past
// Prisma's query engine, which took about 0.15 ms a statement on this 2-core
// machine: more than a detail's or a cursor page's SQL takes to run. The
// values are those $queryRaw would give, but for two: a computed integer
// (count(*)) is a number, not a BigInt, and a BOOLEAN column is 0 or 1, not
// false or true. The modules read both alike, as they read PostgreSQL's. On
// PostgreSQL, in a transaction, and for anything that writes, it is $queryRaw.
import { Prisma } from '../generated/prisma/client.js'
import type { PrismaClient, Transaction } from './client.js'
import type { ReadRows } from './statement-cache.js'

interface Direct {
  /** Set once Prisma's adapter has connected. */
  read: ReadRows | null
  /** Counts a statement, as the adapter's own queries are counted (db/client.ts). */
  onQuery?: () => void
}

const directs = new WeakMap<object, Direct>()

/** Makes `client` read directly through `direct.read` once that is set. */
export function readDirectly (client: PrismaClient, direct: Direct): void {
  directs.set(client, direct)
}

/**
 * A statement that only reads: a SELECT, or one that starts with CTEs (WITH …)
 * and modifies nothing. On SQLite's direct path the connection's own verdict
 * on a kept statement replaces the second test (statement-cache.ts): this one
 * scans the whole text, which for a detail's two statements took some 50 µs
 * of a request in a CPU profile at 100,035 agreements, its text built anew.
 */
export const isRead = (sql: string): boolean => startsAsRead(sql) && !/\b(INSERT|UPDATE|DELETE|MERGE)\b/i.test(sql)

/** Whether a statement starts as a read does (SELECT, or WITH and its CTEs): only its first word is looked at. */
const startsAsRead = (sql: string): boolean => /^\s*(SELECT|WITH)\b/i.test(sql)

/** A value as Prisma's SQLite adapter binds it: better-sqlite3 binds no booleans or dates. */
function bindable (value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00')
  return value
}

/** The rows a statement reads, each an object of its columns (the last of two alike named). */
export async function readRows<T = Record<string, unknown>> (db: PrismaClient | Transaction, query: Prisma.Sql): Promise<T[]> {
  // Prisma.Sql writes its text anew at each reading.
  return await readText<T>(db, query.sql, query.values, () => query)
}

/**
 * A whole statement whose text is written once (sql-dialect.ts:
 * statementOnce), its values given at each reading (readWith). A request that
 * runs it reads one string, the same each time: built for the request (its
 * pieces joined, the text written, looked at and looked up by its length), a
 * detail's two statements took some 70 µs of text handling before SQLite ran
 * them, after other requests had run (100,035 agreements, in process).
 */
export interface WrittenOnce {
  /** The text between its values, as Prisma.Sql holds them. */
  readonly strings: readonly string[]
  /** Its text, `?` for each value. */
  readonly sql: string
}

/** The statement's text, written once: `query`'s values only mark where a reading's go. */
export const writtenOnce = (query: Prisma.Sql): WrittenOnce => ({ strings: query.strings, sql: query.sql })

/** The rows `statement` reads with these values in their places, each an object of its columns. */
export async function readWith<T = Record<string, unknown>> (db: PrismaClient | Transaction, statement: WrittenOnce, values: unknown[]): Promise<T[]> {
  if (values.length !== statement.strings.length - 1) throw new Error(`${values.length} values for a statement that takes ${statement.strings.length - 1}`)
  return await readText<T>(db, statement.sql, values, () => new Prisma.Sql(statement.strings, values as Prisma.Sql['values']))
}

async function readText<T> (db: PrismaClient | Transaction, sql: string, values: unknown[], query: () => Prisma.Sql): Promise<T[]> {
  const direct = directs.get(db)
  if (direct === undefined || !startsAsRead(sql)) return await db.$queryRaw<T[]>(query())
  // Not yet connected, or disconnected: Prisma connects again, as its own query would.
  if (direct.read === null) await (db as PrismaClient).$connect()
  const rows = direct.read?.(sql, values.map(bindable), direct.onQuery)
  // Undefined: a statement that writes (a CTE's UPDATE), or no connection.
  return rows === undefined ? await db.$queryRaw<T[]>(query()) : rows as T[]
}
