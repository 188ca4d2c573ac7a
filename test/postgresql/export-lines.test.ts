// test/export-lines.test.ts, run on PostgreSQL (see test/fixtures/provider.ts).
import '../fixtures/on-postgresql.js'
import '../export-lines.test.js'
