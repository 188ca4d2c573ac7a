// Agreement lists: /mous, and /{resource}/{slug}/mous for one summit, session,
// party, country, sector or mineral. Same filters, sort, pages, group_by and
// exports everywhere, combined with AND; an unknown {slug} (or country {code})
// is a 404.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from '@fastify/type-provider-zod'
import { z } from 'zod'
import type { Prisma } from '../generated/prisma/client.js'
import { groupAgreements } from '../data/aggregates.js'
import { agreementWhere, listAgreements } from '../data/agreements.js'
import { NotFoundError } from '../http/errors.js'
import { sendAggregate } from '../http/exports.js'
import { pageWindow, sendPage } from '../http/pagination.js'
import { Group, Groups } from '../schemas/aggregates.js'
import { Agreement, AgreementList, AgreementQuery } from '../schemas/agreements.js'
import { CodeParams, slugParams } from '../schemas/parameters.js'
import { errorResponses } from '../schemas/problems.js'

/** The 200 of every agreement list: the list, or with group_by, the groups; `kind` says which. */
export const AgreementListOrGroups = z.discriminatedUnion('kind', [AgreementList, Groups])

/** Lists the agreements matching the query within `scope`, or counts them by `group_by`. */
export async function answerAgreements (app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, query: AgreementQuery,
  scope: Prisma.AgreementWhereInput, name: string): Promise<z.infer<typeof AgreementListOrGroups> | FastifyReply> {
  const { sort, limit, offset, format, group_by: dimension, ...filters } = query
  const where = { AND: [scope, await agreementWhere(app.prisma, filters)] }
  if (dimension !== undefined) {
    const groups: Groups = { kind: 'groups', ...await groupAgreements(app.prisma, where, dimension) }
    return sendAggregate(request, reply, `${name}-by-${dimension}`, Group, groups, groups.data)
  }
  const window = pageWindow(request, query)
  return sendPage(request, reply, { name, item: Agreement }, await listAgreements(app.prisma, where, sort, window), window)
}

export interface NestedAgreements {
  /** e.g. 'summits' */
  collection: string
  /** e.g. 'summit', for messages and operation ids */
  resource: string
  tag: string
  /** The path parameter: a slug, or for countries an ISO code. */
  key?: 'slug' | 'code'
  /** A slug (or code) that exists, for the documentation. */
  example: string
  /** Resolves the path's slug (or code) to the agreements' condition, or null when no such resource exists. */
  condition: (prisma: FastifyInstance['prisma'], pathKey: string) => Promise<Prisma.AgreementWhereInput | null>
}

export function nestedAgreementsRoute (app: FastifyInstance, { collection, resource, tag, key = 'slug', example, condition }: NestedAgreements): void {
  const capitalised = resource[0]?.toUpperCase() + resource.slice(1)
  app.withTypeProvider<ZodTypeProvider>().get(`/${collection}/:${key}/mous`, {
    config: { kind: 'list' },
    schema: {
      // The operation ids clients know: listSummitMous, listPartyMous, …
      operationId: `list${capitalised}Mous`,
      summary: `List one ${resource}'s agreements`,
      description: `The agreements of one ${resource}, with every filter, sort, page, \`group_by\` and \`format\` parameter of \`/mous\`.`,
      tags: [tag],
      params: key === 'code' ? CodeParams : slugParams(example),
      querystring: AgreementQuery,
      response: { 200: AgreementListOrGroups, ...errorResponses(400, 404, 406) }
    }
  }, async (request, reply) => {
    const pathKey = (request.params as Record<string, string>)[key] ?? ''
    const scope = await condition(app.prisma, pathKey)
    if (scope === null) throw new NotFoundError(resource, pathKey)
    return answerAgreements(app, request, reply, request.query, scope, `${collection}-${pathKey.toLowerCase()}-mous`)
  })
}
