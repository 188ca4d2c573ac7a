// Which committed migrations a database lacks. Cheap: a directory listing and
// one small table, no schema engine, so readiness can ask it on every /ready
// and start-up can ask it to decide whether there is set-up to do.
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import Database from 'better-sqlite3'
import { migrationsDir } from '../paths.js'

/** The committed migrations' folder names, oldest first (names start with a timestamp). */
export async function committedMigrations (dir = migrationsDir): Promise<string[]> {
  if (!existsSync(dir)) return []
  return (await readdir(dir, { withFileTypes: true })).filter(entry => entry.isDirectory()).map(entry => entry.name).sort()
}

/** Names of committed migrations not yet recorded as finished in the database. */
export async function pendingMigrations (databasePath: string): Promise<string[]> {
  const committed = await committedMigrations()
  if (!existsSync(databasePath)) return committed
  const db = new Database(databasePath, { readonly: true, fileMustExist: true })
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get()
    if (table === undefined) return committed
    const finished = db.prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL')
      .pluck().all() as string[]
    const applied = new Set(finished)
    return committed.filter(name => !applied.has(name))
  } finally {
    db.close()
  }
}
