// After a load, PostgreSQL answers from its indexes alone (src/db/after-load.ts):
// the loader vacuums what it wrote, so an index-only scan reads no table page,
// as it would only once autovacuum came by, minutes later.
import pg from 'pg'
import t from 'tap'
import { seedDir } from '../src/paths.js'
import { loadDataset } from '../src/setup/seed/load.js'
import { readDataset } from '../src/setup/seed/read.js'
import { seededPostgresDatabase } from './fixtures/postgres.js'
import { prismaOn } from './helper.js'

interface PlanNode { 'Node Type': string, 'Heap Fetches'?: number, Plans?: PlanNode[] }
const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)]

t.test('a load leaves every table all-visible: index-only scans fetch no row from the table', async t => {
  const url = await seededPostgresDatabase(t)
  const prisma = await prismaOn(t, { provider: 'postgresql', url })
  // A changed dataset: the loader replaces every row, in one transaction.
  const data = await readDataset(seedDir)
  data.sha256 = 'reloaded'
  t.equal((await loadDataset(prisma, data)).changed, true)

  const client = new pg.Client(url)
  await client.connect()
  t.teardown(() => client.end())
  // The tables are small: only these settings make the planner read them through their indexes.
  await client.query('SET enable_seqscan = off; SET enable_bitmapscan = off')
  for (const [table, column] of [['AgreementSector', 'sectorId'], ['AgreementParty', 'partyId'], ['AgreementCountry', 'countryCode']]) {
    const { rows } = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
      `EXPLAIN (ANALYZE, FORMAT JSON) SELECT count(*) FROM "${table}" WHERE "${column}" IS NOT NULL`)
    const scans = nodes((rows[0] as { 'QUERY PLAN': Array<{ Plan: PlanNode }> })['QUERY PLAN'][0]?.Plan as PlanNode)
      .filter(node => node['Node Type'] === 'Index Only Scan')
    t.equal(scans.length, 1, `${table}: read through its index alone`)
    t.equal(scans[0]?.['Heap Fetches'], 0, `${table}: no row fetched from the table`)
  }
  const { rows } = await client.query<{ relname: string, relpages: number, relallvisible: number }>(
    'SELECT relname, relpages, relallvisible FROM pg_class WHERE relname IN (\'Agreement\', \'AgreementSector\', \'Claim\') ORDER BY relname')
  for (const row of rows) t.equal(row.relallvisible, row.relpages, `${row.relname}: every page marked all-visible`)
})
