// Request parameters shared by the routes: path keys, list parameters and the
// normalisation of their values. (Page and format parameters: pages.ts.)
import { z } from 'zod'

/** The `{slug}` path parameter, with an example that exists in the dataset. */
export function slugParams (example: string) {
  return z.strictObject({
    slug: z.string().max(200).describe('The resource\'s slug: lowercase letters, digits and hyphens.').meta({ example })
  })
}

/** The `{code}` path parameter of a country, in any letter case: codes are uppercase. */
export const CodeParams = z.strictObject({
  code: z.string().max(100).toUpperCase().describe('ISO 3166-1 alpha-2 code, case-insensitive.').meta({ example: 'KZ' })
})

/** For operations that take no query parameters: any one sent is a 400 that says so. */
export const NoQuery = z.strictObject({})

/**
 * A comma-separated list parameter (`a,b` means a OR b); a repeated parameter
 * counts as one list. Each value is trimmed, then read by `value` (which
 * normalises its letter case, and may restrict it to a set); duplicates count once.
 */
export function commaList<T> (value: z.ZodType<T, string>, description: string, example: string) {
  return z.preprocess(
    sent => Array.isArray(sent) ? sent.join(',') : sent,
    z.string().max(2000)
      .transform(text => text.split(',').map(item => item.trim()).filter(item => item !== ''))
      .pipe(z.array(value).min(1, 'must name at least one value'))
      .transform(values => [...new Set(values)])
  ).optional().describe(description).meta({ example })
}

/** A slug in a list: slugs are lowercase, so any letter case finds one. */
export const slugValue = z.string().toLowerCase()
/** An ISO 3166-1 alpha-2 code, in any letter case: codes are uppercase. */
export const countryCodeValue = z.string().toUpperCase()
/** One of a vocabulary's values (a Prisma enum), in any letter case. */
export function enumValue<const T extends Readonly<Record<string, string>>> (values: T) {
  return z.string().toLowerCase().pipe(z.enum(values, { error: `must be one of ${Object.values(values).join(', ')}` }))
}
