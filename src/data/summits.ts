// Data access for summits and their sessions.
import type { PrismaClient } from '../db/client.js'
import type { Prisma } from '../generated/prisma/client.js'
import { NotFoundError } from '../http/errors.js'
import type { Filters, Page, PageWindow } from '../schemas/pages.js'
import type { AgreementCounts, Session, SessionDetail, SessionQuery, Summit, SummitDetail, SummitQuery } from '../schemas/summits.js'
import { citationsOf } from './citations.js'
import { assertKnownValues } from './slugs.js'

const sessionInclude = {
  summit: true,
  agreements: { select: { identified: true } }
} satisfies Prisma.SessionInclude
type SessionRow = Prisma.SessionGetPayload<{ include: typeof sessionInclude }>

const summitInclude = {
  countries: { include: { country: true }, orderBy: { countryCode: 'asc' } },
  leaders: { include: { country: true }, orderBy: { id: 'asc' } },
  sessions: { include: sessionInclude, orderBy: { ordinal: 'asc' } }
} satisfies Prisma.SummitInclude
type SummitRow = Prisma.SummitGetPayload<{ include: typeof summitInclude }>

function toSession (row: SessionRow): Session {
  return {
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    date: row.date,
    summit: { slug: row.summit.slug, name: row.summit.name, date: row.summit.date },
    city: row.city,
    venue: row.venue,
    attendance: { count: row.attendanceCount, approximate: row.attendanceApproximate, description: row.attendanceDescription },
    reported_agreement_kinds: row.reportedAgreementKinds,
    agreements: {
      reported: row.reportedAgreementCount,
      recorded: row.agreements.length,
      identified: row.agreements.filter(agreement => agreement.identified).length
    }
  }
}

/** Counts over several sessions or summits; `reported` stays null only when no part reports a number. */
export function addUp (parts: AgreementCounts[]): AgreementCounts {
  const reported = parts.map(part => part.reported)
  return {
    reported: reported.every(count => count === null) ? null : reported.reduce<number>((sum, count) => sum + (count ?? 0), 0),
    recorded: parts.reduce((sum, part) => sum + part.recorded, 0),
    identified: parts.reduce((sum, part) => sum + part.identified, 0)
  }
}

function toSummit (row: SummitRow): Summit {
  const sessions = row.sessions.map(toSession)
  return {
    slug: row.slug,
    name: row.name,
    date: row.date,
    city: row.city,
    venue: row.venue,
    occasion: row.occasion,
    countries: row.countries.map(({ country, role }) => ({ code: country.code, name: country.name, role })),
    leaders: row.leaders.map(leader => ({ slug: leader.slug, name: leader.name, office: leader.office, country: { code: leader.country.code, name: leader.country.name } })),
    sessions: sessions.map(({ slug, name, kind, date }) => ({ slug, name, kind, date })),
    agreements: addUp(sessions.map(session => session.agreements))
  }
}

/** Every summit with its sessions' agreement counts (reported, recorded, identified), oldest first. */
export async function summitTotals (prisma: PrismaClient): Promise<Array<Pick<Summit, 'slug' | 'name' | 'date' | 'agreements'> & { sessions: Array<Pick<Session, 'slug' | 'name' | 'kind' | 'date' | 'agreements'>> }>> {
  const rows = await prisma.summit.findMany({ include: summitInclude, orderBy: [{ date: 'asc' }, { slug: 'asc' }] })
  return rows.map(row => ({
    slug: row.slug,
    name: row.name,
    date: row.date,
    agreements: toSummit(row).agreements,
    sessions: row.sessions.map(toSession).map(({ slug, name, kind, date, agreements }) => ({ slug, name, kind, date, agreements }))
  }))
}

export async function listSummits (prisma: PrismaClient, filters: Filters<SummitQuery>, window: PageWindow): Promise<Page<Summit>> {
  await assertKnownValues(prisma, { country: filters.country })
  const where: Prisma.SummitWhereInput = filters.country ? { countries: { some: { countryCode: { in: filters.country } } } } : {}
  const [rows, total] = await Promise.all([
    prisma.summit.findMany({ where, include: summitInclude, orderBy: [{ date: 'asc' }, { slug: 'asc' }], take: window.limit, skip: window.offset }),
    prisma.summit.count({ where })
  ])
  return { data: rows.map(toSummit), total }
}

export async function getSummit (prisma: PrismaClient, slug: string): Promise<SummitDetail> {
  const row = await prisma.summit.findUnique({
    where: { slug },
    include: {
      ...summitInclude,
      commitments: { include: { countries: { include: { country: true }, orderBy: { countryCode: 'asc' } }, session: true }, orderBy: { ordinal: 'asc' } }
    }
  })
  if (row === null) throw new NotFoundError('summit', slug)
  return {
    ...toSummit(row),
    sessions: row.sessions.map(toSession),
    commitments: row.commitments.map(commitment => ({
      slug: commitment.slug,
      kind: commitment.kind,
      subject: commitment.subject,
      statement: commitment.statement,
      countries: commitment.countries.map(({ country }) => ({ code: country.code, name: country.name })),
      session: commitment.session === null ? null : { slug: commitment.session.slug, name: commitment.session.name, kind: commitment.session.kind, date: commitment.session.date }
    })),
    citations: await citationsOf(prisma, 'summit', slug)
  }
}

export async function listSessions (prisma: PrismaClient, filters: Filters<SessionQuery>, window: PageWindow): Promise<Page<Session>> {
  await assertKnownValues(prisma, { summit: filters.summit })
  const where: Prisma.SessionWhereInput = {
    ...(filters.summit ? { summit: { slug: { in: filters.summit } } } : {}),
    ...(filters.kind ? { kind: { in: filters.kind } } : {})
  }
  const [rows, total] = await Promise.all([
    prisma.session.findMany({ where, include: sessionInclude, orderBy: [{ date: 'asc' }, { ordinal: 'asc' }, { slug: 'asc' }], take: window.limit, skip: window.offset }),
    prisma.session.count({ where })
  ])
  return { data: rows.map(toSession), total }
}

export async function getSession (prisma: PrismaClient, slug: string): Promise<SessionDetail> {
  const row = await prisma.session.findUnique({ where: { slug }, include: sessionInclude })
  if (row === null) throw new NotFoundError('session', slug)
  return { ...toSession(row), citations: await citationsOf(prisma, 'session', slug) }
}
