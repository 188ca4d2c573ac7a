// What a database needs once a load has committed, before it answers.
//
// PostgreSQL: VACUUM (ANALYZE). A load writes every row anew, then updates
// many of them (derived.ts), and until a vacuum marks their pages all-visible
// an index-only scan still reads the table for every row its index finds.
// Autovacuum gets there in its own time, minutes later; until then the first
// answers paid for it. At 100,035 agreements, a statement's time right after a
// load and after this (1.8 s): three filters 30 → 22 ms, one sector 10.2 → 7.7,
// `session=unknown` with a country 13.9 → 10.3, `q` 3.6 → 2.3. (Rows that a
// snapshot still open elsewhere may need, an autoanalyze's for one, stay as
// they are until the next vacuum: a partial result, never a wrong one.)
//
// SQLite has no such step: its indexes hold what an index-only read needs.
import type { PrismaClient } from './client.js'
import { type Dialect, forDatabase } from './dialect.js'

const settle: Dialect<(db: PrismaClient) => Promise<void>> = {
  sqlite: async () => {},
  postgresql: async db => {
    // The schema's own tables, by name: a bare VACUUM would also try the
    // system catalogs, and a role that does not own them (as in production)
    // would fill the server's log with a warning for each one it skips.
    const tables = await db.$queryRaw<Array<{ name: string }>>`SELECT tablename AS "name" FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`
    if (tables.length === 0) return
    // Not within a transaction: PostgreSQL refuses to run VACUUM inside one.
    await db.$executeRawUnsafe(`VACUUM (ANALYZE) ${tables.map(({ name }) => `"${name.replaceAll('"', '""')}"`).join(', ')}`)
  }
}

export async function settleAfterLoad (db: PrismaClient): Promise<void> {
  await forDatabase(db, settle)(db)
}
