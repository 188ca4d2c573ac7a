// npm run db:synthetic -- --agreements N --database file:PATH [--seed S] [--replace]
// Writes the shipped dataset plus N synthetic agreements (and the summits,
// sessions, parties, countries and sources they need) into its own SQLite
// file, for tests and benchmarks at scale. Serve it with DATABASE_URL=file:PATH npm start.
import { existsSync, rmSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parseConfig } from '../config.js'
import { buildSyntheticDatabase, textDirOf } from '../setup/synthetic/build.js'

const usage = 'usage: npm run db:synthetic -- --agreements N --database file:PATH [--seed S] [--replace]'

function fail (message: string): never {
  console.error(`${message}\n${usage}`)
  process.exit(2)
}

const { values } = parseArgs({
  options: { agreements: { type: 'string' }, database: { type: 'string' }, seed: { type: 'string', default: '1' }, replace: { type: 'boolean', default: false } }
})
const agreements = Number(values.agreements)
const seed = Number(values.seed)
if (!/^\d{1,7}$/.test(values.agreements ?? '') || agreements < 1) fail('--agreements must be a whole number from 1 to 9999999')
if (!/^\d{1,9}$/.test(values.seed ?? '')) fail('--seed must be a whole number')
if (values.database === undefined) fail('--database is required')
const { databasePath } = parseConfig({ DATABASE_URL: values.database })
if (databasePath === parseConfig({}).databasePath) fail(`${databasePath} is the default database, which holds the real dataset: choose another file`)
if (existsSync(databasePath)) {
  if (!values.replace) fail(`${databasePath} exists: pass --replace to overwrite it`)
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(databasePath + suffix, { force: true })
  rmSync(textDirOf(databasePath), { recursive: true, force: true })
}

const started = performance.now()
const summary = await buildSyntheticDatabase(databasePath, { agreements, seed })
console.log(`${databasePath}: ${summary.agreements} agreements (${agreements} synthetic), ${summary.parties} parties, ` +
  `${summary.summits} summits, ${summary.sources} sources, ${summary.claims} claims; dataset ${summary.sha256.slice(0, 12)}; ` +
  `${((performance.now() - started) / 1000).toFixed(1)} s`)
console.log(`serve it with: DATABASE_URL=file:${databasePath} npm start`)
