// Request parameters shared by the routes: path keys, list parameters and the
// normalisation of their values. (Page and format parameters: pages.ts.)
//
// How parameters are documented matters to clients: a list is `type: array`
// (generated clients send `?sector=a&sector=b`), a boolean is `type: boolean`,
// a date is `format: date`. The server also accepts what people type by hand:
// a comma inside one value (`?sector=a,b`) and any letter case.
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

/** The values of a list parameter as sent: repeated, comma-separated or both; trimmed, empty ones dropped. */
export function listItems (sent: unknown): unknown {
  if (typeof sent !== 'string' && !Array.isArray(sent)) return sent
  return [sent].flat().flatMap(value => String(value).split(',')).map(item => item.trim()).filter(item => item !== '')
}

/**
 * A list parameter: its values mean OR. Repeat it (`?sector=a&sector=b`, as
 * the document says and generated clients send) or separate values with a
 * comma (`?sector=a,b`). Each value is read by `value` (which normalises its
 * letter case, and may restrict it to a set); duplicates count once.
 * Not `.min(1)`: that would reach the document as `minItems`, and Swagger UI
 * would then refuse to send the form when the list is left empty.
 */
export function listParam<T> (value: z.ZodType<T, string>, description: string, example: string[]) {
  return z.preprocess(listItems, z.array(value).max(100, 'must name at most 100 values')
    .refine(values => values.length > 0, 'must name at least one value')
    .transform(values => [...new Set(values)]))
    .optional().describe(description).meta({ example })
}

/** A boolean query parameter: `true` or `false` in the query string, documented as a boolean. */
export function boolParam (description: string, example: boolean) {
  return z.preprocess(sent => sent === 'true' ? true : sent === 'false' ? false : sent, z.boolean({ error: 'must be true or false' }))
    .optional().describe(description).meta({ example })
}

/** A date query parameter, YYYY-MM-DD, a real calendar date. */
export function dateParam (description: string, example: string) {
  return z.iso.date({ error: 'must be a calendar date, YYYY-MM-DD' }).optional().describe(description).meta({ example })
}

/** A slug in a list: slugs are lowercase, so any letter case finds one. */
export const slugValue = z.string().max(200).toLowerCase()
/** An ISO 3166-1 alpha-2 code, in any letter case: codes are uppercase. */
export const countryCodeValue = z.string().max(100).toUpperCase()
/** One of a vocabulary's values (a Prisma enum), in any letter case; documented as that enum. */
export function enumValue<const T extends Readonly<Record<string, string>>> (values: T) {
  return z.string().max(100).toLowerCase().pipe(z.enum(values, { error: `must be one of ${Object.values(values).join(', ')}` }))
    .meta({ enum: Object.values(values) })
}
