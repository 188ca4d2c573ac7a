// /countries, /sectors, /minerals.
import { z } from 'zod'
import { MineralForm } from '../generated/prisma/enums.js'
import { Citation, CountryRef, PartyRef } from './common.js'
import { listOf, pagination } from './pages.js'
import { countryCodeValue, enumValue, listParam } from './parameters.js'

const agreementCount = z.int().describe('How many agreements it has.')

export const Country = CountryRef.extend({
  party_count: z.int().describe('How many parties are from it.'),
  agreement_count: z.int().describe('How many agreements have a party from it.')
}).meta({ id: 'Country' })
export type Country = z.infer<typeof Country>
export const CountryDetail = Country.extend({ parties: z.array(PartyRef), citations: z.array(Citation) }).meta({ id: 'CountryDetail' })
export type CountryDetail = z.infer<typeof CountryDetail>

export const Sector = z.object({ slug: z.string(), name: z.string(), agreement_count: agreementCount }).meta({ id: 'Sector' })
export type Sector = z.infer<typeof Sector>
export const SectorDetail = Sector.extend({ citations: z.array(Citation) }).meta({ id: 'SectorDetail' })
export type SectorDetail = z.infer<typeof SectorDetail>

export const Mineral = z.object({
  slug: z.string(),
  name: z.string(),
  symbol: z.string().nullable().describe('Chemical symbol, for a single element.'),
  form: z.enum(MineralForm).describe('`element`: one chemical element; `group`: a class of them, e.g. rare earth metals.'),
  resource_countries: z.array(CountryRef).describe('Countries the source says hold this mineral.'),
  agreement_count: agreementCount
}).meta({ id: 'Mineral' })
export type Mineral = z.infer<typeof Mineral>
export const MineralDetail = Mineral.extend({ citations: z.array(Citation) }).meta({ id: 'MineralDetail' })
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
