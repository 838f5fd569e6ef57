/**
 * Writes batches of counts to the SQLite file from a worker thread. better-sqlite3 is synchronous:
 * on the main thread a batch of 500 upserts took about 1 ms at the median but 5–24 ms now and then
 * (a WAL checkpoint, a slow disk, another process holding the lock), and every request that
 * arrived meanwhile waited that long. In a worker the write runs beside the requests.
 *
 * The thread is started on the first batch (not at start-up, which stays as fast as before), is
 * kept referenced only while a batch is on its way (an idle writer never keeps the process
 * alive, a pending one is not lost on a normal stop), and is started again if it dies. Its code is
 * a small CommonJS script passed as a string, so the built server needs no second entry file; it
 * runs the same UPSERT in one transaction per batch as SqlCounts.add, on rows already checked
 * with storableRows.
 */
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { CountRow } from '../../insight/insight-store.js'
import { UPSERT } from '../../insight/sql-counts.js'

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.module)
const db = new Database(workerData.path, { timeout: workerData.timeout })
db.pragma('synchronous = NORMAL')
const upsert = db.prepare(workerData.upsert)
const add = db.transaction((rows) => {
  for (const r of rows) upsert.run(r.organisation, r.week, r.metric, r.n)
})
parentPort.on('message', (m) => {
  if (m.close) {
    db.close()
    parentPort.postMessage({ id: m.id })
    parentPort.close()
    return
  }
  try {
    add(m.rows)
    parentPort.postMessage({ id: m.id })
  } catch (err) {
    parentPort.postMessage({ id: m.id, error: String((err && err.name) || 'Error') + ': ' + String((err && err.message) || err) })
  }
})
`

interface Waiting {
  resolve: () => void
  reject: (err: Error) => void
}

/** A running thread and the batches it has not answered yet. */
interface Running {
  worker: Worker
  waiting: Map<number, Waiting>
}

export class InsightWriterThread {
  private running: Running | undefined
  private nextId = 0

  /** `path` is a file that exists and has the schema (the main thread's connection made both). */
  constructor(
    private readonly path: string,
    private readonly timeoutMs: number,
  ) {}

  /** Adds the rows in one transaction on the writer thread; settles when it is committed. */
  write(rows: readonly CountRow[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve()
    // Structured cloning 500 rows holds the main thread about 0.2 ms (one JSON string: the same).
    return this.send(this.started(), { rows })
  }

  /** Waits for what was sent, then closes the thread's connection and ends the thread. */
  async close(): Promise<void> {
    const running = this.running
    if (!running) return
    await this.send(running, { close: true })
    if (this.running === running) this.running = undefined
    await running.worker.terminate()
  }

  private send({ worker, waiting }: Running, message: { rows?: readonly CountRow[]; close?: boolean }): Promise<void> {
    const id = this.nextId++
    return new Promise<void>((resolve, reject) => {
      waiting.set(id, { resolve, reject })
      if (waiting.size === 1) worker.ref()
      worker.postMessage({ id, ...message })
    })
  }

  private started(): Running {
    if (this.running) return this.running
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { module: createRequire(import.meta.url).resolve('better-sqlite3'), path: this.path, timeout: this.timeoutMs, upsert: UPSERT },
    })
    const running: Running = { worker, waiting: new Map() }
    const { waiting } = running
    worker.unref()
    worker.on('message', (m: { id: number; error?: string }) => {
      const w = waiting.get(m.id)
      if (!w) return
      waiting.delete(m.id)
      if (waiting.size === 0) worker.unref()
      if (m.error === undefined) w.resolve()
      else w.reject(new Error(m.error.slice(0, 160)))
    })
    // A thread that fails (cannot open the file, runs out of memory) fails what waits on it; the
    // next batch starts a new one.
    const fail = (err: Error) => {
      if (this.running === running) this.running = undefined
      for (const w of waiting.values()) w.reject(err)
      waiting.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`insight writer thread exited (${code})`)))
    return (this.running = running)
  }
}
