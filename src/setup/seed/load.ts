// Writes a validated dataset to the database in one transaction. Idempotent:
// when the database already holds this exact dataset (same sha256) nothing is
// written; otherwise its contents are replaced as a whole, so a re-seed never
// leaves rows from an older dataset behind.
import { createHash } from 'node:crypto'
import type { PrismaClient, Transaction } from '../../db/client.js'
import { findUncitedFacts } from './provenance.js'
import { basisOf } from './citations.js'
import { type Dataset, SeedError } from './read.js'

export interface SeedResult { changed: boolean, sha256: string }

export async function loadDataset (prisma: PrismaClient, data: Dataset, now = new Date()): Promise<SeedResult> {
  return prisma.$transaction(async tx => {
    const current = await tx.datasetVersion.findUnique({ where: { id: 1 } })
    if (current?.sha256 === data.sha256) return { changed: false, sha256: data.sha256 }
    await clear(tx)
    await insert(tx, data)
    const uncited = await findUncitedFacts(tx)
    if (uncited.length > 0) throw new SeedError(uncited.map(u => `${u.type} ${u.key} "${u.field}" has no citation`))
    await tx.datasetVersion.create({ data: { id: 1, sha256: data.sha256, loadedAt: now.toISOString() } })
    return { changed: true, sha256: data.sha256 }
  }, { timeout: 60_000 })
}

async function clear (tx: Transaction): Promise<void> {
  // Children before parents, for the foreign keys.
  await tx.citation.deleteMany()
  await tx.agreementParty.deleteMany()
  await tx.agreementSector.deleteMany()
  await tx.agreementMineral.deleteMany()
  await tx.agreement.deleteMany()
  await tx.commitmentCountry.deleteMany()
  await tx.commitment.deleteMany()
  await tx.session.deleteMany()
  await tx.leader.deleteMany()
  await tx.summitCountry.deleteMany()
  await tx.summit.deleteMany()
  await tx.mineralResource.deleteMany()
  await tx.mineral.deleteMany()
  await tx.sector.deleteMany()
  await tx.party.deleteMany()
  await tx.country.deleteMany()
  await tx.source.deleteMany()
  await tx.datasetVersion.deleteMany()
}

const idsBySlug = (rows: Array<{ id: number, slug: string }>): Map<string, number> => new Map(rows.map(r => [r.slug, r.id]))
const idOf = (ids: Map<string, number>, slug: string): number => {
  const id = ids.get(slug)
  if (id === undefined) throw new SeedError([`unknown reference "${slug}"`])
  return id
}

async function insert (tx: Transaction, data: Dataset): Promise<void> {
  const sources = idsBySlug(await tx.source.createManyAndReturn({
    data: data.sources.map(s => ({
      slug: s.slug,
      kind: s.kind,
      title: s.title,
      publisher: s.publisher,
      carriedBy: s.carried_by,
      author: s.author,
      publishedAt: s.published_at,
      timeZone: s.time_zone,
      url: s.url,
      language: s.language,
      textPath: `seed/${s.text}`,
      textSha256: createHash('sha256').update(data.texts.get(s.slug) ?? '').digest('hex'),
      note: s.note
    }))
  }))
  await tx.country.createMany({ data: data.countries.map(c => ({ code: c.code, name: c.name })) })
  const sectors = idsBySlug(await tx.sector.createManyAndReturn({ data: data.sectors.map(s => ({ slug: s.slug, name: s.name })) }))
  const minerals = idsBySlug(await tx.mineral.createManyAndReturn({
    data: data.minerals.map(m => ({ slug: m.slug, name: m.name, symbol: m.symbol, form: m.form }))
  }))
  await tx.mineralResource.createMany({
    data: data.minerals.flatMap(m => m.resources.map(r => ({ mineralId: idOf(minerals, m.slug), countryCode: r.country })))
  })
  const parties = idsBySlug(await tx.party.createManyAndReturn({
    data: data.parties.map(p => ({ slug: p.slug, name: p.name, kind: p.kind, countryCode: p.country }))
  }))
  const summits = idsBySlug(await tx.summit.createManyAndReturn({
    data: data.summits.map(s => ({ slug: s.slug, name: s.name, date: s.date, city: s.city, venue: s.venue, occasion: s.occasion }))
  }))
  await tx.summitCountry.createMany({
    data: data.summits.flatMap(s => s.countries.map(c => ({ summitId: idOf(summits, s.slug), countryCode: c.country, role: c.role })))
  })
  await tx.leader.createMany({
    data: data.summits.flatMap(s => s.leaders.map(l => ({
      slug: l.slug, summitId: idOf(summits, s.slug), countryCode: l.country, name: l.name, office: l.office
    })))
  })
  const sessions = idsBySlug(await tx.session.createManyAndReturn({
    data: data.sessions.map((s, i) => ({
      slug: s.slug,
      summitId: idOf(summits, s.summit),
      ordinal: i + 1,
      kind: s.kind,
      name: s.name,
      date: s.date,
      city: s.city,
      venue: s.venue,
      attendanceCount: s.attendance_count,
      attendanceApproximate: s.attendance_approximate ?? false,
      attendanceDescription: s.attendance_description,
      reportedAgreementCount: s.reported_agreement_count,
      reportedAgreementKinds: s.reported_agreement_kinds
    }))
  }))
  const commitments = idsBySlug(await tx.commitment.createManyAndReturn({
    data: data.commitments.map((c, i) => ({
      slug: c.slug,
      summitId: idOf(summits, c.summit),
      sessionId: c.session === undefined ? null : idOf(sessions, c.session),
      ordinal: i + 1,
      kind: c.kind,
      subject: c.subject,
      statement: c.statement
    }))
  }))
  await tx.commitmentCountry.createMany({
    data: data.commitments.flatMap(c => c.countries.map(code => ({ commitmentId: idOf(commitments, c.slug), countryCode: code })))
  })
  const agreements = idsBySlug(await tx.agreement.createManyAndReturn({
    data: data.agreements.map((a, i) => ({
      slug: a.slug,
      sessionId: idOf(sessions, a.session),
      sessionBasis: basisOf(a.cite.session ?? []),
      ordinal: i + 1,
      kind: a.kind,
      title: a.title,
      summary: a.summary,
      identified: a.title !== undefined
    }))
  }))
  await tx.agreementParty.createMany({
    data: data.agreements.flatMap(a => a.parties.map(p => ({
      agreementId: idOf(agreements, a.slug), partyId: idOf(parties, p.party), role: p.role, basis: basisOf(p.cite)
    })))
  })
  await tx.agreementSector.createMany({
    data: data.agreements.flatMap(a => a.sectors.map(s => ({
      agreementId: idOf(agreements, a.slug), sectorId: idOf(sectors, s.sector), basis: basisOf(s.cite)
    })))
  })
  await tx.agreementMineral.createMany({
    data: data.agreements.flatMap(a => a.minerals.map(m => ({
      agreementId: idOf(agreements, a.slug), mineralId: idOf(minerals, m.mineral), basis: basisOf(m.cite)
    })))
  })
  const defaultSource = data.sources[0]?.slug ?? ''
  await tx.citation.createMany({
    data: data.citations.map(c => ({
      subjectType: c.subjectType,
      subjectKey: c.subjectKey,
      field: c.field,
      sourceId: idOf(sources, c.source ?? defaultSource),
      quote: c.quote,
      basis: c.basis,
      note: c.note
    }))
  })
}
