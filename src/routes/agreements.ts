import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { writtenAgreement } from '../data/agreements.js'
import { sendWrittenJson } from '../http/pagination.js'
import { AgreementDetail, AgreementQuery } from '../schemas/agreements.js'
import { NoQuery, slugParams } from '../schemas/parameters.js'
import { errorResponses } from '../schemas/problems.js'
import { answerAgreements, AgreementListOrGroups } from './nested-agreements.js'

const routes: FastifyPluginAsyncZod = async app => {
  app.get('/mous', {
    config: { kind: 'list' },
    schema: {
      operationId: 'listMous',
      summary: 'List agreements',
      description: 'MOUs and other agreements, with their parties, sectors and minerals embedded. ' +
        'Filters combine with AND; a comma means OR within one filter (`sector=critical-minerals,energy`). ' +
        'Filtering by a related record returns each matching agreement with all its relations. ' +
        'An unknown slug is a 400 that suggests the closest ones. With `group_by`, counts the matching agreements ' +
        'by a dimension instead (every value, `unknown` for agreements without one). `cursor` pages by keyset, for deep pages. ' +
        '`format=csv` or `ndjson` (or the `Accept` header) exports every match, streamed; a few exports run at once, beyond that a 503.',
      tags: ['agreements'],
      querystring: AgreementQuery,
      response: { 200: AgreementListOrGroups, ...errorResponses(400, 406, 503) }
    }
  }, async (request, reply) => {
    return answerAgreements(app, request, reply, request.query, undefined, 'mous')
  })

  app.get('/mous/:slug', {
    config: { kind: 'resource' },
    schema: {
      operationId: 'getMou',
      summary: 'Get one agreement',
      description: 'One agreement in full: its summit, session (or `null`) and date of signing, parties with their roles, sectors, minerals; ' +
        'whether any of its facts is disputed, and which; how many sources support it, of which kinds; its citations (verbatim quotes ' +
        'of the article) and every claim of every source, with its value, rank, basis, and quote or locator.',
      tags: ['agreements'],
      params: slugParams('lithium-exploration-mou'),
      querystring: NoQuery,
      // The 200 is written by the database, past the serializer: test/written-detail.test.ts holds it to what the serializer writes.
      response: { 200: AgreementDetail, ...errorResponses(400, 404) }
    }
  }, async (request, reply) => sendWrittenJson(reply, await writtenAgreement(app.prisma, request.params.slug)))
}

export default routes
