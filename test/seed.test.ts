// Loading the seed files: validation, one transaction, idempotence.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import t, { type Test } from 'tap'
import { createPrismaClient } from '../src/db/client.js'
import { seedDir } from '../src/paths.js'
import { loadDataset } from '../src/setup/seed/load.js'
import { readDataset, SeedError } from '../src/setup/seed/read.js'
import { copyOfSeededDatabase, tempDir } from './helper.js'

/** Every row of every table, in a stable order: what "nothing changed" compares. */
function dump (path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true })
  try {
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string, sql: string }>
    // The full-text index's own tables are WITHOUT ROWID: ordered by their key.
    return Object.fromEntries(tables.map(({ name, sql }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY ${/WITHOUT ROWID/i.test(sql) ? '1, 2' : 'rowid'}`).all()]))
  } finally {
    db.close()
  }
}

/** A copy of the seed folder with one file edited. */
function editedSeed (t: Test, file: string, edit: (text: string) => string): string {
  const dir = join(tempDir(t), 'seed')
  cpSync(seedDir, dir, { recursive: true })
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')))
  return dir
}

async function rejection (t: Test, dir: string): Promise<string> {
  try {
    await readDataset(dir)
  } catch (error) {
    t.type(error, SeedError)
    return (error as Error).message
  }
  t.fail('the seed was accepted')
  return ''
}

t.test('seeding twice changes nothing', async t => {
  const path = copyOfSeededDatabase(t)
  const before = dump(path)
  const prisma = createPrismaClient(path)
  t.teardown(() => prisma.$disconnect())
  const result = await loadDataset(prisma, await readDataset(seedDir))
  t.equal(result.changed, false)
  t.same(dump(path), before)
})

t.test('a changed seed replaces the data in one transaction, and a failing one leaves it untouched', async t => {
  const path = copyOfSeededDatabase(t)
  const prisma = createPrismaClient(path)
  t.teardown(() => prisma.$disconnect())
  const before = dump(path)

  const broken = await readDataset(seedDir)
  broken.sha256 = 'changed'
  broken.citations = broken.citations.filter(c => !(c.subjectType === 'party' && c.subjectKey === 'kazmunaygas' && c.field === 'kind'))
  await t.rejects(loadDataset(prisma, broken), /party kazmunaygas "kind" has no citation/)
  t.same(dump(path), before, 'the failed load rolled back')

  const renamed = await readDataset(editedSeed(t, 'sectors.yaml', s => s.replace('name: Trade', 'name: Trade and commerce')))
  t.equal((await loadDataset(prisma, renamed)).changed, true)
  t.equal((await prisma.sector.findUniqueOrThrow({ where: { slug: 'trade' } })).name, 'Trade and commerce')
  t.equal(await prisma.agreement.count(), 35, 'nothing left over or doubled')
  t.equal(await prisma.citation.count(), renamed.citations.length)
})

t.test('a fact without a citation is refused, naming the file and field', async t => {
  const dir = editedSeed(t, 'parties.yaml', s => s.replace('    kind: "Kazakh state-run oil and gas company KazMunayGas"\n', ''))
  t.match(await rejection(t, dir), /parties\.yaml 6\.cite\.kind: "kind" is a fact and needs a citation/)
})

t.test('a quote that is not verbatim in the source is refused', async t => {
  // A straight apostrophe where the article has none: close is not verbatim.
  const dir = editedSeed(t, 'countries.yaml', s => s.replace('a proposal to hold a South Korea-Central Asia summit', 'a proposal to hold a South Korea–Central Asia summit'))
  t.match(await rejection(t, dir), /country KR "name": quote not found verbatim/)
})

t.test('a session whose records do not add up to its reported count is refused', async t => {
  const dir = editedSeed(t, 'agreements.yaml', s => s.replace(/^- \{ slug: korea-kazakhstan-2024-business-forum-unidentified-24.*\n/m, ''))
  t.match(await rejection(t, dir), /business-forum reports 24 agreements, agreements\.yaml holds 23/)
})

t.test('an unidentified agreement may not carry detail', async t => {
  const dir = editedSeed(t, 'agreements.yaml', s => s.replace('unidentified-02, session: korea-kazakhstan-2024-signing-ceremony, kind: mou,',
    'unidentified-02, session: korea-kazakhstan-2024-signing-ceremony, kind: mou, sectors: [{ sector: trade, cite: "trade" }],'))
  t.match(await rejection(t, dir), /carries no other detail/)
})

t.test('a reference to an unknown record is refused', async t => {
  const dir = editedSeed(t, 'agreements.yaml', s => s.replace('party: kazmunaygas', 'party: kazmunaigas'))
  t.match(await rejection(t, dir), /unknown party "kazmunaigas"/)
})
