import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { getSession, getSummit, listSessions, listSummits, summitPage } from '../data/summits.js'
import { answerList, pageWindow, sendWrittenPage } from '../http/pagination.js'
import { NoQuery, slugParams } from '../schemas/parameters.js'
import { errorResponses } from '../schemas/problems.js'
import { Session, SessionDetail, SessionList, SessionQuery, Summit, SummitDetail, SummitList, SummitQuery } from '../schemas/summits.js'
import { nestedList } from '../data/agreement-filters.js'
import { nestedAgreementsRoute } from './nested-agreements.js'

const routes: FastifyPluginAsyncZod = async app => {
  app.get('/summits', {
    config: { kind: 'list' },
    schema: {
      operationId: 'listSummits',
      summary: 'List summits',
      description: 'Summits, oldest first, each with its countries, leaders, sessions, and agreement counts: ' +
        'reported by the source, recorded in the dataset, and identified.',
      tags: ['summits'],
      querystring: SummitQuery,
      response: { 200: SummitList, ...errorResponses(400, 406, 503) }
    }
  }, async (request, reply) => {
    const listExport = { name: 'summits', item: Summit }
    // A JSON page is written by the database (data/summits.ts: summitPage); CSV and NDJSON are made of listSummits' rows.
    if (request.format !== 'json') return answerList(request, reply, request.query, listExport, (filters, window) => listSummits(app.prisma, filters, window))
    const { limit, offset, format, ...filters } = request.query
    const window = pageWindow(request, request.query)
    return sendWrittenPage(request, reply, listExport, await summitPage(app.prisma, filters, window), window)
  })

  app.get('/summits/:slug', {
    config: { kind: 'resource' },
    schema: {
      operationId: 'getSummit',
      summary: 'Get one summit',
      description: 'One summit in full: its agreement counts (reported by each source, recorded with and without a known session, ' +
        'identified), its sessions with theirs and their attendance, its leaders and its other commitments (joint statement, ' +
        'cooperation, endorsements, positions), each with its citations and claims, and the summit\'s own.',
      tags: ['summits'],
      params: slugParams('korea-kazakhstan-2024'),
      querystring: NoQuery,
      response: { 200: SummitDetail, ...errorResponses(400, 404) }
    }
  }, async request => getSummit(app.prisma, request.params.slug))

  nestedAgreementsRoute(app, nestedList('summit'))

  app.get('/sessions', {
    config: { kind: 'list' },
    schema: {
      operationId: 'listSessions',
      summary: 'List sessions',
      description: 'The parts of summits where agreements were signed, in the order they took place.',
      tags: ['summits'],
      querystring: SessionQuery,
      response: { 200: SessionList, ...errorResponses(400, 406, 503) }
    }
  }, async (request, reply) => answerList(request, reply, request.query, { name: 'sessions', item: Session },
    (filters, window) => listSessions(app.prisma, filters, window)))

  app.get('/sessions/:slug', {
    config: { kind: 'resource' },
    schema: {
      operationId: 'getSession',
      summary: 'Get one session',
      description: 'One session, with its agreement counts (reported by each source, recorded, identified), citations and claims.',
      tags: ['summits'],
      params: slugParams('korea-kazakhstan-2024-business-forum'),
      querystring: NoQuery,
      response: { 200: SessionDetail, ...errorResponses(400, 404) }
    }
  }, async request => getSession(app.prisma, request.params.slug))

  nestedAgreementsRoute(app, nestedList('session'))
}

export default routes
