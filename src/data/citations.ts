import type { Citation as CitationRow, Source } from '../generated/prisma/client.js'
import type { PrismaClient } from '../db/client.js'
import type { Citation } from '../schemas/common.js'

export function toCitation (row: CitationRow & { source: Source }): Citation {
  return {
    field: row.field,
    quote: row.quote,
    basis: row.basis,
    note: row.note,
    source: { slug: row.source.slug, title: row.source.title }
  }
}

/** Every citation of one record, in a stable order. */
export async function citationsOf (prisma: PrismaClient, subjectType: string, subjectKey: string): Promise<Array<Citation>> {
  const rows = await prisma.citation.findMany({
    where: { subjectType, subjectKey },
    include: { source: true },
    orderBy: [{ field: 'asc' }, { id: 'asc' }]
  })
  return rows.map(toCitation)
}
