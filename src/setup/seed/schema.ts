// The shape of each seed file, checked when it is loaded. Every fact field
// must carry a citation (see claims.ts); relations carry their own.
import { z } from 'zod'
import {
  AgreementKind, CommitmentKind, MineralForm, PartyKind, PartyRole, SessionKind, SourceKind, SummitCountryRole
} from '../../generated/prisma/enums.js'
import { cite, citeMap, claimsMap, requireCitations, slug } from './claims.js'

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code, e.g. KR')
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD')
const text = z.string().min(1)

/**
 * The kinds of source whose text the project ships, and which are therefore quoted verbatim.
 * `synthetic`: the texts `npm run db:synthetic` generates and keeps beside its database.
 */
export const shippedKinds: readonly SourceKind[] = ['article', 'reference', 'synthetic']

export const sourceRecord = z.strictObject({
  slug,
  kind: z.enum(SourceKind),
  title: text.describe('"unknown" when the page shows no headline'),
  publisher: text,
  carried_by: text.optional(),
  author: text.optional(),
  published_at: z.iso.datetime({ offset: true }).optional(),
  time_zone: text.optional(),
  published_on: z.union([isoDate, z.literal('unknown')], { error: 'the date the page shows (YYYY-MM-DD), or "unknown" when it shows none' }),
  published_on_note: text.optional(),
  retrieved_on: isoDate.optional(),
  url: z.url().optional(),
  language: z.string().regex(/^[a-z]{2}$/),
  text: z.string().regex(/^sources\/[\w.-]+\.txt$/, 'a file under seed/sources/').optional(),
  note: text.optional()
}).superRefine((source, ctx) => {
  const need = (field: keyof typeof source, why: string): void => {
    if (source[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `${why}: "${field}" is required` })
  }
  if (shippedKinds.includes(source.kind)) {
    need('text', `the project ships the text of a source of kind ${source.kind}`)
    return
  }
  if (source.text !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['text'], message: `a source of kind ${source.kind} is cited by reference; the project does not ship its text` })
  }
  need('url', 'a source cited by reference gives its address')
  need('retrieved_on', 'a source cited by reference says when it was read')
})
export type SourceRecord = z.infer<typeof sourceRecord>

/** What a source says of a country's past that bears on the summit: the sentence (a quote, so it cites itself) and its subject. */
const background = z.strictObject({ slug, subject: text, statement: text })
  .refine(item => item.statement.includes(item.subject), 'the subject is quoted from the statement')

export const countryRecord = z.strictObject({ code: countryCode, name: text, background: z.array(background).default([]), cite: citeMap, claims: claimsMap })
  .superRefine(requireCitations(['code', 'name']))

/** A source's statement that some of a summit's (or a session's) agreements are in this sector, without saying which. */
const coverage = z.strictObject({ summit: slug, session: slug.optional(), count: z.int().positive().optional(), cite })

export const sectorRecord = z.strictObject({ slug, name: text, coverage: z.array(coverage).default([]), cite: citeMap, claims: claimsMap })
  .superRefine(requireCitations(['name']))

export const mineralRecord = z.strictObject({
  slug,
  name: text,
  symbol: z.string().regex(/^[A-Z][a-z]?$/).optional(),
  form: z.enum(MineralForm),
  resources: z.array(z.strictObject({ country: countryCode, cite })).default([]),
  needed_by: z.array(z.strictObject({ country: countryCode, industries: text, cite })).default([]),
  cite: citeMap,
  claims: claimsMap
}).superRefine(requireCitations(['name', 'symbol', 'form']))
  .refine(mineral => (mineral.form === 'element') === (mineral.symbol !== undefined), 'an element has a chemical symbol, a group has none')

export const partyRecord = z.strictObject({
  slug,
  name: text,
  kind: z.enum(PartyKind),
  country: countryCode,
  aliases: z.array(z.strictObject({ name: text, cite })).default([]),
  cite: citeMap,
  claims: claimsMap
}).superRefine(requireCitations(['name', 'kind', 'country']))
  .refine(party => party.aliases.every(alias => alias.name !== party.name), 'an alias is another name than the party\'s name')

const leader = z.strictObject({ slug, name: text, office: text, country: countryCode, cite: citeMap })
  .superRefine(requireCitations(['name', 'office', 'country']))

export const summitRecord = z.strictObject({
  slug,
  name: text,
  date: isoDate,
  city: text,
  venue: text.optional(),
  occasion: text.optional(),
  reported_agreement_count: z.int().nonnegative().optional(),
  countries: z.array(z.strictObject({ country: countryCode, role: z.enum(SummitCountryRole), cite })).min(2),
  leaders: z.array(leader),
  cite: citeMap,
  claims: claimsMap
}).superRefine(requireCitations(['name', 'date', 'city', 'venue', 'occasion', 'reported_agreement_count']))

export const sessionRecord = z.strictObject({
  slug,
  summit: slug,
  kind: z.enum(SessionKind),
  name: text,
  date: isoDate,
  city: text.optional(),
  venue: text.optional(),
  attendance_count: z.int().positive().optional(),
  attendance_approximate: z.boolean().optional(),
  attendance_description: text.optional(),
  witnesses: text.optional(),
  reported_agreement_count: z.int().nonnegative().optional(),
  reported_agreement_kinds: text.optional(),
  cite: citeMap,
  claims: claimsMap
}).superRefine(requireCitations(['name', 'date', 'city', 'venue', 'attendance_count', 'attendance_approximate',
  'attendance_description', 'witnesses', 'reported_agreement_count', 'reported_agreement_kinds'], ['']))

export const agreementRecord = z.strictObject({
  slug,
  summit: slug,
  session: slug.optional().describe('absent: no source says at which session it was signed'),
  signed_at: isoDate.optional(),
  place: text.optional(),
  kind: z.enum(AgreementKind).nullable(),
  title: text.optional(),
  summary: text.optional(),
  parties: z.array(z.strictObject({ party: slug, role: z.enum(PartyRole), cite })).default([]),
  sectors: z.array(z.strictObject({ sector: slug, cite })).default([]),
  minerals: z.array(z.strictObject({ mineral: slug, cite })).default([]),
  cite: citeMap,
  claims: claimsMap
}).superRefine(requireCitations(['summit', 'session', 'signed_at', 'place', 'kind', 'title', 'summary'], ['', 'summit'], [],
  ['parties', 'sectors', 'minerals']))
  .refine(({ title, summary, parties, sectors, minerals }) =>
    title !== undefined || (summary === undefined && parties.length + sectors.length + minerals.length === 0),
  'an agreement the sources do not identify (no title) carries no other detail')

export const commitmentRecord = z.strictObject({
  slug,
  summit: slug,
  session: slug.optional(),
  agreement: slug.optional(),
  kind: z.enum(CommitmentKind),
  subject: text,
  statement: text,
  countries: z.array(countryCode).min(1),
  cite: citeMap
}).superRefine(requireCitations(['session', 'agreement'], ['countries'], ['']))
  .refine(commitment => commitment.statement.includes(commitment.subject), 'the subject is quoted from the statement')

/** Each seed file (seed/<name>.yaml) and the records it holds. */
export const seedFiles = {
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
export type SeedFiles = { [K in keyof typeof seedFiles]: z.infer<(typeof seedFiles)[K]> }

/** The slugs an agreement holds for a set field (parties, sectors, minerals), and the value of any other field. */
export function agreementValue (agreement: SeedFiles['agreements'][number], field: string): unknown {
  if (field === 'parties') return agreement.parties.map(signing => signing.party)
  if (field === 'sectors') return agreement.sectors.map(link => link.sector)
  if (field === 'minerals') return agreement.minerals.map(link => link.mineral)
  return (agreement as Record<string, unknown>)[field]
}
