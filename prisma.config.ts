// Configuration for the Prisma CLI (`prisma generate`, and `prisma migrate`
// where the native schema engine is available). The application itself reads
// DATABASE_URL through src/config.ts. The provider follows DATABASE_URL, as in
// the application: `DATABASE_URL=postgresql://… npx prisma migrate deploy`
// applies prisma/postgresql/migrations, a `file:` URL prisma/migrations.
import { defineConfig } from 'prisma/config'
import { externalTables, postgresqlExternalTables } from './src/db/external-tables.js'

const url = process.env.DATABASE_URL ?? 'file:./data/accords.db'
const postgresql = /^postgres(ql)?:\/\//.test(url)

export default defineConfig({
  schema: postgresql ? 'prisma/postgresql/schema.prisma' : 'prisma/schema.prisma',
  migrations: { path: postgresql ? 'prisma/postgresql/migrations' : 'prisma/migrations' },
  datasource: { url },
  // Each database's search table is created by a migration, not by Prisma
  // (see src/db/external-tables.ts).
  experimental: { externalTables: true },
  tables: { external: postgresql ? postgresqlExternalTables : externalTables }
})
