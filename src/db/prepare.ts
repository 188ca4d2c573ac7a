// Makes a database ready to serve: creates the file, applies pending
// migrations, and loads the seed data when the database holds none. It never
// seeds over existing data (re-seeding is `npm run db:seed`).
import { join } from 'node:path'
import { createPrismaClient } from './client.js'
import { applyMigrations, pendingMigrations, projectRoot } from './migrations.js'
import { readDataset } from '../seed/read.js'
import { loadDataset } from '../seed/load.js'

export const seedDir = join(projectRoot, 'seed')

export interface Preparation { migrated: string[], seeded: boolean }

export async function prepareDatabase (databasePath: string): Promise<Preparation> {
  // The engine is loaded only when something is pending, to keep restarts fast.
  const migrated = (await pendingMigrations(databasePath)).length > 0 ? await applyMigrations(databasePath) : []
  const prisma = createPrismaClient(databasePath)
  try {
    await prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL')
    const seeded = await prisma.datasetVersion.count() === 0
    if (seeded) await loadDataset(prisma, await readDataset(seedDir))
    return { migrated, seeded }
  } finally {
    await prisma.$disconnect()
  }
}
