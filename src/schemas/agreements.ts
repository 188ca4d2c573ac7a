// The agreements (MOUs and other agreements), served at /mous: their filters
// and shapes. The OpenAPI component names (Mou, MouDetail, MouList, MouParty…)
// keep the names clients were generated from, whatever the schemas are called here.
import { z } from 'zod'
import { AgreementKind, PartyRole } from '../generated/prisma/enums.js'
import { groupBy } from './aggregates.js'
import { basis, CountryRef, isoDate, MineralRef, PartyRef, provenance, SectorRef, SessionRef, SourceRef, sourceKind, SummitRef } from './common.js'
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
  session: listParam(slugValue, 'Session slugs; see /sessions. `unknown`: agreements no source places at a session ' +
    '(they still belong to their summit).', ['korea-kazakhstan-2024-business-forum']),
  kind: listParam(enumValue({ ...AgreementKind, unknown: 'unknown' }),
    '`mou`, `agreement`, `record_of_discussion`, or `unknown` (no source says which, or the sources disagree and none is preferred).', ['mou']),
  identified: boolParam('`false`: agreements the source only counts, without identifying them.', true),
  disputed: boolParam('`true`: agreements with at least one disputed fact (two non-deprecated claims with different values); `false`: the others.', true),
  source: listParam(slugValue, 'Source slugs: agreements any of these sources supports (makes a non-deprecated claim about); see /sources.',
    ['korea-herald-minerals-supply-chain']),
  signed_from: dateParam('Signed on or after this date (YYYY-MM-DD); agreements whose date no source gives do not match.', '2024-06-01'),
  signed_to: dateParam('Signed on or before this date (YYYY-MM-DD); agreements whose date no source gives do not match.', '2024-06-30'),
  q: z.string().trim().min(1, 'must not be empty').max(200).optional()
    .describe('Text in titles, summaries and party names (and the parties\' other names): a literal substring of any length (no wildcards), in any letter case.')
    .meta({ example: 'lithium' })
}

const cursor = z.string().min(1, 'must not be empty').max(1000).optional()
  .describe('Keyset paging, for deep pages and long walks: `*` for the first page, then the cursor the answer gives ' +
    '(`meta.next_cursor`, and the Link header\'s `rel="next"`), until it is `null`. Pages stay consistent under any `sort`. ' +
    'A cursor works only with the filters and sort it was made with, and only until the data is reloaded; otherwise it is a 400.')
  .meta({ example: '*' })

export const AgreementQuery = z.strictObject({ ...agreementFilters, sort, group_by: groupBy, cursor, ...pagination })
  .superRefine((query, ctx) => {
    if (query.group_by !== undefined) {
      for (const name of ['sort', 'cursor'] as const) {
        if (query[name] !== undefined) ctx.addIssue({ code: 'custom', path: [name], message: 'does not apply with group_by, which orders groups largest first' })
      }
    }
    if (query.cursor !== undefined && query.offset !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['offset'], message: 'does not apply with cursor, which says where the page starts' })
    }
  })
export type AgreementQuery = z.infer<typeof AgreementQuery>
export type AgreementFilters = Omit<AgreementQuery, 'sort' | 'limit' | 'offset' | 'format' | 'group_by' | 'cursor'>

export const AgreementParty = PartyRef.extend({ role: z.enum(PartyRole), basis }).meta({ id: 'MouParty' })
export type AgreementParty = z.infer<typeof AgreementParty>
export const AgreementSector = SectorRef.extend({ basis }).meta({ id: 'MouSector' })
export type AgreementSector = z.infer<typeof AgreementSector>
export const AgreementMineral = MineralRef.extend({ basis }).meta({ id: 'MouMineral' })
export const SourceKindCount = z.object({ kind: sourceKind, count: z.int() }).meta({ id: 'SourceKindCount' })
export type AgreementMineral = z.infer<typeof AgreementMineral>

export const Agreement = z.object({
  slug: z.string(),
  kind: z.enum(AgreementKind).nullable()
    .describe('`null`: no source says whether it is an MOU or an agreement, or the sources disagree and none is preferred (see the claims on `kind`).'),
  title: z.string().nullable()
    .describe('Its name: the article\'s own words where the article names it, otherwise our English for the name the cited sources give; ' +
      '`null` when no source identifies it.'),
  summary: z.string().nullable()
    .describe('The article\'s own words where it describes the agreement, verbatim; otherwise our summary of what the cited sources state.'),
  identified: z.boolean().describe('`false`: the sources only count this agreement.'),
  signed_at: isoDate.nullable().describe('Its own date of signing (which may differ from its session\'s); `null` when no source gives it.'),
  summit: SummitRef.describe('The summit it was signed at; always known.'),
  session: SessionRef.nullable().describe('The session it was signed at; `null` when no source says which.'),
  session_basis: basis.nullable().describe('How we know its session; `null` with the session.'),
  parties: z.array(AgreementParty),
  countries: z.array(CountryRef).describe('The countries of its parties.'),
  sectors: z.array(AgreementSector),
  minerals: z.array(AgreementMineral),
  disputed: z.boolean().describe('`true` when at least one of its facts has two non-deprecated claims with different values; ' +
    '`/mous/{slug}` names them (`disputed_facts`) and gives every claim.'),
  source_count: z.int().describe('How many distinct sources support it (make a non-deprecated claim about it).'),
  source_kinds: z.array(SourceKindCount).describe('Those sources by kind (article, official release, wire, newspaper, registry), with how many of each.')
}).meta({ id: 'Mou' })
export type Agreement = z.infer<typeof Agreement>

export const AgreementDetail = Agreement.extend({
  session: SessionRef.extend({ city: z.string().nullable(), venue: z.string().nullable() }).nullable()
    .describe('The session it was signed at; `null` when no source says which.'),
  summit: SummitRef.extend({ city: z.string(), venue: z.string().nullable() }),
  place: z.string().nullable().describe('Where it was signed, as the sources give it; `null` when none does.'),
  disputed_facts: z.array(z.string()).describe('The fields of those facts, e.g. `kind`, `signed_at`, `parties`.'),
  sources: z.array(SourceRef.extend({ kind: sourceKind })).describe('Those sources.'),
  ...provenance
}).meta({ id: 'MouDetail' })
export type AgreementDetail = z.infer<typeof AgreementDetail>

export const AgreementList = listOf(Agreement, 'MouList')
export type AgreementList = z.infer<typeof AgreementList>
