// Agreement lists: /mous, and /{resource}/{slug}/mous for one summit, session,
// party, country, sector or mineral (the nested lists agreement-filters.ts
// declares). Same filters, sort, pages, cursors, group_by and exports
// everywhere, combined with AND; an unknown {slug} (or country {code}) is a 404.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from '@fastify/type-provider-zod'
import { z } from 'zod'
import { writtenGroups } from '../data/aggregates.js'
import { agreementConditions, type Condition, type NestedList } from '../data/agreement-filters.js'
import { exportAgreements } from '../data/agreement-exports.js'
import { listAgreements, sortText } from '../data/agreements.js'
import { NotFoundError } from '../http/errors.js'
import { sendExportStream } from '../http/export-stream.js'
import { sendExport } from '../http/exports.js'
import { pageLinks, pageWindow, sendWrittenBody, sendWrittenPage } from '../http/pagination.js'
import { absoluteUrl } from '../http/public-url.js'
import { Group, Groups } from '../schemas/aggregates.js'
import { Agreement, AgreementList, AgreementQuery } from '../schemas/agreements.js'
import { CodeParams, slugParams } from '../schemas/parameters.js'
import { errorResponses } from '../schemas/problems.js'

/**
 * The 200 of every agreement list: the list, or with group_by, the groups;
 * `kind` says which. Both are sent as the database writes their items
 * (sendWrittenBody), not through the route's serializer: test/export-lines.test.ts
 * and test/scale.test.ts hold them to what it would write.
 */
export const AgreementListOrGroups = z.discriminatedUnion('kind', [AgreementList, Groups])

/** Lists the agreements matching the query within `scope`, or counts them by `group_by`. */
export async function answerAgreements (app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, query: AgreementQuery,
  scope: Condition | undefined, name: string): Promise<FastifyReply> {
  const { sort, limit, offset, format, group_by: dimension, cursor, ...filters } = query
  const conditions = [...scope === undefined ? [] : [scope], ...await agreementConditions(app.prisma, filters)]
  if (dimension !== undefined) {
    const paged = limit !== undefined || offset !== undefined
    const { data, meta } = await writtenGroups(app.prisma, conditions, dimension, { limit, offset: offset ?? 0, paged })
    if (paged) reply.header('Link', pageLinks(absoluteUrl(request, request.url), meta.groups, meta.limit ?? meta.groups, meta.offset ?? 0))
    return request.format === 'json'
      ? sendWrittenBody(reply, 'groups', data, meta)
      : sendExport(request, reply, `${name}-by-${dimension}`, Group, JSON.parse(data) as Group[])
  }
  // A cursor is valid only for the query it was made for (its filters and scope, and its sort) and the data it was made of.
  const byCursor = cursor === undefined
    ? undefined
    : { cursor, context: { order: sortText(sort), query: `${name} ${JSON.stringify(filters)}`, version: await app.datasetVersion() } }
  // Each agreement is a line the database writes: its CSV row, or its JSON object (for NDJSON and JSON alike).
  const lineFormat = request.format === 'csv' ? 'csv' : 'json'
  if (request.format !== 'json' && limit === undefined) {
    return sendExportStream(request, reply, name, Agreement,
      async () => exportAgreements(app.prisma, conditions, sort, offset ?? 0, lineFormat, byCursor?.context.version ?? await app.datasetVersion(), byCursor))
  }
  const window = pageWindow(request, query)
  const page = await listAgreements(app.prisma, conditions, sort, window, lineFormat, byCursor)
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
