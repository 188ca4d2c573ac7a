// Reads the seed files, validates them, resolves references between them and
// turns every citation into a claim: a quote that must occur verbatim in a
// text the project ships, or a locator for a source cited by reference.
// Nothing here touches the database.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { Rank } from '../../generated/prisma/enums.js'
import { type Alternative, type Cite, type Claim, toClaims, valueText } from './claims.js'
import { checkClaims, checkClaimValues } from './claim-checks.js'
import { checkCounts, checkReferences, checkSources } from './checks.js'
import { agreementValue, type SeedFiles, seedFiles } from './schema.js'

export interface Dataset extends SeedFiles {
  /** The texts the project ships, by source slug. */
  texts: Map<string, string>
  claims: Claim[]
  /** Changes whenever any seed file or source text changes. */
  sha256: string
}

export class SeedError extends Error {
  constructor (public readonly problems: string[]) {
    super(`The seed data is invalid:\n- ${problems.join('\n- ')}`)
    this.name = 'SeedError'
  }
}

export async function readDataset (dir: string): Promise<Dataset> {
  const hash = createHash('sha256')
  const problems: string[] = []
  const parsed: Partial<SeedFiles> = {}
  for (const [name, schema] of Object.entries(seedFiles)) {
    const raw = await readFile(join(dir, `${name}.yaml`), 'utf8')
    hash.update(raw)
    const result = schema.safeParse(parse(raw, { maxAliasCount: -1 }))
    if (result.success) Object.assign(parsed, { [name]: result.data })
    else problems.push(...result.error.issues.map(issue => `${name}.yaml ${issue.path.join('.')}: ${issue.message}`))
  }
  if (problems.length > 0) throw new SeedError(problems)
  const data = parsed as SeedFiles

  const texts = new Map<string, string>()
  for (const source of data.sources) {
    if (source.text === undefined) continue
    const text = await readFile(join(dir, source.text), 'utf8')
    hash.update(text)
    texts.set(source.slug, text)
  }
  return assembleDataset(data, texts, hash.digest('hex'))
}

/** Validated records and their sources' texts, as a dataset: claims collected; references, values, quotes, references' fields and counts checked. */
export function assembleDataset (data: SeedFiles, texts: Map<string, string>, sha256: string): Dataset {
  const claims = collectClaims(data)
  const problems = [...checkReferences(data), ...checkClaimValues(data), ...checkSources(data, claims, texts), ...checkClaims(data, claims), ...checkCounts(data)]
  if (problems.length > 0) throw new SeedError(problems)
  return { ...data, texts, claims, sha256 }
}

interface Claimed { cite: Record<string, Cite>, claims?: Record<string, Alternative[]> }

/**
 * The claims of one record: its `cite` map supports the values it holds, each
 * ranked `preferred` when another source gives another value, else `normal`;
 * its `claims` map adds the other values, with their own ranks. `valueOf`
 * reads the value a field holds.
 */
export function recordClaims (type: string, key: string, record: Claimed, valueOf: (field: string) => unknown): Claim[] {
  const alternatives = record.claims ?? {}
  const held = (field: string): string | null => field === '' ? null : valueText(valueOf(field))
  const rankOf = (field: string): Rank =>
    (alternatives[field] ?? []).some(other => valueText(other.value) !== held(field)) ? 'preferred' : 'normal'
  return [
    ...Object.entries(record.cite).flatMap(([field, given]) => toClaims(type, key, field, held(field), rankOf(field), given)),
    ...Object.entries(alternatives).flatMap(([field, others]) =>
      others.flatMap(other => toClaims(type, key, field, valueText(other.value), other.rank, other.cite)))
  ]
}

/** A relation's member: supported by its own citations, ranked against any other claim on that member. */
function memberClaims (type: string, key: string, record: Claimed, field: string, value: string | null, given: Cite): Claim[] {
  return recordClaims(type, key, { cite: { [field]: given }, claims: pick(record.claims, field) }, () => value)
    .filter(claim => claim.field === field)
}
const pick = (claims: Record<string, Alternative[]> | undefined, field: string): Record<string, Alternative[]> =>
  claims?.[field] === undefined ? {} : { [field]: claims[field] }

function collectClaims (data: SeedFiles): Claim[] {
  const out: Claim[] = []
  const fieldsOf = (record: object) => (field: string): unknown => (record as Record<string, unknown>)[field]
  for (const country of data.countries) {
    out.push(...recordClaims('country', country.code, country, fieldsOf(country)))
    for (const item of country.background) {
      out.push(...toClaims('background', item.slug, '', null, 'normal', item.statement), ...toClaims('background', item.slug, 'subject', item.subject, 'normal', item.statement))
    }
  }
  for (const sector of data.sectors) {
    out.push(...recordClaims('sector', sector.slug, sector, fieldsOf(sector)))
    for (const scope of sector.coverage) {
      out.push(...toClaims('sector', sector.slug, `coverage/${scope.session ?? scope.summit}`, valueText(scope.count), 'normal', scope.cite))
    }
  }
  for (const mineral of data.minerals) {
    out.push(...recordClaims('mineral', mineral.slug, mineral, fieldsOf(mineral)))
    for (const resource of mineral.resources) out.push(...toClaims('mineral', mineral.slug, `resources/${resource.country}`, null, 'normal', resource.cite))
    for (const need of mineral.needed_by) out.push(...toClaims('mineral', mineral.slug, `needed_by/${need.country}`, need.industries, 'normal', need.cite))
  }
  for (const party of data.parties) {
    out.push(...recordClaims('party', party.slug, party, fieldsOf(party)))
    for (const alias of party.aliases) out.push(...toClaims('party', party.slug, `aliases/${alias.name}`, null, 'normal', alias.cite))
  }
  for (const summit of data.summits) {
    out.push(...recordClaims('summit', summit.slug, summit, fieldsOf(summit)))
    for (const participant of summit.countries) {
      out.push(...toClaims('summit', summit.slug, `countries/${participant.country}`, participant.role, 'normal', participant.cite))
    }
    for (const leader of summit.leaders) out.push(...recordClaims('leader', leader.slug, leader, fieldsOf(leader)))
  }
  for (const session of data.sessions) out.push(...recordClaims('session', session.slug, session, fieldsOf(session)))
  for (const commitment of data.commitments) out.push(...commitmentClaims(commitment))
  for (const agreement of data.agreements) out.push(...agreementClaims(agreement))
  return out
}

type AgreementRecord = SeedFiles['agreements'][number]

/** An agreement's claims: its fields, then each member of its sets, then members only other claims name. */
function agreementClaims (agreement: AgreementRecord): Claim[] {
  const { slug, claims } = agreement
  const whole = Object.fromEntries(Object.entries(claims).filter(([field]) => !field.includes('/')))
  const out = recordClaims('agreement', slug, { cite: agreement.cite, claims: whole }, field => agreementValue(agreement, field))
  const members: Array<[string, string | null, Cite]> = [
    ...agreement.parties.map((signing): [string, string | null, Cite] => [`parties/${signing.party}`, signing.role, signing.cite]),
    ...agreement.sectors.map((link): [string, string | null, Cite] => [`sectors/${link.sector}`, null, link.cite]),
    ...agreement.minerals.map((link): [string, string | null, Cite] => [`minerals/${link.mineral}`, null, link.cite])
  ]
  for (const [field, value, given] of members) out.push(...memberClaims('agreement', slug, agreement, field, value, given))
  const held = new Set(members.map(([field]) => field))
  for (const [field, others] of Object.entries(claims)) {
    if (!field.includes('/') || held.has(field)) continue
    out.push(...others.flatMap(other => toClaims('agreement', slug, field, valueText(other.value), other.rank, other.cite)))
  }
  return out
}

/** The statement is itself a quote: it supports the commitment and its subject. A `countries` cite covers each country. */
function commitmentClaims (commitment: SeedFiles['commitments'][number]): Claim[] {
  const { slug } = commitment
  const out = [
    ...toClaims('commitment', slug, '', null, 'normal', commitment.statement),
    ...toClaims('commitment', slug, 'subject', commitment.subject, 'normal', commitment.statement)
  ]
  for (const [field, value] of Object.entries(commitment.cite)) {
    if (field === 'countries') for (const code of commitment.countries) out.push(...toClaims('commitment', slug, `countries/${code}`, null, 'normal', value))
    else out.push(...toClaims('commitment', slug, field, field === '' ? null : valueText((commitment as Record<string, unknown>)[field]), 'normal', value))
  }
  return out
}
