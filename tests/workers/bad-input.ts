/**
 * Requests that are wrong in some way, shared by the Node side (recording its answers in
 * node/global-setup.ts) and the workerd side (comparing against them). Plain Web APIs only.
 */
export interface BadInputCase {
  name: string
  path: string
  init: () => RequestInit
  /** Status both runtimes must give. */
  status: number
}

export interface RecordedAnswer {
  status: number
  contentType: string | null
  body: Record<string, unknown>
}

const json = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) => () => ({ method: 'POST', headers, body })

export const BAD_INPUT: BadInputCase[] = [
  { name: 'malformed JSON', path: '/api/chat', init: json('{"text": "hallo"'), status: 400 },
  { name: 'body over 16 KB', path: '/api/chat', init: json(JSON.stringify({ text: 'a'.repeat(17 * 1024) })), status: 413 },
  { name: 'text and action together', path: '/api/chat', init: json(JSON.stringify({ text: 'hoi', action: 'menu' })), status: 400 },
  { name: 'unknown field', path: '/api/chat', init: json(JSON.stringify({ text: 'hoi', naam: 'x' })), status: 400 },
  { name: 'not JSON content type', path: '/api/chat', init: json('text=hoi', { 'content-type': 'application/x-www-form-urlencoded' }), status: 415 },
  { name: 'GET on the chat API', path: '/api/chat', init: () => ({ method: 'GET' }), status: 405 },
  { name: 'unknown API path', path: '/api/bestaat-niet', init: () => ({ method: 'GET' }), status: 404 },
  { name: 'unknown action', path: '/api/chat', init: json(JSON.stringify({ action: 'bestaat-niet' })), status: 200 },
  { name: 'unknown conversation id', path: '/api/chat', init: json(JSON.stringify({ conversationId: 'verlopen-gesprek-1', action: 'menu' })), status: 200 },
]
