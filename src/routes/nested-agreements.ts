// Agreement lists: /mous, and /{resource}/{slug}/mous for one summit, session,
// party, country, sector or mineral (the nested lists agreement-filters.ts
// declares). Same filters, sort, pages, cursors, group_by and exports
// everywhere, combined with AND; an unknown {slug} (or country {code}) is a 404.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from '@fastify/type-provider-zod'
import { serializerCompiler } from '../http/serializer.js'
import { z } from 'zod'
import { groupAgreements } from '../data/aggregates.js'
import { agreementConditions, type Condition, type NestedList } from '../data/agreement-filters.js'
import { exportAgreements, listAgreements, sortText } from '../data/agreements.js'
import { NotFoundError } from '../http/errors.js'
import { sendExportStream } from '../http/export-stream.js'
import { sendAggregate } from '../http/exports.js'
import { pageLinks, pageWindow, sendWrittenPage } from '../http/pagination.js'
import { absoluteUrl } from '../http/public-url.js'
import { Group, Groups } from '../schemas/aggregates.js'
import { Agreement, AgreementList, AgreementQuery } from '../schemas/agreements.js'
import { CodeParams, slugParams } from '../schemas/parameters.js'
import { errorResponses } from '../schemas/problems.js'

/** The 200 of every agreement list: the list, or with group_by, the groups; `kind` says which. */
export const AgreementListOrGroups = z.discriminatedUnion('kind', [AgreementList, Groups])

// Each answer is serialized with its own half of the union: trying the list's
// schema first on 10,000 groups (every party) costs most of a second.
const serializerOf = (schema: z.ZodType) => serializerCompiler({ schema, method: 'GET', url: '', httpStatus: '200' })
const serializeGroups = serializerOf(Groups)
/** A JSON answer serialized by `serializer` (which, unlike the route's, leaves the content type to set). */
const jsonBy = (request: FastifyRequest, reply: FastifyReply, serializer: (data: unknown) => string): FastifyReply =>
  request.format === 'json' ? reply.type('application/json; charset=utf-8').serializer(serializer) : reply

/** Lists the agreements matching the query within `scope`, or counts them by `group_by`. */
export async function answerAgreements (app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, query: AgreementQuery,
  scope: Condition | undefined, name: string): Promise<z.infer<typeof AgreementListOrGroups> | FastifyReply> {
  const { sort, limit, offset, format, group_by: dimension, cursor, ...filters } = query
  const conditions = [...scope === undefined ? [] : [scope], ...await agreementConditions(app.prisma, filters)]
  if (dimension !== undefined) {
    const paged = limit !== undefined || offset !== undefined
    const groups: Groups = { kind: 'groups', ...await groupAgreements(app.prisma, conditions, dimension, { limit, offset: offset ?? 0, paged }) }
    if (paged) reply.header('Link', pageLinks(absoluteUrl(request, request.url), groups.meta.groups, groups.meta.limit ?? groups.meta.groups, groups.meta.offset ?? 0))
    return sendAggregate(request, jsonBy(request, reply, serializeGroups), `${name}-by-${dimension}`, Group, groups, groups.data)
  }
  // A cursor is valid only for the query it was made for: its filters and scope, and its sort.
  const byCursor = cursor === undefined ? undefined : { cursor, context: { order: sortText(sort), query: `${name} ${JSON.stringify(filters)}` } }
  if (request.format !== 'json' && limit === undefined) {
    return sendExportStream(request, reply, name, Agreement, format => exportAgreements(app.prisma, conditions, sort, offset ?? 0, format === 'csv' ? 'csv' : 'json', byCursor))
  }
  const window = pageWindow(request, query)
  const page = await listAgreements(app.prisma, conditions, sort, window, request.format === 'csv' ? 'csv' : 'json', byCursor)
  return sendWrittenPage(request, reply, { name, item: Agreement }, page, { ...window, offset: page.offset }, page.nextCursor)
}

export function nestedAgreementsRoute (app: FastifyInstance, { collection, resource, tag, key, example, scope }: NestedList): void {
  const capitalised = resource[0]?.toUpperCase() + resource.slice(1)
  app.withTypeProvider<ZodTypeProvider>().get(`/${collection}/:${key}/mous`, {
    config: { kind: 'list' },
    schema: {
      // The operation ids clients know: listSummitMous, listPartyMous, …
      operationId: `list${capitalised}Mous`,
      summary: `List one ${resource}'s agreements`,
      description: `The agreements of one ${resource}, with every filter, sort, page, \`cursor\`, \`group_by\` and \`format\` parameter of \`/mous\`.`,
      tags: [tag],
      params: key === 'code' ? CodeParams : slugParams(example),
      querystring: AgreementQuery,
      response: { 200: AgreementListOrGroups, ...errorResponses(400, 404, 406, 503) }
    }
  }, async (request, reply) => {
    const pathKey = (request.params as Record<string, string>)[key] ?? ''
    const condition = await scope(app.prisma, pathKey)
    if (condition === null) throw new NotFoundError(resource, pathKey)
    return answerAgreements(app, request, reply, request.query, condition, `${collection}-${pathKey.toLowerCase()}-mous`)
  })
}
