import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { getCountry, getMineral, getSector, listCountries, listMinerals, listSectors } from '../data/taxonomy.js'
import { answerList } from '../http/pagination.js'
import { PageQuery } from '../schemas/pages.js'
import { CodeParams, NoQuery, slugParams } from '../schemas/parameters.js'
import { errorResponses } from '../schemas/problems.js'
import {
  Country, CountryDetail, CountryList, Mineral, MineralDetail, MineralList, MineralQuery, Sector, SectorDetail, SectorList
} from '../schemas/taxonomy.js'
import { nestedList } from '../data/agreement-filters.js'
import { nestedAgreementsRoute } from './nested-agreements.js'

const routes: FastifyPluginAsyncZod = async app => {
  const tags = ['taxonomy']

  app.get('/countries', {
    config: { kind: 'list' },
    schema: {
      operationId: 'listCountries',
      summary: 'List countries',
      description: 'Countries by ISO 3166-1 alpha-2 code, with how many parties and agreements each has.',
      tags,
      querystring: PageQuery,
      response: { 200: CountryList, ...errorResponses(400, 406, 503) }
    }
  }, async (request, reply) => answerList(request, reply, request.query, { name: 'countries', item: Country },
    (_filters, window) => listCountries(app.prisma, window)))

  app.get('/countries/:code', {
    config: { kind: 'resource' },
    schema: {
      operationId: 'getCountry',
      summary: 'Get one country',
      description: 'One country, its parties, and the citations for its code and name.',
      tags,
      params: CodeParams,
      querystring: NoQuery,
      response: { 200: CountryDetail, ...errorResponses(400, 404) }
    }
  }, async request => getCountry(app.prisma, request.params.code))

  app.get('/sectors', {
    config: { kind: 'list' },
    schema: {
      operationId: 'listSectors',
      summary: 'List sectors',
      description: 'The sector taxonomy, in the order the source lists it, with how many agreements each has.',
      tags,
      querystring: PageQuery,
      response: { 200: SectorList, ...errorResponses(400, 406, 503) }
    }
  }, async (request, reply) => answerList(request, reply, request.query, { name: 'sectors', item: Sector },
    (_filters, window) => listSectors(app.prisma, window)))

  app.get('/sectors/:slug', {
    config: { kind: 'resource' },
    schema: {
      operationId: 'getSector',
      summary: 'Get one sector',
      description: 'One sector, with its agreement count and citations.',
      tags,
      params: slugParams('critical-minerals'),
      querystring: NoQuery,
      response: { 200: SectorDetail, ...errorResponses(400, 404) }
    }
  }, async request => getSector(app.prisma, request.params.slug))

  app.get('/minerals', {
    config: { kind: 'list' },
    schema: {
      operationId: 'listMinerals',
      summary: 'List minerals',
      description: 'Minerals the sources name: single elements (with their chemical symbol) and groups, ' +
        'the countries the source says hold them, and how many agreements each has.',
      tags,
      querystring: MineralQuery,
      response: { 200: MineralList, ...errorResponses(400, 406, 503) }
    }
  }, async (request, reply) => answerList(request, reply, request.query, { name: 'minerals', item: Mineral },
    (filters, window) => listMinerals(app.prisma, filters, window)))

  app.get('/minerals/:slug', {
    config: { kind: 'resource' },
    schema: {
      operationId: 'getMineral',
      summary: 'Get one mineral',
      description: 'One mineral, with its agreement count and citations.',
      tags,
      params: slugParams('lithium'),
      querystring: NoQuery,
      response: { 200: MineralDetail, ...errorResponses(400, 404) }
    }
  }, async request => getMineral(app.prisma, request.params.slug))

  nestedAgreementsRoute(app, nestedList('country'))
  nestedAgreementsRoute(app, nestedList('sector'))
  nestedAgreementsRoute(app, nestedList('mineral'))
}

export default routes
