// The hostile-input suite (test/hostile.test.ts) against the synthetic
// database of 20,000 more agreements, its valid values drawn from that
// database: slugs and codes of every kind, and words of its titles and names
// to search for. No 5xx, problem details for every 4xx, documented bodies for
// every 2xx, and the data unchanged afterwards.
// HOSTILE_SCALE_RUNS sets the runs per operation (default 40).
import t from 'tap'
import { type Examples, hostileSuite } from './fixtures/hostile.js'
import { rowsOf, syntheticDatabase } from './helper.js'

const database = await syntheticDatabase(t)
/** Every n-th value in key order, so that the sample spans the table and is the same every run, on either database. */
const spread = async (table: string, column: string, n: number, key = 'id'): Promise<string[]> =>
  (await rowsOf(database, `SELECT "${column}" AS "v" FROM "${table}" ORDER BY "${key}"`))
    .filter((_, i) => (i + 1) % n === 0).slice(0, 60).map(row => row.v as string)
const byCollection: Record<string, string[]> = {
  mous: await spread('Agreement', 'slug', 337),
  summits: await spread('Summit', 'slug', 11),
  sessions: await spread('Session', 'slug', 23),
  parties: await spread('Party', 'slug', 31),
  countries: await spread('Country', 'code', 2, 'code'),
  sectors: await spread('Sector', 'slug', 1),
  minerals: await spread('Mineral', 'slug', 1),
  sources: await spread('Source', 'slug', 13)
}
// A source cited by reference has no text here (its /text is a 404): the text path takes those the project ships.
const shippedTexts = (await rowsOf(database, 'SELECT "slug" FROM "Source" WHERE "textPath" IS NOT NULL ORDER BY "id"'))
  .filter((_, i) => (i + 1) % 13 === 0).slice(0, 60).map(row => row.slug as string)
const words = [...new Set([...await spread('Agreement', 'title', 97), ...await spread('Party', 'name', 41)]
  .filter(text => text !== null).flatMap(text => text.split(/\s+/)).filter(word => word.length > 0))].slice(0, 80)

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

await hostileSuite(t, { database, runs: Number(process.env.HOSTILE_SCALE_RUNS ?? 40), examples })
