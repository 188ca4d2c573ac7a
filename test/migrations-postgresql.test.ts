// PostgreSQL's schema and migration history: derived from the one model, no
// drift, and the properties adaptPostgresqlMigration gives every migration,
// checked on a migrated database (the engine's drift check sees none of them).
import { cpSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import t from 'tap'
import { committedMigrations } from '../src/db/pending-migrations.js'
import { matchedIds } from '../src/db/sql/agreement-set-postgresql.js'
import { searchIds } from '../src/db/sql/search-postgresql.js'
import type { Condition } from '../src/db/sql/conditions.js'
import type { Prisma } from '../src/generated/prisma/client.js'
import { compareCodePoints } from '../src/text.js'
import { postgresqlMigrationsDir, postgresqlSchemaPath, schemaPath } from '../src/paths.js'
import { applyMigrations, createProviderMigration, diffProviderHistory, readMigrations } from '../src/setup/migrations.js'
import { enumsOf } from '../src/setup/postgresql-migration.js'
import { derivePostgresqlSchema } from '../src/setup/postgresql-schema.js'
import { adminQuery, adminUrl, emptyPostgresDatabase, seededPostgresDatabase } from './fixtures/postgres.js'
import { tempDir } from './helper.js'

const sqliteSchema = readFileSync(schemaPath, 'utf8')
const postgresqlSchema = readFileSync(postgresqlSchemaPath, 'utf8')

async function rows<T extends pg.QueryResultRow> (url: string, sql: string): Promise<T[]> {
  return (await adminQuery(sql, url)).rows as T[]
}

t.test('prisma/postgresql/schema.prisma is derived from prisma/schema.prisma, so they cannot disagree on a model, field or index', async t => {
  t.equal(postgresqlSchema, derivePostgresqlSchema(sqliteSchema), 'run `npm run db:migrate -- create <name>` after changing prisma/schema.prisma')
})

t.test('PostgreSQL\'s schema and its migration history agree (no drift)', async t => {
  t.equal(await diffProviderHistory('postgresql', { server: adminUrl() }), '', 'run `npm run db:migrate -- create <name>`')
})

t.test('the history is in the layout prisma migrate writes, for provider postgresql, each migration one transaction', async t => {
  const history = await readMigrations(postgresqlMigrationsDir)
  t.match(history.lockfile.content, /provider = "postgresql"/)
  t.ok(history.migrationDirectories.length > 0)
  for (const m of history.migrationDirectories) {
    t.match(m.path, /^\d{14}_[a-z0-9_]+$/)
    const sql = m.migrationFile.content.tag === 'ok' ? m.migrationFile.content.value : ''
    t.match(sql, /^(--[^\n]*\n)*BEGIN;\n[\s\S]*\nCOMMIT;\n$/, `${m.path}: BEGIN … COMMIT`)
  }
})

t.test('the test server sorts text linguistically by default, so the suites would catch an ordering left to the server', async t => {
  const [row] = await rows<{ linguistic: boolean }>(adminUrl(), "SELECT 'Zeta' > 'alpha' AS linguistic")
  t.equal(row?.linguistic, true, 'en-US puts alpha before Zeta; code point order would not')
})

t.test('a migrated database: every text column is COLLATE "C", every enum in code-point order, every table notifies changes', async t => {
  const url = await seededPostgresDatabase(t)
  const columns = await rows<{ table_name: string, column_name: string, collation_name: string | null }>(url,
    "SELECT table_name, column_name, collation_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'text' AND table_name <> '_prisma_migrations'")
  t.ok(columns.length > 50, `${columns.length} text columns`)
  t.same(columns.filter(c => c.collation_name !== 'C').map(c => `${c.table_name}.${c.column_name}`), [], 'all COLLATE "C"')

  const enums = await rows<{ name: string, values: string[] }>(url,
    'SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname')
  const declared = enumsOf(postgresqlSchema)
  t.same(enums.map(e => e.name).sort(), [...declared.keys()].sort(), 'the schema\'s enums')
  for (const { name, values } of enums) {
    t.same(values, [...values].sort(compareCodePoints), `${name} sorts by its text`)
    t.same(values, declared.get(name), `${name} as declared`)
  }

  const tables = await rows<{ name: string, notifies: boolean }>(url,
    "SELECT c.relname AS name, EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = c.relname || '_changed') AS notifies " +
    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'")
  t.ok(tables.length >= 18)
  t.same(tables.filter(table => !table.notifies).map(table => table.name), [], 'every table has its trigger')

  const [search] = await rows<{ definition: string }>(url, "SELECT indexdef AS definition FROM pg_indexes WHERE indexname = 'AgreementSearch_searchText_trgm_idx'")
  t.match(search?.definition, /ON public."AgreementSearch" USING gin \("searchText" gin_trgm_ops\)/, '`q`\'s trigram index, on its own table')
  // With 35 rows a scan is cheaper; forbid it to see that the index serves the search's LIKE, as the data layer writes it.
  const lithium = searchIds({ kind: 'search', needle: 'lithium' })
  const client = new pg.Client(url)
  await client.connect()
  t.teardown(async () => { await client.end() })
  await client.query('SET enable_seqscan = off')
  const plan = (await client.query(`EXPLAIN ${lithium.text}`, lithium.values)).rows.map(row => String(row['QUERY PLAN'])).join('\n')
  t.match(plan, /Bitmap Index Scan on "AgreementSearch_searchText_trgm_idx"/, 'a search uses it')
})

t.test('"AgreementSearch" holds each agreement\'s search text as "Agreement" does, through inserts, updates and deletes', async t => {
  const url = await seededPostgresDatabase(t)
  const client = new pg.Client(url)
  await client.connect()
  t.teardown(async () => { await client.end() })
  const differing = async (): Promise<unknown[]> => (await client.query(
    'SELECT a."id", a."searchText", s."searchText" AS "copy" FROM "Agreement" a FULL JOIN "AgreementSearch" s ON s."id" = a."id" ' +
    'WHERE a."id" IS NULL OR s."id" IS NULL OR a."searchText" IS DISTINCT FROM s."searchText"')).rows
  const count = async (): Promise<number> => Number((await client.query('SELECT count(*) AS n FROM "AgreementSearch"')).rows[0]?.n)
  t.ok(await count() >= 35, 'the seeded agreements, copied by the migration or the load')
  t.same(await differing(), [], 'after the load')

  await client.query('BEGIN')
  t.teardown(async () => { await client.query('ROLLBACK').catch(() => {}) })
  await client.query('UPDATE "Agreement" SET "searchText" = \'a text no other has\' WHERE "id" = (SELECT min("id") FROM "Agreement")')
  await client.query('UPDATE "Agreement" SET "title" = "title" WHERE "id" = (SELECT max("id") FROM "Agreement")')
  t.same(await differing(), [], 'after updates, of the text and of another column')
  const found = searchIds({ kind: 'search', needle: 'no other has' })
  t.equal((await client.query(found.text, found.values)).rows.length, 1, '`q` finds the new text')
  // A new agreement: the last one's row, with an id, a slug and a text of its own.
  await client.query('INSERT INTO "Agreement" SELECT * FROM jsonb_populate_record(NULL::"Agreement", (SELECT to_jsonb(a) || ' +
    'jsonb_build_object(\'id\', a."id" + 1000, \'slug\', \'a-new-agreement\', \'searchText\', \'a new agreement\') FROM "Agreement" a ORDER BY a."id" DESC LIMIT 1))')
  t.same(await differing(), [], 'after an insert')
  const before = await count()
  await client.query('DELETE FROM "Agreement" WHERE "slug" = \'a-new-agreement\'')
  t.equal(await count(), before - 1, 'a deleted agreement takes its row')
  t.same(await differing(), [], 'after a delete')
})

t.test('a filter on one of Agreement\'s own columns reads its ids from an index alone, as on SQLite', async t => {
  const url = await seededPostgresDatabase(t)
  const client = new pg.Client(url)
  await client.connect()
  t.teardown(async () => { await client.end() })
  // As after a load (src/db/after-load.ts): the vacuum marks the pages all-visible, which lets an index answer alone.
  await client.query('VACUUM (ANALYZE) "Agreement"')
  // With 35 rows the table is cheaper to read; forbid that to see which index the filter's ids come from.
  await client.query('SET enable_seqscan = off; SET enable_bitmapscan = off')
  const filters: Array<{ index: string, condition: Condition }> = [
    { index: 'Agreement_kind_id_idx', condition: { kind: 'column', column: 'kind', values: ['mou'] } },
    { index: 'Agreement_identified_id_idx', condition: { kind: 'column', column: 'identified', values: [false] } },
    { index: 'Agreement_disputed_id_idx', condition: { kind: 'column', column: 'disputed', values: [true] } },
    { index: 'Agreement_sessionId_id_idx', condition: { kind: 'column', column: 'sessionId', values: [null] } },
    { index: 'Agreement_signedAt_id_idx', condition: { kind: 'date', from: '2024-01-01', to: '2024-12-31' } }
  ]
  for (const { index, condition } of filters) {
    const query = matchedIds([condition]) as Prisma.Sql
    const plan = (await client.query(`EXPLAIN ${query.text}`, query.values)).rows.map(row => String(row['QUERY PLAN'])).join('\n')
    t.match(plan, new RegExp(`Index Only Scan using "${index}" on "Agreement"`), `${JSON.stringify(condition)}: ${index}`)
  }
})

t.test('creating a migration on PostgreSQL: text COLLATE "C", enum values in place, new tables notify, one transaction; then no drift', async t => {
  const dir = join(tempDir(t), 'migrations')
  cpSync(postgresqlMigrationsDir, dir, { recursive: true })
  const changed = derivePostgresqlSchema(sqliteSchema
    .replace('model Sector {', 'model Sector {\n  description String?')
    .replace(/(enum AgreementKind \{\n[^}]*)\}/, '$1  treaty\n  accord\n}')
    .replace('model DatasetVersion {', 'model Note {\n  id   Int    @id @default(autoincrement())\n  text String\n}\n\nmodel DatasetVersion {'))
  t.equal(await createProviderMigration('postgresql', 'nothing', { dir, server: adminUrl() }), undefined, 'no change, no migration')
  const folder = await createProviderMigration('postgresql', 'changes', { dir, schema: changed, server: adminUrl(), now: new Date('2030-01-02T03:04:05Z') })
  t.equal(folder, '20300102030405_changes')
  const sql = readFileSync(join(dir, String(folder), 'migration.sql'), 'utf8')
  t.match(sql, /^(--[^\n]*\n)*BEGIN;\n/)
  t.match(sql, /ALTER TABLE "Sector" ADD COLUMN\s+"description" TEXT COLLATE "C"/)
  t.match(sql, /"text" TEXT COLLATE "C" NOT NULL/)
  t.match(sql, /ALTER TYPE "AgreementKind" ADD VALUE 'treaty';\nALTER TYPE "AgreementKind" ADD VALUE 'accord' BEFORE 'agreement';/)
  t.match(sql, /CREATE TRIGGER "Note_changed"/)
  t.equal(await diffProviderHistory('postgresql', { content: changed, dir, server: adminUrl() }), '', 'the new history matches the changed schema')

  const url = await emptyPostgresDatabase(t)
  t.same(await applyMigrations({ provider: 'postgresql', url }, dir), [...await committedMigrations(postgresqlMigrationsDir), folder], 'it applies')
  const [kinds] = await rows<{ values: string }>(url, 'SELECT enum_range(NULL::"AgreementKind")::text AS values')
  const declared = enumsOf(changed).get('AgreementKind') ?? []
  t.ok(declared.includes('accord') && declared.includes('treaty'), 'the new values are declared')
  t.equal(kinds?.values, `{${declared.join(',')}}`, 'in code point order, as declared')
})

t.test('a PostgreSQL-only index goes in the derived schema, and its migration brings its extension', async t => {
  const dir = join(tempDir(t), 'migrations')
  cpSync(postgresqlMigrationsDir, dir, { recursive: true })
  const withIndex = derivePostgresqlSchema(sqliteSchema, { Agreement: ['@@index([title(ops: raw("gin_trgm_ops"))], type: Gin, map: "Agreement_title_trgm_idx")'] })
  t.match(withIndex, /PostgreSQL only[^\n]*\n {2}@@index\(\[title\(ops: raw\("gin_trgm_ops"\)\)\], type: Gin, map: "Agreement_title_trgm_idx"\)\n\}/)
  const folder = await createProviderMigration('postgresql', 'trigram', { dir, schema: withIndex, server: adminUrl() })
  const sql = readFileSync(join(dir, String(folder), 'migration.sql'), 'utf8')
  t.match(sql, /CREATE EXTENSION IF NOT EXISTS pg_trgm;[\s\S]*CREATE INDEX "Agreement_title_trgm_idx" ON "Agreement" USING GIN \("title" gin_trgm_ops\)/)
  t.equal(await diffProviderHistory('postgresql', { content: withIndex, dir, server: adminUrl() }), '', 'no drift: the index is part of the schema')
  t.throws(() => derivePostgresqlSchema(sqliteSchema, { Nope: ['@@index([x])'] }), /model Nope/)
})

t.test('a migration that fails half-way leaves nothing behind', async t => {
  const dir = join(tempDir(t), 'migrations')
  cpSync(postgresqlMigrationsDir, dir, { recursive: true })
  const broken = join(dir, '20990101000000_broken')
  cpSync(join(dir, (await readMigrations(dir)).migrationDirectories[0]?.path ?? ''), broken, { recursive: true })
  const { writeFileSync } = await import('node:fs')
  writeFileSync(join(broken, 'migration.sql'), 'BEGIN;\nCREATE TABLE "Half" ("id" INTEGER);\nINSERT INTO "Nowhere" VALUES (1);\nCOMMIT;\n')
  const url = await emptyPostgresDatabase(t)
  await t.rejects(applyMigrations({ provider: 'postgresql', url }, dir), /Nowhere/)
  const [half] = await rows<{ found: boolean }>(url, 'SELECT to_regclass(\'"Half"\') IS NOT NULL AS found')
  t.equal(half?.found, false, 'the failed migration\'s first statement was rolled back')
  const recorded = await rows<{ migration_name: string, finished_at: Date | null }>(url, 'SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name')
  const committed = await committedMigrations(postgresqlMigrationsDir)
  t.match(recorded, [...committed.map(() => ({ finished_at: Date })), { migration_name: '20990101000000_broken', finished_at: null }], 'recorded as failed, as prisma migrate does')
})
