// Link headers for keyset pages (`cursor`): the first page (`cursor=*`) and,
// unless this is the last, the next one, keeping every other query parameter as sent;
// absolute when `url` is (as pageLinks does).
export function cursorLinks (url: string, limit: number, next: string | null): string {
  const parsed = new URL(url, 'http://localhost')
  const linkTo = (cursor: string): string => {
    parsed.searchParams.delete('offset')
    parsed.searchParams.set('limit', String(limit))
    parsed.searchParams.set('cursor', cursor)
    return url.startsWith('/') ? `${parsed.pathname}${parsed.search}` : parsed.href
  }
  const links = [`<${linkTo('*')}>; rel="first"`]
  if (next !== null) links.push(`<${linkTo(next)}>; rel="next"`)
  return links.join(', ')
}
