// Configuration for the Prisma CLI (`prisma generate`, and `prisma migrate`
// where the native schema engine is available). The application itself reads
// DATABASE_URL through src/config.ts.
import { defineConfig } from 'prisma/config'
import { externalTables } from './src/db/external-tables.js'

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/accords.db' },
  // The full-text index is created by a migration, not by Prisma (see src/db/external-tables.ts).
  experimental: { externalTables: true },
  tables: { external: externalTables }
})
