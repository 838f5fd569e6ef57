/**
 * Settings of the HTTP app, read by the runtime entry points from the environment (Node) or
 * from Worker vars and secrets (Workers), under the same names.
 */
export interface AppConfig {
  /** Origins allowed to embed the widget and call the chat API (`ALLOWED_ORIGINS`, comma-separated). */
  allowedOrigins: string[]
  /** Largest request body, in bytes. */
  maxBodyBytes: number
}

export type EnvLike = Record<string, string | undefined>

export function readAppConfig(env: EnvLike): AppConfig {
  return {
    allowedOrigins: list(env.ALLOWED_ORIGINS),
    maxBodyBytes: 16 * 1024,
  }
}

export const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
