// Writes each part of a validated dataset, in the order foreign keys need.
// Records get integer ids as they are inserted; each function answers the
// ids by slug that later parts refer to. Rows go in by bulk INSERTs
// (db/sql/bulk-insert.ts): Prisma's createMany is too slow for large datasets.
import { createHash } from 'node:crypto'
import { isAbsolute } from 'node:path'
import type { Transaction } from '../../db/client.js'
import { insertRows, insertRowsReturning } from '../../db/sql/bulk-insert.js'
import { basisOf } from './citations.js'
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
      url: source.url,
      language: source.language,
      textPath: isAbsolute(source.text) ? source.text : `seed/${source.text}`, // absolute: a generated text (npm run db:synthetic)
      textSha256: createHash('sha256').update(data.texts.get(source.slug) ?? '').digest('hex'),
      note: source.note
    })), ['id', 'slug']))
}

/** Countries, sectors and minerals (with the countries that hold them). */
export async function insertTaxonomy (tx: Transaction, data: Dataset): Promise<{ sectors: IdsBySlug, minerals: IdsBySlug }> {
  await insertRows(tx, 'Country', data.countries.map(country => ({ code: country.code, name: country.name })))
  const sectors = idsBySlug(await insertRowsReturning(tx, 'Sector', data.sectors.map(sector => ({ slug: sector.slug, name: sector.name })), ['id', 'slug']))
  const minerals = idsBySlug(await insertRowsReturning(tx, 'Mineral',
    data.minerals.map(mineral => ({ slug: mineral.slug, name: mineral.name, symbol: mineral.symbol, form: mineral.form })), ['id', 'slug']))
  await insertRows(tx, 'MineralResource',
    data.minerals.flatMap(mineral => mineral.resources.map(resource => ({ mineralId: idOf(minerals, mineral.slug), countryCode: resource.country }))))
  return { sectors, minerals }
}

export async function insertParties (tx: Transaction, data: Dataset, derived: Derived): Promise<IdsBySlug> {
  return idsBySlug(await insertRowsReturning(tx, 'Party',
    data.parties.map(party => ({ slug: party.slug, name: party.name, kind: party.kind, countryCode: party.country, ...derived.parties.get(party.slug) })), ['id', 'slug']))
}

/** Summits with their countries and leaders, then their sessions. */
export async function insertSummits (tx: Transaction, data: Dataset, derived: Derived): Promise<{ summits: IdsBySlug, sessions: IdsBySlug }> {
  const summits = idsBySlug(await insertRowsReturning(tx, 'Summit',
    data.summits.map(summit => ({ slug: summit.slug, name: summit.name, date: summit.date, city: summit.city, venue: summit.venue, occasion: summit.occasion })), ['id', 'slug']))
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
      reportedAgreementCount: session.reported_agreement_count,
      reportedAgreementKinds: session.reported_agreement_kinds,
      ...derived.sessions.get(session.slug)
    })), ['id', 'slug']))
  return { summits, sessions }
}

export async function insertCommitments (tx: Transaction, data: Dataset, { summits, sessions }: { summits: IdsBySlug, sessions: IdsBySlug }): Promise<void> {
  const commitments = idsBySlug(await insertRowsReturning(tx, 'Commitment',
    data.commitments.map((commitment, index) => ({
      slug: commitment.slug,
      summitId: idOf(summits, commitment.summit),
      sessionId: commitment.session === undefined ? null : idOf(sessions, commitment.session),
      ordinal: index + 1,
      kind: commitment.kind,
      subject: commitment.subject,
      statement: commitment.statement
    })), ['id', 'slug']))
  await insertRows(tx, 'CommitmentCountry',
    data.commitments.flatMap(commitment => commitment.countries.map(code => ({ commitmentId: idOf(commitments, commitment.slug), countryCode: code }))))
}

interface AgreementReferences { summits: IdsBySlug, sessions: IdsBySlug, parties: IdsBySlug, sectors: IdsBySlug, minerals: IdsBySlug }

/** Agreements, then their parties, sectors and minerals, each relation with the basis its citations give. */
export async function insertAgreements (tx: Transaction, data: Dataset, { summits, sessions, parties, sectors, minerals }: AgreementReferences, derived: Derived): Promise<IdsBySlug> {
  const agreements = idsBySlug(await insertRowsReturning(tx, 'Agreement',
    data.agreements.map((agreement, index) => ({
      slug: agreement.slug,
      sessionId: idOf(sessions, agreement.session),
      summitId: idOf(summits, derived.summitOf.get(agreement.slug) ?? ''),
      ...derived.agreements.get(agreement.slug),
      sessionBasis: basisOf(agreement.cite.session ?? []),
      ordinal: index + 1,
      kind: agreement.kind,
      title: agreement.title,
      summary: agreement.summary,
      identified: agreement.title !== undefined
    })), ['id', 'slug']))
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
  return agreements
}

/** A citation without a source quotes the dataset's first source (the article). */
export async function insertCitations (tx: Transaction, data: Dataset, sources: IdsBySlug): Promise<void> {
  const defaultSource = data.sources[0]?.slug ?? ''
  await insertRows(tx, 'Citation',
    data.citations.map(citation => ({
      subjectType: citation.subjectType,
      subjectKey: citation.subjectKey,
      field: citation.field,
      sourceId: idOf(sources, citation.source ?? defaultSource),
      quote: citation.quote,
      basis: citation.basis,
      note: citation.note
    })))
}
