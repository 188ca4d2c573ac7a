// What zod cannot check record by record: that every quote occurs verbatim in
// a text the project ships and every other source is cited by a locator; that
// keys are unique and references resolve; that the value each record holds is
// the one its claims rank first; and that agreement records add up to the
// counts the sources report.
import type { z } from 'zod'
import { PartyRole } from '../../generated/prisma/enums.js'
import type { Alternative, Claim } from './claims.js'
import { valueText } from './claims.js'
import { agreementRecord, agreementValue, countryRecord, mineralRecord, partyRecord, sectorRecord, sessionRecord, shippedKinds, summitRecord, type SeedFiles } from './schema.js'

const describe = (claim: Claim): string => `${claim.subjectType} ${claim.subjectKey} "${claim.field}"`

/**
 * A claim on a shipped text quotes it verbatim; a claim on any other source
 * gives a locator (its sentences stay out of the repository).
 */
export function checkSources (data: SeedFiles, claims: Claim[], texts: Map<string, string>): string[] {
  const sources = new Map(data.sources.map(source => [source.slug, source]))
  const defaultSource = data.sources[0]?.slug ?? ''
  return claims.flatMap(claim => {
    const slug = claim.source ?? defaultSource
    const source = sources.get(slug)
    if (source === undefined) return [`${describe(claim)} cites unknown source "${slug}"`]
    const shipped = shippedKinds.includes(source.kind)
    if (!shipped) {
      return claim.quote === null ? [] : [`${describe(claim)}: ${slug} is cited by reference; give a locator in our own words, not a quote from it`]
    }
    if (claim.quote === null) return [`${describe(claim)}: the project ships the text of ${slug}; quote it verbatim instead of a locator`]
    return texts.get(slug)?.includes(claim.quote) === true ? [] : [`${describe(claim)}: quote not found verbatim in ${slug}: "${claim.quote}"`]
  })
}

/** Keys that appear twice, and references to records that do not exist. */
export function checkReferences (data: SeedFiles): string[] {
  const problems: string[] = []
  const unique = (file: string, keys: string[]): Set<string> => {
    const seen = new Set<string>()
    for (const key of keys) {
      if (seen.has(key)) problems.push(`${file}: "${key}" appears twice`)
      seen.add(key)
    }
    return seen
  }
  unique('sources.yaml', data.sources.map(source => source.slug))
  const countries = unique('countries.yaml', data.countries.map(country => country.code))
  const sectors = unique('sectors.yaml', data.sectors.map(sector => sector.slug))
  const minerals = unique('minerals.yaml', data.minerals.map(mineral => mineral.slug))
  const parties = unique('parties.yaml', data.parties.map(party => party.slug))
  const summits = unique('summits.yaml', data.summits.map(summit => summit.slug))
  unique('summits.yaml leaders', data.summits.flatMap(summit => summit.leaders.map(leader => leader.slug)))
  const sessions = unique('sessions.yaml', data.sessions.map(session => session.slug))
  unique('commitments.yaml', data.commitments.map(commitment => commitment.slug))
  const agreements = unique('agreements.yaml', data.agreements.map(agreement => agreement.slug))
  unique('countries.yaml background', data.countries.flatMap(country => country.background.map(item => item.slug)))
  const known = { countries, sectors, minerals, parties, summits, sessions, agreements }
  return [...problems, ...unknownReferences(data, known)]
}

interface KnownKeys {
  countries: Set<string>, sectors: Set<string>, minerals: Set<string>, parties: Set<string>, summits: Set<string>, sessions: Set<string>, agreements: Set<string>
}

function unknownReferences (data: SeedFiles, known: KnownKeys): string[] {
  const problems: string[] = []
  const check = (file: string, what: string, keys: Set<string>, key: string | undefined): void => {
    if (key !== undefined && !keys.has(key)) problems.push(`${file}: unknown ${what} "${key}"`)
  }
  const summitOf = new Map(data.sessions.map(session => [session.slug, session.summit]))
  const sameSummit = (file: string, what: string, summit: string, session: string | undefined): void => {
    if (session !== undefined && summitOf.has(session) && summitOf.get(session) !== summit) {
      problems.push(`${file}: ${what} names session "${session}" of another summit than "${summit}"`)
    }
  }
  for (const mineral of data.minerals) {
    for (const resource of mineral.resources) check('minerals.yaml', 'country', known.countries, resource.country)
    for (const need of mineral.needed_by) check('minerals.yaml', 'country', known.countries, need.country)
  }
  for (const sector of data.sectors) {
    for (const scope of sector.coverage) {
      check('sectors.yaml', 'summit', known.summits, scope.summit)
      check('sectors.yaml', 'session', known.sessions, scope.session)
      sameSummit('sectors.yaml', sector.slug, scope.summit, scope.session)
    }
  }
  for (const party of data.parties) check('parties.yaml', 'country', known.countries, party.country)
  for (const summit of data.summits) {
    for (const participant of summit.countries) check('summits.yaml', 'country', known.countries, participant.country)
    for (const leader of summit.leaders) check('summits.yaml', 'country', known.countries, leader.country)
  }
  for (const session of data.sessions) check('sessions.yaml', 'summit', known.summits, session.summit)
  for (const commitment of data.commitments) {
    check('commitments.yaml', 'summit', known.summits, commitment.summit)
    check('commitments.yaml', 'session', known.sessions, commitment.session)
    check('commitments.yaml', 'agreement', known.agreements, commitment.agreement)
    for (const code of commitment.countries) check('commitments.yaml', 'country', known.countries, code)
  }
  const sets: Record<string, Set<string>> = { parties: known.parties, sectors: known.sectors, minerals: known.minerals }
  for (const agreement of data.agreements) {
    check('agreements.yaml', 'summit', known.summits, agreement.summit)
    check('agreements.yaml', 'session', known.sessions, agreement.session)
    sameSummit('agreements.yaml', agreement.slug, agreement.summit, agreement.session)
    for (const signing of agreement.parties) check('agreements.yaml', 'party', known.parties, signing.party)
    for (const link of agreement.sectors) check('agreements.yaml', 'sector', known.sectors, link.sector)
    for (const link of agreement.minerals) check('agreements.yaml', 'mineral', known.minerals, link.mineral)
    // Values other sources give refer to records too.
    for (const [field, others] of Object.entries(agreement.claims)) {
      const [set = '', member] = field.split('/')
      const values = others.flatMap(other => Array.isArray(other.value) ? other.value : [String(other.value)])
      if (field === 'session') for (const value of values) check('agreements.yaml', 'session', known.sessions, value)
      if (field === 'summit') for (const value of values) check('agreements.yaml', 'summit', known.summits, value)
      if (sets[set] !== undefined) for (const value of member === undefined ? values : [member]) check('agreements.yaml', set.replace(/ies$/, 'y').replace(/s$/, ''), sets[set], value)
    }
  }
  return problems
}

/**
 * A value another source gives must be one the field can take: a kind from its
 * vocabulary, a date as a date, a count as a whole number, a whole set as a
 * list of slugs, a member's role from the roles (sets' slugs are checked as
 * references).
 */
export function checkClaimValues (data: SeedFiles): string[] {
  const sets = ['parties', 'sectors', 'minerals']
  const files: Array<[string, z.ZodObject, Array<{ claims: Record<string, Alternative[]>, slug?: string, code?: string }>]> = [
    ['countries.yaml', countryRecord, data.countries], ['sectors.yaml', sectorRecord, data.sectors], ['minerals.yaml', mineralRecord, data.minerals],
    ['parties.yaml', partyRecord, data.parties], ['summits.yaml', summitRecord, data.summits], ['sessions.yaml', sessionRecord, data.sessions],
    ['agreements.yaml', agreementRecord, data.agreements]
  ]
  const roles = Object.values(PartyRole) as string[]
  const problems: string[] = []
  for (const [file, schema, records] of files) {
    for (const record of records) {
      for (const [field, others] of Object.entries(record.claims)) {
        const [set = '', member] = field.split('/')
        for (const { value } of others) {
          const where = `${file} ${record.slug ?? record.code ?? ''} claims.${field}`
          if (sets.includes(set)) {
            if (member === undefined && !Array.isArray(value)) problems.push(`${where}: a whole-set claim lists the members' slugs`)
            if (member !== undefined && set === 'parties' && !roles.includes(String(value))) problems.push(`${where}: "${String(value)}" is not a party role (${roles.join(', ')})`)
            continue
          }
          const fieldSchema = schema.shape[field] as z.ZodType | undefined
          if (fieldSchema === undefined || value === null || Array.isArray(value) || !fieldSchema.safeParse(value).success) {
            problems.push(`${where}: "${String(value)}" is not a value this field takes`)
          }
        }
      }
    }
  }
  return problems
}

/**
 * The value a record holds is the one its claims rank first: the preferred
 * value if there is one; else the value every normal claim agrees on; else
 * none (sources disagree and none is preferred, or none gives it). For a set,
 * the preferred whole-set claim if there is one, else every member some
 * non-deprecated claim names.
 */
export function checkClaims (data: SeedFiles, claims: Claim[]): string[] {
  const held = new Map<string, (field: string) => unknown>()
  const record = (type: string, key: string, valueOf: (field: string) => unknown): void => { held.set(`${type} ${key}`, valueOf) }
  const fieldsOf = (item: object) => (field: string): unknown => (item as Record<string, unknown>)[field]
  for (const item of data.countries) record('country', item.code, fieldsOf(item))
  for (const item of data.sectors) record('sector', item.slug, fieldsOf(item))
  for (const item of data.minerals) record('mineral', item.slug, fieldsOf(item))
  for (const item of data.parties) record('party', item.slug, fieldsOf(item))
  for (const item of data.summits) record('summit', item.slug, fieldsOf(item))
  for (const item of data.sessions) record('session', item.slug, fieldsOf(item))
  for (const item of data.agreements) record('agreement', item.slug, field => agreementValue(item, field))

  const byFact = new Map<string, Claim[]>()
  for (const claim of claims) {
    if (!held.has(`${claim.subjectType} ${claim.subjectKey}`) || claim.field === '') continue
    const key = `${claim.subjectType} ${claim.subjectKey} ${claim.field}`
    const group = byFact.get(key)
    if (group === undefined) byFact.set(key, [claim])
    else group.push(claim)
  }
  const problems: string[] = []
  for (const group of byFact.values()) {
    const first = group[0] as Claim
    const valueOf = held.get(`${first.subjectType} ${first.subjectKey}`) as (field: string) => unknown
    const [set, member] = first.field.split('/')
    if (member !== undefined && ['parties', 'sectors', 'minerals'].includes(set ?? '')) continue // members: see checkSets
    if (/^(aliases|resources|needed_by|countries|coverage)\//.test(first.field)) continue
    const problem = rankProblem(group, valueText(valueOf(first.field)))
    if (problem !== undefined) problems.push(`${describe(first)}: ${problem}`)
  }
  return [...problems, ...checkSets(data, claims)]
}

/** Why the claims of one fact do not rank the value the record holds first, if they do not. */
function rankProblem (claims: Claim[], holds: string | null): string | undefined {
  const distinct = (rank: string): Set<string | null> => new Set(claims.filter(claim => claim.rank === rank).map(claim => claim.value))
  const preferred = distinct('preferred')
  const normal = distinct('normal')
  const show = (value: string | null): string => value === null ? 'no value' : `"${value}"`
  if (preferred.size > 1) return `two values are preferred (${[...preferred].map(show).join(', ')}); prefer one`
  const expected = preferred.size === 1 ? [...preferred][0] ?? null : normal.size === 1 ? [...normal][0] ?? null : null
  if (expected === holds) return undefined
  return preferred.size === 0 && normal.size > 1
    ? `sources disagree (${[...normal].map(show).join(', ')}) and none is preferred, so the record holds no value; it holds ${show(holds)}`
    : `the record holds ${show(holds)}, but its claims rank ${show(expected)} first`
}

/** A set the record holds is its preferred whole-set claim, or else every member a non-deprecated claim names. */
function checkSets (data: SeedFiles, claims: Claim[]): string[] {
  const problems: string[] = []
  const bySlug = new Map<string, Claim[]>()
  for (const claim of claims) {
    if (claim.subjectType !== 'agreement') continue
    const own = bySlug.get(claim.subjectKey)
    if (own === undefined) bySlug.set(claim.subjectKey, [claim])
    else own.push(claim)
  }
  for (const agreement of data.agreements) {
    const own = bySlug.get(agreement.slug) ?? []
    for (const set of ['parties', 'sectors', 'minerals']) {
      const holds = new Set(agreementValue(agreement, set) as string[])
      const preferred = new Set(own.filter(claim => claim.field === set && claim.rank === 'preferred').map(claim => claim.value))
      if (preferred.size > 1) problems.push(`agreement ${agreement.slug} "${set}": two whole sets are preferred; prefer one`)
      if (preferred.size === 1) {
        const [value] = preferred
        if (value !== valueText([...holds])) problems.push(`agreement ${agreement.slug} "${set}": the record holds ${valueText([...holds])}, but the preferred claim lists ${String(value)}`)
        continue
      }
      const named = new Set(own.filter(claim => claim.field.startsWith(`${set}/`) && claim.rank !== 'deprecated').map(claim => claim.field.slice(set.length + 1)))
      for (const member of named) {
        if (!holds.has(member)) problems.push(`agreement ${agreement.slug} "${set}/${member}": a non-deprecated claim names it and no whole set is preferred, so the record must hold it`)
      }
    }
  }
  return problems
}

/**
 * Per summit, the agreement records add up to the preferred reported total;
 * per session, the records placed there do not exceed its reported count
 * (others may be among the summit's records whose session is unknown).
 */
export function checkCounts (data: SeedFiles): string[] {
  const count = (test: (agreement: SeedFiles['agreements'][number]) => boolean): number => data.agreements.filter(test).length
  return [
    ...data.summits.flatMap(summit => {
      const recorded = count(agreement => agreement.summit === summit.slug)
      return summit.reported_agreement_count !== undefined && recorded !== summit.reported_agreement_count
        ? [`summits.yaml: ${summit.slug} reports ${summit.reported_agreement_count} agreements, agreements.yaml holds ${recorded}`]
        : []
    }),
    ...data.sessions.flatMap(session => {
      const recorded = count(agreement => agreement.session === session.slug)
      return session.reported_agreement_count !== undefined && recorded > session.reported_agreement_count
        ? [`sessions.yaml: ${session.slug} reports ${session.reported_agreement_count} agreements, agreements.yaml places ${recorded} there`]
        : []
    })
  ]
}
