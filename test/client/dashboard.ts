// A small dashboard client, written as a user of the API would: types generated
// from /openapi.json with openapi-typescript (./openapi.d.ts), and openapi-fetch's
// plain createClient<paths>(): no casts, no media-type generics. It type-checks
// in strict mode (test/typed-client.test.ts checks that, and runs it).
//
// Try it against a running server (npm start):  npx tsx test/client/dashboard.ts http://127.0.0.1:3000
import { pathToFileURL } from 'node:url'
import createClient from 'openapi-fetch'
import type { components, paths } from './openapi.js'

export type Problem = components['schemas']['Problem']

/** An error answer: RFC 9457 problem details, with every parameter at fault in `errors`. */
export class ApiError extends Error {
  constructor (readonly problem: Problem) {
    super(`${problem.status} ${problem.title}: ${problem.detail}`)
  }
}

export interface Filter { sectors?: string[], countries?: string[], identified?: boolean }

export function dashboard (baseUrl: string) {
  const client = createClient<paths>({ baseUrl })
  // Lists are arrays (sent as ?sector=a&sector=b), `identified` a boolean.
  const query = ({ sectors, countries, identified }: Filter) =>
    ({ ...(sectors && { sector: sectors }), ...(countries && { country: countries }), ...(identified !== undefined && { identified }) })

  return {
    /** A filtered list: one page of titles, and how many match in all. */
    async agreements (filter: Filter, limit = 20) {
      const { data, error } = await client.GET('/mous', { params: { query: { ...query(filter), sort: 'title', limit } } })
      if (error !== undefined) throw new ApiError(error)
      // The same operation answers groups with group_by: `kind` tells them apart.
      if (data.kind === 'groups') throw new Error('asked for a list, got groups')
      return { total: data.meta.total, titles: data.data.map(agreement => agreement.title ?? `(unidentified: ${agreement.slug})`) }
    },

    /** A detail, with what the source says for each fact; undefined when there is no such agreement. */
    async agreement (slug: string) {
      const { data, error, response } = await client.GET('/mous/{slug}', { params: { path: { slug } } })
      if (response.status === 404) return undefined
      if (error !== undefined) throw new ApiError(error)
      return { title: data.title, signedAt: data.signed_at, parties: data.parties.map(party => party.name), quotes: data.citations.map(citation => citation.quote) }
    },

    /** Counts by one dimension (group_by): every value, largest first. */
    async countsBy (dimension: 'sector' | 'mineral' | 'party' | 'country', filter: Filter = {}) {
      const { data, error } = await client.GET('/mous', { params: { query: { ...query(filter), group_by: dimension } } })
      if (error !== undefined) throw new ApiError(error)
      if (data.kind === 'list') throw new Error('asked for groups, got a list')
      return { total: data.meta.total, groups: data.data.map(group => ({ key: group.key, name: group.name, count: group.count })) }
    },

    /** The headline tiles. */
    async tiles () {
      const { data, error } = await client.GET('/stats')
      if (error !== undefined) throw new ApiError(error)
      return { reported: data.agreements.reported, recorded: data.agreements.recorded, identified: data.agreements.identified, dataset: data.dataset.sha256 }
    },

    /** A CSV download of every match (`format=csv`), as text. */
    async csv (filter: Filter) {
      const { data, error } = await client.GET('/mous', { params: { query: { ...query(filter), format: 'csv' } }, parseAs: 'text' })
      if (error !== undefined) throw new ApiError(error)
      return data
    }
  }
}

async function main (baseUrl: string): Promise<void> {
  const accords = dashboard(baseUrl)
  const tiles = await accords.tiles()
  console.log(`Agreements: ${tiles.recorded} recorded of ${tiles.reported} reported, ${tiles.identified} identified`)
  const bySector = await accords.countsBy('sector')
  for (const group of bySector.groups) console.log(`  ${String(group.count).padStart(3)}  ${group.name}`)
  const minerals = await accords.agreements({ sectors: ['critical-minerals'], identified: true })
  console.log(`Critical minerals (${minerals.total}): ${minerals.titles.join('; ')}`)
  try {
    await accords.agreements({ sectors: ['critcal-minerals'] })
  } catch (error) {
    if (!(error instanceof ApiError)) throw error
    console.log(`A typo is a ${error.problem.status}: ${error.problem.errors?.map(e => `${e.name}=${e.value ?? ''}, did you mean ${e.suggestions?.join(' or ') ?? '?'}`).join('; ') ?? ''}`)
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv[2] ?? 'http://127.0.0.1:3000')
