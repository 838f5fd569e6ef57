/** Turns a path inside a parsed YAML document into the line:col a content editor can jump to. */
import { isMap, isPair, isScalar, type Document, type LineCounter, type Node } from 'yaml'

export type Path = ReadonlyArray<PropertyKey>

/** `['nodes', 3, 'next']` → `nodes[3].next` */
export function formatPath(path: Path): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${String(part)}` : String(part)
  }
  return out || '(file)'
}

/**
 * The position of the deepest node that exists along `path`. With `key`, the position of that
 * key inside the map at `path` (for "unknown key" errors).
 */
export function positionOf(
  doc: Document,
  lines: LineCounter,
  path: Path,
  key?: string,
): { line: number; col: number } {
  let p = [...path]
  let node: unknown
  for (;;) {
    node = p.length === 0 ? doc.contents : doc.getIn(p as unknown[], true)
    if (node || p.length === 0) break
    p = p.slice(0, -1)
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === key)
    if (pair && isScalar(pair.key) && pair.key.range) return lines.linePos(pair.key.range[0])
  }
  const range = (node as Node | null | undefined)?.range
  return range ? lines.linePos(range[0]) : { line: 1, col: 1 }
}
