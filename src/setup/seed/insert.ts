// Writes each part of a validated dataset, in the order foreign keys need.
// Records get integer ids as they are inserted; each function answers the
// ids by slug that later parts refer to. Every part is written with a few
// createMany calls, whatever its size: no round trip per row.
import { createHash } from 'node:crypto'
import type { Transaction } from '../../db/client.js'
import type { SourceKind } from '../../generated/prisma/enums.js'
import { disputedFields } from '../../provenance/claims.js'
import { basisOf, type Claim } from './claims.js'
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
      publishedOn: source.published_on,
      publishedOnNote: source.published_on_note,
      retrievedOn: source.retrieved_on,
      url: source.url,
      language: source.language,
      textPath: source.text === undefined ? null : `seed/${source.text}`,
      textSha256: source.text === undefined ? null : createHash('sha256').update(data.texts.get(source.slug) ?? '').digest('hex'),
      note: source.note
    }))
  }))
}

/** Countries (with their background), sectors and minerals (with the countries that hold and need them). */
export async function insertTaxonomy (tx: Transaction, data: Dataset): Promise<{ sectors: IdsBySlug, minerals: IdsBySlug }> {
  await tx.country.createMany({ data: data.countries.map(country => ({ code: country.code, name: country.name })) })
  await tx.countryBackground.createMany({
    data: data.countries.flatMap(country => country.background.map((item, index) => ({
      slug: item.slug, countryCode: country.code, ordinal: index + 1, subject: item.subject, statement: item.statement
    })))
  })
  const sectors = idsBySlug(await tx.sector.createManyAndReturn({ data: data.sectors.map(sector => ({ slug: sector.slug, name: sector.name })) }))
  const minerals = idsBySlug(await tx.mineral.createManyAndReturn({
    data: data.minerals.map(mineral => ({ slug: mineral.slug, name: mineral.name, symbol: mineral.symbol, form: mineral.form }))
  }))
  await tx.mineralResource.createMany({
    data: data.minerals.flatMap(mineral => mineral.resources.map(resource => ({ mineralId: idOf(minerals, mineral.slug), countryCode: resource.country })))
  })
  await tx.mineralNeed.createMany({
    data: data.minerals.flatMap(mineral => mineral.needed_by.map(need => ({ mineralId: idOf(minerals, mineral.slug), countryCode: need.country, industries: need.industries })))
  })
  return { sectors, minerals }
}

/** Parties and their other names. */
export async function insertParties (tx: Transaction, data: Dataset): Promise<IdsBySlug> {
  const parties = idsBySlug(await tx.party.createManyAndReturn({
    data: data.parties.map(party => ({ slug: party.slug, name: party.name, kind: party.kind, countryCode: party.country }))
  }))
  await tx.partyAlias.createMany({
    data: data.parties.flatMap(party => party.aliases.map(alias => ({ partyId: idOf(parties, party.slug), name: alias.name })))
  })
  return parties
}

/** Summits with their countries and leaders, then their sessions. */
export async function insertSummits (tx: Transaction, data: Dataset): Promise<{ summits: IdsBySlug, sessions: IdsBySlug }> {
  const summits = idsBySlug(await tx.summit.createManyAndReturn({
    data: data.summits.map(summit => ({
      slug: summit.slug,
      name: summit.name,
      date: summit.date,
      city: summit.city,
      venue: summit.venue,
      occasion: summit.occasion,
      reportedAgreementCount: summit.reported_agreement_count
    }))
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
      witnesses: session.witnesses,
      reportedAgreementCount: session.reported_agreement_count,
      reportedAgreementKinds: session.reported_agreement_kinds
    }))
  }))
  return { summits, sessions }
}

/** What sources say of sectors without naming the agreements: per summit or session, with a count when they give one. */
export async function insertSectorCoverage (tx: Transaction, data: Dataset, { sectors, summits, sessions }: { sectors: IdsBySlug, summits: IdsBySlug, sessions: IdsBySlug }): Promise<void> {
  await tx.sectorCoverage.createMany({
    data: data.sectors.flatMap(sector => sector.coverage.map(scope => ({
      sectorId: idOf(sectors, sector.slug),
      summitId: idOf(summits, scope.summit),
      sessionId: scope.session === undefined ? null : idOf(sessions, scope.session),
      reportedCount: scope.count,
      basis: basisOf(scope.cite)
    })))
  })
}

export async function insertCommitments (tx: Transaction, data: Dataset, { summits, sessions, agreements }: { summits: IdsBySlug, sessions: IdsBySlug, agreements: IdsBySlug }): Promise<void> {
  const commitments = idsBySlug(await tx.commitment.createManyAndReturn({
    data: data.commitments.map((commitment, index) => ({
      slug: commitment.slug,
      summitId: idOf(summits, commitment.summit),
      sessionId: commitment.session === undefined ? null : idOf(sessions, commitment.session),
      agreementId: commitment.agreement === undefined ? null : idOf(agreements, commitment.agreement),
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

/** Per agreement: which facts are disputed and which sources support it (a non-deprecated claim), from its claims. */
export function provenanceSummary (data: Dataset): Map<string, { disputed: boolean, sources: string[] }> {
  const defaultSource = data.sources[0]?.slug ?? ''
  const claims = new Map<string, Claim[]>()
  for (const claim of data.claims) {
    if (claim.subjectType !== 'agreement') continue
    const own = claims.get(claim.subjectKey)
    if (own === undefined) claims.set(claim.subjectKey, [claim])
    else own.push(claim)
  }
  return new Map(data.agreements.map(agreement => {
    const own = claims.get(agreement.slug) ?? []
    const sources = [...new Set(own.filter(claim => claim.rank !== 'deprecated').map(claim => claim.source ?? defaultSource))].sort()
    return [agreement.slug, { disputed: disputedFields(own).length > 0, sources }]
  }))
}

interface AgreementReferences { summits: IdsBySlug, sessions: IdsBySlug, parties: IdsBySlug, sectors: IdsBySlug, minerals: IdsBySlug, sources: IdsBySlug }

/** Agreements, then their parties, sectors and minerals (each with the basis its citations give), then their sources. */
export async function insertAgreements (tx: Transaction, data: Dataset, { summits, sessions, parties, sectors, minerals, sources }: AgreementReferences): Promise<IdsBySlug> {
  const kindOf = new Map<string, SourceKind>(data.sources.map(source => [source.slug, source.kind]))
  const summary = provenanceSummary(data)
  const provenanceOf = (slug: string): { disputed: boolean, sources: string[] } => summary.get(slug) ?? { disputed: false, sources: [] }
  const agreements = idsBySlug(await tx.agreement.createManyAndReturn({
    data: data.agreements.map((agreement, index) => {
      const { disputed, sources: supporting } = provenanceOf(agreement.slug)
      return {
        slug: agreement.slug,
        summitId: idOf(summits, agreement.summit),
        sessionId: agreement.session === undefined ? null : idOf(sessions, agreement.session),
        sessionBasis: agreement.cite.session === undefined ? null : basisOf(agreement.cite.session),
        signedAt: agreement.signed_at,
        place: agreement.place,
        ordinal: index + 1,
        kind: agreement.kind,
        title: agreement.title,
        summary: agreement.summary,
        identified: agreement.title !== undefined,
        disputed,
        sourceCount: supporting.length,
        sourceKinds: [...new Set(supporting.map(slug => kindOf.get(slug) ?? ''))].sort().join(',')
      }
    })
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
  await tx.agreementSource.createMany({
    data: data.agreements.flatMap(agreement => provenanceOf(agreement.slug).sources.map(slug => ({
      agreementId: idOf(agreements, agreement.slug), sourceId: idOf(sources, slug), sourceKind: kindOf.get(slug) ?? 'article'
    })))
  })
  return agreements
}

/** A claim without a source cites the dataset's first source (the article). */
export async function insertClaims (tx: Transaction, data: Dataset, sources: IdsBySlug): Promise<void> {
  const defaultSource = data.sources[0]?.slug ?? ''
  await tx.claim.createMany({
    data: data.claims.map(claim => ({
      subjectType: claim.subjectType,
      subjectKey: claim.subjectKey,
      field: claim.field,
      value: claim.value,
      rank: claim.rank,
      sourceId: idOf(sources, claim.source ?? defaultSource),
      quote: claim.quote,
      locator: claim.locator,
      basis: claim.basis,
      note: claim.note
    }))
  })
}
