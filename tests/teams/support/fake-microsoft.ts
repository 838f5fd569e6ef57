/**
 * Local stand-ins for Microsoft's services, as real HTTP servers on 127.0.0.1:
 * - the Bot Framework login service: OpenID metadata and a JWKS whose keys carry `endorsements`;
 * - the Entra token endpoint `/{tenant}/oauth2/v2.0/token` (client credentials);
 * - a Teams connector at `{base}/teams/` that records every activity and checks the bearer token.
 * `sign()` makes channel tokens the way Bot Framework does, with a locally generated RS256 key.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose'

export const BF_ISSUER = 'https://api.botframework.com'
export const OUTGOING_TOKEN = 'outgoing-test-token'

export interface RecordedActivity {
  method: string
  path: string
  authorization: string | undefined
  body: Record<string, unknown>
}

export interface TokenRequest {
  path: string
  form: Record<string, string>
}

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey']

interface SigningKey {
  kid: string
  privateKey: PrivateKey
  jwk: JWK
  endorsements: string[]
}

export interface SignOptions {
  aud?: string
  iss?: string
  serviceurl?: string
  /** Seconds since epoch. */
  exp?: number
  nbf?: number
  kid?: string
  /** Sign with a key the JWKS does not publish. */
  foreignKey?: boolean
}

export async function newSigningKey(kid: string, endorsements = ['msteams', 'webchat']): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }, endorsements }
}

export async function startFakeMicrosoft(options: { appId: string; tenant: string; name?: string }) {
  const keys: SigningKey[] = [await newSigningKey('fake-key-1')]
  const foreign = await newSigningKey('fake-key-not-published')
  const activities: RecordedActivity[] = []
  const tokenRequests: TokenRequest[] = []
  const hits = { metadata: 0, jwks: 0 }
  let base = ''

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const body = await readBody(req)
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(value))
    }
    if (req.method === 'GET' && url.pathname === '/v1/.well-known/openidconfiguration') {
      hits.metadata++
      return json(200, {
        issuer: BF_ISSUER,
        authorization_endpoint: `${base}/v1/authorize`,
        jwks_uri: `${base}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      })
    }
    if (req.method === 'GET' && url.pathname === '/v1/.well-known/keys') {
      hits.jwks++
      return json(200, { keys: keys.map((k) => ({ ...k.jwk, endorsements: k.endorsements })) })
    }
    const tokenPath = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname)
    if (req.method === 'POST' && tokenPath) {
      const form = Object.fromEntries(new URLSearchParams(body))
      tokenRequests.push({ path: url.pathname, form })
      if (decodeURIComponent(tokenPath[1]!) !== options.tenant || form.client_id !== options.appId || form.grant_type !== 'client_credentials') {
        return json(400, { error: 'invalid_request' })
      }
      return json(200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: OUTGOING_TOKEN })
    }
    if (req.method === 'POST' && url.pathname.startsWith('/teams/v3/conversations/')) {
      const authorization = req.headers.authorization
      activities.push({ method: req.method, path: url.pathname, authorization, body: JSON.parse(body || '{}') })
      if (authorization !== `Bearer ${OUTGOING_TOKEN}`) return json(401, { error: { code: 'Unauthorized' } })
      return json(200, { id: `reply-${activities.length}` })
    }
    json(404, { error: 'not found' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    base,
    openIdMetadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    serviceUrl: `${base}/teams/`,
    activities,
    tokenRequests,
    hits,
    keys,
    /** Publishes a new key (key rollover). */
    async addKey(kid: string, endorsements?: string[]) {
      const k = await newSigningKey(kid, endorsements)
      keys.push(k)
      return k
    },
    /** A channel → bot token as Bot Framework issues it. Note the lower-case `serviceurl` claim. */
    async sign(o: SignOptions = {}, claims: JWTPayload = {}) {
      const key = o.foreignKey ? foreign : (keys.find((k) => k.kid === (o.kid ?? keys[0]!.kid)) ?? keys[0]!)
      const now = Math.floor(Date.now() / 1000)
      return new SignJWT({ serviceurl: o.serviceurl ?? `${base}/teams/`, ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
        .setIssuer(o.iss ?? BF_ISSUER)
        .setAudience(o.aud ?? options.appId)
        .setIssuedAt(now - 60)
        .setNotBefore(o.nbf ?? now - 60)
        .setExpirationTime(o.exp ?? now + 3600)
        .sign(key.privateKey)
    },
    /** An unsigned token (`alg: none`) with otherwise perfect claims. */
    unsigned(claims: JWTPayload = {}) {
      const now = Math.floor(Date.now() / 1000)
      const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
      const payload = { iss: BF_ISSUER, aud: options.appId, serviceurl: `${base}/teams/`, nbf: now - 60, exp: now + 3600, ...claims }
      return `${enc({ alg: 'none', typ: 'JWT', kid: keys[0]!.kid })}.${enc(payload)}.`
    },
    reset() {
      activities.length = 0
      tokenRequests.length = 0
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type FakeMicrosoft = Awaited<ReturnType<typeof startFakeMicrosoft>>

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** A connector at another host (`localhost`, not on the allow-list): proves no token is ever sent there. */
export async function startRecorder() {
  const requests: { path: string; authorization: string | undefined }[] = []
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', authorization: req.headers.authorization })
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('{}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return { serviceUrl: `http://localhost:${port}/teams/`, requests, close: () => new Promise<void>((r) => server.close(() => r())) }
}

/** A Microsoft endpoint that accepts the connection and never answers (a hung service). */
export async function startSilentServer() {
  const server = createServer(() => {})
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    base,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
