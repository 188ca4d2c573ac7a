// Response pieces shared by every resource. Each zod schema here is, at once,
// the validator, the serializer, the TypeScript type and (through .meta({ id }))
// a named OpenAPI component.
import { z } from 'zod'
import { Basis, PartyKind, Rank, SessionKind, SourceKind } from '../generated/prisma/enums.js'

/** A calendar date, YYYY-MM-DD: documented as `format: date` (see the swagger plugin for its example). */
export const isoDate = z.iso.date()
export const countryCode = z.string().regex(/^[A-Z]{2}$/)
export const basis = z.enum(Basis)
  .describe('`stated`: the source says it; `inferred`: the source implies it (the citation\'s note says how).')
  .meta({ id: 'Basis' })

// Compact references, embedded in list items so a client rarely needs a second request.
export const CountryRef = z.object({ code: countryCode, name: z.string() }).meta({ id: 'CountryRef' })
export type CountryRef = z.infer<typeof CountryRef>
export const SectorRef = z.object({ slug: z.string(), name: z.string() }).meta({ id: 'SectorRef' })
export type SectorRef = z.infer<typeof SectorRef>
export const MineralRef = z.object({ slug: z.string(), name: z.string(), symbol: z.string().nullable() }).meta({ id: 'MineralRef' })
export type MineralRef = z.infer<typeof MineralRef>
export const SummitRef = z.object({ slug: z.string(), name: z.string(), date: isoDate }).meta({ id: 'SummitRef' })
export type SummitRef = z.infer<typeof SummitRef>
export const SessionRef = z.object({ slug: z.string(), name: z.string(), kind: z.enum(SessionKind), date: isoDate }).meta({ id: 'SessionRef' })
export type SessionRef = z.infer<typeof SessionRef>
export const SourceRef = z.object({ slug: z.string(), title: z.string() }).meta({ id: 'SourceRef' })
export type SourceRef = z.infer<typeof SourceRef>
export const PartyRef = z.object({ slug: z.string(), name: z.string(), kind: z.enum(PartyKind), country: countryCode })
  .meta({ id: 'PartyRef' })
export type PartyRef = z.infer<typeof PartyRef>

export const Citation = z.object({
  field: z.string().describe('The fact it supports: `""` for the record\'s existence, a field name, or a relation such as `sectors/critical-minerals`.'),
  quote: z.string().describe('Verbatim from the source.'),
  basis,
  note: z.string().nullable().describe('For an inference, the reasoning from the quote to the fact.'),
  source: SourceRef
}).meta({
  id: 'Citation',
  description: 'A verbatim quote, from a text the project ships, supporting a value the record holds. `claims` has these and every other source\'s claims.'
})
export type Citation = z.infer<typeof Citation>

/** An embedded list capped to its first items, for answers that would otherwise grow with the data. */
export const ListLink = z.object({
  total: z.int().describe('How many there are in all.'),
  listed: z.int().describe('How many of them the list above embeds (its first ones).'),
  href: z.string().describe('The full list, with every filter, sort and page parameter of its kind.')
}).meta({ id: 'ListLink', description: 'Where the whole of a capped, embedded list is: how many items it has, and the list with all of them.' })
export type ListLink = z.infer<typeof ListLink>

export const rank = z.enum(Rank)
  .describe('How the claim ranks among the claims of the same fact, as in Wikidata: `preferred`, the value the record holds where sources disagree; ' +
    '`normal`, kept and counted as a disagreement when its value differs; `deprecated`, kept but known to be wrong, never counted.')
  .meta({ id: 'Rank' })

export const sourceKind = z.enum(SourceKind)
  .describe('`article`: the news article the project ships; `reference`: an excerpt of a standard it ships. Cited by reference: ' +
    '`official_release` (a government body\'s own page), `wire` (news-agency copy), `newspaper` (a news outlet\'s page), ' +
    '`registry` (a database record). `synthetic`: generated test data.')
  .meta({ id: 'SourceKind' })

export const ClaimSource = SourceRef.extend({
  kind: sourceKind,
  publisher: z.string(),
  url: z.string().nullable()
}).meta({ id: 'ClaimSource', description: 'The source of a claim, by reference; `/sources/{slug}` has it in full.' })
export type ClaimSource = z.infer<typeof ClaimSource>

export const Claim = z.object({
  field: z.string().describe('The fact: `""` for the record\'s existence, a field name (`session`, `signed_at`, `reported_agreement_count`…), ' +
    'one member of a set (`parties/kazmunaygas`, `aliases/KIGAM`), or a whole set as one source lists it (`parties`).'),
  value: z.union([z.string(), z.array(z.string())]).nullable()
    .describe('The value the source gives, as text (a count as digits, a date as YYYY-MM-DD, a related record as its slug); ' +
      'for a whole set, its members\' slugs; `null` for existence and for bare membership.'),
  rank,
  basis,
  note: z.string().nullable().describe('For an inference, the reasoning from the source to the fact; for a rank, why.'),
  quote: z.string().nullable().describe('Verbatim, when the project ships the source\'s text; otherwise `null`.'),
  locator: z.string().nullable().describe('For a source cited by reference: where it states the fact, in our own words (its text is not copied).'),
  source: ClaimSource
}).meta({ id: 'Claim', description: 'What one source says about one fact, and how it ranks among the claims of that fact.' })
export type Claim = z.infer<typeof Claim>

/** The fields every detail response adds: its citations, and every claim. */
export const provenance = {
  citations: z.array(Citation),
  claims: z.array(Claim).describe('Every claim about this record, by field, best rank first: what each source says, with its rank.')
}
