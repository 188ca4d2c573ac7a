// Makes a database ready to serve: creates the file (SQLite), applies pending
// migrations, and loads the seed data when the database holds none. It never
// seeds over existing data (re-seeding is `npm run db:seed`). On a shared
// PostgreSQL database, replicas that start together take turns (setup-lock.ts):
// the first migrates and seeds, the others wait, then find nothing to do.
//
// A restart, the common case, only reads two small tables: the schema engine,
// the seed files and a second Prisma client are loaded only when there is
// something to do, which keeps start-up fast and memory low.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { pendingMigrations } from '../db/pending-migrations.js'
import { hasTable, withConnection } from '../db/postgresql.js'
import { type DatabaseTarget, databaseUrl, describeTarget } from '../db/target.js'
import { projectRoot, seedDir } from '../paths.js'
import { applyMigrations } from './migrations.js'
import { withSetupLock } from './setup-lock.js'

export interface Preparation { migrated: string[], seeded: boolean }

async function isSeeded (target: DatabaseTarget): Promise<boolean> {
  if (target.provider === 'postgresql') {
    return withConnection(target.url, async client =>
      await hasTable(client, 'DatasetVersion') && (await client.query('SELECT 1 FROM "DatasetVersion" LIMIT 1')).rowCount === 1)
  }
  if (!existsSync(target.path)) return false
  const db = new Database(target.path)
  try {
    db.pragma('journal_mode = WAL')
    return db.prepare('SELECT 1 FROM "DatasetVersion" LIMIT 1').get() !== undefined
  } finally {
    db.close()
  }
}

/** Cheap: whether prepareDatabase would have anything to do. */
export async function needsPreparation (target: DatabaseTarget): Promise<boolean> {
  return (await pendingMigrations(target)).length > 0 || !await isSeeded(target)
}

/**
 * Runs prepareDatabase in a child process (src/cli/prepare.ts). The server
 * uses this on a first run: the schema engine and the seed tooling then never
 * take memory in the serving process, and the server loads its own modules
 * while the child works.
 */
export async function prepareInChildProcess (target: DatabaseTarget): Promise<Preparation> {
  // From the project root: this code may run from src/, dist/ or the bundle (dist/server.bundle.js).
  const entry = import.meta.url.endsWith('.ts') ? join(projectRoot, 'src/cli/prepare.ts') : join(projectRoot, 'dist/cli/prepare.js')
  const child = spawn(process.execPath, [...process.execArgv, entry], {
    env: { ...process.env, DATABASE_URL: databaseUrl(target) },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString() })
  const code = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('exit', resolve))
  if (code !== 0) throw new Error(`preparing ${describeTarget(target)} failed (exit ${String(code)})`)
  return JSON.parse(output) as Preparation
}

export async function prepareDatabase (target: DatabaseTarget): Promise<Preparation> {
  return withSetupLock(target, async () => {
    const migrated = (await pendingMigrations(target)).length > 0 ? await applyMigrations(target) : []
    if (await isSeeded(target)) return { migrated, seeded: false }
    const [{ createPrismaClient }, { readDataset }, { loadDataset }] = await Promise.all([
      import('../db/client.js'), import('./seed/read.js'), import('./seed/load.js')
    ])
    const prisma = await createPrismaClient(target)
    try {
      await loadDataset(prisma, await readDataset(seedDir))
      return { migrated, seeded: true }
    } finally {
      await prisma.$disconnect()
    }
  })
}
