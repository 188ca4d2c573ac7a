// test/group-counts.test.ts, run on PostgreSQL (see test/fixtures/provider.ts).
import '../fixtures/on-postgresql.js'
import '../group-counts.test.js'
