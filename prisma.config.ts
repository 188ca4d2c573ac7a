// Configuration for the Prisma CLI (`prisma generate`, and `prisma migrate`
// where the native schema engine is available). The application itself reads
// DATABASE_URL through src/config.ts.
import { defineConfig } from 'prisma/config'

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/accords.db' }
})
