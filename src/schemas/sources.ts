// /sources: the documents every fact is cited from.
import { z } from 'zod'
import { SourceKind } from '../generated/prisma/enums.js'
import { listOf, pagination } from './pages.js'
import { enumValue, listParam } from './parameters.js'

export const Source = z.object({
  slug: z.string(),
  kind: z.enum(SourceKind).describe('`article`: a news report; `reference`: a standard such as ISO 3166-1.'),
  title: z.string(),
  publisher: z.string(),
  carried_by: z.string().nullable().describe('Where the captured copy was published, when not by the publisher itself.'),
  author: z.string().nullable(),
  published_at: z.string().nullable().describe('ISO 8601 with the publisher\'s UTC offset.'),
  time_zone: z.string().nullable().describe('IANA time zone the publisher dated it in.'),
  url: z.string().nullable(),
  language: z.string(),
  text_sha256: z.string().describe('SHA-256 of the full text, which `/sources/{slug}/text` serves.'),
  note: z.string().nullable(),
  citation_count: z.int().describe('How many citations quote it.')
}).meta({ id: 'Source' })
export type Source = z.infer<typeof Source>

export const SourceQuery = z.strictObject({
  kind: listParam(enumValue(SourceKind), '`article` or `reference`.', ['article']),
  ...pagination
})
export type SourceQuery = z.infer<typeof SourceQuery>

export const SourceList = listOf(Source, 'SourceList')
export type SourceList = z.infer<typeof SourceList>
export const SourceText = z.string().meta({ id: 'SourceText', description: 'The full text, exactly as captured (UTF-8).' })
export type SourceText = z.infer<typeof SourceText>
