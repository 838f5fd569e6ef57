/**
 * `npm run teams:package`: writes appPackage/meldwijzer.zip for upload to Teams, with
 * manifest.json (schema 1.22), color.png (192×192) and outline.png (32×32) at the zip root.
 * The bot id and valid domains come from the environment, so one template serves every tenant.
 * Icons and zip are produced here in plain code (node:zlib only), so no image tools or `zip`
 * binary are needed.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { deflateRawSync, deflateSync } from 'node:zlib'

export const APP_PACKAGE_DIR = join(import.meta.dirname, '..', 'appPackage')
export const TEMPLATE_PATH = join(APP_PACKAGE_DIR, 'manifest.template.json')
export const SCHEMA_PATH = join(APP_PACKAGE_DIR, 'schema', 'MicrosoftTeams.schema.v1.22.json')
export const ZIP_PATH = join(APP_PACKAGE_DIR, 'meldwijzer.zip')

type Env = Record<string, string | undefined>
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export class PackageConfigError extends Error {}

/** The manifest for this environment: the template with ids, domains and developer links filled in. */
export function buildManifest(env: Env, template = JSON.parse(readFileSync(TEMPLATE_PATH, 'utf8')) as Record<string, any>) {
  const botId = env.MicrosoftAppId?.trim()
  if (!botId || !GUID.test(botId)) throw new PackageConfigError('Set MicrosoftAppId to the bot\'s Application (client) ID from Azure (a GUID).')
  const appId = env.TEAMS_APP_ID?.trim() || botId
  if (!GUID.test(appId)) throw new PackageConfigError('TEAMS_APP_ID must be a GUID.')
  const domains = (env.TEAMS_VALID_DOMAINS ?? '')
    .split(',')
    .map((d) => d.trim().replace(/^https?:\/\//, '').replace(/\/.*$/, ''))
    .filter(Boolean)
  if (!domains.length) throw new PackageConfigError('Set TEAMS_VALID_DOMAINS to the host of the messaging endpoint, e.g. meldwijzer.example.nl.')
  const site = `https://${domains[0]!.replace(/^\*\./, '')}/`
  const manifest = structuredClone(template)
  manifest.id = appId
  manifest.version = env.TEAMS_APP_VERSION?.trim() || manifest.version
  manifest.developer = {
    name: env.TEAMS_DEVELOPER_NAME?.trim() || manifest.developer.name,
    websiteUrl: env.TEAMS_WEBSITE_URL?.trim() || site,
    privacyUrl: env.TEAMS_PRIVACY_URL?.trim() || site,
    termsOfUseUrl: env.TEAMS_TERMS_URL?.trim() || site,
  }
  manifest.bots[0].botId = botId
  manifest.validDomains = domains
  return manifest
}

// ---- icons ---------------------------------------------------------------------------------

type Shape = (x: number, y: number) => boolean

/** A speech bubble with three dots, in unit coordinates (0..1). */
const inRoundRect = (x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r)
  const cy = Math.min(Math.max(y, y0 + r), y1 - r)
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}
const inTail = (x: number, y: number) => x >= 0.3 && y >= 0.6 && y <= 0.82 && (x - 0.3) / 0.2 + (y - 0.6) / 0.22 <= 1
const bubble: Shape = (x, y) => inRoundRect(x, y, 0.16, 0.2, 0.84, 0.66, 0.12) || inTail(x, y)
const dots: Shape = (x, y) => [0.34, 0.5, 0.66].some((cx) => (x - cx) ** 2 + (y - 0.43) ** 2 <= 0.055 ** 2)

type RGBA = [number, number, number, number]

/** Renders with 4×4 supersampling so edges are smooth. */
function render(size: number, paint: (x: number, y: number) => RGBA | undefined, background: RGBA): Uint8Array {
  const out = new Uint8Array(size * size * 4)
  const n = 4
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0]
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = paint((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size) ?? background
          // Premultiplied, so transparent samples do not darken edges.
          acc[0]! += (c[0] * c[3]) / 255
          acc[1]! += (c[1] * c[3]) / 255
          acc[2]! += (c[2] * c[3]) / 255
          acc[3]! += c[3]
        }
      }
      const a = acc[3]! / (n * n)
      const i = (py * size + px) * 4
      out[i] = a ? Math.round((acc[0]! / (n * n)) * (255 / a)) : 0
      out[i + 1] = a ? Math.round((acc[1]! / (n * n)) * (255 / a)) : 0
      out[i + 2] = a ? Math.round((acc[2]! / (n * n)) * (255 / a)) : 0
      out[i + 3] = Math.round(a)
    }
  }
  return out
}

const hex = (h: string): RGBA => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), 255]
const WHITE: RGBA = [255, 255, 255, 255]
const CLEAR: RGBA = [0, 0, 0, 0]

/** 192×192, full-bleed accent colour with a white speech bubble. */
export function colorIcon(accent = '#0B6E69'): Buffer {
  const bg = hex(accent)
  return png(192, render(192, (x, y) => (dots(x, y) ? bg : bubble(x, y) ? WHITE : undefined), bg))
}

/** 32×32, white outline on transparent, as Teams requires for the outline icon. */
export function outlineIcon(): Buffer {
  const w = 2 / 32
  const dirs = Array.from({ length: 12 }, (_, k) => [Math.cos((k * Math.PI) / 6) * w, Math.sin((k * Math.PI) / 6) * w] as const)
  const edge: Shape = (x, y) => bubble(x, y) && dirs.some(([dx, dy]) => !bubble(x + dx, y + dy))
  return png(32, render(32, (x, y) => (edge(x, y) || dots(x, y) ? WHITE : undefined), CLEAR))
}

// ---- PNG and zip, by the book ----------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/** An 8-bit RGBA PNG. */
export function png(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 6, 0, 0, 0], 8) // bit depth 8, colour type RGBA, deflate, no filter, no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0 // filter: none
    raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1)
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())])
}

/** A zip with deflated entries at the root. Fixed timestamps (1980-01-01), so builds are reproducible. */
export function zip(files: { name: string; data: Uint8Array }[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  const DOS_DATE = (0 << 9) | (1 << 5) | 1
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8')
    const body = deflateRawSync(f.data, { level: 9 })
    const crc = crc32(f.data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(8, 8) // deflate
    local.writeUInt16LE(0, 10)
    local.writeUInt16LE(DOS_DATE, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(f.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt16LE(0, 12)
    central.writeUInt16LE(DOS_DATE, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(f.data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, body)
    centrals.push(central, name)
    offset += local.length + name.length + body.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

export function buildPackage(env: Env): { manifest: Record<string, any>; zip: Buffer } {
  const manifest = buildManifest(env)
  const files = [
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: manifest.icons.color as string, data: colorIcon(manifest.accentColor) },
    { name: manifest.icons.outline as string, data: outlineIcon() },
  ]
  return { manifest, zip: zip(files) }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { manifest, zip: data } = buildPackage(process.env)
    const out = process.env.TEAMS_PACKAGE_OUT || ZIP_PATH
    writeFileSync(out, data)
    console.log(`Teams app package written: ${out} (${data.length} bytes; bot ${manifest.bots[0].botId}; domains ${manifest.validDomains.join(', ')})`)
    console.log('Upload it in Teams (Apps → Manage your apps → Upload an app) or in the Teams admin center.')
  } catch (err) {
    if (err instanceof PackageConfigError) {
      console.error(`teams:package: ${err.message}`)
      process.exit(1)
    }
    throw err
  }
}
