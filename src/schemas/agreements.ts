// The agreements (MOUs and other agreements), served at /mous: their filters
// and shapes. The OpenAPI component names (Mou, MouDetail, MouList, MouParty…)
// keep the names clients were generated from, whatever the schemas are called here.
import { z } from 'zod'
import { AgreementKind, PartyRole } from '../generated/prisma/enums.js'
import { groupBy } from './aggregates.js'
import { basis, Citation, CountryRef, isoDate, MineralRef, PartyRef, SectorRef, SessionRef, SummitRef } from './common.js'
import { listOf, pagination } from './pages.js'
import { boolParam, countryCodeValue, dateParam, enumValue, listParam, slugValue } from './parameters.js'

export const sortFields = ['signed_at', 'title', 'slug', 'kind', 'identified'] as const
export type SortField = typeof sortFields[number]
export interface SortKey { field: SortField, descending: boolean }

const sort = z.string().max(200).transform((value, ctx): SortKey[] => {
  const keys: SortKey[] = []
  for (const token of value.split(',').map(item => item.trim()).filter(item => item !== '')) {
    const field = token.replace(/^-/, '')
    if (!(sortFields as readonly string[]).includes(field)) {
      ctx.addIssue({ code: 'custom', message: `cannot sort by "${field}"; accepted: ${sortFields.join(', ')}, each optionally prefixed with - for descending`, params: { accepted: [...sortFields] } })
      return z.NEVER
    }
    keys.push({ field: field as SortField, descending: token.startsWith('-') })
  }
  return keys
}).optional()
  .describe('Comma-separated fields, `-` for descending: ' + sortFields.join(', ') +
    '. Default: `signed_at`, then the order the source lists them. Ties always fall back to that order.')
  .meta({ example: '-signed_at,title' })

/** The filters of /mous and of every nested /…/mous list. All combine with AND; several values of one mean OR. */
export const agreementFilters = {
  sector: listParam(slugValue, 'Sector slugs; see /sectors.', ['critical-minerals', 'energy']),
  mineral: listParam(slugValue, 'Mineral slugs; see /minerals.', ['lithium']),
  party: listParam(slugValue, 'Party slugs: agreements any of them signed; see /parties.', ['kazmunaygas']),
  country: listParam(countryCodeValue, 'ISO 3166-1 alpha-2 codes: agreements with a party from any of these countries.', ['KR']),
  summit: listParam(slugValue, 'Summit slugs; see /summits.', ['korea-kazakhstan-2024']),
  session: listParam(slugValue, 'Session slugs; see /sessions.', ['korea-kazakhstan-2024-business-forum']),
  kind: listParam(enumValue({ ...AgreementKind, unknown: 'unknown' }), '`mou`, `agreement`, or `unknown` (the source does not say which).', ['mou']),
  identified: boolParam('`false`: agreements the source only counts, without identifying them.', true),
  signed_from: dateParam('Signed on or after this date (YYYY-MM-DD).', '2024-06-01'),
  signed_to: dateParam('Signed on or before this date (YYYY-MM-DD).', '2024-06-30'),
  q: z.string().trim().min(1, 'must not be empty').max(200).optional()
    .describe('Text search, case-insensitive, over titles, summaries and party names.').meta({ example: 'lithium' })
}

export const AgreementQuery = z.strictObject({ ...agreementFilters, sort, group_by: groupBy, ...pagination })
  .superRefine((query, ctx) => {
    if (query.group_by === undefined) return
    for (const name of ['sort', 'limit', 'offset'] as const) {
      if (query[name] !== undefined) ctx.addIssue({ code: 'custom', path: [name], message: 'does not apply with group_by, which returns every group' })
    }
  })
export type AgreementQuery = z.infer<typeof AgreementQuery>
export type AgreementFilters = Omit<AgreementQuery, 'sort' | 'limit' | 'offset' | 'format' | 'group_by'>

export const AgreementParty = PartyRef.extend({ role: z.enum(PartyRole), basis }).meta({ id: 'MouParty' })
export type AgreementParty = z.infer<typeof AgreementParty>
export const AgreementSector = SectorRef.extend({ basis }).meta({ id: 'MouSector' })
export type AgreementSector = z.infer<typeof AgreementSector>
export const AgreementMineral = MineralRef.extend({ basis }).meta({ id: 'MouMineral' })
export type AgreementMineral = z.infer<typeof AgreementMineral>

export const Agreement = z.object({
  slug: z.string(),
  kind: z.enum(AgreementKind).nullable().describe('`null`: the source does not say whether it is an MOU or an agreement.'),
  title: z.string().nullable().describe('The source\'s own words for what it is about, verbatim; `null` when the source does not identify it.'),
  summary: z.string().nullable().describe('The source\'s own description, verbatim.'),
  identified: z.boolean().describe('`false`: the source only counts this agreement.'),
  signed_at: isoDate.describe('The date of the session it was signed at.'),
  summit: SummitRef,
  session: SessionRef,
  session_basis: basis,
  parties: z.array(AgreementParty),
  countries: z.array(CountryRef).describe('The countries of its parties.'),
  sectors: z.array(AgreementSector),
  minerals: z.array(AgreementMineral)
}).meta({ id: 'Mou' })
export type Agreement = z.infer<typeof Agreement>

export const AgreementDetail = Agreement.extend({
  session: SessionRef.extend({ city: z.string().nullable(), venue: z.string().nullable() }),
  summit: SummitRef.extend({ city: z.string(), venue: z.string().nullable() }),
  citations: z.array(Citation)
}).meta({ id: 'MouDetail' })
export type AgreementDetail = z.infer<typeof AgreementDetail>

export const AgreementList = listOf(Agreement, 'MouList')
export type AgreementList = z.infer<typeof AgreementList>
