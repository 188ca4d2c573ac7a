// /{resource}/{slug}/mous: the agreements of one summit, session, party,
// country, sector or mineral. Same filters, sort and pages as /mous, combined
// with AND; an unknown {slug} (or country {code}) is a 404.
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from '@fastify/type-provider-zod'
import type { Prisma } from '../generated/prisma/client.js'
import { listMous, mouWhere } from '../data/mous.js'
import { NotFoundError } from '../errors.js'
import { page } from '../http/pagination.js'
import { slugParams } from '../schemas/common.js'
import { CodeParams } from '../schemas/taxonomy.js'
import { MouList, MouQuery } from '../schemas/mous.js'
import { errorResponses } from '../schemas/responses.js'

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
    schema: {
      operationId: `list${Resource}Mous`,
      summary: `List one ${resource}'s agreements`,
      description: `The agreements of one ${resource}, with every filter, sort and page parameter of \`/mous\`.`,
      tags: [tag],
      params: key === 'code' ? CodeParams : slugParams(example),
      querystring: MouQuery,
      response: { 200: MouList, ...errorResponses(400, 404) }
    }
  }, async (request, reply) => {
    const id = (request.params as Record<string, string>)[key] ?? ''
    const scope = await condition(app.prisma, id)
    if (scope === null) throw new NotFoundError(resource, id)
    const { sort, limit, offset, ...filters } = request.query
    const where = { AND: [scope, await mouWhere(app.prisma, filters)] }
    const { data, total } = await listMous(app.prisma, where, sort, { limit, offset })
    return page(request, reply, data, total, { limit, offset })
  })
}
