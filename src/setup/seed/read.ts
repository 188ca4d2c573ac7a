// Reads the seed files, validates them, resolves references between them and
// turns every `cite` into a citation whose quote must occur verbatim in its
// source's text. Nothing here touches the database.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { z } from 'zod'
import { type Citation, toCitations } from './citations.js'
import {
  agreementRecord, commitmentRecord, countryRecord, mineralRecord, partyRecord, sectorRecord, sessionRecord,
  sourceRecord, summitRecord
} from './schema.js'

const files = {
  sources: z.array(sourceRecord),
  countries: z.array(countryRecord),
  sectors: z.array(sectorRecord),
  minerals: z.array(mineralRecord),
  parties: z.array(partyRecord),
  summits: z.array(summitRecord),
  sessions: z.array(sessionRecord),
  commitments: z.array(commitmentRecord),
  agreements: z.array(agreementRecord)
}
type Files = { [K in keyof typeof files]: z.infer<(typeof files)[K]> }

export interface Dataset extends Files {
  /** The source texts, by source slug. */
  texts: Map<string, string>
  citations: Citation[]
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
  const parsed: Partial<Files> = {}
  for (const [name, schema] of Object.entries(files)) {
    const raw = await readFile(join(dir, `${name}.yaml`), 'utf8')
    hash.update(raw)
    const result = schema.safeParse(parse(raw, { maxAliasCount: -1 }))
    if (result.success) Object.assign(parsed, { [name]: result.data })
    else problems.push(...result.error.issues.map(i => `${name}.yaml ${i.path.join('.')}: ${i.message}`))
  }
  if (problems.length > 0) throw new SeedError(problems)
  const data = parsed as Files

  const texts = new Map<string, string>()
  for (const source of data.sources) {
    const text = await readFile(join(dir, source.text), 'utf8')
    hash.update(text)
    texts.set(source.slug, text)
  }
  const citations = collectCitations(data)
  problems.push(...checkReferences(data), ...checkQuotes(citations, data.sources[0]?.slug, texts))
  if (problems.length > 0) throw new SeedError(problems)
  return { ...data, texts, citations, sha256: hash.digest('hex') }
}

function collectCitations (data: Files): Citation[] {
  const out: Citation[] = []
  const cites = (type: string, key: string, map: Record<string, Parameters<typeof toCitations>[3]>): void => {
    for (const [field, value] of Object.entries(map)) out.push(...toCitations(type, key, field, value))
  }
  for (const c of data.countries) cites('country', c.code, c.cite)
  for (const s of data.sectors) cites('sector', s.slug, s.cite)
  for (const m of data.minerals) {
    cites('mineral', m.slug, m.cite)
    for (const r of m.resources) out.push(...toCitations('mineral', m.slug, `resources/${r.country}`, r.cite))
  }
  for (const p of data.parties) cites('party', p.slug, p.cite)
  for (const s of data.summits) {
    cites('summit', s.slug, s.cite)
    for (const c of s.countries) out.push(...toCitations('summit', s.slug, `countries/${c.country}`, c.cite))
    for (const l of s.leaders) cites('leader', l.slug, l.cite)
  }
  for (const s of data.sessions) cites('session', s.slug, s.cite)
  for (const c of data.commitments) {
    // The statement is itself a quote; it supports the commitment and its subject.
    out.push(...toCitations('commitment', c.slug, '', c.statement), ...toCitations('commitment', c.slug, 'subject', c.statement))
    for (const [field, value] of Object.entries(c.cite)) {
      if (field === 'countries') for (const code of c.countries) out.push(...toCitations('commitment', c.slug, `countries/${code}`, value))
      else out.push(...toCitations('commitment', c.slug, field, value))
    }
  }
  for (const a of data.agreements) {
    cites('agreement', a.slug, a.cite)
    for (const p of a.parties) out.push(...toCitations('agreement', a.slug, `parties/${p.party}`, p.cite))
    for (const s of a.sectors) out.push(...toCitations('agreement', a.slug, `sectors/${s.sector}`, s.cite))
    for (const m of a.minerals) out.push(...toCitations('agreement', a.slug, `minerals/${m.mineral}`, m.cite))
  }
  return out
}

function checkQuotes (citations: Citation[], defaultSource: string | undefined, texts: Map<string, string>): string[] {
  return citations.flatMap(c => {
    const source = c.source ?? defaultSource ?? ''
    const text = texts.get(source)
    if (text === undefined) return [`${c.subjectType} ${c.subjectKey} cites unknown source "${source}"`]
    return text.includes(c.quote) ? [] : [`${c.subjectType} ${c.subjectKey} "${c.field}": quote not found verbatim in ${source}: "${c.quote}"`]
  })
}

function checkReferences (data: Files): string[] {
  const problems: string[] = []
  const unique = (file: string, keys: string[]): Set<string> => {
    const seen = new Set<string>()
    for (const key of keys) {
      if (seen.has(key)) problems.push(`${file}: "${key}" appears twice`)
      seen.add(key)
    }
    return seen
  }
  unique('sources.yaml', data.sources.map(s => s.slug))
  const countries = unique('countries.yaml', data.countries.map(c => c.code))
  const sectors = unique('sectors.yaml', data.sectors.map(s => s.slug))
  const minerals = unique('minerals.yaml', data.minerals.map(m => m.slug))
  const parties = unique('parties.yaml', data.parties.map(p => p.slug))
  const summits = unique('summits.yaml', data.summits.map(s => s.slug))
  unique('summits.yaml leaders', data.summits.flatMap(s => s.leaders.map(l => l.slug)))
  const sessions = unique('sessions.yaml', data.sessions.map(s => s.slug))
  unique('commitments.yaml', data.commitments.map(c => c.slug))
  unique('agreements.yaml', data.agreements.map(a => a.slug))

  const known = (file: string, what: string, set: Set<string>, key: string | undefined): void => {
    if (key !== undefined && !set.has(key)) problems.push(`${file}: unknown ${what} "${key}"`)
  }
  for (const m of data.minerals) for (const r of m.resources) known('minerals.yaml', 'country', countries, r.country)
  for (const p of data.parties) known('parties.yaml', 'country', countries, p.country)
  for (const s of data.summits) {
    for (const c of s.countries) known('summits.yaml', 'country', countries, c.country)
    for (const l of s.leaders) known('summits.yaml', 'country', countries, l.country)
  }
  for (const s of data.sessions) known('sessions.yaml', 'summit', summits, s.summit)
  for (const c of data.commitments) {
    known('commitments.yaml', 'summit', summits, c.summit)
    known('commitments.yaml', 'session', sessions, c.session)
    for (const code of c.countries) known('commitments.yaml', 'country', countries, code)
  }
  for (const a of data.agreements) {
    known('agreements.yaml', 'session', sessions, a.session)
    for (const p of a.parties) known('agreements.yaml', 'party', parties, p.party)
    for (const s of a.sectors) known('agreements.yaml', 'sector', sectors, s.sector)
    for (const m of a.minerals) known('agreements.yaml', 'mineral', minerals, m.mineral)
  }
  for (const s of data.sessions) {
    const recorded = data.agreements.filter(a => a.session === s.slug).length
    if (s.reported_agreement_count !== undefined && recorded !== s.reported_agreement_count) {
      problems.push(`sessions.yaml: ${s.slug} reports ${s.reported_agreement_count} agreements, agreements.yaml holds ${recorded}`)
    }
  }
  return problems
}
