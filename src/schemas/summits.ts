// /summits and /sessions.
import { z } from 'zod'
import { CommitmentKind, SessionKind, SummitCountryRole } from '../generated/prisma/enums.js'
import { Citation, CountryRef, SessionRef, SummitRef } from './common.js'
import { listOf, pagination } from './pages.js'
import { countryCodeValue, enumValue, listParam, slugValue } from './parameters.js'

export const AgreementCounts = z.object({
  reported: z.int().nullable().describe('How many the source says were signed; `null` when it gives no number.'),
  recorded: z.int().describe('How many agreement records the dataset holds.'),
  identified: z.int().describe('How many of those the source identifies.')
}).meta({ id: 'AgreementCounts' })
export type AgreementCounts = z.infer<typeof AgreementCounts>

export const Session = SessionRef.extend({
  summit: SummitRef,
  city: z.string().nullable(),
  venue: z.string().nullable(),
  attendance: z.object({
    count: z.int().nullable(),
    approximate: z.boolean(),
    description: z.string().nullable()
  }),
  reported_agreement_kinds: z.string().nullable().describe('The source\'s words for what was signed, e.g. "MOUs and agreements".'),
  agreements: AgreementCounts
}).meta({ id: 'Session' })
export type Session = z.infer<typeof Session>
export const SessionDetail = Session.extend({ citations: z.array(Citation) }).meta({ id: 'SessionDetail' })
export type SessionDetail = z.infer<typeof SessionDetail>

export const Leader = z.object({ slug: z.string(), name: z.string(), office: z.string(), country: CountryRef }).meta({ id: 'Leader' })
export type Leader = z.infer<typeof Leader>

export const Summit = SummitRef.extend({
  city: z.string(),
  venue: z.string().nullable(),
  occasion: z.string().nullable(),
  countries: z.array(CountryRef.extend({ role: z.enum(SummitCountryRole) })),
  leaders: z.array(Leader),
  sessions: z.array(SessionRef),
  agreements: AgreementCounts
}).meta({ id: 'Summit' })
export type Summit = z.infer<typeof Summit>

export const Commitment = z.object({
  slug: z.string(),
  kind: z.enum(CommitmentKind),
  subject: z.string().describe('The source\'s words for what it is about, verbatim.'),
  statement: z.string().describe('The sentence of the source that states it, verbatim.'),
  countries: z.array(CountryRef).describe('The countries that hold it.'),
  session: SessionRef.nullable()
}).meta({ id: 'Commitment', description: 'Something the summit produced besides signed agreements.' })
export type Commitment = z.infer<typeof Commitment>

export const SummitDetail = Summit.extend({
  sessions: z.array(Session),
  commitments: z.array(Commitment),
  citations: z.array(Citation)
}).meta({ id: 'SummitDetail' })
export type SummitDetail = z.infer<typeof SummitDetail>

export const SummitQuery = z.strictObject({
  country: listParam(countryCodeValue, 'ISO 3166-1 alpha-2 codes: summits any of these countries took part in.', ['KZ']),
  ...pagination
})
export type SummitQuery = z.infer<typeof SummitQuery>
export const SessionQuery = z.strictObject({
  summit: listParam(slugValue, 'Summit slugs.', ['korea-kazakhstan-2024']),
  kind: listParam(enumValue(SessionKind), 'Session kinds.', ['business_forum']),
  ...pagination
})
export type SessionQuery = z.infer<typeof SessionQuery>

export const SummitList = listOf(Summit, 'SummitList')
export type SummitList = z.infer<typeof SummitList>
export const SessionList = listOf(Session, 'SessionList')
export type SessionList = z.infer<typeof SessionList>
