// The stored sort keys (src/db/sort-key.ts): letter case and accents do not
// decide the order, and the order is the same wherever keys are compared by
// code point (SQLite's BINARY, PostgreSQL's COLLATE "C").
import t from 'tap'
import { fold, sortKey } from '../src/db/sort-key.js'

/** Code-point order, as the databases compare the stored keys (not JS's UTF-16 default). */
const byCodePoint = (a: string, b: string): number => {
  const [x, y] = [[...a].map(c => c.codePointAt(0) ?? 0), [...b].map(c => c.codePointAt(0) ?? 0)]
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0)
  return x.length - y.length
}
const ordered = (names: string[]): string[] => [...names].sort((a, b) => byCodePoint(sortKey(a), sortKey(b)))

t.test('names sort without regard to letter case', async t => {
  t.same(ordered(['KazMunayGas', 'Korea', 'Kazakh authorities', 'SK ecoplant', 'hyundai']),
    ['hyundai', 'Kazakh authorities', 'KazMunayGas', 'Korea', 'SK ecoplant'])
})

t.test('nor accents; ties break the same way every time', async t => {
  t.same(ordered(['Beta', 'Ärzte', 'alpha', 'ALPHA', 'arzte', 'Alpha']), ['ALPHA', 'Alpha', 'alpha', 'arzte', 'Ärzte', 'Beta'])
})

t.test('folding knows more than ASCII', async t => {
  t.equal(fold('İSTANBUL'), 'istanbul')
  t.equal(fold('ΟΔΟΣ'), fold('οδος'))
  t.equal(fold('ﬁn'), 'fin')
  t.equal(fold('ҚАЗАҚСТАН'), 'қазақстан')
})
