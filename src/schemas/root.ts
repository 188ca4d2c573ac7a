// The API's front door: the index at GET /, and the problem types' pages.
import { z } from 'zod'

const link = (description: string) => z.url().describe(description)

export const ApiIndex = z.object({
  name: z.string(),
  description: z.string(),
  version: z.string().describe('The API\'s version: the OpenAPI document\'s `info.version`.'),
  dataset: z.object({
    sha256: z.string().describe('Identifies the version of the seed data loaded.'),
    loaded_at: z.string().describe('When it was loaded (ISO 8601).')
  }).describe('The data this server answers from.'),
  links: z.object({
    mous: link('Agreements (MOUs and other agreements): filters, sort, pages, `group_by`, exports.'),
    summits: link('Summits.'),
    sessions: link('The sessions where agreements were signed.'),
    parties: link('Who signs: states, government bodies, companies, institutes.'),
    countries: link('Countries, by ISO 3166-1 alpha-2 code.'),
    sectors: link('The sector taxonomy.'),
    minerals: link('Minerals, element or group.'),
    sources: link('The documents every fact is cited from.'),
    stats: link('Headline totals for dashboards.'),
    party_pairs: link('Pairs of parties that signed together.'),
    docs: link('Interactive documentation (Swagger UI).'),
    openapi: link('The OpenAPI 3.1 document.'),
    health: link('Liveness.'),
    ready: link('Readiness.')
  }).describe('Absolute URLs at the host and scheme this request was sent to.')
}).meta({ id: 'ApiIndex' })
export type ApiIndex = z.infer<typeof ApiIndex>

export const ProblemTypeParams = z.strictObject({
  type: z.string().max(100).describe('The last segment of a problem\'s `type`.').meta({ example: 'invalid-parameters' })
})

export const ProblemType = z.object({
  type: z.string().describe('The `type` of the problems it describes.'),
  title: z.string(),
  status: z.int().describe('The HTTP status those problems come with.'),
  description: z.string().describe('What it means and what to do about it.')
}).meta({ id: 'ProblemType' })
export type ProblemType = z.infer<typeof ProblemType>
