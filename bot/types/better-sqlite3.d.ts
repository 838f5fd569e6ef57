/** The few parts of better-sqlite3 (12.x) we use: the package ships no types. */
declare module 'better-sqlite3' {
  export interface Statement {
    run(...params: unknown[]): { changes: number }
    all(...params: unknown[]): unknown[]
  }
  export interface Database {
    prepare(sql: string): Statement
    exec(sql: string): this
    pragma(source: string): unknown
    transaction<F extends (...args: never[]) => unknown>(fn: F): F
    close(): void
    readonly open: boolean
  }
  interface Options {
    readonly?: boolean
    fileMustExist?: boolean
    timeout?: number
  }
  const open: new (filename: string, options?: Options) => Database
  export default open
}
