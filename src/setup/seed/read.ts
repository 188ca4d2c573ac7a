// Reads the seed files, validates them, resolves references between them and
// turns every `cite` into a citation whose quote must occur verbatim in its
// source's text. Nothing here touches the database.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { type Cite, type Citation, toCitations } from './citations.js'
import { checkQuotes, checkReferences } from './checks.js'
import { type SeedFiles, seedFiles } from './schema.js'

export interface Dataset extends SeedFiles {
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
    const text = await readFile(join(dir, source.text), 'utf8')
    hash.update(text)
    texts.set(source.slug, text)
  }
  return assembleDataset(data, texts, hash.digest('hex'))
}

/** Validated records and their sources' texts, as a dataset: citations collected, references and quotes checked. */
export function assembleDataset (data: SeedFiles, texts: Map<string, string>, sha256: string): Dataset {
  const citations = collectCitations(data)
  const problems = [...checkReferences(data), ...checkQuotes(citations, data.sources[0]?.slug, texts)]
  if (problems.length > 0) throw new SeedError(problems)
  return { ...data, texts, citations, sha256 }
}

function collectCitations (data: SeedFiles): Citation[] {
  const out: Citation[] = []
  const cites = (type: string, key: string, map: Record<string, Cite>): void => {
    for (const [field, value] of Object.entries(map)) out.push(...toCitations(type, key, field, value))
  }
  for (const country of data.countries) cites('country', country.code, country.cite)
  for (const sector of data.sectors) cites('sector', sector.slug, sector.cite)
  for (const mineral of data.minerals) {
    cites('mineral', mineral.slug, mineral.cite)
    for (const resource of mineral.resources) out.push(...toCitations('mineral', mineral.slug, `resources/${resource.country}`, resource.cite))
  }
  for (const party of data.parties) cites('party', party.slug, party.cite)
  for (const summit of data.summits) {
    cites('summit', summit.slug, summit.cite)
    for (const participant of summit.countries) out.push(...toCitations('summit', summit.slug, `countries/${participant.country}`, participant.cite))
    for (const leader of summit.leaders) cites('leader', leader.slug, leader.cite)
  }
  for (const session of data.sessions) cites('session', session.slug, session.cite)
  for (const commitment of data.commitments) out.push(...commitmentCitations(commitment))
  for (const agreement of data.agreements) {
    cites('agreement', agreement.slug, agreement.cite)
    for (const signing of agreement.parties) out.push(...toCitations('agreement', agreement.slug, `parties/${signing.party}`, signing.cite))
    for (const link of agreement.sectors) out.push(...toCitations('agreement', agreement.slug, `sectors/${link.sector}`, link.cite))
    for (const link of agreement.minerals) out.push(...toCitations('agreement', agreement.slug, `minerals/${link.mineral}`, link.cite))
  }
  return out
}

/** The statement is itself a quote: it supports the commitment and its subject. A `countries` cite covers each country. */
function commitmentCitations (commitment: SeedFiles['commitments'][number]): Citation[] {
  const { slug } = commitment
  const out = [...toCitations('commitment', slug, '', commitment.statement), ...toCitations('commitment', slug, 'subject', commitment.statement)]
  for (const [field, value] of Object.entries(commitment.cite)) {
    if (field === 'countries') for (const code of commitment.countries) out.push(...toCitations('commitment', slug, `countries/${code}`, value))
    else out.push(...toCitations('commitment', slug, field, value))
  }
  return out
}
