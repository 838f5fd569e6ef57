/**
 * An open-loop load generator at an even pace: request i is due at t0 + i / rate, whether or not
 * earlier answers came back, and its latency counts from when it was due, so time spent waiting
 * for a free connection is included (no coordinated omission).
 *
 * Why not autocannon's `overallRate`: it gives each connection a budget per second and every
 * connection spends it at the top of the second, so "500 req/s" arrives as a burst of 500
 * requests followed by silence. The p99 then measures how fast a burst drains, not the latency at
 * that rate (measured here: a bare echo server showed p99 24 ms at "500 req/s" and 3 ms
 * saturated). Users arrive spread out; this generator sends them that way.
 *
 * It speaks HTTP/1.1 over plain sockets (keep-alive, one request in flight per connection), like
 * autocannon, because node:http's client tops out near 5,000 requests/s on one core: the
 * generator, not the server, would set the limit. It reads what our servers send: a body with
 * Content-Length or chunked (an empty 200 from the Teams endpoint), no trailers.
 */
import { connect, type Socket } from 'node:net'
import { performance } from 'node:perf_hooks'
import { quantile } from './lib.js'

export interface PacedResult {
  rate: number
  sent: number
  completed: number
  errors: number
  non2xx: number
  p50: number
  p99: number
  max: number
  /** Requests per second actually completed over the run. */
  achieved: number
}

export interface PacedOptions {
  url: string
  path: string
  rate: number
  seconds: number
  connections: number
  body: () => string
  /** Extra request headers, e.g. a Bot Framework bearer token. */
  headers?: Record<string, string>
}

interface Conn {
  socket: Socket
  due: number
  buffer: Buffer
  busy: boolean
}

const HEADER_END = Buffer.from('\r\n\r\n')

export async function paced(o: PacedOptions): Promise<PacedResult> {
  const { hostname, port } = new URL(o.url)
  const total = Math.round(o.rate * o.seconds)
  const latencies: number[] = []
  const waiting: number[] = []
  const idle: Conn[] = []
  let errors = 0
  let non2xx = 0
  let sent = 0
  let finished = 0
  let onAllDone = () => {}

  const extra = Object.entries(o.headers ?? {})
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')
  const head = `POST ${o.path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nConnection: keep-alive\r\n${extra}Content-Length: `
  const fire = (c: Conn, due: number) => {
    const payload = o.body()
    c.busy = true
    c.due = due
    c.socket.write(`${head}${Buffer.byteLength(payload)}\r\n\r\n${payload}`)
  }
  const release = (c: Conn) => {
    c.busy = false
    const next = waiting.shift()
    if (next !== undefined) fire(c, next)
    else idle.push(c)
  }
  const done = () => {
    if (++finished === total) onAllDone()
  }
  let running = true

  const open = () =>
    new Promise<Conn>((resolve, reject) => {
      const socket = connect({ host: hostname, port: Number(port), noDelay: true })
      const c: Conn = { socket, due: 0, buffer: Buffer.alloc(0), busy: false }
      socket.once('connect', () => resolve(c))
      socket.on('error', (err) => (c.busy ? undefined : reject(err)))
      socket.on('data', (chunk: Buffer) => {
        c.buffer = c.buffer.length ? Buffer.concat([c.buffer, chunk]) : chunk
        for (;;) {
          const end = c.buffer.indexOf(HEADER_END)
          if (end < 0) return
          const headers = c.buffer.subarray(0, end).toString('latin1')
          const bodyEnd = /\r\ntransfer-encoding:\s*chunked/i.test(headers)
            ? chunkedEnd(c.buffer, end + 4)
            : end + 4 + Number(/\r\ncontent-length:\s*(\d+)/i.exec(headers)?.[1] ?? 0)
          if (bodyEnd < 0 || c.buffer.length < bodyEnd) return
          const status = Number(headers.slice(9, 12))
          c.buffer = c.buffer.subarray(bodyEnd)
          if (status < 200 || status >= 300) non2xx++
          latencies.push(performance.now() - c.due)
          done()
          release(c)
        }
      })
      // A connection the server closed (idle keep-alive timeout, or an error): an answer it
      // owed counts as an error, and a fresh connection takes its place.
      socket.once('close', () => {
        if (!running) return
        const i = idle.indexOf(c)
        if (i >= 0) idle.splice(i, 1)
        if (c.busy) {
          c.busy = false
          errors++
          done()
        }
        open().then(release, () => undefined)
      })
    })

  // Connections are used in turn (first in, first out), so none sits idle long enough for the
  // server's keep-alive timeout to close it under a request.
  const conns = await Promise.all(Array.from({ length: o.connections }, open))
  idle.push(...conns)

  const t0 = performance.now() + 5
  await new Promise<void>((resolve) => {
    onAllDone = resolve
    const tick = () => {
      const now = performance.now()
      // Everything due by now goes out together.
      while (sent < total && t0 + (sent * 1000) / o.rate <= now) {
        const due = t0 + (sent++ * 1000) / o.rate
        const c = idle.shift()
        if (c) fire(c, due)
        else waiting.push(due)
      }
      // Sleep when the next request is a millisecond or more away, rather than spin: a spinning
      // generator takes its core from whatever shares it (the stand-in Teams connector does).
      if (sent >= total) return
      const wait = t0 + (sent * 1000) / o.rate - performance.now()
      if (wait >= 1) setTimeout(tick, Math.floor(wait))
      else setImmediate(tick)
    }
    tick()
    // A request that never comes back (a dead connection) must not hang the bench.
    setTimeout(() => {
      errors += total - finished
      resolve()
    }, (o.seconds + 10) * 1000).unref()
  })
  const elapsed = (performance.now() - t0) / 1000
  running = false
  for (const c of [...conns, ...idle]) c.socket.destroy()
  latencies.sort((a, b) => a - b)
  return {
    rate: o.rate,
    sent,
    completed: latencies.length,
    errors,
    non2xx,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: latencies[latencies.length - 1] ?? NaN,
    achieved: latencies.length / elapsed,
  }
}

/** Where a chunked body that starts at `from` ends, or -1 when it has not all arrived yet. */
function chunkedEnd(buffer: Buffer, from: number): number {
  let at = from
  for (;;) {
    const lineEnd = buffer.indexOf('\r\n', at)
    if (lineEnd < 0) return -1
    const size = parseInt(buffer.subarray(at, lineEnd).toString('latin1'), 16)
    if (!Number.isFinite(size)) return -1
    // The last chunk (size 0) is followed by an empty line.
    if (size === 0) return buffer.length >= lineEnd + 4 ? lineEnd + 4 : -1
    at = lineEnd + 2 + size + 2
    if (at > buffer.length) return -1
  }
}
