// Data access for sources, including their full texts kept in the repository.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { PrismaClient } from '../db/client.js'
import type { Prisma } from '../generated/prisma/client.js'
import { NoSourceTextError, NotFoundError } from '../http/errors.js'
import { projectRoot } from '../paths.js'
import type { Filters, Page, PageWindow } from '../schemas/pages.js'
import type { Source, SourceQuery } from '../schemas/sources.js'

const include = { _count: { select: { claims: true } } } satisfies Prisma.SourceInclude
type Row = Prisma.SourceGetPayload<{ include: typeof include }>

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
    citation_count: row._count.claims
  }
}

export async function listSources (prisma: PrismaClient, filters: Filters<SourceQuery>, window: PageWindow): Promise<Page<Source>> {
  const where: Prisma.SourceWhereInput = filters.kind ? { kind: { in: filters.kind } } : {}
  const [rows, total] = await Promise.all([
    prisma.source.findMany({ where, include, orderBy: { id: 'asc' }, take: window.limit, skip: window.offset }),
    prisma.source.count({ where })
  ])
  return { data: rows.map(toSource), total }
}

export async function getSource (prisma: PrismaClient, slug: string): Promise<Source> {
  const row = await prisma.source.findUnique({ where: { slug }, include })
  if (row === null) throw new NotFoundError('source', slug)
  return toSource(row)
}

export async function getSourceText (prisma: PrismaClient, slug: string): Promise<string> {
  const row = await prisma.source.findUnique({ where: { slug }, select: { textPath: true, url: true } })
  if (row === null) throw new NotFoundError('source', slug)
  if (row.textPath === null) throw new NoSourceTextError(slug, row.url ?? 'its address')
  return readFile(join(projectRoot, row.textPath), 'utf8')
}
