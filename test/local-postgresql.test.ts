// The PostgreSQL server src/setup/local-postgres.ts starts with its defaults
// (the benchmark's, and the migrations' shadow server), as `q` and the
// groupings need it, and as docker-compose.yml starts its own.
import pg from 'pg'
import t from 'tap'
import { startLocalPostgres } from '../src/setup/local-postgres.js'

const server = await startLocalPostgres()
t.teardown(() => server.stop())
const client = new pg.Client(server.url('postgres'))
await client.connect()
t.teardown(() => client.end())

t.test('Korean and accented letters are letters to pg_trgm (the index serves `q` for them); text compares by code point', async t => {
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm')
  const { rows: [row] } = await client.query<{ korean: string[], accented: string[], codePoints: boolean }>(
    "SELECT show_trgm('생태천연자원부') AS korean, show_trgm('øtc') AS accented, 'Zeta' < 'alpha' AS \"codePoints\"")
  t.equal(row?.korean.length, 8, 'a seven-letter word: eight trigrams, padding included (none under LC_CTYPE C)')
  t.equal(row?.accented.length, 4, '"øtc" is one word of three letters (under C, "ø" split it)')
  t.equal(row?.codePoints, true, 'text still compares code point by code point')
})

t.test('the settings docker-compose.yml gives its server', async t => {
  const { rows: [row] } = await client.query<{ workMem: string, randomPageCost: string }>(
    'SELECT current_setting(\'work_mem\') AS "workMem", current_setting(\'random_page_cost\') AS "randomPageCost"')
  t.same(row, { workMem: '16MB', randomPageCost: '1.1' })
})
