// The API's front door: GET / links to everything else, like GitHub's API
// root, and every problem `type` the API sends answers what it means.
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { datasetVersion } from '../data/dataset.js'
import { apiDescription, apiName, apiVersion } from '../http/api-info.js'
import { NotFoundError } from '../http/errors.js'
import { problemTypes, problemTypeUri } from '../http/problems.js'
import { absoluteUrl } from '../http/public-url.js'
import { NoQuery } from '../schemas/parameters.js'
import { errorResponses } from '../schemas/problems.js'
import { ApiIndex, ProblemType, ProblemTypeParams } from '../schemas/root.js'

const paths: Record<keyof ApiIndex['links'], string> = {
  mous: '/mous',
  summits: '/summits',
  sessions: '/sessions',
  parties: '/parties',
  countries: '/countries',
  sectors: '/sectors',
  minerals: '/minerals',
  sources: '/sources',
  stats: '/stats',
  party_pairs: '/party-pairs',
  docs: '/docs',
  openapi: '/openapi.json',
  health: '/health',
  ready: '/ready'
}

const routes: FastifyPluginAsyncZod = async app => {
  app.get('/', {
    config: { kind: 'resource' },
    schema: {
      operationId: 'getIndex',
      summary: 'The API root',
      description: 'Where to start: the API\'s name and version, the version of its data, and absolute links to every collection, ' +
        'the documentation and the OpenAPI document.',
      tags: ['index'],
      querystring: NoQuery,
      response: { 200: ApiIndex, ...errorResponses(400) }
    }
  }, async request => ({
    name: apiName,
    description: apiDescription,
    version: apiVersion,
    dataset: await datasetVersion(app.prisma),
    links: Object.fromEntries(Object.entries(paths).map(([name, path]) => [name, absoluteUrl(request, path)])) as ApiIndex['links']
  }))

  app.get('/problems/:type', {
    config: { kind: 'resource' },
    schema: {
      operationId: 'getProblemType',
      summary: 'What a problem type means',
      description: 'The `type` of an error answer (RFC 9457 problem details), such as `/problems/invalid-parameters`, ' +
        'resolves here to what it means and what to do about it. Problems of type `about:blank` mean what their status means.',
      tags: ['index'],
      params: ProblemTypeParams,
      querystring: NoQuery,
      response: { 200: ProblemType, ...errorResponses(400, 404) }
    }
  }, async request => {
    const name = request.params.type
    const problemType = Object.hasOwn(problemTypes, name) ? problemTypes[name] : undefined
    if (problemType === undefined) throw new NotFoundError('problem type', name)
    return { type: problemTypeUri(name), ...problemType }
  })
}

export default routes
