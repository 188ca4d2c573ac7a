// npm run db:synthetic: a database of its own, never the default one; the
// shipped dataset plus generated records that pass the loader's checks and
// cite sources of kind `synthetic`; the same records for the same seed; and
// a server that serves it as it is.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import t from 'tap'
import { projectRoot } from '../src/paths.js'
import { needsPreparation } from '../src/setup/prepare.js'
import { findUncitedFacts } from '../src/setup/seed/provenance.js'
import { buildSyntheticDatabase } from '../src/setup/synthetic/build.js'
import { buildApp, emptyDatabase, prismaOn, tempDir, testProvider } from './helper.js'

const cli = (...args: string[]): { status: number | null, output: string } => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/cli/synthetic.ts'), ...args], {
    cwd: projectRoot, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8'
  })
  return { status: result.status, output: result.stdout + result.stderr }
}

// The command's checks and the generator do not depend on the database: on SQLite only.
const sqliteOnly = { skip: testProvider() === 'postgresql' ? 'the same on every database: run on SQLite' : false }

t.test('the command refuses the default database, an existing file, and bad arguments', sqliteOnly, async t => {
  const dir = tempDir(t)
  const refusedDefault = cli('--agreements', '10', '--database', 'file:./data/accords.db')
  t.equal(refusedDefault.status, 2)
  t.match(refusedDefault.output, /is the default database/)
  const existing = join(dir, 'existing.db')
  writeFileSync(existing, 'something')
  const refusedExisting = cli('--agreements', '10', '--database', `file:${existing}`)
  t.equal(refusedExisting.status, 2)
  t.match(refusedExisting.output, /exists: pass --replace/)
  t.equal(readFileSync(existing, 'utf8'), 'something', 'untouched')
  t.match(cli('--agreements', 'lots', '--database', `file:${join(dir, 'x.db')}`).output, /--agreements must be a whole number/)
  t.match(cli('--agreements', '10').output, /--database is required/)
})

t.test('a synthetic database: the shipped dataset, generated records that pass the loader\'s checks, synthetic sources; served as it is', async t => {
  const database = testProvider() === 'sqlite' ? { provider: 'sqlite' as const, path: join(tempDir(t), 'synthetic.db') } : await emptyDatabase(t)
  const textDir = join(tempDir(t), 'texts')
  const summary = await buildSyntheticDatabase(database, { agreements: 300, seed: 7 }, textDir)
  t.equal(summary.agreements, 335)
  const prisma = await prismaOn(t, database)
  t.same(await findUncitedFacts(prisma), [], 'every record, field and relation has a citation')
  t.equal(await prisma.agreement.count({ where: { summit: { slug: 'korea-kazakhstan-2024' } } }), 35, 'the shipped dataset is there')
  const sources = await prisma.source.groupBy({ by: ['kind'], _count: { _all: true } })
  t.ok(sources.some(group => group.kind === 'synthetic' && group._count._all > 1), 'generated sources are of kind synthetic')
  const shipped = await prisma.claim.count({ where: { subjectType: 'agreement', subjectKey: 'lithium-exploration-mou', source: { kind: 'synthetic' } } })
  t.equal(shipped, 0, 'no shipped record cites a synthetic source')
  const generated = await prisma.agreement.findFirstOrThrow({ where: { title: { not: null }, slug: { not: { startsWith: 'korea-kazakhstan' } } }, orderBy: { id: 'desc' } })
  const citations = await prisma.claim.findMany({ where: { subjectType: 'agreement', subjectKey: generated.slug }, include: { source: true } })
  t.ok(citations.length > 3 && citations.every(citation => citation.source.kind === 'synthetic'), 'generated records cite synthetic sources only')
  for (const citation of citations) {
    t.ok(readFileSync(citation.source.textPath ?? '', 'utf8').includes(citation.quote ?? '?'), `the quote of "${citation.field}" is in its source's text`)
  }
  t.ok(existsSync(textDir))
  t.equal(await needsPreparation(database), false, 'a server start would neither migrate nor seed it')
  const app = await buildApp(t, { database })
  t.equal((await app.inject('/mous?limit=1')).json().meta.total, 335)
  const text = await app.inject(`/sources/${citations[0]?.source.slug ?? ''}/text`)
  t.equal(text.statusCode, 200, 'a generated source\'s text is served')
  t.ok(text.body.includes(citations[0]?.quote ?? '?'))
})

t.test('the same options give the same records', sqliteOnly, async t => {
  const dump = (path: string): string => {
    const db = new Database(path, { readonly: true })
    try {
      return JSON.stringify(['Agreement', 'AgreementParty', 'Party', 'Summit', 'Session', 'Claim', 'PartyAlias', 'AgreementSource'].map(table =>
        db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()))
    } finally {
      db.close()
    }
  }
  const [a, b, c] = ['a.db', 'b.db', 'c.db'].map(name => join(tempDir(t), name)) as [string, string, string]
  const file = (path: string) => ({ provider: 'sqlite' as const, path })
  const [one, two, other] = [await buildSyntheticDatabase(file(a), { agreements: 200, seed: 3 }), await buildSyntheticDatabase(file(b), { agreements: 200, seed: 3 }),
    await buildSyntheticDatabase(file(c), { agreements: 200, seed: 4 })]
  t.equal(one.sha256, two.sha256)
  t.not(one.sha256, other.sha256, 'another seed, another dataset version')
  t.equal(dump(a).replaceAll(`${a}.sources`, ''), dump(b).replaceAll(`${b}.sources`, ''), 'row for row, but where their texts are')
  t.ok(execFileSync('git', ['status', '--porcelain', 'seed'], { cwd: projectRoot, encoding: 'utf8' }) === '', 'seed/ is untouched')
})
