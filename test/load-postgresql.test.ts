// After a load, PostgreSQL has vacuumed and analyzed every table the load
// wrote (src/db/after-load.ts), so that index-only scans read no table page
// for the rows it wrote, as they would only once autovacuum came by, minutes
// later. What the vacuum can mark all-visible depends on what else runs on
// the database at that moment (an autoanalyze's snapshot holds rows back),
// so the test checks that the vacuum ran, and that it ran on every table.
import pg from 'pg'
import t from 'tap'
import { seedDir } from '../src/paths.js'
import { loadDataset } from '../src/setup/seed/load.js'
import { readDataset } from '../src/setup/seed/read.js'
import { seededPostgresDatabase } from './fixtures/postgres.js'
import { eventually, prismaOn } from './helper.js'

interface TableStats { relname: string, vacuumed: boolean, analyzed: boolean }

t.test('a load ends with VACUUM (ANALYZE) of every table of the schema, and only of those', async t => {
  const url = await seededPostgresDatabase(t)
  const prisma = await prismaOn(t, { provider: 'postgresql', url })
  const client = new pg.Client(url)
  await client.connect()
  t.teardown(() => client.end())
  const stats = async (): Promise<TableStats[]> => (await client.query<TableStats>(
    `SELECT relname, last_vacuum >= $1 AS vacuumed, last_analyze >= $1 AS analyzed
     FROM pg_stat_user_tables WHERE schemaname = current_schema() ORDER BY relname`, [loadStarted])).rows
  const unsettled = (rows: TableStats[]): string[] => rows.filter(row => row.vacuumed !== true || row.analyzed !== true).map(row => row.relname)

  // A changed dataset: the loader replaces every row, in one transaction.
  const data = await readDataset(seedDir)
  data.sha256 = 'reloaded'
  const loadStarted = new Date()
  t.equal((await loadDataset(prisma, data)).changed, true)

  // The statistics of a vacuum are reported as it ends; they reach another session soon after.
  t.ok(await eventually(async () => unsettled(await stats()).length === 0), 'every table vacuumed and analyzed after the load began')
  const tables = await stats()
  t.same(unsettled(tables), [])
  t.ok(tables.some(row => row.relname === 'Agreement') && tables.some(row => row.relname === 'Claim'), 'the dataset\'s tables among them')
  const catalogs = (await client.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM pg_stat_sys_tables WHERE schemaname = \'pg_catalog\' AND last_vacuum >= $1', [loadStarted])).rows[0]?.n
  t.equal(catalogs, 0, 'no system catalog: a role that does not own them would log a warning for each')

  // Loading the same dataset again writes nothing, so nothing is vacuumed.
  const again = new Date()
  t.equal((await loadDataset(prisma, data)).changed, false)
  const after = (await client.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM pg_stat_user_tables WHERE last_vacuum >= $1', [again])).rows[0]?.n
  t.equal(after, 0)
})
