/**
 * JSON error bodies of the chat API. Every one carries the Veilig Thuis line (safety rule 1):
 * a widget that can only show the error still shows where to go.
 */
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { VT_LINE_PLAIN } from '../core/messages.js'
import { payOwedHeaders } from './owed-headers.js'

export type ErrorCode =
  | 'bad_request'
  | 'invalid_json'
  | 'not_found'
  | 'payload_too_large'
  | 'rate_limited'
  | 'internal'
  | 'unsupported_media_type'
  | 'method_not_allowed'
  | 'insight_unavailable'
  // The Teams endpoint
  | 'unauthorized'
  | 'forbidden'
  | 'reply_failed'
  | 'teams_disabled'


export interface ErrorBody {
  error: { code: ErrorCode; message: string }
  /** Shown by clients as a bot message, so the user is never left without a number to call. */
  messages: [{ text: string }]
  veiligThuis: string
}

export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return {
    error: { code, message },
    messages: [{ text: `${message} ${VT_LINE_PLAIN}` }],
    veiligThuis: VT_LINE_PLAIN,
  }
}

export function errorResponse(c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string) {
  // Headers a chat request still owes (owed-headers.ts) go on through the context.
  payOwedHeaders(c)
  return c.json(errorBody(code, message), status)
}
