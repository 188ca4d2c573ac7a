// A request that fails its route's schema is a 400 whose `errors` name each
// parameter at fault, with the value sent and what would be accepted.
import type { FastifyRequest } from 'fastify'
import { z } from 'zod'
import { listItems } from '../schemas/parameters.js'
import type { ParameterProblem } from '../schemas/problems.js'
import { details } from './problems.js'

/** One issue of a failed validation, as @fastify/type-provider-zod reports it. */
export interface ValidationIssue { keyword: string, instancePath: string, message?: string, params: Record<string, unknown> }

const locations: Record<string, ParameterProblem['in']> = { querystring: 'query', params: 'path', headers: 'header' }

/** The accepted parameter names of the route's querystring schema, for "unknown parameter" errors. */
function acceptedParameters (request: FastifyRequest): string[] {
  const schema = request.routeOptions.schema?.querystring
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : []
}

/** `context`: which part of the request failed (Fastify's validationContext: querystring, params, headers). */
export function parameterProblems (request: FastifyRequest, context: string | undefined, issues: ValidationIssue[]): ParameterProblem[] {
  const where = locations[context ?? 'querystring'] ?? 'query'
  const sent = (where === 'path' ? request.params : request.query) as Record<string, unknown>
  return issues.flatMap((issue): ParameterProblem[] => {
    if (issue.keyword === 'unrecognized_keys') {
      const accepted = acceptedParameters(request)
      return (issue.params.keys as string[]).map(name => ({ in: where, name, detail: details.unknownParameter(accepted), accepted }))
    }
    const [, name = '', index] = issue.instancePath.split('/')
    // An issue with one value of a list parameter (`/kind/1`) is about that value.
    const value = index === undefined ? sent[name] : (listItems(sent[name]) as unknown[] | undefined)?.[Number(index)]
    const accepted = Array.isArray(issue.params.values)
      ? issue.params.values.map(String)
      : Array.isArray(issue.params.accepted) ? (issue.params.accepted as string[]) : undefined
    return [{
      in: where,
      name,
      detail: issue.message ?? 'invalid',
      ...(value === undefined ? {} : { value: Array.isArray(value) ? value.join(',') : String(value) }),
      ...(accepted === undefined ? {} : { accepted })
    }]
  })
}

/**
 * The values of the `names` parameters that passed validation when others did
 * not, read as the route would: so that a 400 can report, in the same answer,
 * the unknown slugs that only a database lookup finds.
 */
export function validQueryValues (request: FastifyRequest, problems: ParameterProblem[], names: readonly string[]): Record<string, unknown> {
  const schema = request.routeOptions.schema?.querystring
  if (!(schema instanceof z.ZodObject)) return {}
  const failed = new Set(problems.map(problem => problem.name))
  const sent = request.query as Record<string, unknown>
  return Object.fromEntries(names.flatMap(name => {
    const field = (schema.shape as Record<string, z.ZodType>)[name]
    if (field === undefined || failed.has(name) || sent[name] === undefined) return []
    const parsed = field.safeParse(sent[name])
    return parsed.success ? [[name, parsed.data]] : []
  }))
}
