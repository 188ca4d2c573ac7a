// Structured logs: pino JSON, one line per request, request ids clients can
// quote, secrets redacted, and human-readable lines only on a terminal.
import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { createRequire } from 'node:module'
import { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify'
import type { Config } from './config.js'

export const requestIdHeader = 'x-request-id'

// Ids end up in logs and headers: accept only what cannot forge a log line or a header.
const acceptableId = /^[A-Za-z0-9._:-]{1,128}$/

/** The client's X-Request-Id when it is a plain token, else a new UUID. */
export function requestId (request: IncomingMessage): string {
  const sent = request.headers[requestIdHeader]
  return typeof sent === 'string' && acceptableId.test(sent) ? sent : randomUUID()
}

/**
 * Fastify writes two lines per request ("incoming request", "request completed")
 * and a third for a 404; one completion line says all of it at half the cost.
 */
export class AccessLog extends LogController {
  override incomingRequest (): void {}
  override routeNotFound (): void {}
  override requestCompleted (error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = {
      method: request.method,
      route: request.routeOptions.url ?? null,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 100) / 100,
      ip: request.ip
    }
    if (error) reply.log.error({ ...line, err: error }, 'response failed')
    else reply.log.info(line, 'request completed')
  }
}

export const redactedPaths = [
  'req.headers.authorization', 'req.headers.cookie', 'req.headers["proxy-authorization"]',
  'headers.authorization', 'headers.cookie', 'headers["proxy-authorization"]',
  'res.headers["set-cookie"]'
]

function prettyAvailable (): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty')
    return true
  } catch {
    return false // a production install has no devDependencies: JSON it is
  }
}

export interface LogOutput {
  /** Where JSON lines go (tests); stdout when absent. */
  stream?: { write (line: string): void }
  /** Human-readable lines; by default only when stdout is a terminal and pino-pretty is installed. */
  pretty?: boolean
}

export function loggerOptions (config: Config, output: LogOutput = {}): FastifyServerOptions['logger'] {
  const base = { level: config.logLevel, redact: { paths: redactedPaths, censor: '[redacted]' } }
  if (output.stream !== undefined) return { ...base, stream: output.stream }
  const pretty = output.pretty ?? (process.stdout.isTTY === true && prettyAvailable())
  if (!pretty) return base
  return { ...base, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } } }
}
