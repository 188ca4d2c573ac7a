// /countries, /sectors, /minerals.
import { z } from 'zod'
import { MineralForm } from '../generated/prisma/enums.js'
import { Citation, commaList, countryCodeValue, CountryRef, enumValue, listOf, pagination, PartyRef } from './common.js'

const agreementCount = z.int().describe('How many agreements it has.')

export const Country = CountryRef.extend({
  party_count: z.int().describe('How many parties are from it.'),
  agreement_count: z.int().describe('How many agreements have a party from it.')
}).meta({ id: 'Country' })
export const CountryDetail = Country.extend({ parties: z.array(PartyRef), citations: z.array(Citation) }).meta({ id: 'CountryDetail' })

export const Sector = z.object({ slug: z.string(), name: z.string(), agreement_count: agreementCount }).meta({ id: 'Sector' })
export const SectorDetail = Sector.extend({ citations: z.array(Citation) }).meta({ id: 'SectorDetail' })

export const Mineral = z.object({
  slug: z.string(),
  name: z.string(),
  symbol: z.string().nullable().describe('Chemical symbol, for a single element.'),
  form: z.enum(MineralForm).describe('`element`: one chemical element; `group`: a class of them, e.g. rare earth metals.'),
  resource_countries: z.array(CountryRef).describe('Countries the source says hold this mineral.'),
  agreement_count: agreementCount
}).meta({ id: 'Mineral' })
export const MineralDetail = Mineral.extend({ citations: z.array(Citation) }).meta({ id: 'MineralDetail' })

export const CodeParams = z.strictObject({
  code: z.string().max(100).toUpperCase().describe('ISO 3166-1 alpha-2 code, case-insensitive.').meta({ example: 'KZ' })
})

export const PageQuery = z.strictObject({ ...pagination })
export const MineralQuery = z.strictObject({
  form: commaList(enumValue(MineralForm), '`element` or `group`.', 'element'),
  country: commaList(countryCodeValue, 'ISO 3166-1 alpha-2 codes: minerals the source says these countries hold.', 'KZ'),
  ...pagination
})

export const CountryList = listOf(Country, 'CountryList')
export const SectorList = listOf(Sector, 'SectorList')
export const MineralList = listOf(Mineral, 'MineralList')
