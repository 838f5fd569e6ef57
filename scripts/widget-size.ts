/**
 * `npm run widget:size`: the web widget's transfer size, widget.js + widget.css gzipped.
 * Budget (issue 4): at most 30 KB together. Exits 1 when over, so CI can run it as a check.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

export const WIDGET_BUDGET_BYTES = 30 * 1024
const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'bot', 'web', 'public')

export interface FileSize {
  file: string
  raw: number
  gzip: number
}

/** Each file gzipped on its own (as a server sends them), level 9 like a precompressed asset. */
export function widgetSizes(dir = PUBLIC_DIR): { files: FileSize[]; totalGzip: number } {
  const files = ['widget.js', 'widget.css'].map((file) => {
    const bytes = readFileSync(join(dir, file))
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
  })
  return { files, totalGzip: files.reduce((sum, f) => sum + f.gzip, 0) }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { files, totalGzip } = widgetSizes()
  for (const f of files) console.log(`${f.file.padEnd(11)} ${kb(f.raw).padStart(8)} raw  ${kb(f.gzip).padStart(8)} gzip`)
  const ok = totalGzip <= WIDGET_BUDGET_BYTES
  console.log(`total gzip  ${kb(totalGzip)} of ${kb(WIDGET_BUDGET_BYTES)} budget: ${ok ? 'OK' : 'OVER BUDGET'}`)
  if (!ok) process.exit(1)
}
