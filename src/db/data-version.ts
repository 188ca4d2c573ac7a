// Tells whether the database changed since a moment, for the response cache:
// `current()` answers a number that changes when data changes, and is cheap
// enough to ask on every request.
// - SQLite: `PRAGMA data_version` changes whenever another connection (Prisma's,
//   or a re-seed in another process) commits. Read on its own read-only
//   connection, it costs about a microsecond.
// - PostgreSQL: every table notifies when a transaction changes it, and each
//   server listens (data-version-postgresql.ts): `current()` reads a counter in
//   memory, with no round trip to the database.
import Database from 'better-sqlite3'
import type { DatabaseTarget } from './target.js'

export interface DataVersion {
  current: () => number
  close: () => void | Promise<void>
}

export async function openDataVersion (target: DatabaseTarget): Promise<DataVersion> {
  if (target.provider === 'postgresql') return (await import('./data-version-postgresql.js')).listenForChanges(target.url)
  if (target.path === ':memory:') return { current: () => 0, close: () => {} }
  const db = new Database(target.path, { readonly: true, fileMustExist: true })
  const statement = db.prepare('PRAGMA data_version').pluck()
  return { current: () => statement.get() as number, close: () => { db.close() } }
}
