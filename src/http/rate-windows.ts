// The rate limiter's bookkeeping: a fixed window per client, as
// @fastify/rate-limit's in-memory store keeps it (the window starts with a
// client's first request and lasts `windowMs`), in a Map bounded to
// `maxClients` entries (the oldest window goes first) and swept of expired
// windows.

export interface RateWindow {
  /** Requests counted in this window, the current one included. */
  count: number
  /** When the window ends (epoch ms). */
  endsAt: number
}

export class RateWindows {
  readonly #windows = new Map<string, RateWindow>()
  constructor (readonly windowMs: number, readonly maxClients = 10_000) {}

  /** Counts a request of `client` at `now`, and answers its window. */
  hit (client: string, now: number): RateWindow {
    let window = this.#windows.get(client)
    if (window === undefined || window.endsAt <= now) {
      if (window !== undefined) this.#windows.delete(client) // re-inserted below: last to be evicted
      else if (this.#windows.size >= this.maxClients) this.#windows.delete(this.#windows.keys().next().value as string)
      window = { count: 0, endsAt: now + this.windowMs }
      this.#windows.set(client, window)
    }
    window.count++
    return window
  }

  /** Forgets the windows that ended before `now`. */
  sweep (now: number): void {
    for (const [client, window] of this.#windows) if (window.endsAt <= now) this.#windows.delete(client)
  }

  get size (): number { return this.#windows.size }
}

const mappedIPv4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i

/**
 * Whose budget a request is counted in: an IPv4 address, or an IPv6 /64
 * network (a single host commonly holds a whole /64, so counting addresses
 * would give it billions of budgets; @fastify/rate-limit does the same).
 * An IPv4 address written as IPv6 (`::ffff:192.0.2.1`) is that IPv4 address.
 */
export function clientKey (ip: string): string {
  if (!ip.includes(':')) return ip
  const mapped = mappedIPv4.exec(ip)?.[1]
  if (mapped !== undefined) return mapped
  const address = ip.split('%')[0] as string // no zone index
  const [head = '', tail] = address.toLowerCase().split('::')
  const groups = (part: string): string[] => part === ''
    ? []
    : part.split(':').flatMap(group =>
      group.includes('.') ? ['0', '0'] : [group.replace(/^0+(?=.)/, '')]) // an embedded IPv4 lies past the /64
  const first = groups(head)
  const all = tail === undefined ? first : [...first, ...Array(Math.max(0, 8 - first.length - groups(tail).length)).fill('0'), ...groups(tail)]
  return `${all.slice(0, 4).join(':')}::/64`
}
