// Loading the seed files: validation, one transaction, idempotence.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { seedDir } from '../src/paths.js'
import { loadDataset } from '../src/setup/seed/load.js'
import { readDataset, SeedError } from '../src/setup/seed/read.js'
import { prismaOn, seededDatabase, snapshot, tempDir } from './helper.js'

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
  const database = await seededDatabase(t)
  const before = await snapshot(database)
  const prisma = await prismaOn(t, database)
  const result = await loadDataset(prisma, await readDataset(seedDir))
  t.equal(result.changed, false)
  t.same(await snapshot(database), before)
})

t.test('a changed seed replaces the data in one transaction, and a failing one leaves it untouched', async t => {
  const database = await seededDatabase(t)
  const prisma = await prismaOn(t, database)
  const before = await snapshot(database)

  const broken = await readDataset(seedDir)
  broken.sha256 = 'changed'
  broken.claims = broken.claims.filter(c => !(c.subjectType === 'party' && c.subjectKey === 'kazmunaygas' && c.field === 'kind'))
  await t.rejects(loadDataset(prisma, broken), /party kazmunaygas "kind" has no citation/)
  t.same(await snapshot(database), before, 'the failed load rolled back')

  const renamed = await readDataset(editedSeed(t, 'sectors.yaml', s => s.replace('name: Trade', 'name: Trade and commerce')))
  t.equal((await loadDataset(prisma, renamed)).changed, true)
  t.equal((await prisma.sector.findUniqueOrThrow({ where: { slug: 'trade' } })).name, 'Trade and commerce')
  t.equal(await prisma.agreement.count(), 35, 'nothing left over or doubled')
  t.equal(await prisma.claim.count(), renamed.claims.length)
})

t.test('a fact without a citation is refused, naming the file and field', async t => {
  const dir = editedSeed(t, 'parties.yaml', s => s.replace('    kind: "Kazakh state-run oil and gas company KazMunayGas"\n', ''))
  t.match(await rejection(t, dir), /parties\.yaml 5\.cite\.kind: "kind" is a fact and needs a citation/)
})

t.test('a quote that is not verbatim in the source is refused', async t => {
  // A straight apostrophe where the article has none: close is not verbatim.
  const dir = editedSeed(t, 'countries.yaml', s => s.replace('a proposal to hold a South Korea-Central Asia summit', 'a proposal to hold a South Korea–Central Asia summit'))
  t.match(await rejection(t, dir), /country KR "name": quote not found verbatim/)
})

t.test('a summit whose records do not add up to its preferred reported total is refused', async t => {
  const dir = editedSeed(t, 'agreements.yaml', s => s.replace(/^- \{ slug: korea-kazakhstan-2024-business-forum-unidentified-16.*\n/m, ''))
  t.match(await rejection(t, dir), /summits\.yaml: korea-kazakhstan-2024 reports 35 agreements, agreements\.yaml holds 34/)
})

t.test('a session with more records than its reported count is refused; fewer is allowed', async t => {
  // The 35th record is the one whose session no source gives; placing it at the full ceremony overfills it.
  const dir = editedSeed(t, 'agreements.yaml', s => s.replace('- slug: eximbank-dbk-on-lending-mou\n  summit: korea-kazakhstan-2024\n',
    '- slug: eximbank-dbk-on-lending-mou\n  summit: korea-kazakhstan-2024\n  session: korea-kazakhstan-2024-signing-ceremony\n')
    .replace('    signed_at: *exim\n', '    signed_at: *exim\n    session: *exim\n'))
  t.match(await rejection(t, dir), /signing-ceremony reports 11 agreements, agreements\.yaml places 12 there/)
  const forum = (await readDataset(seedDir)).agreements.filter(a => a.session === 'korea-kazakhstan-2024-business-forum').length
  t.equal(forum, 23, 'the forum reports 24 and holds 23: the 24th may be the record whose session is unknown')
})

t.test('an unidentified agreement may not carry detail', async t => {
  const dir = editedSeed(t, 'agreements.yaml', s => s.replace('unidentified-02, summit: korea-kazakhstan-2024, session: korea-kazakhstan-2024-business-forum, signed_at: "2024-06-12", kind: null,',
    'unidentified-02, summit: korea-kazakhstan-2024, session: korea-kazakhstan-2024-business-forum, signed_at: "2024-06-12", kind: null, sectors: [{ sector: trade, cite: "trade" }],'))
  t.match(await rejection(t, dir), /carries no other detail/)
})

t.test('a reference to an unknown record is refused', async t => {
  const dir = editedSeed(t, 'agreements.yaml', s => s.replace('party: kazmunaygas', 'party: kazmunaigas'))
  t.match(await rejection(t, dir), /unknown party "kazmunaigas"/)
})

t.test('an agreement without its summit, or a fact without a source, is refused', async t => {
  const noSummit = editedSeed(t, 'agreements.yaml', s => s.replace('- slug: eximbank-dbk-on-lending-mou\n  summit: korea-kazakhstan-2024\n', '- slug: eximbank-dbk-on-lending-mou\n'))
  t.match(await rejection(t, noSummit), /agreements\.yaml 34\.summit: Invalid input/)
  const uncited = editedSeed(t, 'agreements.yaml', s => s.replace('    place: { source: fetv-eximbank-dbk, locator: "second paragraph: in Kazakhstan" }\n', ''))
  t.match(await rejection(t, uncited), /agreements\.yaml 34\.cite\.place: "place" is a fact and needs a citation/)
})

t.test('a source cited by reference without its reference fields is refused', async t => {
  const fetv = '- slug: fetv-eximbank-dbk\n'
  for (const [field, message] of [
    ['  retrieved_on: "2026-11-29"\n', /retrieved_on.*says when it was read: "retrieved_on" is required/],
    ['  url: https://www.fetv.co.kr/news/article.html?no=167762\n', /url.*gives its address: "url" is required/],
    ['  published_on: unknown\n', /published_on: the date the page shows \(YYYY-MM-DD\), or "unknown"/],
    ['  title: unknown\n', /title: Invalid input/]
  ] as const) {
    const dir = editedSeed(t, 'sources.yaml', s => {
      const start = s.indexOf(fetv)
      const end = s.indexOf('\n- slug:', start + fetv.length)
      return s.slice(0, start) + s.slice(start, end).replace(field, '') + s.slice(end)
    })
    t.match(await rejection(t, dir), message, field.trim())
  }
  const shipped = editedSeed(t, 'sources.yaml', s => s.replace('  url: https://www.fetv.co.kr/news/article.html?no=167762\n', '  url: https://www.fetv.co.kr/news/article.html?no=167762\n  text: sources/fetv.txt\n'))
  t.match(await rejection(t, shipped), /a source of kind newspaper is cited by reference; the project does not ship its text/)
})

t.test('a quote from a source cited by reference, or a locator for a shipped text, is refused', async t => {
  const quoted = editedSeed(t, 'agreements.yaml', s => s.replace('place: { source: fetv-eximbank-dbk, locator: "second paragraph: in Kazakhstan" }',
    'place: { source: fetv-eximbank-dbk, quote: "카자흐스탄에서" }'))
  t.match(await rejection(t, quoted), /agreement eximbank-dbk-on-lending-mou "place": fetv-eximbank-dbk is cited by reference; give a locator in our own words, not a quote from it/)
  const located = editedSeed(t, 'agreements.yaml', s => s.replace('place: { source: fetv-eximbank-dbk, locator: "second paragraph: in Kazakhstan" }',
    'place: { source: joongang-2024-06-12-korea-kazakhstan-critical-minerals, locator: "somewhere in the article" }'))
  t.match(await rejection(t, located), /"place": the project ships the text of joongang-2024-06-12-korea-kazakhstan-critical-minerals; quote it verbatim instead of a locator/)
  const both = editedSeed(t, 'agreements.yaml', s => s.replace('place: { source: fetv-eximbank-dbk, locator: "second paragraph: in Kazakhstan" }',
    'place: { source: fetv-eximbank-dbk, locator: "second paragraph", quote: "Kazakhstan" }'))
  t.match(await rejection(t, both), /either `quote`.*or `locator`/)
  const passage = editedSeed(t, 'agreements.yaml', s => s.replace('locator: "second paragraph: in Kazakhstan"', `locator: "${'a sentence copied from the page '.repeat(6)}"`))
  t.match(await rejection(t, passage), /a locator is a short pointer in our own words/)
})

t.test('claims must rank the value a record holds first', async t => {
  // The elevator park's kind: two normal claims disagree, so the record holds none. Deprecate one, and it must hold the other.
  const settled = editedSeed(t, 'agreements.yaml', s => s.replace(/(- value: record_of_discussion\n {8}rank: )normal/, '$1deprecated'))
  t.match(await rejection(t, settled), /agreement kazakhstan-elevator-rnd-park "kind": the record holds no value, but its claims rank "mou" first/)
  const preferredElsewhere = editedSeed(t, 'agreements.yaml', s => s.replace(/(claims:\n {4}kind:\n {6}- value: mou\n {8}rank: )normal/, '$1preferred'))
  t.match(await rejection(t, preferredElsewhere), /agreement doosan-enerbility-samruk-kazyna-cooperation-agreement "kind": two values are preferred/)
  const fourParties = editedSeed(t, 'agreements.yaml', s => s.replace(/(\n {6}- value: \[korea-institute-of-geoscience-and-mineral-resources, kazakhstan-ministry-of-industry-and-construction, sk-ecoplant\]\n {8}rank: )preferred/, '$1normal'))
  t.match(await rejection(t, fourParties), /agreement lithium-exploration-mou "parties\/tau-ken-samruk": a non-deprecated claim names it and no whole set is preferred, so the record must hold it/)
})

t.test('a value another source gives must be one the field takes', async t => {
  const kind = editedSeed(t, 'agreements.yaml', s => s.replace('- value: record_of_discussion', '- value: minutes'))
  t.match(await rejection(t, kind), /agreements\.yaml kazakhstan-elevator-rnd-park claims\.kind: "minutes" is not a value this field takes/)
  const date = editedSeed(t, 'agreements.yaml', s => s.replace('- value: "2024-06-12"\n        rank: normal', '- value: "12 June"\n        rank: normal'))
  t.match(await rejection(t, date), /greenhouse-gas-reduction-projects-mou claims\.signed_at: "12 June" is not a value this field takes/)
  const role = editedSeed(t, 'agreements.yaml', s => s.replace('- { value: signatory, rank: normal, cite: *four-parties }', '- { value: witness, rank: normal, cite: *four-parties }'))
  t.match(await rejection(t, role), /lithium-exploration-mou claims\.parties\/tau-ken-samruk: "witness" is not a party role/)
})
