import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { getSession, getSummit, listSessions, listSummits } from '../data/summits.js'
import { page } from '../http/pagination.js'
import { NoQuery, slugParams } from '../schemas/common.js'
import { errorResponses } from '../schemas/responses.js'
import { SessionDetail, SessionList, SessionQuery, SummitDetail, SummitList, SummitQuery } from '../schemas/summits.js'
import { nestedMousRoute } from './nested-mous.js'

const routes: FastifyPluginAsyncZod = async app => {
  app.get('/summits', {
    schema: {
      operationId: 'listSummits',
      summary: 'List summits',
      description: 'Summits, oldest first, each with its countries, leaders, sessions, and agreement counts: ' +
        'reported by the source, recorded in the dataset, and identified.',
      tags: ['summits'],
      querystring: SummitQuery,
      response: { 200: SummitList, ...errorResponses(400) }
    }
  }, async (request, reply) => {
    const { limit, offset, ...filter } = request.query
    const { data, total } = await listSummits(app.prisma, filter, { limit, offset })
    return page(request, reply, data, total, { limit, offset })
  })

  app.get('/summits/:slug', {
    schema: {
      operationId: 'getSummit',
      summary: 'Get one summit',
      description: 'One summit in full: its sessions with reported vs. recorded agreement counts and attendance, ' +
        'its leaders, its other commitments (joint statement, cooperation, endorsements, positions), and its citations.',
      tags: ['summits'],
      params: slugParams('korea-kazakhstan-2024'),
      querystring: NoQuery,
      response: { 200: SummitDetail, ...errorResponses(400, 404) }
    }
  }, async request => getSummit(app.prisma, request.params.slug))

  nestedMousRoute(app, {
    collection: 'summits',
    example: 'korea-kazakhstan-2024',
    resource: 'summit',
    tag: 'summits',
    condition: async (prisma, slug) => await prisma.summit.count({ where: { slug } }) === 0 ? null : { session: { summit: { slug } } }
  })

  app.get('/sessions', {
    schema: {
      operationId: 'listSessions',
      summary: 'List sessions',
      description: 'The parts of summits where agreements were signed, in the order they took place.',
      tags: ['summits'],
      querystring: SessionQuery,
      response: { 200: SessionList, ...errorResponses(400) }
    }
  }, async (request, reply) => {
    const { limit, offset, ...filter } = request.query
    const { data, total } = await listSessions(app.prisma, filter, { limit, offset })
    return page(request, reply, data, total, { limit, offset })
  })

  app.get('/sessions/:slug', {
    schema: {
      operationId: 'getSession',
      summary: 'Get one session',
      description: 'One session, with its agreement counts and citations.',
      tags: ['summits'],
      params: slugParams('korea-kazakhstan-2024-business-forum'),
      querystring: NoQuery,
      response: { 200: SessionDetail, ...errorResponses(400, 404) }
    }
  }, async request => getSession(app.prisma, request.params.slug))

  nestedMousRoute(app, {
    collection: 'sessions',
    example: 'korea-kazakhstan-2024-signing-ceremony',
    resource: 'session',
    tag: 'summits',
    condition: async (prisma, slug) => await prisma.session.count({ where: { slug } }) === 0 ? null : { session: { slug } }
  })
}

export default routes
