// test/scale-hostile.test.ts, run on PostgreSQL (see test/fixtures/provider.ts).
import '../fixtures/on-postgresql.js'
import '../scale-hostile.test.js'
