// test/http-cache.test.ts, run on PostgreSQL (see test/fixtures/provider.ts).
import '../fixtures/on-postgresql.js'
import '../http-cache.test.js'
