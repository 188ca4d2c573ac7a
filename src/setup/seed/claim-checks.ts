// Checks on claims that zod cannot make record by record: that a value another
// source gives is one its field takes, and that the value each record holds is
// the one its claims rank first (for sets, the preferred whole set, or every
// member a non-deprecated claim names).
import type { z } from 'zod'
import { PartyRole } from '../../generated/prisma/enums.js'
import type { Alternative, Claim } from './claims.js'
import { valueText } from './claims.js'
import { describe } from './checks.js'
import {
  agreementRecord, agreementValue, countryRecord, mineralRecord, partyRecord, sectorRecord, sessionRecord, summitRecord, type SeedFiles
} from './schema.js'

/**
 * A value another source gives must be one the field can take: a kind from its
 * vocabulary, a date as a date, a count as a whole number, a whole set as a
 * list of slugs, a member's role from the roles (sets' slugs are checked as
 * references).
 */
export function checkClaimValues (data: SeedFiles): string[] {
  const sets = ['parties', 'sectors', 'minerals']
  const files: Array<[string, z.ZodObject, Array<{ claims: Record<string, Alternative[]>, slug?: string, code?: string }>]> = [
    ['countries.yaml', countryRecord, data.countries], ['sectors.yaml', sectorRecord, data.sectors], ['minerals.yaml', mineralRecord, data.minerals],
    ['parties.yaml', partyRecord, data.parties], ['summits.yaml', summitRecord, data.summits], ['sessions.yaml', sessionRecord, data.sessions],
    ['agreements.yaml', agreementRecord, data.agreements]
  ]
  const roles = Object.values(PartyRole) as string[]
  const problems: string[] = []
  for (const [file, schema, records] of files) {
    for (const record of records) {
      for (const [field, others] of Object.entries(record.claims)) {
        const [set = '', member] = field.split('/')
        for (const { value } of others) {
          const where = `${file} ${record.slug ?? record.code ?? ''} claims.${field}`
          if (sets.includes(set)) {
            if (member === undefined && !Array.isArray(value)) problems.push(`${where}: a whole-set claim lists the members' slugs`)
            if (member !== undefined && set === 'parties' && !roles.includes(String(value))) problems.push(`${where}: "${String(value)}" is not a party role (${roles.join(', ')})`)
            continue
          }
          const fieldSchema = schema.shape[field] as z.ZodType | undefined
          if (fieldSchema === undefined || value === null || Array.isArray(value) || !fieldSchema.safeParse(value).success) {
            problems.push(`${where}: "${String(value)}" is not a value this field takes`)
          }
        }
      }
    }
  }
  return problems
}

/**
 * The value a record holds is the one its claims rank first: the preferred
 * value if there is one; else the value every normal claim agrees on; else
 * none (sources disagree and none is preferred, or none gives it). For a set,
 * the preferred whole-set claim if there is one, else every member some
 * non-deprecated claim names.
 */
export function checkClaims (data: SeedFiles, claims: Claim[]): string[] {
  const held = new Map<string, (field: string) => unknown>()
  const record = (type: string, key: string, valueOf: (field: string) => unknown): void => { held.set(`${type} ${key}`, valueOf) }
  const fieldsOf = (item: object) => (field: string): unknown => (item as Record<string, unknown>)[field]
  for (const item of data.countries) record('country', item.code, fieldsOf(item))
  for (const item of data.sectors) record('sector', item.slug, fieldsOf(item))
  for (const item of data.minerals) record('mineral', item.slug, fieldsOf(item))
  for (const item of data.parties) record('party', item.slug, fieldsOf(item))
  for (const item of data.summits) record('summit', item.slug, fieldsOf(item))
  for (const item of data.sessions) record('session', item.slug, fieldsOf(item))
  for (const item of data.agreements) record('agreement', item.slug, field => agreementValue(item, field))

  const byFact = new Map<string, Claim[]>()
  for (const claim of claims) {
    if (!held.has(`${claim.subjectType} ${claim.subjectKey}`) || claim.field === '') continue
    const key = `${claim.subjectType} ${claim.subjectKey} ${claim.field}`
    const group = byFact.get(key)
    if (group === undefined) byFact.set(key, [claim])
    else group.push(claim)
  }
  const problems: string[] = []
  for (const group of byFact.values()) {
    const first = group[0] as Claim
    const valueOf = held.get(`${first.subjectType} ${first.subjectKey}`) as (field: string) => unknown
    const [set, member] = first.field.split('/')
    if (member !== undefined && ['parties', 'sectors', 'minerals'].includes(set ?? '')) continue // members: see checkSets
    if (/^(aliases|resources|needed_by|countries|coverage)\//.test(first.field)) continue
    const problem = rankProblem(group, valueText(valueOf(first.field)))
    if (problem !== undefined) problems.push(`${describe(first)}: ${problem}`)
  }
  return [...problems, ...checkSets(data, claims)]
}

/** Why the claims of one fact do not rank the value the record holds first, if they do not. */
function rankProblem (claims: Claim[], holds: string | null): string | undefined {
  const distinct = (rank: string): Set<string | null> => new Set(claims.filter(claim => claim.rank === rank).map(claim => claim.value))
  const preferred = distinct('preferred')
  const normal = distinct('normal')
  const show = (value: string | null): string => value === null ? 'no value' : `"${value}"`
  if (preferred.size > 1) return `two values are preferred (${[...preferred].map(show).join(', ')}); prefer one`
  const expected = preferred.size === 1 ? [...preferred][0] ?? null : normal.size === 1 ? [...normal][0] ?? null : null
  if (expected === holds) return undefined
  return preferred.size === 0 && normal.size > 1
    ? `sources disagree (${[...normal].map(show).join(', ')}) and none is preferred, so the record holds no value; it holds ${show(holds)}`
    : `the record holds ${show(holds)}, but its claims rank ${show(expected)} first`
}

/** A set the record holds is its preferred whole-set claim, or else every member a non-deprecated claim names. */
function checkSets (data: SeedFiles, claims: Claim[]): string[] {
  const problems: string[] = []
  const bySlug = new Map<string, Claim[]>()
  for (const claim of claims) {
    if (claim.subjectType !== 'agreement') continue
    const own = bySlug.get(claim.subjectKey)
    if (own === undefined) bySlug.set(claim.subjectKey, [claim])
    else own.push(claim)
  }
  for (const agreement of data.agreements) {
    const own = bySlug.get(agreement.slug) ?? []
    for (const set of ['parties', 'sectors', 'minerals']) {
      const holds = new Set(agreementValue(agreement, set) as string[])
      const preferred = new Set(own.filter(claim => claim.field === set && claim.rank === 'preferred').map(claim => claim.value))
      if (preferred.size > 1) problems.push(`agreement ${agreement.slug} "${set}": two whole sets are preferred; prefer one`)
      if (preferred.size === 1) {
        const [value] = preferred
        if (value !== valueText([...holds])) problems.push(`agreement ${agreement.slug} "${set}": the record holds ${valueText([...holds])}, but the preferred claim lists ${String(value)}`)
        continue
      }
      const named = new Set(own.filter(claim => claim.field.startsWith(`${set}/`) && claim.rank !== 'deprecated').map(claim => claim.field.slice(set.length + 1)))
      for (const member of named) {
        if (!holds.has(member)) problems.push(`agreement ${agreement.slug} "${set}/${member}": a non-deprecated claim names it and no whole set is preferred, so the record must hold it`)
      }
    }
  }
  return problems
}
