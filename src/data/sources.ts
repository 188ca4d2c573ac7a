// Data access for sources, including their full texts kept in the repository.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { PrismaClient } from '../db/client.js'
import type { Prisma } from '../generated/prisma/client.js'
import { NoSourceTextError, NotFoundError } from '../http/errors.js'
import { projectRoot } from '../paths.js'
import type { Filters, Page, PageWindow } from '../schemas/pages.js'
import type { Source, SourceQuery } from '../schemas/sources.js'

type Row = Prisma.SourceGetPayload<object> & { claimCount: number }

/**
 * With their claim counts, in one statement for the rows given (a page, or
 * a batch of an export): counted from the index on Claim.sourceId. Prisma's
 * `_count` would count every claim of every source; counting every source's
 * claims at once, as a page of more than 200 did, read all 1.1 million claims
 * at 100,035 agreements for each batch of a full export.
 */
async function withCitationCounts (prisma: PrismaClient, rows: Array<Prisma.SourceGetPayload<object>>): Promise<Row[]> {
  const groups = await prisma.claim.groupBy({ by: ['sourceId'], where: { sourceId: { in: rows.map(row => row.id) } }, _count: { _all: true } })
  const counts = new Map(groups.map(group => [group.sourceId, group._count._all]))
  return rows.map(row => ({ ...row, claimCount: counts.get(row.id) ?? 0 }))
}

function toSource (row: Row): Source {
  return {
    slug: row.slug,
    kind: row.kind,
    cited_by: row.textPath === null ? 'reference' : 'quote',
    title: row.title,
    publisher: row.publisher,
    carried_by: row.carriedBy,
    author: row.author,
    published_at: row.publishedAt,
    time_zone: row.timeZone,
    published_on: row.publishedOn,
    published_on_note: row.publishedOnNote,
    retrieved_on: row.retrievedOn,
    url: row.url,
    language: row.language,
    text_sha256: row.textSha256,
    note: row.note,
    citation_count: row.claimCount
  }
}

export async function listSources (prisma: PrismaClient, filters: Filters<SourceQuery>, window: PageWindow): Promise<Page<Source>> {
  const where: Prisma.SourceWhereInput = filters.kind ? { kind: { in: filters.kind } } : {}
  const [rows, total] = await Promise.all([
    prisma.source.findMany({ where, orderBy: { id: 'asc' }, take: window.limit, skip: window.offset }),
    prisma.source.count({ where })
  ])
  return { data: (await withCitationCounts(prisma, rows)).map(toSource), total }
}

export async function getSource (prisma: PrismaClient, slug: string): Promise<Source> {
  const row = await prisma.source.findUnique({ where: { slug } })
  if (row === null) throw new NotFoundError('source', slug)
  const [counted] = await withCitationCounts(prisma, [row])
  return toSource(counted as Row)
}

export async function getSourceText (prisma: PrismaClient, slug: string): Promise<string> {
  const row = await prisma.source.findUnique({ where: { slug }, select: { textPath: true, url: true } })
  if (row === null) throw new NotFoundError('source', slug)
  if (row.textPath === null) throw new NoSourceTextError(slug, row.url ?? 'its address')
  // A generated source's text (npm run db:synthetic) is kept beside its database, by absolute path.
  return readFile(resolve(projectRoot, row.textPath), 'utf8')
}
