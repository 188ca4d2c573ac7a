// The PostgreSQL server src/setup/local-postgres.ts starts with its defaults
// (the benchmark's, and the migrations' shadow server), as `q` needs it:
// pg_trgm must see the letters of every script, as on the compose file's
// server, or the trigram index cannot serve a search for a Korean name.
import pg from 'pg'
import t from 'tap'
import { startLocalPostgres } from '../src/setup/local-postgres.js'

t.test('a default local server takes Korean and accented letters for letters in trigrams, and sorts in code point order', async t => {
  const server = await startLocalPostgres()
  t.teardown(() => server.stop())
  const client = new pg.Client(server.url('postgres'))
  await client.connect()
  t.teardown(() => client.end())
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm')
  const { rows: [row] } = await client.query<{ korean: string[], accented: string[], codePoints: boolean }>(
    "SELECT show_trgm('생태천연자원부') AS korean, show_trgm('øtc') AS accented, 'Zeta' < 'alpha' AS \"codePoints\"")
  t.equal(row?.korean.length, 8, 'a seven-letter word: eight trigrams, padding included (none under LC_CTYPE C)')
  t.equal(row?.accented.length, 4, '"øtc" is one word of three letters (under C, "ø" split it)')
  t.equal(row?.codePoints, true, 'text still compares code point by code point')
})
