// The shape of each seed file, checked when it is loaded. Every fact field
// must carry a citation (see citations.ts); relations carry their own.
import { z } from 'zod'
import {
  AgreementKind, CommitmentKind, MineralForm, PartyKind, PartyRole, SessionKind, SourceKind, SummitCountryRole
} from '../../generated/prisma/enums.js'
import { cite, citeMap, requireCitations, slug } from './citations.js'

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code, e.g. KR')
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD')
const text = z.string().min(1)

export const sourceRecord = z.strictObject({
  slug,
  kind: z.enum(SourceKind),
  title: text,
  publisher: text,
  carried_by: text.optional(),
  author: text.optional(),
  published_at: z.iso.datetime({ offset: true }).optional(),
  time_zone: text.optional(),
  url: z.url().optional(),
  language: z.string().regex(/^[a-z]{2}$/),
  text: z.string().regex(/^sources\/[\w.-]+\.txt$/, 'a file under seed/sources/'),
  note: text.optional()
})

export const countryRecord = z.strictObject({ code: countryCode, name: text, cite: citeMap })
  .superRefine(requireCitations(['code', 'name']))

export const sectorRecord = z.strictObject({ slug, name: text, cite: citeMap })
  .superRefine(requireCitations(['name']))

export const mineralRecord = z.strictObject({
  slug,
  name: text,
  symbol: z.string().regex(/^[A-Z][a-z]?$/).optional(),
  form: z.enum(MineralForm),
  resources: z.array(z.strictObject({ country: countryCode, cite })).default([]),
  cite: citeMap
}).superRefine(requireCitations(['name', 'symbol', 'form']))
  .refine(mineral => (mineral.form === 'element') === (mineral.symbol !== undefined), 'an element has a chemical symbol, a group has none')

export const partyRecord = z.strictObject({ slug, name: text, kind: z.enum(PartyKind), country: countryCode, cite: citeMap })
  .superRefine(requireCitations(['name', 'kind', 'country']))

const leader = z.strictObject({ slug, name: text, office: text, country: countryCode, cite: citeMap })
  .superRefine(requireCitations(['name', 'office', 'country']))

export const summitRecord = z.strictObject({
  slug,
  name: text,
  date: isoDate,
  city: text,
  venue: text.optional(),
  occasion: text.optional(),
  countries: z.array(z.strictObject({ country: countryCode, role: z.enum(SummitCountryRole), cite })).min(2),
  leaders: z.array(leader),
  cite: citeMap
}).superRefine(requireCitations(['name', 'date', 'city', 'venue', 'occasion']))

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
  reported_agreement_count: z.int().nonnegative().optional(),
  reported_agreement_kinds: text.optional(),
  cite: citeMap
}).superRefine(requireCitations(['name', 'date', 'city', 'venue', 'attendance_count', 'attendance_approximate',
  'attendance_description', 'reported_agreement_count', 'reported_agreement_kinds'], ['']))

export const agreementRecord = z.strictObject({
  slug,
  session: slug,
  kind: z.enum(AgreementKind).nullable(),
  title: text.optional(),
  summary: text.optional(),
  parties: z.array(z.strictObject({ party: slug, role: z.enum(PartyRole), cite })).default([]),
  sectors: z.array(z.strictObject({ sector: slug, cite })).default([]),
  minerals: z.array(z.strictObject({ mineral: slug, cite })).default([]),
  cite: citeMap
}).superRefine(requireCitations(['session', 'kind', 'title', 'summary'], ['', 'session']))
  .refine(({ title, summary, parties, sectors, minerals }) =>
    title !== undefined || (summary === undefined && parties.length + sectors.length + minerals.length === 0),
  'an agreement the source does not identify (no title) carries no other detail')

export const commitmentRecord = z.strictObject({
  slug,
  summit: slug,
  session: slug.optional(),
  kind: z.enum(CommitmentKind),
  subject: text,
  statement: text,
  countries: z.array(countryCode).min(1),
  cite: citeMap
}).superRefine(requireCitations(['session'], ['countries'], ['']))
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
