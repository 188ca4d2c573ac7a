// Hostile input, generated from the OpenAPI document: for every GET operation,
// requests mixing documented values with wrong types, huge and negative
// numbers, empty strings, unicode, percent-encoding tricks, SQL and path
// injection, unknown and repeated parameters and very long values. Whatever
// arrives: no 5xx; a 4xx is problem+json and a 400 names a parameter that was
// sent; a 2xx matches its documented schema; and the data is unchanged.
//
// HOSTILE_RUNS sets the runs per operation (default 150), e.g.
// HOSTILE_RUNS=3000 npx tap test/hostile.test.ts --timeout=3600
import t from 'tap'
import { hostileSuite } from './fixtures/hostile.js'
import { seededDatabase } from './helper.js'

await hostileSuite(t, { database: await seededDatabase(t), runs: Number(process.env.HOSTILE_RUNS ?? 150) })
