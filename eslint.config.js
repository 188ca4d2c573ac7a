// Shared style: neostandard (standard, for TypeScript). Generated code is not ours to lint.
import neostandard from 'neostandard'

export default [
  ...neostandard({ ts: true, ignores: ['src/generated/**', 'test/client/openapi.d.ts', 'dist/**', 'coverage/**', '.tap/**', 'scratch/**'] }),
  {
    rules: {
      // The zod idiom: a schema and the type inferred from it share one name.
      '@typescript-eslint/no-redeclare': 'off'
    }
  }
]
