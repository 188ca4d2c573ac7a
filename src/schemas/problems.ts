// The shape of every error answer: RFC 9457 problem details. How a problem is
// built and sent, and the texts it carries, are in src/http/problems.ts.
import { z } from 'zod'

export const ParameterProblem = z.object({
  in: z.enum(['query', 'path', 'header']),
  name: z.string().describe('The parameter at fault.'),
  detail: z.string().describe('What is wrong with it and what would be accepted.'),
  value: z.string().optional().describe('The value sent, when there was one.'),
  accepted: z.array(z.string()).optional().describe('The values or parameter names that would be accepted, when they are few.'),
  suggestions: z.array(z.string()).optional().describe('The closest existing values, for an unknown slug.')
}).meta({ id: 'ParameterProblem' })
export type ParameterProblem = z.infer<typeof ParameterProblem>

/** The body of every 4xx and 5xx response. */
export const Problem = z.object({
  type: z.string().describe('A URI reference identifying the problem type.'),
  title: z.string().describe('A short summary of the problem type.'),
  status: z.int().describe('The HTTP status code.'),
  detail: z.string().describe('What went wrong with this request, and what to do instead.'),
  instance: z.string().describe('The path and query of the request.'),
  errors: z.array(ParameterProblem).optional().describe('For invalid parameters: one entry per parameter at fault.')
}).meta({ id: 'Problem', description: 'An RFC 9457 problem details object (`application/problem+json`).' })
export type Problem = z.infer<typeof Problem>

/** The error responses an operation documents; the swagger plugin gives each its description and media type. */
export function errorResponses (...statuses: number[]): Record<number, typeof Problem> {
  return Object.fromEntries(statuses.map(status => [status, Problem]))
}
