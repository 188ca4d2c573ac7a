// /sources: the documents every fact is cited from.
import { z } from 'zod'
import { SourceKind } from '../generated/prisma/enums.js'
import { sourceKind } from './common.js'
import { listOf, pagination } from './pages.js'
import { enumValue, listParam } from './parameters.js'

export const Source = z.object({
  slug: z.string(),
  kind: sourceKind,
  title: z.string().describe('The page\'s own headline; `unknown` when the page as read shows none.'),
  publisher: z.string(),
  carried_by: z.string().nullable().describe('Where the copy read was published, when not by the publisher itself.'),
  author: z.string().nullable(),
  published_at: z.string().nullable().describe('ISO 8601 with the publisher\'s UTC offset, when the page gives the time and its zone.'),
  time_zone: z.string().nullable().describe('IANA time zone the publisher dated it in.'),
  url: z.string().nullable(),
  language: z.string(),
  text_sha256: z.string().nullable().describe('SHA-256 of the full text, which `/sources/{slug}/text` serves; `null` for a source cited by reference.'),
  note: z.string().nullable(),
  citation_count: z.int().describe('How many claims cite it.'),
  cited_by: z.enum(['quote', 'reference'])
    .describe('`quote`: the project ships its text, and claims quote it verbatim; `reference`: claims cite it by reference, with a locator in our own words, and none of its text is in the project.'),
  published_on: z.string().describe('The date the page shows (YYYY-MM-DD), or `unknown` when it shows none.'),
  published_on_note: z.string().nullable().describe('How that date was read, or what the page shows instead.'),
  retrieved_on: z.string().nullable().describe('For a source cited by reference: when we read it (YYYY-MM-DD).')
}).meta({ id: 'Source' })
export type Source = z.infer<typeof Source>

export const SourceQuery = z.strictObject({
  kind: listParam(enumValue(SourceKind), 'Source kinds: `article`, `reference`, `official_release`, `wire`, `newspaper`, `registry`, `synthetic`.', ['article']),
  ...pagination
})
export type SourceQuery = z.infer<typeof SourceQuery>

export const SourceList = listOf(Source, 'SourceList')
export type SourceList = z.infer<typeof SourceList>
export const SourceText = z.string().meta({ id: 'SourceText', description: 'The full text, exactly as captured (UTF-8).' })
export type SourceText = z.infer<typeof SourceText>
