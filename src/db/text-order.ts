// The one text order both databases share: by Unicode code point, which is
// UTF-8 byte order, SQLite's BINARY collation and PostgreSQL's COLLATE "C"
// (every text column of the PostgreSQL schema is created with it, see
// src/setup/postgresql-migration.ts). JavaScript's default sort compares UTF-16
// code units instead, which differs above U+FFFF.

export function compareCodePoints (a: string, b: string): number {
  const left = a[Symbol.iterator]()
  const right = b[Symbol.iterator]()
  for (;;) {
    const x = left.next()
    const y = right.next()
    if (x.done === true || y.done === true) return (x.done === true ? 0 : 1) - (y.done === true ? 0 : 1)
    const difference = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0)
    if (difference !== 0) return difference
  }
}
