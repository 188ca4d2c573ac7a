// /summits and /sessions.
import { z } from 'zod'
import { CommitmentKind, SessionKind, SummitCountryRole } from '../generated/prisma/enums.js'
import { basis, CountryRef, provenance, rank, SessionRef, sourceKind, SourceRef, SummitRef } from './common.js'
import { listOf, pagination } from './pages.js'
import { countryCodeValue, enumValue, listParam, slugValue } from './parameters.js'

export const ReportedCount = z.object({
  count: z.int(),
  rank,
  basis,
  source: SourceRef.extend({ kind: sourceKind })
}).meta({ id: 'ReportedCount', description: 'How many agreements one source says were signed, and how that claim ranks.' })
export type ReportedCount = z.infer<typeof ReportedCount>

export const AgreementCounts = z.object({
  reported: z.int().nullable().describe('How many the sources say were signed (the preferred claim); `null` when no source gives a number.'),
  recorded: z.int().describe('How many agreement records the dataset holds.'),
  identified: z.int().describe('How many of those the sources identify.')
}).meta({ id: 'AgreementCounts' })
export type AgreementCounts = z.infer<typeof AgreementCounts>

export const SessionCounts = AgreementCounts.extend({
  reported_by_source: z.array(ReportedCount).describe('Every source\'s count, best rank first: where they disagree, all are kept.')
}).meta({ id: 'SessionAgreementCounts' })
export type SessionCounts = z.infer<typeof SessionCounts>

export const SummitCounts = SessionCounts.extend({
  recorded_with_session: z.int().describe('Records whose session a source gives: the sum of the sessions\' `recorded`.'),
  recorded_without_session: z.int().describe('Records of this summit whose session no source gives.')
}).meta({ id: 'SummitAgreementCounts' })
export type SummitCounts = z.infer<typeof SummitCounts>

/** The dataset's totals: every summit added up. */
export const TotalCounts = AgreementCounts.extend({
  recorded_with_session: z.int().describe('Records whose session a source gives.'),
  recorded_without_session: z.int().describe('Records whose session no source gives (each still belongs to its summit).')
}).meta({ id: 'TotalAgreementCounts' })
export type TotalCounts = z.infer<typeof TotalCounts>

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
  agreements: SessionCounts.describe('Reported here, and recorded with this session; records whose session is unknown count on the summit only.'),
  witnesses: z.string().nullable().describe('Who attended the signing, as the preferred claim gives it.')
}).meta({ id: 'Session' })
export type Session = z.infer<typeof Session>
export const SessionDetail = Session.extend({ ...provenance }).meta({ id: 'SessionDetail' })
export type SessionDetail = z.infer<typeof SessionDetail>

export const Leader = z.object({ slug: z.string(), name: z.string(), office: z.string(), country: CountryRef }).meta({ id: 'Leader' })
export type Leader = z.infer<typeof Leader>
export const LeaderDetail = Leader.extend({ ...provenance }).meta({ id: 'LeaderDetail' })
export type LeaderDetail = z.infer<typeof LeaderDetail>

export const Summit = SummitRef.extend({
  city: z.string(),
  venue: z.string().nullable(),
  occasion: z.string().nullable(),
  countries: z.array(CountryRef.extend({ role: z.enum(SummitCountryRole) })),
  leaders: z.array(Leader),
  sessions: z.array(SessionRef),
  agreements: SummitCounts
}).meta({ id: 'Summit' })
export type Summit = z.infer<typeof Summit>

export const Commitment = z.object({
  slug: z.string(),
  kind: z.enum(CommitmentKind),
  subject: z.string().describe('The source\'s words for what it is about, verbatim.'),
  statement: z.string().describe('The sentence of the source that states it, verbatim.'),
  countries: z.array(CountryRef).describe('The countries that hold it.'),
  session: SessionRef.nullable(),
  agreement: z.object({ slug: z.string(), title: z.string().nullable() }).nullable().describe('The agreement it is about (an assessment of it), if any.'),
  ...provenance
}).meta({ id: 'Commitment', description: 'Something the summit produced besides signed agreements, with its citations.' })
export type Commitment = z.infer<typeof Commitment>

export const SummitDetail = Summit.extend({
  leaders: z.array(LeaderDetail).describe('The leaders, each with the citations of their name, office and country.'),
  sessions: z.array(Session),
  commitments: z.array(Commitment),
  ...provenance
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
