// What zod cannot check record by record: that every quote occurs verbatim in
// its source, that keys are unique and references resolve, and that each
// session's agreement records add up to the count its source reports.
import type { Citation } from './citations.js'
import type { SeedFiles } from './schema.js'

export function checkQuotes (citations: Citation[], defaultSource: string | undefined, texts: Map<string, string>): string[] {
  return citations.flatMap(citation => {
    const source = citation.source ?? defaultSource ?? ''
    const text = texts.get(source)
    if (text === undefined) return [`${citation.subjectType} ${citation.subjectKey} cites unknown source "${source}"`]
    return text.includes(citation.quote) ? [] : [`${citation.subjectType} ${citation.subjectKey} "${citation.field}": quote not found verbatim in ${source}: "${citation.quote}"`]
  })
}

/** Keys that appear twice, references to records that do not exist, sessions whose records do not add up. */
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
  unique('agreements.yaml', data.agreements.map(agreement => agreement.slug))
  const known = { countries, sectors, minerals, parties, summits, sessions }
  return [...problems, ...unknownReferences(data, known), ...unmatchedCounts(data)]
}

interface KnownKeys { countries: Set<string>, sectors: Set<string>, minerals: Set<string>, parties: Set<string>, summits: Set<string>, sessions: Set<string> }

function unknownReferences (data: SeedFiles, known: KnownKeys): string[] {
  const problems: string[] = []
  const check = (file: string, what: string, keys: Set<string>, key: string | undefined): void => {
    if (key !== undefined && !keys.has(key)) problems.push(`${file}: unknown ${what} "${key}"`)
  }
  for (const mineral of data.minerals) for (const resource of mineral.resources) check('minerals.yaml', 'country', known.countries, resource.country)
  for (const party of data.parties) check('parties.yaml', 'country', known.countries, party.country)
  for (const summit of data.summits) {
    for (const participant of summit.countries) check('summits.yaml', 'country', known.countries, participant.country)
    for (const leader of summit.leaders) check('summits.yaml', 'country', known.countries, leader.country)
  }
  for (const session of data.sessions) check('sessions.yaml', 'summit', known.summits, session.summit)
  for (const commitment of data.commitments) {
    check('commitments.yaml', 'summit', known.summits, commitment.summit)
    check('commitments.yaml', 'session', known.sessions, commitment.session)
    for (const code of commitment.countries) check('commitments.yaml', 'country', known.countries, code)
  }
  for (const agreement of data.agreements) {
    check('agreements.yaml', 'session', known.sessions, agreement.session)
    for (const signing of agreement.parties) check('agreements.yaml', 'party', known.parties, signing.party)
    for (const link of agreement.sectors) check('agreements.yaml', 'sector', known.sectors, link.sector)
    for (const link of agreement.minerals) check('agreements.yaml', 'mineral', known.minerals, link.mineral)
  }
  return problems
}

/** A session that says how many agreements were signed there must have that many records. */
function unmatchedCounts (data: SeedFiles): string[] {
  const records = new Map<string, number>()
  for (const agreement of data.agreements) records.set(agreement.session, (records.get(agreement.session) ?? 0) + 1)
  return data.sessions.flatMap(session => {
    const recorded = records.get(session.slug) ?? 0
    return session.reported_agreement_count !== undefined && recorded !== session.reported_agreement_count
      ? [`sessions.yaml: ${session.slug} reports ${session.reported_agreement_count} agreements, agreements.yaml holds ${recorded}`]
      : []
  })
}
