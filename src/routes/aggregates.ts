import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { z } from 'zod'
import { partyPairBatches, partyPairs, statsJson, statsOf, statsParts, statsRows } from '../data/aggregates.js'
import { agreementConditions } from '../data/agreement-filters.js'
import { sendExport } from '../http/exports.js'
import { answerList, sendWrittenJson } from '../http/pagination.js'
import { PartyPair, PartyPairList, Stats, StatsRow } from '../schemas/aggregates.js'
import { agreementFilters } from '../schemas/agreements.js'
import { pagination } from '../schemas/pages.js'
import { errorResponses } from '../schemas/problems.js'

const StatsQuery = z.strictObject({ format: pagination.format })
const PartyPairQuery = z.strictObject({ ...agreementFilters, ...pagination })

/**
 * Where a pair's agreements are all listed: the first party's agreements that
 * the other signed too, with the request's other filters (`party` aside: it
 * would mean either party there), by slug, as the pair lists them.
 */
function pairListOf (url: string): (partyA: string, partyB: string) => string {
  const query = new URL(url, 'http://localhost').searchParams
  for (const name of ['party', 'limit', 'offset', 'format', 'sort']) query.delete(name)
  return (partyA, partyB) => {
    const params = new URLSearchParams(query)
    params.set('party', partyB)
    params.set('sort', 'slug')
    return `/parties/${partyA}/mous?${params.toString()}`
  }
}

const routes: FastifyPluginAsyncZod = async app => {
  app.get('/stats', {
    config: { kind: 'aggregate' },
    schema: {
      operationId: 'getStats',
      summary: 'Dashboard totals',
      description: 'One response for a dashboard\'s headline tiles: agreements per summit and session as reported by the source, ' +
        'recorded in the dataset and identified; and counts per sector, mineral, party kind and country ' +
        '(multi-valued: an agreement with two sectors counts in both). As CSV or NDJSON, one row per value.',
      tags: ['aggregates'],
      querystring: StatsQuery,
      response: { 200: Stats, ...errorResponses(400, 406) }
    }
  }, async (request, reply) => {
    const parts = await statsParts(app.prisma, app.dataset())
    return request.format === 'json'
      ? sendWrittenJson(reply, statsJson(parts))
      : sendExport(request, reply, 'stats', StatsRow, statsRows(statsOf(parts)))
  })

  app.get('/party-pairs', {
    config: { kind: 'list' },
    schema: {
      operationId: 'listPartyPairs',
      summary: 'Pairs of parties that signed together',
      description: 'For network views: every pair of parties that signed an agreement together, with how many and which, ' +
        'among the agreements matching the same filters as `/mous`. Most frequent pairs first (then by slugs); each lists its first 20 ' +
        'agreements, and `agreements_list` links to them all.',
      tags: ['aggregates'],
      querystring: PartyPairQuery,
      response: { 200: PartyPairList, ...errorResponses(400, 406, 503) }
    }
  }, async (request, reply) => answerList(request, reply, request.query, { name: 'party-pairs', item: PartyPair },
    async (filters, window) => partyPairs(app.prisma, await agreementConditions(app.prisma, filters), window, pairListOf(request.url)),
    async function * (filters, offset) {
      yield * partyPairBatches(app.prisma, await agreementConditions(app.prisma, filters), offset, pairListOf(request.url))
    }))
}

export default routes
