// The hostile-input suite (test/hostile.test.ts) against the synthetic
// database of 20,000 more agreements, its valid values drawn from that
// database: slugs and codes of every kind, and words of its titles and names
// to search for. No 5xx, problem details for every 4xx, documented bodies for
// every 2xx, and the data unchanged afterwards.
// HOSTILE_SCALE_RUNS sets the runs per operation (default 40).
import Database from 'better-sqlite3'
import t from 'tap'
import { type Examples, hostileSuite } from './fixtures/hostile.js'
import { copyOfSyntheticDatabase } from './helper.js'

const databasePath = copyOfSyntheticDatabase(t)
const db = new Database(databasePath, { readonly: true })
/** Every n-th value, so that the sample spans the table and is the same every run. */
const spread = (table: string, column: string, n: number): string[] =>
  db.prepare(`SELECT "${column}" FROM "${table}" WHERE rowid % ${n} = 0 ORDER BY rowid LIMIT 60`).pluck().all() as string[]
const byCollection: Record<string, string[]> = {
  mous: spread('Agreement', 'slug', 337),
  summits: spread('Summit', 'slug', 11),
  sessions: spread('Session', 'slug', 23),
  parties: spread('Party', 'slug', 31),
  countries: spread('Country', 'code', 2),
  sectors: spread('Sector', 'slug', 1),
  minerals: spread('Mineral', 'slug', 1),
  sources: spread('Source', 'slug', 13)
}
// A source cited by reference has no text here (its /text is a 404): the text path takes those the project ships.
const shippedTexts = db.prepare('SELECT "slug" FROM "Source" WHERE "textPath" IS NOT NULL AND rowid % 13 = 0 ORDER BY rowid LIMIT 60').pluck().all() as string[]
const words = [...new Set([...spread('Agreement', 'title', 97), ...spread('Party', 'name', 41)]
  .filter(text => text !== null).flatMap(text => text.split(/\s+/)).filter(word => word.length > 0))].slice(0, 80)
db.close()

const byParameter: Record<string, string[]> = {
  sector: byCollection.sectors ?? [],
  mineral: byCollection.minerals ?? [],
  party: byCollection.parties ?? [],
  summit: byCollection.summits ?? [],
  session: [...byCollection.sessions ?? [], 'unknown'],
  source: byCollection.sources ?? [],
  country: byCollection.countries ?? [],
  q: words
}

const examples: Examples = (parameter, path) => parameter.in === 'path'
  ? path.endsWith('/text') ? shippedTexts : byCollection[path.split('/')[1] ?? ''] ?? []
  : byParameter[String(parameter.name)] ?? []

await hostileSuite(t, { databasePath, runs: Number(process.env.HOSTILE_SCALE_RUNS ?? 40), examples })
