// test/synthetic.test.ts, run on PostgreSQL (see test/fixtures/provider.ts).
import '../fixtures/on-postgresql.js'
import '../synthetic.test.js'
