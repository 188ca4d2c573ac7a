// Makes a database ready to serve: creates the file, applies pending
// migrations, and loads the seed data when the database holds none. It never
// seeds over existing data (re-seeding is `npm run db:seed`).
//
// A restart, the common case, only reads two small tables with better-sqlite3:
// the schema engine, the seed files and a second Prisma client are loaded only
// when there is something to do, which keeps start-up fast and memory low.
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { applyMigrations, pendingMigrations, projectRoot } from './migrations.js'

export const seedDir = join(projectRoot, 'seed')

export interface Preparation { migrated: string[], seeded: boolean }

function isSeeded (databasePath: string): boolean {
  const db = new Database(databasePath)
  try {
    db.pragma('journal_mode = WAL')
    return db.prepare('SELECT 1 FROM "DatasetVersion" LIMIT 1').get() !== undefined
  } finally {
    db.close()
  }
}

export async function prepareDatabase (databasePath: string): Promise<Preparation> {
  const migrated = (await pendingMigrations(databasePath)).length > 0 ? await applyMigrations(databasePath) : []
  if (isSeeded(databasePath)) return { migrated, seeded: false }
  const [{ createPrismaClient }, { readDataset }, { loadDataset }] = await Promise.all([
    import('./client.js'), import('../seed/read.js'), import('../seed/load.js')
  ])
  const prisma = createPrismaClient(databasePath)
  try {
    await loadDataset(prisma, await readDataset(seedDir))
    return { migrated, seeded: true }
  } finally {
    await prisma.$disconnect()
  }
}
