// Data access for summits and their sessions.
import type { PrismaClient } from '../db/client.js'
import { summitLines } from '../db/sql/summit-lines.js'
import type { Prisma } from '../generated/prisma/client.js'
import { NotFoundError } from '../http/errors.js'
import type { Filters, Page, PageWindow, WrittenPage } from '../schemas/pages.js'
import type {
  Session, SessionCounts, SessionDetail, SessionQuery, Summit, SummitCounts, SummitDetail, SummitQuery
} from '../schemas/summits.js'
import { type Counted, countsFor } from './agreement-counts.js'
import { provenanceOf, provenanceOfMany } from './claims.js'
import { idsOf, knownCountries } from './lookups.js'

const sessionInclude = { summit: true } satisfies Prisma.SessionInclude
type SessionRow = Prisma.SessionGetPayload<{ include: typeof sessionInclude }>

/**
 * What a summit in a list shows: its sessions' names only. Read whole, with
 * each session's summit (as the detail reads them), and counting what each
 * source reports of every session, a page of 500 summits took p50 88, p99 165
 * ms at 100,035 agreements.
 */
const summitListInclude = {
  countries: { orderBy: { countryCode: 'asc' } },
  leaders: { orderBy: { id: 'asc' } },
  sessions: { select: { slug: true, name: true, kind: true, date: true }, orderBy: { ordinal: 'asc' } }
} satisfies Prisma.SummitInclude
type SummitRow = Prisma.SummitGetPayload<{ include: typeof summitListInclude }>

const summitInclude = {
  ...summitListInclude,
  sessions: { include: sessionInclude, orderBy: { ordinal: 'asc' } }
} satisfies Prisma.SummitInclude

// Recorded and identified agreements, per session and per summit, are counted when the data is loaded (src/setup/seed/derived.ts).
function sessionCounts (row: Pick<SessionRow, 'slug' | 'reportedAgreementCount' | 'recordedAgreements' | 'identifiedAgreements'>, counted: Counted): SessionCounts {
  return {
    reported: row.reportedAgreementCount,
    recorded: row.recordedAgreements,
    identified: row.identifiedAgreements,
    reported_by_source: counted.reported.get(`session ${row.slug}`) ?? []
  }
}

function toSession (row: SessionRow, counted: Counted): Session {
  return {
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    date: row.date,
    summit: { slug: row.summit.slug, name: row.summit.name, date: row.summit.date },
    city: row.city,
    venue: row.venue,
    attendance: { count: row.attendanceCount, approximate: row.attendanceApproximate, description: row.attendanceDescription },
    witnesses: row.witnesses,
    reported_agreement_kinds: row.reportedAgreementKinds,
    agreements: sessionCounts(row, counted)
  }
}

function summitCounts (row: Pick<SummitRow, 'slug' | 'reportedAgreementCount' | 'recordedAgreements' | 'identifiedAgreements' | 'recordedWithoutSession'>, counted: Counted): SummitCounts {
  return {
    reported: row.reportedAgreementCount,
    recorded: row.recordedAgreements,
    identified: row.identifiedAgreements,
    reported_by_source: counted.reported.get(`summit ${row.slug}`) ?? [],
    recorded_with_session: row.recordedAgreements - row.recordedWithoutSession,
    recorded_without_session: row.recordedWithoutSession
  }
}

/**
 * The names of these summits' countries and their leaders' countries, in one
 * statement: read as each row's relation, Prisma ran two and built an object
 * per row (a page of 500 summits, in process, p50 28 against 20 ms).
 */
async function countryNamesOf (prisma: PrismaClient, rows: SummitRow[]): Promise<Map<string, string>> {
  const codes = [...new Set(rows.flatMap(row => [...row.countries, ...row.leaders].map(({ countryCode }) => countryCode)))]
  const countries = await prisma.country.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } })
  return new Map(countries.map(({ code, name }) => [code, name]))
}

function toSummit (row: SummitRow, counted: Counted, names: Map<string, string>): Summit {
  const country = (code: string): { code: string, name: string } => ({ code, name: names.get(code) ?? code })
  return {
    slug: row.slug,
    name: row.name,
    date: row.date,
    city: row.city,
    venue: row.venue,
    occasion: row.occasion,
    countries: row.countries.map(({ countryCode, role }) => ({ ...country(countryCode), role })),
    leaders: row.leaders.map(leader => ({ slug: leader.slug, name: leader.name, office: leader.office, country: country(leader.countryCode) })),
    sessions: row.sessions.map(({ slug, name, kind, date }) => ({ slug, name, kind, date })),
    agreements: summitCounts(row, counted)
  }
}

export async function listSummits (prisma: PrismaClient, filters: Filters<SummitQuery>, window: PageWindow): Promise<Page<Summit>> {
  if (filters.country) await knownCountries(prisma, 'country', filters.country)
  const where: Prisma.SummitWhereInput = filters.country ? { countries: { some: { countryCode: { in: filters.country } } } } : {}
  const [rows, total] = await Promise.all([
    prisma.summit.findMany({ where, include: summitListInclude, orderBy: [{ date: 'asc' }, { slug: 'asc' }], take: window.limit, skip: window.offset }),
    prisma.summit.count({ where })
  ])
  const [counted, names] = await Promise.all([countsFor(prisma, rows.map(({ slug }) => ({ slug, sessions: [] }))), countryNamesOf(prisma, rows)])
  return { data: rows.map(row => toSummit(row, counted, names)), total }
}

/**
 * A JSON page of summits, each written by the database as the line listSummits
 * would give (db/sql/summit-lines.ts): a page of 500 without Prisma's objects
 * or the serializer's.
 */
export async function summitPage (prisma: PrismaClient, filters: Filters<SummitQuery>, window: PageWindow): Promise<WrittenPage> {
  if (filters.country) await knownCountries(prisma, 'country', filters.country)
  return summitLines(prisma, filters.country, window)
}

export async function getSummit (prisma: PrismaClient, slug: string): Promise<SummitDetail> {
  const row = await prisma.summit.findUnique({
    where: { slug },
    include: {
      ...summitInclude,
      commitments: {
        include: { countries: { include: { country: true }, orderBy: { countryCode: 'asc' } }, session: true, agreement: { select: { slug: true, title: true } } },
        orderBy: { ordinal: 'asc' }
      }
    }
  })
  if (row === null) throw new NotFoundError('summit', slug)
  const [counted, names, own, leaders, commitments] = await Promise.all([
    countsFor(prisma, [row]),
    countryNamesOf(prisma, [row]),
    provenanceOf(prisma, 'summit', slug),
    provenanceOfMany(prisma, 'leader', row.leaders.map(leader => leader.slug)),
    provenanceOfMany(prisma, 'commitment', row.commitments.map(commitment => commitment.slug))
  ])
  const none = { citations: [], claims: [] }
  const summit = toSummit(row, counted, names)
  return {
    ...summit,
    leaders: summit.leaders.map(leader => ({ ...leader, ...leaders.get(leader.slug) ?? none })),
    sessions: row.sessions.map(session => toSession(session, counted)),
    commitments: row.commitments.map(commitment => ({
      slug: commitment.slug,
      kind: commitment.kind,
      subject: commitment.subject,
      statement: commitment.statement,
      countries: commitment.countries.map(({ country }) => ({ code: country.code, name: country.name })),
      session: commitment.session === null ? null : { slug: commitment.session.slug, name: commitment.session.name, kind: commitment.session.kind, date: commitment.session.date },
      agreement: commitment.agreement,
      ...commitments.get(commitment.slug) ?? none
    })),
    ...own
  }
}

export async function listSessions (prisma: PrismaClient, filters: Filters<SessionQuery>, window: PageWindow): Promise<Page<Session>> {
  const summits = filters.summit === undefined ? undefined : await idsOf(prisma, 'summit', 'summit', filters.summit)
  const where: Prisma.SessionWhereInput = {
    ...(summits === undefined ? {} : { summitId: { in: summits } }),
    ...(filters.kind ? { kind: { in: filters.kind } } : {})
  }
  const [rows, total] = await Promise.all([
    prisma.session.findMany({ where, include: sessionInclude, orderBy: [{ date: 'asc' }, { ordinal: 'asc' }, { slug: 'asc' }], take: window.limit, skip: window.offset }),
    prisma.session.count({ where })
  ])
  const counted = await countsFor(prisma, [], rows)
  return { data: rows.map(row => toSession(row, counted)), total }
}

export async function getSession (prisma: PrismaClient, slug: string): Promise<SessionDetail> {
  const row = await prisma.session.findUnique({ where: { slug }, include: sessionInclude })
  if (row === null) throw new NotFoundError('session', slug)
  const [counted, own] = await Promise.all([countsFor(prisma, [], [row]), provenanceOf(prisma, 'session', slug)])
  return { ...toSession(row, counted), ...own }
}
