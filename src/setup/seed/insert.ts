// Writes each part of a validated dataset, in the order foreign keys need.
// Records get integer ids as they are inserted; each function answers the
// ids by slug that later parts refer to. Rows go in by bulk INSERTs
// (db/sql/bulk-insert.ts): Prisma's createMany is too slow for large datasets.
import { createHash } from 'node:crypto'
import { isAbsolute } from 'node:path'
import type { Transaction } from '../../db/client.js'
import { insertRows, insertRowsReturning } from '../../db/sql/bulk-insert.js'
import type { SourceKind } from '../../generated/prisma/enums.js'
import { disputedFields } from '../../provenance/claims.js'
import { basisOf, type Claim } from './claims.js'
import type { Derived } from './derived.js'
import { type Dataset, SeedError } from './read.js'

type IdsBySlug = Map<string, number>

const idsBySlug = (rows: Array<Record<'id' | 'slug', unknown>>): IdsBySlug => new Map(rows.map(row => [String(row.slug), Number(row.id)]))

function idOf (ids: IdsBySlug, slug: string): number {
  const id = ids.get(slug)
  if (id === undefined) throw new SeedError([`unknown reference "${slug}"`])
  return id
}

export async function insertSources (tx: Transaction, data: Dataset): Promise<IdsBySlug> {
  return idsBySlug(await insertRowsReturning(tx, 'Source',
    data.sources.map(source => ({
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
      // absolute: a generated text (npm run db:synthetic)
      textPath: source.text === undefined ? null : isAbsolute(source.text) ? source.text : `seed/${source.text}`,
      textSha256: source.text === undefined ? null : createHash('sha256').update(data.texts.get(source.slug) ?? '').digest('hex'),
      note: source.note
    })), ['id', 'slug']))
}

/** Countries (with their background), sectors and minerals (with the countries that hold and need them). */
export async function insertTaxonomy (tx: Transaction, data: Dataset): Promise<{ sectors: IdsBySlug, minerals: IdsBySlug }> {
  await insertRows(tx, 'Country', data.countries.map(country => ({ code: country.code, name: country.name })))
  await insertRows(tx, 'CountryBackground', data.countries.flatMap(country => country.background.map((item, index) => ({
    slug: item.slug, countryCode: country.code, ordinal: index + 1, subject: item.subject, statement: item.statement
  }))))
  const sectors = idsBySlug(await insertRowsReturning(tx, 'Sector', data.sectors.map(sector => ({ slug: sector.slug, name: sector.name })), ['id', 'slug']))
  const minerals = idsBySlug(await insertRowsReturning(tx, 'Mineral',
    data.minerals.map(mineral => ({ slug: mineral.slug, name: mineral.name, symbol: mineral.symbol, form: mineral.form })), ['id', 'slug']))
  await insertRows(tx, 'MineralResource',
    data.minerals.flatMap(mineral => mineral.resources.map(resource => ({ mineralId: idOf(minerals, mineral.slug), countryCode: resource.country }))))
  await insertRows(tx, 'MineralNeed',
    data.minerals.flatMap(mineral => mineral.needed_by.map(need => ({ mineralId: idOf(minerals, mineral.slug), countryCode: need.country, industries: need.industries }))))
  return { sectors, minerals }
}

/** Parties (with their derived columns) and their other names. */
export async function insertParties (tx: Transaction, data: Dataset, derived: Derived): Promise<IdsBySlug> {
  const parties = idsBySlug(await insertRowsReturning(tx, 'Party',
    data.parties.map(party => ({ slug: party.slug, name: party.name, kind: party.kind, countryCode: party.country, ...derived.parties.get(party.slug) })), ['id', 'slug']))
  await insertRows(tx, 'PartyAlias',
    data.parties.flatMap(party => party.aliases.map(alias => ({ partyId: idOf(parties, party.slug), name: alias.name }))))
  return parties
}

/** Summits with their countries and leaders, then their sessions (each with its derived counts). */
export async function insertSummits (tx: Transaction, data: Dataset, derived: Derived): Promise<{ summits: IdsBySlug, sessions: IdsBySlug }> {
  const summits = idsBySlug(await insertRowsReturning(tx, 'Summit',
    data.summits.map(summit => ({
      slug: summit.slug,
      name: summit.name,
      date: summit.date,
      city: summit.city,
      venue: summit.venue,
      occasion: summit.occasion,
      reportedAgreementCount: summit.reported_agreement_count,
      ...derived.summits.get(summit.slug)
    })), ['id', 'slug']))
  await insertRows(tx, 'SummitCountry',
    data.summits.flatMap(summit => summit.countries.map(participant => ({ summitId: idOf(summits, summit.slug), countryCode: participant.country, role: participant.role }))))
  await insertRows(tx, 'Leader',
    data.summits.flatMap(summit => summit.leaders.map(leader => ({
      slug: leader.slug, summitId: idOf(summits, summit.slug), countryCode: leader.country, name: leader.name, office: leader.office
    }))))
  const sessions = idsBySlug(await insertRowsReturning(tx, 'Session',
    data.sessions.map((session, index) => ({
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
      reportedAgreementKinds: session.reported_agreement_kinds,
      ...derived.sessions.get(session.slug)
    })), ['id', 'slug']))
  return { summits, sessions }
}

/** What sources say of sectors without naming the agreements: per summit or session, with a count when they give one. */
export async function insertSectorCoverage (tx: Transaction, data: Dataset, { sectors, summits, sessions }: { sectors: IdsBySlug, summits: IdsBySlug, sessions: IdsBySlug }): Promise<void> {
  await insertRows(tx, 'SectorCoverage', data.sectors.flatMap(sector => sector.coverage.map(scope => ({
    sectorId: idOf(sectors, sector.slug),
    summitId: idOf(summits, scope.summit),
    sessionId: scope.session === undefined ? null : idOf(sessions, scope.session),
    reportedCount: scope.count,
    basis: basisOf(scope.cite)
  }))))
}

export async function insertCommitments (tx: Transaction, data: Dataset, { summits, sessions, agreements }: { summits: IdsBySlug, sessions: IdsBySlug, agreements: IdsBySlug }): Promise<void> {
  const commitments = idsBySlug(await insertRowsReturning(tx, 'Commitment',
    data.commitments.map((commitment, index) => ({
      slug: commitment.slug,
      summitId: idOf(summits, commitment.summit),
      sessionId: commitment.session === undefined ? null : idOf(sessions, commitment.session),
      agreementId: commitment.agreement === undefined ? null : idOf(agreements, commitment.agreement),
      ordinal: index + 1,
      kind: commitment.kind,
      subject: commitment.subject,
      statement: commitment.statement
    })), ['id', 'slug']))
  await insertRows(tx, 'CommitmentCountry',
    data.commitments.flatMap(commitment => commitment.countries.map(code => ({ commitmentId: idOf(commitments, commitment.slug), countryCode: code }))))
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

/** Agreements (with their derived columns), then their parties, sectors and minerals (each with the basis its citations give), then their sources. */
export async function insertAgreements (tx: Transaction, data: Dataset, { summits, sessions, parties, sectors, minerals, sources }: AgreementReferences, derived: Derived): Promise<IdsBySlug> {
  const kindOf = new Map<string, SourceKind>(data.sources.map(source => [source.slug, source.kind]))
  const summary = provenanceSummary(data)
  const provenanceOf = (slug: string): { disputed: boolean, sources: string[] } => summary.get(slug) ?? { disputed: false, sources: [] }
  const agreements = idsBySlug(await insertRowsReturning(tx, 'Agreement',
    data.agreements.map((agreement, index) => {
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
        sourceKinds: [...new Set(supporting.map(slug => kindOf.get(slug) ?? ''))].sort().join(','),
        ...derived.agreements.get(agreement.slug)
      }
    }), ['id', 'slug']))
  await insertRows(tx, 'AgreementParty',
    data.agreements.flatMap(agreement => agreement.parties.map(signing => ({
      agreementId: idOf(agreements, agreement.slug), partyId: idOf(parties, signing.party), role: signing.role, basis: basisOf(signing.cite)
    }))))
  await insertRows(tx, 'AgreementSector',
    data.agreements.flatMap(agreement => agreement.sectors.map(link => ({
      agreementId: idOf(agreements, agreement.slug), sectorId: idOf(sectors, link.sector), basis: basisOf(link.cite)
    }))))
  await insertRows(tx, 'AgreementMineral',
    data.agreements.flatMap(agreement => agreement.minerals.map(link => ({
      agreementId: idOf(agreements, agreement.slug), mineralId: idOf(minerals, link.mineral), basis: basisOf(link.cite)
    }))))
  await insertRows(tx, 'AgreementSource',
    data.agreements.flatMap(agreement => provenanceOf(agreement.slug).sources.map(slug => ({
      agreementId: idOf(agreements, agreement.slug), sourceId: idOf(sources, slug), sourceKind: kindOf.get(slug) ?? 'article'
    }))))
  return agreements
}

/** A claim without a source cites the dataset's first source (the article). */
export async function insertClaims (tx: Transaction, data: Dataset, sources: IdsBySlug): Promise<void> {
  const defaultSource = data.sources[0]?.slug ?? ''
  await insertRows(tx, 'Claim',
    data.claims.map(claim => ({
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
    })))
}
