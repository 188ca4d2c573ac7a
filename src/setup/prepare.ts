// Makes a database ready to serve: creates the file, applies pending
// migrations, and loads the seed data when the database holds none. It never
// seeds over existing data (re-seeding is `npm run db:seed`).
//
// A restart, the common case, only reads two small tables with better-sqlite3:
// the schema engine, the seed files and a second Prisma client are loaded only
// when there is something to do, which keeps start-up fast and memory low.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { pendingMigrations } from '../db/pending-migrations.js'
import { projectRoot, seedDir } from '../paths.js'
import { applyMigrations } from './migrations.js'

export interface Preparation { migrated: string[], seeded: boolean }

function isSeeded (databasePath: string): boolean {
  if (!existsSync(databasePath)) return false
  const db = new Database(databasePath)
  try {
    db.pragma('journal_mode = WAL')
    return db.prepare('SELECT 1 FROM "DatasetVersion" LIMIT 1').get() !== undefined
  } finally {
    db.close()
  }
}

/** Cheap: whether prepareDatabase would have anything to do. */
export async function needsPreparation (databasePath: string): Promise<boolean> {
  return (await pendingMigrations(databasePath)).length > 0 || !isSeeded(databasePath)
}

/**
 * Runs prepareDatabase in a child process (src/cli/prepare.ts). The server
 * uses this on a first run: the schema engine and the seed tooling then never
 * take memory in the serving process, and the server loads its own modules
 * while the child works.
 */
export async function prepareInChildProcess (databasePath: string): Promise<Preparation> {
  // From the project root: this code may run from src/, dist/ or the bundle (dist/server.bundle.js).
  const entry = import.meta.url.endsWith('.ts') ? join(projectRoot, 'src/cli/prepare.ts') : join(projectRoot, 'dist/cli/prepare.js')
  const child = spawn(process.execPath, [...process.execArgv, entry], {
    env: { ...process.env, DATABASE_URL: `file:${databasePath}` },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString() })
  const code = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('exit', resolve))
  if (code !== 0) throw new Error(`preparing ${databasePath} failed (exit ${String(code)})`)
  return JSON.parse(output) as Preparation
}

export async function prepareDatabase (databasePath: string): Promise<Preparation> {
  const migrated = (await pendingMigrations(databasePath)).length > 0 ? await applyMigrations(databasePath) : []
  if (isSeeded(databasePath)) return { migrated, seeded: false }
  const [{ createPrismaClient }, { readDataset }, { loadDataset }] = await Promise.all([
    import('../db/client.js'), import('./seed/read.js'), import('./seed/load.js')
  ])
  const prisma = createPrismaClient(databasePath)
  try {
    await loadDataset(prisma, await readDataset(seedDir))
    return { migrated, seeded: true }
  } finally {
    await prisma.$disconnect()
  }
}
