/**
 * `npm run teams:package`: writes appPackage/meldwijzer.zip for upload to Teams, with
 * manifest.json (schema 1.22), color.png (192×192) and outline.png (32×32) at the zip root.
 * The bot id and valid domains come from the environment, so one template serves every tenant.
 * The icons are committed files (appPackage/color.png, appPackage/outline.png); the zip is
 * written with fflate, so no `zip` binary is needed.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { strToU8, zipSync, type Zippable } from 'fflate'

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

/** The committed icons (drawn as SVG in appPackage/icons/, rasterised by `npm run teams:icons`). */
export const ICON_PATHS = { color: join(APP_PACKAGE_DIR, 'color.png'), outline: join(APP_PACKAGE_DIR, 'outline.png') }

/** Fixed entry times (1980-01-01, the earliest a zip can hold), so the same input gives the same bytes. */
const ZIP_MTIME = new Date(1980, 0, 1)

export function buildPackage(env: Env): { manifest: Record<string, any>; zip: Buffer } {
  const manifest = buildManifest(env)
  const files: Zippable = {
    'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
    [manifest.icons.color as string]: readFileSync(ICON_PATHS.color),
    [manifest.icons.outline as string]: readFileSync(ICON_PATHS.outline),
  }
  return { manifest, zip: Buffer.from(zipSync(files, { level: 9, mtime: ZIP_MTIME })) }
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
