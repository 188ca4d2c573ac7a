// The version of the data loaded: the seed's hash and when it was loaded.
import type { PrismaClient } from '../db/client.js'

export async function datasetVersion (prisma: PrismaClient): Promise<{ sha256: string, loaded_at: string }> {
  const version = await prisma.datasetVersion.findUnique({ where: { id: 1 } })
  return { sha256: version?.sha256 ?? '', loaded_at: version?.loadedAt ?? '' }
}
