import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { nestedList } from '../data/agreement-filters.js'
import { getSource, getSourceText, listSources } from '../data/sources.js'
import { answerList } from '../http/pagination.js'
import { NoQuery, slugParams } from '../schemas/parameters.js'
import { errorResponses } from '../schemas/problems.js'
import { Source, SourceList, SourceQuery, SourceText } from '../schemas/sources.js'
import { nestedAgreementsRoute } from './nested-agreements.js'

const routes: FastifyPluginAsyncZod = async app => {
  const tags = ['sources']

  app.get('/sources', {
    config: { kind: 'list' },
    schema: {
      operationId: 'listSources',
      summary: 'List sources',
      description: 'The documents the dataset is drawn from: the news article and the excerpts of reference standards the project ships, ' +
        'and the pages (official releases, wire copy, newspapers, a registry) it cites by reference only.',
      tags,
      querystring: SourceQuery,
      response: { 200: SourceList, ...errorResponses(400, 406, 503) }
    }
  }, async (request, reply) => answerList(request, reply, request.query, { name: 'sources', item: Source },
    (filters, window) => listSources(app.prisma, filters, window)))

  app.get('/sources/:slug', {
    config: { kind: 'resource' },
    schema: {
      operationId: 'getSource',
      summary: 'Get one source',
      description: 'One source: publisher, author, publication date (or `unknown`) and time with its time zone, URL, language, ' +
        'when we read it, and, for a text the project ships, the SHA-256 of that text.',
      tags,
      params: slugParams('joongang-2024-06-12-korea-kazakhstan-critical-minerals'),
      querystring: NoQuery,
      response: { 200: Source, ...errorResponses(400, 404) }
    }
  }, async request => getSource(app.prisma, request.params.slug))

  app.get('/sources/:slug/text', {
    config: { kind: 'text' },
    schema: {
      operationId: 'getSourceText',
      summary: 'Get a source\'s full text',
      description: 'The full text every quote of this source can be checked against, as `text/plain`. ' +
        'A source cited by reference has none in the project: 404.',
      tags,
      params: slugParams('joongang-2024-06-12-korea-kazakhstan-critical-minerals'),
      querystring: NoQuery,
      produces: ['text/plain'],
      response: { 200: SourceText, ...errorResponses(400, 404) }
    }
  }, async (request, reply) => {
    const text = await getSourceText(app.prisma, request.params.slug)
    return reply.type('text/plain; charset=utf-8').send(text)
  })

  // The agreements a source supports (a non-deprecated claim about them).
  nestedAgreementsRoute(app, nestedList('source'))
}

export default routes
