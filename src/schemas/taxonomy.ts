// /countries, /sectors, /minerals.
import { z } from 'zod'
import { MineralForm } from '../generated/prisma/enums.js'
import { basis, CountryRef, PartyRef, provenance } from './common.js'
import { listOf, pagination } from './pages.js'
import { countryCodeValue, enumValue, listParam } from './parameters.js'

const agreementCount = z.int().describe('How many agreements it has.')

export const Country = CountryRef.extend({
  party_count: z.int().describe('How many parties are from it.'),
  agreement_count: z.int().describe('How many agreements have a party from it.')
}).meta({ id: 'Country' })
export type Country = z.infer<typeof Country>
export const CountryBackground = z.object({
  slug: z.string(),
  subject: z.string().describe('The source\'s words for what it is about, verbatim.'),
  statement: z.string().describe('The sentence that states it, verbatim.'),
  ...provenance
}).meta({ id: 'CountryBackground', description: 'What a source says of the country\'s past that bears on the summit.' })
export type CountryBackground = z.infer<typeof CountryBackground>

export const CountryDetail = Country.extend({
  parties: z.array(PartyRef),
  background: z.array(CountryBackground).describe('What sources say of its past that bears on the summit.'),
  ...provenance
}).meta({ id: 'CountryDetail' })
export type CountryDetail = z.infer<typeof CountryDetail>

export const SectorCoverage = z.object({
  summit: z.string().describe('The summit\'s slug.'),
  session: z.string().nullable().describe('The session\'s slug; `null`: the summit as a whole.'),
  count: z.int().nullable().describe('How many of its agreements are in the sector, when the source says.'),
  basis
}).meta({
  id: 'SectorCoverage',
  description: 'A source says some agreements of this summit (or session) are in the sector, without naming them. Not counted in `agreement_count`.'
})
export type SectorCoverage = z.infer<typeof SectorCoverage>

export const Sector = z.object({
  slug: z.string(),
  name: z.string(),
  agreement_count: z.int().describe('How many agreements are known to be in this sector.'),
  coverage: z.array(SectorCoverage).describe('Where sources say the sector is covered without naming the agreements; the claims on `coverage/…` give the sources.')
}).meta({ id: 'Sector' })
export type Sector = z.infer<typeof Sector>
export const SectorDetail = Sector.extend({ ...provenance }).meta({ id: 'SectorDetail' })
export type SectorDetail = z.infer<typeof SectorDetail>

export const Mineral = z.object({
  slug: z.string(),
  name: z.string(),
  symbol: z.string().nullable().describe('Chemical symbol, for a single element.'),
  form: z.enum(MineralForm).describe('`element`: one chemical element; `group`: a class of them, e.g. rare earth metals.'),
  resource_countries: z.array(CountryRef).describe('Countries the source says hold this mineral.'),
  agreement_count: agreementCount,
  needed_by: z.array(CountryRef.extend({ industries: z.string().describe('The source\'s words, verbatim.') }))
    .describe('Countries whose industries the source says need this mineral.')
}).meta({ id: 'Mineral' })
export type Mineral = z.infer<typeof Mineral>
export const MineralDetail = Mineral.extend({ ...provenance }).meta({ id: 'MineralDetail' })
export type MineralDetail = z.infer<typeof MineralDetail>

export const MineralQuery = z.strictObject({
  form: listParam(enumValue(MineralForm), '`element` or `group`.', ['element']),
  country: listParam(countryCodeValue, 'ISO 3166-1 alpha-2 codes: minerals the source says these countries hold.', ['KZ']),
  ...pagination
})
export type MineralQuery = z.infer<typeof MineralQuery>

export const CountryList = listOf(Country, 'CountryList')
export type CountryList = z.infer<typeof CountryList>
export const SectorList = listOf(Sector, 'SectorList')
export type SectorList = z.infer<typeof SectorList>
export const MineralList = listOf(Mineral, 'MineralList')
export type MineralList = z.infer<typeof MineralList>
