// Every filter of the agreement lists, once: the parameter, how its values
// are checked (by lookup; unknown slugs are a 400 with suggestions), the
// condition it adds to the set (src/db/sql/conditions.ts), and, for the
// filters that name a record, the nested list /{collection}/{key}/mous that
// scopes by one of them (an unknown key there is a 404). Routes register the
// nested lists from here; data access turns a query into conditions here.
import type { PrismaClient } from '../db/client.js'
import type { Condition } from '../db/sql/conditions.js'
import { searchCondition } from '../db/sql/search.js'
import { InvalidParametersError } from '../http/errors.js'
import { searchNeedle } from '../text.js'
import type { AgreementFilters } from '../schemas/agreements.js'
import { idOf, idsOf, type Keyed, knownCountries, UNKNOWN_SESSION } from './lookups.js'

export type { Condition }

type Parameter = keyof AgreementFilters

/** A nested list: `/{collection}/{key}/mous`, the agreements of one record. */
export interface NestedList {
  /** e.g. 'summits' */
  collection: string
  /** e.g. 'summit', for messages and operation ids */
  resource: string
  tag: string
  /** The path parameter: a slug, or for countries an ISO code. */
  key: 'slug' | 'code'
  /** A key that exists in the shipped dataset, for the documentation. */
  example: string
  /** The condition for one record, or null when it does not exist (a 404). */
  scope: (prisma: PrismaClient, key: string) => Promise<Condition | null>
}

export interface AgreementFilter {
  parameter: Parameter
  /** Checks the values sent (a 400 naming the parameter if one is unknown) and answers the condition. */
  condition: (prisma: PrismaClient, filters: AgreementFilters) => Promise<Condition | undefined>
  nested?: NestedList
}

const linkOf: Record<'sector' | 'mineral' | 'party' | 'source', Extract<Condition, { kind: 'link' }>['link']> =
  { sector: 'AgreementSector', mineral: 'AgreementMineral', party: 'AgreementParty', source: 'AgreementSource' }

/**
 * A filter by related records named by slug: sectors, minerals, parties,
 * supporting sources (link tables), summits, sessions (columns). `session`
 * also takes `unknown`: agreements with no session.
 */
function bySlug (parameter: Parameter & Keyed, nested: Omit<NestedList, 'scope' | 'key' | 'resource'>): AgreementFilter {
  const conditionOf = (ids: Array<number | null>): Condition => parameter === 'summit' || parameter === 'session'
    ? { kind: 'column', column: parameter === 'summit' ? 'summitId' : 'sessionId', values: ids }
    : { kind: 'link', link: linkOf[parameter], values: ids.filter(id => id !== null) }
  return {
    parameter,
    condition: async (prisma, filters) => {
      const slugs = filters[parameter]
      if (slugs === undefined) return undefined
      const unknown = parameter === 'session' && slugs.includes(UNKNOWN_SESSION)
      const named = unknown ? slugs.filter(slug => slug !== UNKNOWN_SESSION) : slugs
      const ids = named.length === 0 ? [] : await idsOf(prisma, parameter, parameter, named)
      return conditionOf(unknown ? [...ids, null] : ids)
    },
    nested: {
      ...nested,
      resource: parameter,
      key: 'slug',
      scope: async (prisma, slug) => {
        const id = await idOf(prisma, parameter, slug)
        return id === undefined ? null : conditionOf([id])
      }
    }
  }
}

export const agreementFilters: AgreementFilter[] = [
  bySlug('sector', { collection: 'sectors', tag: 'taxonomy', example: 'critical-minerals' }),
  bySlug('mineral', { collection: 'minerals', tag: 'taxonomy', example: 'lithium' }),
  bySlug('party', { collection: 'parties', tag: 'parties', example: 'sk-ecoplant' }),
  {
    parameter: 'country',
    condition: async (prisma, { country }) => country === undefined
      ? undefined
      : { kind: 'link', link: 'AgreementCountry', values: await knownCountries(prisma, 'country', country) },
    nested: {
      collection: 'countries',
      resource: 'country',
      tag: 'taxonomy',
      key: 'code',
      example: 'KR',
      scope: async (prisma, code) => await prisma.country.count({ where: { code } }) === 0
        ? null
        : { kind: 'link', link: 'AgreementCountry', values: [code] }
    }
  },
  bySlug('summit', { collection: 'summits', tag: 'summits', example: 'korea-kazakhstan-2024' }),
  bySlug('session', { collection: 'sessions', tag: 'summits', example: 'korea-kazakhstan-2024-signing-ceremony' }),
  bySlug('source', { collection: 'sources', tag: 'sources', example: 'korea-herald-minerals-supply-chain' }),
  {
    parameter: 'kind',
    condition: async (_prisma, { kind }) => kind === undefined
      ? undefined
      : { kind: 'column', column: 'kind', values: kind.map(value => value === 'unknown' ? null : value) }
  },
  {
    parameter: 'identified',
    condition: async (_prisma, { identified }) => identified === undefined ? undefined : { kind: 'column', column: 'identified', values: [identified] }
  },
  {
    parameter: 'disputed',
    condition: async (_prisma, { disputed }) => disputed === undefined ? undefined : { kind: 'column', column: 'disputed', values: [disputed] }
  },
  { parameter: 'signed_from', condition: async (_prisma, { signed_from: from }) => from === undefined ? undefined : { kind: 'date', from } },
  { parameter: 'signed_to', condition: async (_prisma, { signed_to: to }) => to === undefined ? undefined : { kind: 'date', to } },
  { parameter: 'q', condition: async (prisma, { q }) => q === undefined ? undefined : await searchCondition(prisma, searchNeedle(q)) }
]

/** The nested list of `resource` (e.g. 'summit'). */
export function nestedList (resource: string): NestedList {
  const nested = agreementFilters.find(filter => filter.nested?.resource === resource)?.nested
  if (nested === undefined) throw new Error(`no agreement filter has a nested list for ${resource}`)
  return nested
}

/** The conditions of a query's filters, each checked: the set of agreements they match. Every unknown value of every filter is one 400. */
export async function agreementConditions (prisma: PrismaClient, filters: AgreementFilters): Promise<Condition[]> {
  const settled = await Promise.allSettled(agreementFilters.map(filter => filter.condition(prisma, filters)))
  const problems = settled.flatMap(result => result.status === 'rejected' && result.reason instanceof InvalidParametersError ? result.reason.errors : [])
  const failed = settled.find(result => result.status === 'rejected' && !(result.reason instanceof InvalidParametersError))
  if (failed?.status === 'rejected') throw failed.reason
  if (problems.length > 0) throw new InvalidParametersError(problems)
  return settled.flatMap(result => result.status === 'fulfilled' && result.value !== undefined ? [result.value] : [])
}
