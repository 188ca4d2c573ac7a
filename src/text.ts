// Text as the database compares it. Search and order are decided here, in
// JavaScript, once: the loader stores the folded text and the ranks, and a
// query compares plain code points, so SQLite and PostgreSQL (whatever its
// collation) give the same answers, and a test can compute them too.

/**
 * Case folding for literal, case-insensitive substring search, the same in
 * every locale: compatibility forms unified (ﬁ → fi), lower case, and the two
 * lower-case forms that differ by position or locale made one (İ → i, ς → σ).
 */
export function fold (text: string): string {
  return text.normalize('NFKC').toLowerCase()
    .replace(/i\u0307/g, 'i')
    .replace(/\u03C2/g, '\u03C3') // ς → σ
    // Private-use characters mean something below; a source never uses them.
    .replace(/[\uE000-\uF8FF]/g, '\uFFFD')
}

/**
 * The characters SQL's LIKE treats as wildcards or escapes, replaced by
 * private-use characters in the stored text and in the needle alike, so that
 * `LIKE '%' || needle || '%'` is a literal match on SQLite and PostgreSQL
 * without an ESCAPE clause (which Prisma's `contains` cannot add).
 */
const likeSafe: Record<string, string> = { '%': '\uE000', _: '\uE001', '\\': '\uE002' }

/** Between the parts of a stored search text: no needle holds it, so no match spans two parts. */
export const SEARCH_SEPARATOR = '\uE00F'

/**
 * The stored form of the texts a record is found by: each folded, joined by
 * the separator, which also ends the text twice, so that every character of
 * it starts a sequence of three (what a trigram index holds).
 */
export function searchText (parts: Array<string | null | undefined>): string {
  const present = parts.filter((part): part is string => part !== null && part !== undefined && part !== '')
  if (present.length === 0) return ''
  return present.map(part => fold(part).replace(/[%_\\]/g, c => likeSafe[c] ?? c)).join(SEARCH_SEPARATOR) + SEARCH_SEPARATOR + SEARCH_SEPARATOR
}

/** The sequences of three characters (code points) of a text, as a trigram index holds them. */
export function trigrams (text: string): string[] {
  const characters = [...text]
  return characters.slice(0, -2).map((character, i) => character + (characters[i + 1] ?? '') + (characters[i + 2] ?? ''))
}

/** The form of a needle `q` that matches the stored search text: found iff fold(q) occurs in fold(part) for some part. */
export function searchNeedle (q: string): string {
  return fold(q).replace(/[%_\\]/g, c => likeSafe[c] ?? c)
}

/**
 * Code point order (SQLite's BINARY, PostgreSQL's COLLATE "C"), which
 * JavaScript's `<` (UTF-16 code units) gives too, except where a character
 * beyond U+FFFF meets one from U+E000 to U+FFFF: the first differing unit is
 * shifted so that surrogates sort after those (as ICU's code point order does).
 */
export function compareCodePoints (a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) return (x >= 0xD800 && y >= 0xD800) ? fixUp(x) - fixUp(y) : x - y
  }
  return a.length - b.length
}

const fixUp = (unit: number): number => unit >= 0xE000 ? unit - 0x800 : unit + 0x2000

/** A name written as a slug: accents aside, lower case, runs of other characters as one hyphen (`Doosan Enerbility` → `doosan-enerbility`). */
export function slugify (text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\u00DF/g, 'ss').replace(/\u00F8/gi, 'o').replace(/\u0131/g, 'i') // ß ø ı
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
}
