// The error responses an operation documents: all RFC 9457 problem details.
// The swagger plugin gives each its description and media type.
import { Problem } from './common.js'

export const statusDescriptions: Record<string, string> = {
  200: 'OK',
  304: 'Not modified: the representation matching `If-None-Match` is still current.',
  400: 'A parameter is invalid; `errors` names each one and what would be accepted.',
  404: 'No such resource.',
  406: 'None of the media types in `Accept` can be produced.',
  429: 'Too many requests; retry after the time in `Retry-After`.',
  503: 'Not ready.'
}

export function errorResponses (...statuses: number[]): Record<number, typeof Problem> {
  return Object.fromEntries(statuses.map(status => [status, Problem]))
}
