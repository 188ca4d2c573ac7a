// The Fastify options the process runs with, built from the configuration:
// logging, request ids, proxies, timeouts, and how closing and refused
// requests are answered. Tests build their apps with the same options.
import type { FastifyServerOptions } from 'fastify'
import type { Config } from './config.js'
import { routerRefusal, parserRefusal } from './http/refusals.js'
import { AccessLog, loggerOptions, requestId, type LogOutput } from './logging.js'
import { lazyChildLogger } from './request-logger.js'

/** A hop count means: believe that many proxies nearest to us (what Fastify does with a number, typed). */
function trustHops (hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops
}

export function serverOptions (config: Config, logOutput?: LogOutput): FastifyServerOptions {
  return {
    logger: loggerOptions(config, logOutput),
    logController: new AccessLog(),
    childLoggerFactory: lazyChildLogger,
    genReqId: requestId,
    // Fastify would take any X-Request-Id as is; genReqId checks it first.
    requestIdHeader: false,
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    // While closing, serve what arrives on open connections (with Connection: close)
    // rather than 503: a request already sent is a request to finish.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    // The router's own limit (100) would refuse a slug before its schema could say why.
    routerOptions: { maxParamLength: config.maxUrlLength },
    frameworkErrors: routerRefusal(config.maxUrlLength),
    clientErrorHandler: parserRefusal
  }
}
