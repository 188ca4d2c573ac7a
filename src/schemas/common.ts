// Response pieces shared by every resource. Each zod schema here is, at once,
// the validator, the serializer, the TypeScript type and (through .meta({ id }))
// a named OpenAPI component.
import { z } from 'zod'
import { Basis, PartyKind, SessionKind } from '../generated/prisma/enums.js'

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
}).meta({ id: 'Citation' })
export type Citation = z.infer<typeof Citation>
