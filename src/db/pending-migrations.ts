// Which committed migrations a database lacks. Cheap: a directory listing and
// one small table, no schema engine, so readiness can ask it on every /ready
// and start-up can ask it to decide whether there is set-up to do.
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import Database from 'better-sqlite3'
import { migrationsDir, postgresqlMigrationsDir } from '../paths.js'
import { hasTable, withConnection } from './postgresql.js'
import type { PrismaClient } from './client.js'
import type { DatabaseTarget } from './target.js'

/** The committed migrations' folder names, oldest first (names start with a timestamp). */
export async function committedMigrations (dir = migrationsDir): Promise<string[]> {
  if (!existsSync(dir)) return []
  return (await readdir(dir, { withFileTypes: true })).filter(entry => entry.isDirectory()).map(entry => entry.name).sort()
}

const FINISHED = 'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL'

function appliedSqlite (databasePath: string): string[] {
  if (!existsSync(databasePath)) return []
  const db = new Database(databasePath, { readonly: true, fileMustExist: true })
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get()
    return table === undefined ? [] : db.prepare(FINISHED).pluck().all() as string[]
  } finally {
    db.close()
  }
}

async function appliedPostgresql (url: string): Promise<string[]> {
  return withConnection(url, async client =>
    await hasTable(client, '_prisma_migrations') ? (await client.query<{ migration_name: string }>(FINISHED)).rows.map(row => row.migration_name) : [])
}

/** Names of committed migrations not yet recorded as finished in the database. */
export async function pendingMigrations (target: DatabaseTarget): Promise<string[]> {
  const committed = await committedMigrations(target.provider === 'sqlite' ? migrationsDir : postgresqlMigrationsDir)
  const applied = new Set(target.provider === 'sqlite' ? appliedSqlite(target.path) : await appliedPostgresql(target.url))
  return committed.filter(name => !applied.has(name))
}

const MIGRATIONS_TABLE: Record<DatabaseTarget['provider'], string> = {
  sqlite: "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'",
  postgresql: "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '_prisma_migrations'"
}

/** pendingMigrations through a client the caller already has (readiness asks on every probe). */
export async function pendingMigrationsThrough (prisma: PrismaClient, provider: DatabaseTarget['provider']): Promise<string[]> {
  const committed = await committedMigrations(provider === 'sqlite' ? migrationsDir : postgresqlMigrationsDir)
  const [{ n } = { n: 0 }] = await prisma.$queryRawUnsafe<Array<{ n: bigint | number }>>(MIGRATIONS_TABLE[provider])
  if (Number(n) === 0) return committed
  const applied = new Set((await prisma.$queryRawUnsafe<Array<{ migration_name: string }>>(FINISHED)).map(row => row.migration_name))
  return committed.filter(name => !applied.has(name))
}
