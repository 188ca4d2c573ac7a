// /parties: who signs.
import { z } from 'zod'
import { AgreementKind, PartyKind } from '../generated/prisma/enums.js'
import { CountryRef, ListLink, provenance, sourceKind, SourceRef } from './common.js'
import { listOf, pagination } from './pages.js'
import { countryCodeValue, enumValue, listParam } from './parameters.js'

export const Party = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(PartyKind),
  country: CountryRef,
  agreement_count: z.int().describe('How many agreements it signed.')
}).meta({ id: 'Party' })
export type Party = z.infer<typeof Party>

export const AgreementRef = z.object({ slug: z.string(), title: z.string().nullable(), kind: z.enum(AgreementKind).nullable() }).meta({ id: 'MouRef' })
export type AgreementRef = z.infer<typeof AgreementRef>

export const PartyAlias = z.object({
  name: z.string(),
  sources: z.array(SourceRef.extend({ kind: sourceKind })).describe('The sources that give this name; the claims on `aliases/{name}` say where.')
}).meta({ id: 'PartyAlias', description: 'Another name a source gives the party: a former name, an abbreviation, its name in Korean.' })
export type PartyAlias = z.infer<typeof PartyAlias>

export const PartyDetail = Party.extend({
  aliases: z.array(PartyAlias).describe('Its other names, each with its sources.'),
  agreements: z.array(AgreementRef).describe('The first 50 agreements it signed, in the order of `/parties/{slug}/mous`, which has them all, in full.'),
  agreements_list: ListLink,
  ...provenance
}).meta({ id: 'PartyDetail' })
export type PartyDetail = z.infer<typeof PartyDetail>

export const partySortFields = ['name', 'slug', 'kind', 'agreement_count'] as const

export const PartyQuery = z.strictObject({
  kind: listParam(enumValue(PartyKind), 'Party kinds.', ['company']),
  country: listParam(countryCodeValue, 'ISO 3166-1 alpha-2 codes.', ['KR']),
  q: z.string().trim().min(1, 'must not be empty').max(200).optional()
    .describe('Text in names: a literal substring (no wildcards), in any letter case.').meta({ example: 'hyundai' }),
  sort: z.enum([...partySortFields, ...partySortFields.map(field => `-${field}`)] as [string, ...string[]],
    { error: `must be one of ${partySortFields.join(', ')}, optionally prefixed with -` })
    .default('name').describe('One field, `-` for descending: ' + partySortFields.join(', ') + '. Default `name`.')
    .meta({ example: '-agreement_count' }),
  ...pagination
})
export type PartyQuery = z.infer<typeof PartyQuery>

export const PartyList = listOf(Party, 'PartyList')
export type PartyList = z.infer<typeof PartyList>
