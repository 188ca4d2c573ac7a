// Entity tags: comparing If-None-Match with an answer's ETag.

/** Weak comparison, as RFC 9110 prescribes for If-None-Match; accepts lists and `*`. */
export function matchesEtag (header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  const bare = etag.replace(/^W\//, '')
  return header.split(',').some(tag => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === bare)
}
