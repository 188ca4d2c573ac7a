// Prisma's SQLite adapter prepares every statement it runs, every time: for a
// list's statement that is a tenth of the request (SQLite's parser and planner
// for a statement of a few kilobytes). Here the adapter's connection keeps the
// statements it prepared, by their SQL, and runs them again with new
// parameters. SQLite prepares a kept statement again by itself if the schema
// changes under it.
import { LRUCache } from 'lru-cache'

/** The part of a better-sqlite3 statement the adapter uses (@prisma/adapter-better-sqlite3: performIO, executeIO). */
export interface Statement {
  readonly reader: boolean
  columns: () => unknown[]
  raw: (toggle?: boolean) => Statement
  all: (...params: unknown[]) => unknown[]
  run: (...params: unknown[]) => unknown
  bind: (...params: unknown[]) => Statement
}
export interface Connection { prepare: (sql: string) => Statement }

/**
 * Statements kept per connection. A list's SQL differs with its filters (which
 * are set, how many values an `IN (…)` holds), so they are bounded; a kept
 * statement is a few kilobytes of SQLite's memory.
 */
const KEPT = 200

/**
 * better-sqlite3 binds parameters to a statement for good, so the adapter's
 * `prepare(sql).bind(args)` is given this instead: the kept statement and this
 * call's parameters, passed at the run.
 */
class Bound {
  constructor (private readonly kept: Kept, private readonly params: unknown[]) {}
  get reader (): boolean { return this.kept.statement.reader }
  /** A statement's columns are the same at every run (the schema is migrated before the server starts): described once. */
  columns (): unknown[] { return (this.kept.columns ??= this.kept.statement.columns()) }
  raw (toggle = true): this {
    this.kept.statement.raw(toggle)
    return this
  }

  all (): unknown[] { return this.kept.statement.all(...this.params) }
  run (): unknown { return this.kept.statement.run(...this.params) }
}

class Unbound {
  constructor (private readonly kept: Kept) {}
  get reader (): boolean { return this.kept.statement.reader }
  bind (...params: unknown[]): Bound { return new Bound(this.kept, params) }
  run (): unknown { return this.kept.statement.run() }
}

interface Kept { statement: Statement, columns?: unknown[] }

/**
 * Reads rows as objects (column name to value) with a kept statement, calling
 * `counted` as it runs one (see db/direct-reads.ts); undefined, having run
 * nothing, for a statement that would write.
 */
export type ReadRows = (sql: string, params: unknown[], counted?: () => void) => Array<Record<string, unknown>> | undefined

/** The part of a better-sqlite3 statement a direct read uses. */
interface ReadStatement {
  /** SQLite's verdict (sqlite3_stmt_readonly): the statement writes nothing. */
  readonly readonly: boolean
  /** It returns rows. */
  readonly reader: boolean
  raw: (toggle: boolean) => ReadStatement
  safeIntegers: (toggle: boolean) => ReadStatement
  all: (...params: unknown[]) => unknown[]
}

/**
 * Makes `connection` (a better-sqlite3 Database) keep the statements it
 * prepares, for Prisma's adapter; and returns a reader that keeps its own.
 * The reader's statements give rows as objects and integers as numbers (the
 * adapter's connection gives BigInts, which Prisma converts by column type):
 * separate, so that neither changes the modes the other's statements run in.
 */
export function keepStatements (connection: Connection): ReadRows {
  const prepare = connection.prepare.bind(connection)
  const kept = new LRUCache<string, Kept>({ max: KEPT })
  connection.prepare = (sql: string) => {
    let entry = kept.get(sql)
    if (entry === undefined) kept.set(sql, entry = { statement: prepare(sql) })
    return new Unbound(entry) as unknown as Statement
  }
  const reads = new LRUCache<string, ReadStatement>({ max: KEPT })
  return (sql, params, counted) => {
    let statement = reads.get(sql)
    if (statement === undefined) {
      statement = prepare(sql) as unknown as ReadStatement
      // Only a statement that returns rows has modes to set.
      if (statement.reader) statement.raw(false).safeIntegers(false)
      reads.set(sql, statement)
    }
    if (!statement.readonly || !statement.reader) return undefined
    counted?.()
    return statement.all(...params) as Array<Record<string, unknown>>
  }
}
