// One load measurement with autocannon, and the statistics the report needs.
import autocannon from 'autocannon'

export interface Measurement {
  rps: number
  /** Milliseconds. */
  p50: number
  p99: number
  non2xx: number
  /** Socket errors and timeouts. */
  errors: number
  /** Responses received, whatever their status (each is one access-log line). */
  responses: number
}

export async function measure (url: string, seconds: number, connections: number): Promise<Measurement> {
  // autocannon's latency histogram has a resolution of 1 ms, too coarse for
  // sub-millisecond medians and a 10 ms target, so every response time is
  // kept (and then includes non-2xx responses, which autocannon leaves out).
  const latencies: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    // autocannon stops only at its next sample tick: 100 ms rather than the
    // default second keeps short (smoke) runs short.
    const tracker = autocannon({ url, connections, duration: seconds, sampleInt: 100 }, (error, result) => {
      if (error === null) resolve(result)
      else reject(error)
    })
    tracker.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => { latencies.push(ms) })
  })
  latencies.sort((a, b) => a - b)
  return {
    // From the count rather than autocannon's per-second samples, which a run
    // shorter than a second (the smoke mode) does not have.
    rps: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    non2xx: result.non2xx,
    errors: result.errors, // timeouts included
    responses: latencies.length
  }
}

/** Nearest-rank percentile of sorted values; NaN when there are none. */
function percentile (sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p / 100 * sorted.length) - 1)] ?? NaN
}

export function median (values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] as number : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}
