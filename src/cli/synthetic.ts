// npm run db:synthetic -- --agreements N --database file:PATH|postgresql://… [--seed S] [--replace]
// Writes the shipped dataset plus N synthetic agreements (and the summits,
// sessions, parties, countries and sources they need) into a database of its
// own, for tests and benchmarks at scale: a SQLite file, or an empty
// PostgreSQL database. Serve it with DATABASE_URL=<the same URL> npm start.
// `--replace` overwrites the file, or drops the PostgreSQL database's tables
// (its schema `public`).
import { existsSync, rmSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parseConfig } from '../config.js'
import { hasTable, withConnection } from '../db/postgresql.js'
import { databaseUrl, describeTarget, parseDatabaseUrl } from '../db/target.js'
import { buildSyntheticDatabase, textDirOf } from '../setup/synthetic/build.js'

const usage = 'usage: npm run db:synthetic -- --agreements N --database file:PATH|postgresql://… [--seed S] [--replace]'

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
const target = (() => {
  try {
    return parseDatabaseUrl(values.database)
  } catch {
    return fail(`--database must be file:PATH or postgresql://…, not ${values.database}`)
  }
})()
const configured = parseConfig({}).database
if (target.provider === 'sqlite' && configured.provider === 'sqlite' && target.path === configured.path) {
  fail(`${target.path} is the default database, which holds the real dataset: choose another file`)
}
if (target.provider === 'sqlite' && existsSync(target.path)) {
  if (!values.replace) fail(`${target.path} exists: pass --replace to overwrite it`)
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(target.path + suffix, { force: true })
}
if (target.provider === 'postgresql') {
  const used = await withConnection(target.url, async client => {
    const holds = await hasTable(client, '_prisma_migrations') || await hasTable(client, 'Agreement')
    if (holds && values.replace) await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public')
    return holds
  })
  if (used && !values.replace) fail(`${describeTarget(target)} holds tables: give an empty database, or pass --replace to drop its schema public`)
}
rmSync(textDirOf(target), { recursive: true, force: true })

const started = performance.now()
const summary = await buildSyntheticDatabase(target, { agreements, seed })
console.log(`${describeTarget(target)}: ${summary.agreements} agreements (${agreements} synthetic), ${summary.parties} parties, ` +
  `${summary.summits} summits, ${summary.sources} sources, ${summary.claims} claims; dataset ${summary.sha256.slice(0, 12)}; ` +
  `${((performance.now() - started) / 1000).toFixed(1)} s`)
console.log(`serve it with: DATABASE_URL=${target.provider === 'sqlite' ? databaseUrl(target) : '<the --database URL>'} npm start`)
