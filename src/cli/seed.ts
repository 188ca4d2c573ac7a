// npm run db:seed: migrates DATABASE_URL and loads the seed data into it,
// replacing what it holds when the seed files changed; a no-op otherwise.
import { parseConfig } from '../config.js'
import { createPrismaClient } from '../db/client.js'
import { seedDir } from '../paths.js'
import { applyMigrations } from '../setup/migrations.js'
import { loadDataset } from '../setup/seed/load.js'
import { readDataset } from '../setup/seed/read.js'

const { databasePath } = parseConfig(process.env)
await applyMigrations(databasePath)
const prisma = createPrismaClient(databasePath)
try {
  const { changed, sha256 } = await loadDataset(prisma, await readDataset(seedDir))
  console.log(`${databasePath}: ${changed ? 'loaded' : 'already holds'} dataset ${sha256.slice(0, 12)}`)
} finally {
  await prisma.$disconnect()
}
