/** The one I/O primitive of this module: Web `fetch`, injectable so tests and Workers can route it. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>

export const defaultFetch: FetchLike = (input, init) => fetch(input, init)
