import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { getParty, listParties } from '../data/parties.js'
import { answerList } from '../http/pagination.js'
import { NoQuery, slugParams } from '../schemas/parameters.js'
import { Party, PartyDetail, PartyList, PartyQuery } from '../schemas/parties.js'
import { errorResponses } from '../schemas/problems.js'
import { nestedList } from '../data/agreement-filters.js'
import { nestedAgreementsRoute } from './nested-agreements.js'

const routes: FastifyPluginAsyncZod = async app => {
  app.get('/parties', {
    config: { kind: 'list' },
    schema: {
      operationId: 'listParties',
      summary: 'List parties',
      description: 'States, government bodies, state-owned enterprises, companies and research institutes that sign agreements, ' +
        'each with its country and how many agreements it signed.',
      tags: ['parties'],
      querystring: PartyQuery,
      response: { 200: PartyList, ...errorResponses(400, 406, 503) }
    }
  }, async (request, reply) => answerList(request, reply, request.query, { name: 'parties', item: Party },
    (filters, window) => listParties(app.prisma, filters, window)))

  app.get('/parties/:slug', {
    config: { kind: 'resource' },
    schema: {
      operationId: 'getParty',
      summary: 'Get one party',
      description: 'One party, its other names (aliases) with their sources, the agreements it signed, and the citations and claims ' +
        'for its name, kind and country.',
      tags: ['parties'],
      params: slugParams('kazmunaygas'),
      querystring: NoQuery,
      response: { 200: PartyDetail, ...errorResponses(400, 404) }
    }
  }, async request => getParty(app.prisma, request.params.slug))

  nestedAgreementsRoute(app, nestedList('party'))
}

export default routes
