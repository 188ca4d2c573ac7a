// Tells whether the database changed since a moment: SQLite's `data_version`
// changes whenever another connection (Prisma's, or a re-seed in another
// process) commits. Read on its own read-only connection, it costs about a
// microsecond, so the response cache can check it on every request.
import Database from 'better-sqlite3'

export interface DataVersion {
  current: () => number
  close: () => void
}

export function openDataVersion (databasePath: string): DataVersion {
  if (databasePath === ':memory:') return { current: () => 0, close: () => {} }
  const db = new Database(databasePath, { readonly: true, fileMustExist: true })
  const statement = db.prepare('PRAGMA data_version').pluck()
  return { current: () => statement.get() as number, close: () => db.close() }
}
