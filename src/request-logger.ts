// Each request's logger (`request.log`), made only when something logs through it.
//
// Fastify gives every request a pino child logger bound to its id. Making one
// costs about a microsecond (pino copies its formatters for a child given
// options, and Fastify always gives some), a few per cent of a cached
// answer, which never uses it: its one access line is written by AccessLog
// (logging.ts) from the request itself. So the child is made on first use;
// until then this object answers what Fastify and the access line ask of a
// logger (its level, whether a level is enabled) from the parent's.
import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify'
import type { Bindings, ChildLoggerOptions, Logger } from 'pino'

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
type Method = (...args: unknown[]) => void

export class RequestLogger {
  #child: Logger | undefined
  constructor (
    private readonly parent: Logger,
    private readonly bindings: Bindings,
    private readonly options: ChildLoggerOptions
  ) {}

  /** The pino child this stands for, made now if it was not yet. */
  get pino (): Logger {
    this.#child ??= this.parent.child(this.bindings, this.options)
    return this.#child
  }

  get level (): string {
    return this.#child?.level ?? this.options.level ?? this.parent.level
  }

  set level (level: string) {
    this.pino.level = level
  }

  isLevelEnabled (level: string): boolean {
    if (this.#child !== undefined) return this.#child.isLevelEnabled(level)
    const values = this.parent.levels.values
    const threshold = this.options.level === undefined ? this.parent.levelVal : values[this.options.level]
    return (values[level] ?? -Infinity) >= (threshold ?? Infinity)
  }

  child (bindings: Bindings, options?: ChildLoggerOptions): Logger {
    return this.pino.child(bindings, options)
  }

  // Methods on the prototype, not arrow fields: nothing is allocated per request but the object itself.
  fatal (...args: unknown[]): void { this.write('fatal', args) }
  error (...args: unknown[]): void { this.write('error', args) }
  warn (...args: unknown[]): void { this.write('warn', args) }
  info (...args: unknown[]): void { this.write('info', args) }
  debug (...args: unknown[]): void { this.write('debug', args) }
  trace (...args: unknown[]): void { this.write('trace', args) }
  silent (): void {}

  private write (level: Exclude<Level, 'silent'>, args: unknown[]): void {
    if (!this.isLevelEnabled(level)) return
    const logger = this.pino
    ;(logger[level] as Method).apply(logger, args)
  }
}

/** Fastify's `childLoggerFactory`: a RequestLogger in place of an eager pino child. */
export const lazyChildLogger: NonNullable<FastifyServerOptions['childLoggerFactory']> = (logger, bindings, options) =>
  new RequestLogger(logger as unknown as Logger, bindings, options as ChildLoggerOptions) as unknown as FastifyBaseLogger
