// npm run db:seed [-- <folder>]: migrates DATABASE_URL and loads the seed data into it,
// replacing what it holds when the seed files (seed/, or the folder given)
// changed; a no-op otherwise.
// Servers serving from the same database see the change (see db/data-version.ts).
import { parseConfig } from '../config.js'
import { createPrismaClient } from '../db/client.js'
import { describeTarget } from '../db/target.js'
import { seedDir } from '../paths.js'
import { applyMigrations } from '../setup/migrations.js'
import { loadDataset } from '../setup/seed/load.js'
import { readDataset } from '../setup/seed/read.js'
import { withSetupLock } from '../setup/setup-lock.js'

const { database } = parseConfig(process.env)
await withSetupLock(database, async () => {
  await applyMigrations(database)
  const prisma = await createPrismaClient(database)
  try {
    const { changed, sha256 } = await loadDataset(prisma, await readDataset(process.argv[2] ?? seedDir))
    console.log(`${describeTarget(database)}: ${changed ? 'loaded' : 'already holds'} dataset ${sha256.slice(0, 12)}`)
  } finally {
    await prisma.$disconnect()
  }
})
