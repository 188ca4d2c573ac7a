import { createHash } from 'node:crypto'
import { cpSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import t from 'tap'
import { tempDir } from './helper.js'
import { pendingMigrations } from '../src/db/pending-migrations.js'
import { migrationsDir, schemaPath } from '../src/paths.js'
import { applyMigrations, createMigration, diffHistoryToSchema, readMigrations } from '../src/setup/migrations.js'

t.test('schema.prisma and the migration history agree (no drift)', async t => {
  t.equal(await diffHistoryToSchema(), '', 'run `npm run db:migrate -- create <name>` after changing schema.prisma')
})

t.test('the drift check reports a schema change that no migration holds', async t => {
  const changed = readFileSync(schemaPath, 'utf8').replace('model Sector {', 'model Sector {\n  description String?')
  const sql = await diffHistoryToSchema(changed)
  t.match(sql, /ALTER TABLE "Sector" ADD COLUMN "description" TEXT/)
})

t.test('applying migrations creates the database and records them as prisma migrate deploy does', async t => {
  const path = join(tempDir(t), 'fresh.db')
  const history = await readMigrations()
  const names = history.migrationDirectories.map(m => m.path)
  t.ok(names.length > 0, 'the history has migrations')
  const database = { provider: 'sqlite' as const, path }
  t.same(await pendingMigrations(database), names, 'a missing database has every migration pending')

  t.same(await applyMigrations(database), names)
  t.same(await pendingMigrations(database), [])
  t.same(await applyMigrations(database), [], 'applying again is a no-op')

  const db = new Database(path, { readonly: true })
  t.teardown(() => db.close())
  const rows = db.prepare('SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name').all() as
    Array<{ migration_name: string, checksum: string, finished_at: string | null }>
  t.same(rows.map(r => r.migration_name), names)
  for (const row of rows) {
    // Prisma's checksum is the SHA-256 of migration.sql; a mismatch makes `prisma migrate` report an edited migration.
    const sql = readFileSync(join(migrationsDir, row.migration_name, 'migration.sql'))
    t.equal(row.checksum, createHash('sha256').update(sql).digest('hex'), `${row.migration_name} checksum`)
    t.ok(row.finished_at, `${row.migration_name} finished`)
  }
  t.ok(db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'Agreement'").get(), 'tables exist')
})

t.test('the history is in the layout prisma migrate writes', async t => {
  const history = await readMigrations()
  t.match(history.lockfile.content, /provider = "sqlite"/)
  for (const m of history.migrationDirectories) t.match(m.path, /^\d{14}_[a-z0-9_]+$/)
})

t.test('creating a migration writes the schema change as a new folder, after which there is no drift', async t => {
  const dir = join(tempDir(t), 'migrations')
  cpSync(migrationsDir, dir, { recursive: true })
  const changed = readFileSync(schemaPath, 'utf8').replace('model Sector {', 'model Sector {\n  description String?')
  t.equal(await createMigration('nothing', { dir }), undefined, 'no change, no migration')
  const folder = await createMigration('Add sector description!', { dir, schema: changed, now: new Date('2030-01-02T03:04:05Z') })
  t.equal(folder, '20300102030405_add_sector_description')
  t.match(readFileSync(join(dir, String(folder), 'migration.sql'), 'utf8'), /ALTER TABLE "Sector" ADD COLUMN "description" TEXT/)
  t.equal(await diffHistoryToSchema(changed, dir), '', 'the new history matches the changed schema')
})
