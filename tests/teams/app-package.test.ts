/**
 * The Teams app package: the manifest validates offline against Microsoft's official v1.22 JSON
 * schema (kept in appPackage/schema/, copied from @microsoft/app-manifest@1.1.2), and the zip
 * holds exactly manifest.json and the two icons at its root, in the sizes Teams requires.
 */
import AjvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import { readFileSync } from 'node:fs'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { unzipSync } from 'fflate'
import { buildManifest, buildPackage, ICON_PATHS, PackageConfigError, SCHEMA_PATH } from '../../scripts/teams-package.js'

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

/** Width, height and straight (not premultiplied) RGBA pixels of a PNG. */
async function decodePng(buf: Uint8Array) {
  const { data, info } = await sharp(buf).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * 4, (y * info.width + x) * 4 + 4)]
  return { width: info.width, height: info.height, pixel }
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

  it('the zip holds manifest.json, a 192×192 colour icon and a 32×32 white-on-transparent outline icon at its root', async () => {
    const { zip } = buildPackage(ENV)
    const files = unzipSync(zip)
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png'])
    const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8'))
    expect(manifest).toEqual(buildManifest(ENV))
    // The icons in the zip are the committed files, byte for byte.
    expect(Buffer.from(files['color.png']!).equals(readFileSync(ICON_PATHS.color))).toBe(true)
    expect(Buffer.from(files['outline.png']!).equals(readFileSync(ICON_PATHS.outline))).toBe(true)
    const color = await decodePng(files['color.png']!)
    expect([color.width, color.height]).toEqual([192, 192])
    // Full bleed in the manifest's accent colour: every corner, fully opaque.
    const accent = [1, 3, 5].map((i) => parseInt(manifest.accentColor.slice(i, i + 2), 16))
    for (const [x, y] of [[0, 0], [191, 0], [0, 191], [191, 191]] as const) expect(color.pixel(x, y)).toEqual([...accent, 255])
    const outline = await decodePng(files['outline.png']!)
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
