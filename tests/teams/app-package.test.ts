/**
 * The Teams app package: the manifest validates offline against Microsoft's official v1.22 JSON
 * schema (kept in appPackage/schema/, copied from @microsoft/app-manifest@1.1.2), and the zip
 * holds exactly manifest.json and the two icons at its root, in the sizes Teams requires.
 */
import AjvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { inflateRawSync, inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { buildManifest, buildPackage, crc32, PackageConfigError, SCHEMA_PATH } from '../../scripts/teams-package.js'

// CommonJS packages: under NodeNext the class and the plugin sit on `.default`.
const Ajv = AjvDraft04.default
const addFormats = ajvFormats.default

const ENV = { MicrosoftAppId: '5b0c3f1e-7a2d-4c8e-9f61-2d4b8a7e9c10', TEAMS_VALID_DOMAINS: 'meldwijzer.example.nl' }

function schemaValidator() {
  // The published schema has an invalid `\a` escape in one regex; @microsoft/app-manifest applies the same fix.
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8').replace(/\\a/g, '\\x07')) as Record<string, unknown>
  const ajv = new Ajv({ allErrors: true, strict: false })
  addFormats(ajv)
  return ajv.compile(schema)
}

/** Reads a zip's central directory and inflates every entry (checking its CRC). */
function unzip(buf: Buffer): Map<string, Buffer> {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const count = buf.readUInt16LE(eocd + 10)
  let p = buf.readUInt32LE(eocd + 16)
  const files = new Map<string, Buffer>()
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50)
    const method = buf.readUInt16LE(p + 10)
    const crc = buf.readUInt32LE(p + 16)
    const size = buf.readUInt32LE(p + 20)
    const nameLen = buf.readUInt16LE(p + 28)
    const extraLen = buf.readUInt16LE(p + 30)
    const commentLen = buf.readUInt16LE(p + 32)
    const local = buf.readUInt32LE(p + 42)
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8')
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28)
    const raw = buf.subarray(start, start + size)
    const data = method === 8 ? inflateRawSync(raw) : raw
    expect(crc32(data)).toBe(crc)
    files.set(name, data)
    p += 46 + nameLen + extraLen + commentLen
  }
  return files
}

function decodePng(buf: Buffer) {
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  let p = 8
  let width = 0
  let height = 0
  const idat: Buffer[] = []
  while (p < buf.length) {
    const len = buf.readUInt32BE(p)
    const type = buf.subarray(p + 4, p + 8).toString('ascii')
    const data = buf.subarray(p + 8, p + 8 + len)
    expect(crc32(buf.subarray(p + 4, p + 8 + len))).toBe(buf.readUInt32BE(p + 8 + len))
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      expect([...data.subarray(8, 13)]).toEqual([8, 6, 0, 0, 0])
    }
    if (type === 'IDAT') idat.push(data)
    p += 12 + len
  }
  const raw = inflateSync(Buffer.concat(idat))
  const pixel = (x: number, y: number) => [...raw.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 1 + x * 4 + 4)]
  return { width, height, pixel }
}

describe('Teams app package', () => {
  it('manifest.json validates against the official v1.22 schema (offline)', () => {
    const validate = schemaValidator()
    const manifest = buildManifest(ENV)
    const ok = validate(manifest)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
    expect(manifest.manifestVersion).toBe('1.22')
  })

  it('the schema check is real: a broken manifest is refused', () => {
    const validate = schemaValidator()
    const manifest = buildManifest(ENV)
    expect(validate({ ...manifest, manifestVersion: '1.17' })).toBe(false)
    expect(validate({ ...manifest, bots: [{ ...manifest.bots[0], botId: 'not-a-guid' }] })).toBe(false)
    expect(validate({ ...manifest, name: { short: 'x'.repeat(31) } })).toBe(false)
  })

  it('bot id, app id and valid domains come from the environment', () => {
    const m = buildManifest({ ...ENV, TEAMS_APP_ID: '11111111-2222-4333-8444-555555555555', TEAMS_VALID_DOMAINS: 'https://a.example.nl/, b.example.nl' })
    expect(m.id).toBe('11111111-2222-4333-8444-555555555555')
    expect(m.bots[0].botId).toBe(ENV.MicrosoftAppId)
    expect(m.validDomains).toEqual(['a.example.nl', 'b.example.nl'])
    expect(m.developer.privacyUrl).toBe('https://a.example.nl/')
    expect(buildManifest(ENV).id).toBe(ENV.MicrosoftAppId)
    expect(() => buildManifest({ TEAMS_VALID_DOMAINS: 'x.nl' })).toThrow(PackageConfigError)
    expect(() => buildManifest({ MicrosoftAppId: ENV.MicrosoftAppId })).toThrow(PackageConfigError)
  })

  it('the description carries the Veilig Thuis number and 112', () => {
    const m = buildManifest(ENV)
    expect(m.description.full).toContain('0800-2000')
    expect(m.description.full).toContain('112')
  })

  it('the zip holds manifest.json, a 192×192 colour icon and a 32×32 white-on-transparent outline icon at its root', () => {
    const { zip } = buildPackage(ENV)
    const files = unzip(zip)
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png'])
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'))
    expect(manifest).toEqual(buildManifest(ENV))
    const color = decodePng(files.get('color.png')!)
    expect([color.width, color.height]).toEqual([192, 192])
    expect(color.pixel(0, 0)).toEqual([0x0b, 0x6e, 0x69, 255])
    const outline = decodePng(files.get('outline.png')!)
    expect([outline.width, outline.height]).toEqual([32, 32])
    expect(outline.pixel(0, 0)[3]).toBe(0)
    let opaque = 0
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = outline.pixel(x, y) as [number, number, number, number]
        if (a > 0) {
          expect([r, g, b]).toEqual([255, 255, 255])
          opaque++
        }
      }
    }
    expect(opaque).toBeGreaterThan(50)
    // Reproducible: the same input gives the same bytes.
    expect(buildPackage(ENV).zip.equals(zip)).toBe(true)
  })
})
