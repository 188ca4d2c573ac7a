// Agreement lists: /mous, and /{resource}/{slug}/mous for one summit, session,
// party, country, sector or mineral. Same filters, sort, pages, group_by and
// exports everywhere, combined with AND; an unknown {slug} (or country {code})
// is a 404.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from '@fastify/type-provider-zod'
import { z } from 'zod'
import type { Prisma } from '../generated/prisma/client.js'
import { groupMous } from '../data/aggregates.js'
import { listMous, mouWhere } from '../data/agreements.js'
import { NotFoundError } from '../http/errors.js'
import { sendAggregate } from '../http/exports.js'
import { pageWindow, sendPage } from '../http/pagination.js'
import { Group, Groups } from '../schemas/aggregates.js'
import { Mou, MouList, MouQuery } from '../schemas/agreements.js'
import { errorResponses } from '../schemas/problems.js'
import { CodeParams, slugParams } from '../schemas/parameters.js'

/** The 200 of every agreement list: the list, or with group_by, the groups. */
export const MouListOrGroups = z.union([MouList, Groups])

/** Lists the agreements matching the query within `scope`, or counts them by `group_by`. */
export async function answerMous (app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, query: MouQuery,
  scope: Prisma.AgreementWhereInput, name: string): Promise<z.infer<typeof MouListOrGroups> | FastifyReply> {
  const { sort, limit, offset, format, group_by: dimension, ...filters } = query
  const where = { AND: [scope, await mouWhere(app.prisma, filters)] }
  if (dimension !== undefined) {
    const groups = await groupMous(app.prisma, where, dimension)
    return sendAggregate(request, reply, `${name}-by-${dimension}`, Group, groups, groups.data)
  }
  const window = pageWindow(request, query)
  return sendPage(request, reply, { name, item: Mou }, await listMous(app.prisma, where, sort, window), window)
}

export interface NestedMous {
  /** e.g. 'summits' */
  collection: string
  /** e.g. 'summit', for messages and operation ids */
  resource: string
  tag: string
  /** The path parameter: a slug, or for countries an ISO code. */
  key?: 'slug' | 'code'
  /** A slug (or code) that exists, for the documentation. */
  example: string
  /** Resolves the path slug to the agreements' condition, or null when no such resource exists. */
  condition: (prisma: FastifyInstance['prisma'], slug: string) => Promise<Prisma.AgreementWhereInput | null>
}

export function nestedMousRoute (app: FastifyInstance, { collection, resource, tag, key = 'slug', example, condition }: NestedMous): void {
  const Resource = resource[0]?.toUpperCase() + resource.slice(1)
  app.withTypeProvider<ZodTypeProvider>().get(`/${collection}/:${key}/mous`, {
    config: { kind: 'list' },
    schema: {
      operationId: `list${Resource}Mous`,
      summary: `List one ${resource}'s agreements`,
      description: `The agreements of one ${resource}, with every filter, sort, page, \`group_by\` and \`format\` parameter of \`/mous\`.`,
      tags: [tag],
      params: key === 'code' ? CodeParams : slugParams(example),
      querystring: MouQuery,
      response: { 200: MouListOrGroups, ...errorResponses(400, 404, 406) }
    }
  }, async (request, reply) => {
    const id = (request.params as Record<string, string>)[key] ?? ''
    const scope = await condition(app.prisma, id)
    if (scope === null) throw new NotFoundError(resource, id)
    return answerMous(app, request, reply, request.query, scope, `${collection}-${id.toLowerCase()}-mous`)
  })
}
