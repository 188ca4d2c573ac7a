// What zod cannot check record by record: that every quote occurs verbatim in
// a text the project ships and every other source is cited by a locator; that
// keys are unique and references resolve; and that agreement records add up
// to the counts the sources report. (How claims rank: claim-checks.ts.)
import type { Claim } from './claims.js'
import { shippedKinds, type SeedFiles } from './schema.js'

export const describe = (claim: Claim): string => `${claim.subjectType} ${claim.subjectKey} "${claim.field}"`

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
 * Per summit, the agreement records add up to the preferred reported total;
 * per session, the records placed there do not exceed its reported count
 * (others may be among the summit's records whose session is unknown).
 */
export function checkCounts (data: SeedFiles): string[] {
  // Counted once per record, not once per summit: a synthetic dataset has thousands of summits.
  const bySummit = new Map<string, number>()
  const bySession = new Map<string, number>()
  for (const { summit, session } of data.agreements) {
    bySummit.set(summit, (bySummit.get(summit) ?? 0) + 1)
    if (session !== undefined) bySession.set(session, (bySession.get(session) ?? 0) + 1)
  }
  return [
    ...data.summits.flatMap(summit => {
      const recorded = bySummit.get(summit.slug) ?? 0
      return summit.reported_agreement_count !== undefined && recorded !== summit.reported_agreement_count
        ? [`summits.yaml: ${summit.slug} reports ${summit.reported_agreement_count} agreements, agreements.yaml holds ${recorded}`]
        : []
    }),
    ...data.sessions.flatMap(session => {
      const recorded = bySession.get(session.slug) ?? 0
      return session.reported_agreement_count !== undefined && recorded > session.reported_agreement_count
        ? [`sessions.yaml: ${session.slug} reports ${session.reported_agreement_count} agreements, agreements.yaml places ${recorded} there`]
        : []
    })
  ]
}
