// autocannon ships no types; these cover what test/bench uses of its API.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  function autocannon (options: autocannon.Options, done: (error: Error | null, result: autocannon.Result) => void): EventEmitter

  namespace autocannon {
    interface Request { method?: string, path?: string, headers?: Record<string, string> }
    interface Options {
      url: string
      connections?: number
      duration?: number
      sampleInt?: number
      /** Each request can be rewritten before it is sent (postgresql.ts: a new path each time). */
      requests?: Array<{ setupRequest?: (request: Request) => Request }>
    }
    interface Result {
      /** Seconds, to 10 ms. */
      duration: number
      /** `total` counts every response, whatever its status. */
      requests: { total: number }
      non2xx: number
      /** Socket errors, timeouts included. */
      errors: number
      /** Milliseconds, 1 ms resolution. */
      latency: { p50: number, p99: number }
    }
  }

  export = autocannon
}
