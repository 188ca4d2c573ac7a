// Writes each part of a validated dataset, in the order foreign keys need.
// Records get integer ids as they are inserted; each function answers the
// ids by slug that later parts refer to.
import { createHash } from 'node:crypto'
import type { Transaction } from '../../db/client.js'
import { sortKey } from '../../db/sort-key.js'
import { basisOf } from './citations.js'
import { type Dataset, SeedError } from './read.js'

type IdsBySlug = Map<string, number>

const idsBySlug = (rows: Array<{ id: number, slug: string }>): IdsBySlug => new Map(rows.map(row => [row.slug, row.id]))

function idOf (ids: IdsBySlug, slug: string): number {
  const id = ids.get(slug)
  if (id === undefined) throw new SeedError([`unknown reference "${slug}"`])
  return id
}

export async function insertSources (tx: Transaction, data: Dataset): Promise<IdsBySlug> {
  return idsBySlug(await tx.source.createManyAndReturn({
    data: data.sources.map(source => ({
      slug: source.slug,
      kind: source.kind,
      title: source.title,
      publisher: source.publisher,
      carriedBy: source.carried_by,
      author: source.author,
      publishedAt: source.published_at,
      timeZone: source.time_zone,
      url: source.url,
      language: source.language,
      textPath: `seed/${source.text}`,
      textSha256: createHash('sha256').update(data.texts.get(source.slug) ?? '').digest('hex'),
      note: source.note
    }))
  }))
}

/** Countries, sectors and minerals (with the countries that hold them). */
export async function insertTaxonomy (tx: Transaction, data: Dataset): Promise<{ sectors: IdsBySlug, minerals: IdsBySlug }> {
  await tx.country.createMany({ data: data.countries.map(country => ({ code: country.code, name: country.name })) })
  const sectors = idsBySlug(await tx.sector.createManyAndReturn({ data: data.sectors.map(sector => ({ slug: sector.slug, name: sector.name })) }))
  const minerals = idsBySlug(await tx.mineral.createManyAndReturn({
    data: data.minerals.map(mineral => ({ slug: mineral.slug, name: mineral.name, symbol: mineral.symbol, form: mineral.form }))
  }))
  await tx.mineralResource.createMany({
    data: data.minerals.flatMap(mineral => mineral.resources.map(resource => ({ mineralId: idOf(minerals, mineral.slug), countryCode: resource.country })))
  })
  return { sectors, minerals }
}

export async function insertParties (tx: Transaction, data: Dataset): Promise<IdsBySlug> {
  return idsBySlug(await tx.party.createManyAndReturn({
    data: data.parties.map(party => ({ slug: party.slug, name: party.name, nameSortKey: sortKey(party.name), kind: party.kind, countryCode: party.country }))
  }))
}

/** Summits with their countries and leaders, then their sessions. */
export async function insertSummits (tx: Transaction, data: Dataset): Promise<{ summits: IdsBySlug, sessions: IdsBySlug }> {
  const summits = idsBySlug(await tx.summit.createManyAndReturn({
    data: data.summits.map(summit => ({ slug: summit.slug, name: summit.name, date: summit.date, city: summit.city, venue: summit.venue, occasion: summit.occasion }))
  }))
  await tx.summitCountry.createMany({
    data: data.summits.flatMap(summit => summit.countries.map(participant => ({ summitId: idOf(summits, summit.slug), countryCode: participant.country, role: participant.role })))
  })
  await tx.leader.createMany({
    data: data.summits.flatMap(summit => summit.leaders.map(leader => ({
      slug: leader.slug, summitId: idOf(summits, summit.slug), countryCode: leader.country, name: leader.name, office: leader.office
    })))
  })
  const sessions = idsBySlug(await tx.session.createManyAndReturn({
    data: data.sessions.map((session, index) => ({
      slug: session.slug,
      summitId: idOf(summits, session.summit),
      ordinal: index + 1,
      kind: session.kind,
      name: session.name,
      date: session.date,
      city: session.city,
      venue: session.venue,
      attendanceCount: session.attendance_count,
      attendanceApproximate: session.attendance_approximate ?? false,
      attendanceDescription: session.attendance_description,
      reportedAgreementCount: session.reported_agreement_count,
      reportedAgreementKinds: session.reported_agreement_kinds
    }))
  }))
  return { summits, sessions }
}

export async function insertCommitments (tx: Transaction, data: Dataset, { summits, sessions }: { summits: IdsBySlug, sessions: IdsBySlug }): Promise<void> {
  const commitments = idsBySlug(await tx.commitment.createManyAndReturn({
    data: data.commitments.map((commitment, index) => ({
      slug: commitment.slug,
      summitId: idOf(summits, commitment.summit),
      sessionId: commitment.session === undefined ? null : idOf(sessions, commitment.session),
      ordinal: index + 1,
      kind: commitment.kind,
      subject: commitment.subject,
      statement: commitment.statement
    }))
  }))
  await tx.commitmentCountry.createMany({
    data: data.commitments.flatMap(commitment => commitment.countries.map(code => ({ commitmentId: idOf(commitments, commitment.slug), countryCode: code })))
  })
}

interface AgreementReferences { sessions: IdsBySlug, parties: IdsBySlug, sectors: IdsBySlug, minerals: IdsBySlug }

/** Agreements, then their parties, sectors and minerals, each relation with the basis its citations give. */
export async function insertAgreements (tx: Transaction, data: Dataset, { sessions, parties, sectors, minerals }: AgreementReferences): Promise<void> {
  const agreements = idsBySlug(await tx.agreement.createManyAndReturn({
    data: data.agreements.map((agreement, index) => ({
      slug: agreement.slug,
      sessionId: idOf(sessions, agreement.session),
      sessionBasis: basisOf(agreement.cite.session ?? []),
      ordinal: index + 1,
      kind: agreement.kind,
      title: agreement.title,
      summary: agreement.summary,
      identified: agreement.title !== undefined
    }))
  }))
  await tx.agreementParty.createMany({
    data: data.agreements.flatMap(agreement => agreement.parties.map(signing => ({
      agreementId: idOf(agreements, agreement.slug), partyId: idOf(parties, signing.party), role: signing.role, basis: basisOf(signing.cite)
    })))
  })
  await tx.agreementSector.createMany({
    data: data.agreements.flatMap(agreement => agreement.sectors.map(link => ({
      agreementId: idOf(agreements, agreement.slug), sectorId: idOf(sectors, link.sector), basis: basisOf(link.cite)
    })))
  })
  await tx.agreementMineral.createMany({
    data: data.agreements.flatMap(agreement => agreement.minerals.map(link => ({
      agreementId: idOf(agreements, agreement.slug), mineralId: idOf(minerals, link.mineral), basis: basisOf(link.cite)
    })))
  })
}

/** A citation without a source quotes the dataset's first source (the article). */
export async function insertCitations (tx: Transaction, data: Dataset, sources: IdsBySlug): Promise<void> {
  const defaultSource = data.sources[0]?.slug ?? ''
  await tx.citation.createMany({
    data: data.citations.map(citation => ({
      subjectType: citation.subjectType,
      subjectKey: citation.subjectKey,
      field: citation.field,
      sourceId: idOf(sources, citation.source ?? defaultSource),
      quote: citation.quote,
      basis: citation.basis,
      note: citation.note
    }))
  })
}
