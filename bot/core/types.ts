import type { Organisation } from '../content/organisation-schema.js'

/**
 * Channel-neutral shapes shared by the engine, the channels and the runtimes.
 * Nothing here knows about HTTP, Teams, files or the clock.
 */

/** A button. `id` is what comes back as an action; `label` is what the user sees. */
export interface Action {
  id: string
  label: string
  /**
   * Presentation hint: `emergency` is a 112 button, `phone` a call button for another number.
   * Both have ids `call:<number>` ("call:112", "call:0800-2000", "call:0900-44 45 444"); channels
   * make them tel: links rather than messages to the bot. `link` opens `url` (a download, such as
   * a calendar reminder) and sends nothing back to the bot.
   */
  kind?: 'emergency' | 'phone' | 'link'
  /** With kind `link`: where it goes. A path ("/api/reminder.ics?…") is on the server that answered. */
  url?: string
  /** With kind `link`: links with the same group belong together under this heading ("Zet een herinnering"). */
  group?: string
}

/** A reviewed source shown under an answer ("Bron: …, gecontroleerd …"). */
export interface SourceRef {
  title: string
  url?: string
  reviewed: string
}

/**
 * One message from the bot. `text` uses a small markdown subset:
 * paragraphs, `**bold**`, `- ` bullet lists, `1. ` numbered lists and bare phone numbers.
 */
export interface Reply {
  text: string
  actions?: Action[]
  sources?: SourceRef[]
  /** Why this message was sent; channels may style on it (e.g. acute → red). */
  tag?: ReplyTag
}

export type ReplyTag =
  | 'acute'
  /** "Is iemand nu in direct gevaar? Bel dan meteen 112." with Ja, nu / Nee, niet nu: amber, not red. */
  | 'acute-check'
  | 'privacy'
  | 'answer'
  | 'flow'
  | 'fallback'
  | 'menu'
  | 'doubt'
  | 'expired'
  | 'dossier'
  | 'institutional'
  /** Meldwijzer takes no melding and sends nothing on: asked to, it says so and names the real routes. */
  | 'not-a-channel'
  | 'error'
  /** A short note about the conversation itself, e.g. that the organisation asked for is not known. */
  | 'notice'

/** What a user did this turn: typed text or pressed a button. */
export type Input = { type: 'text'; text: string } | { type: 'action'; id: string } | { type: 'start' }

/**
 * The whole conversation state. By rule it holds the flow position and chosen options only:
 * never free text the user typed, never anything identifying.
 */
export interface Session {
  id: string
  createdAt: number
  updatedAt: number
  role?: string
  sector?: string
  /**
   * The id of the user's organisation (organisations/*.yaml), chosen on the first turn and never
   * changed: only the id, the settings are looked up each turn and passed in as TurnContext.organisation.
   */
  organisation?: string
  /** Current flow and node, when inside a guided flow. */
  flow?: string
  node?: string
  /** Nodes passed in the current flow, in order ("flow/node"); feeds the dossier summary. */
  trail: string[]
  /** Answers recorded by choices (`set:` in the flow YAML), e.g. `{ "afweging-1": "ja" }`. */
  answers: Record<string, string>
  turns: number
}

/** What the engine needs from outside: time and ids are passed in, never read. */
export interface TurnContext {
  now: number
  newId: () => string
  /**
   * The settings of the conversation's organisation, looked up by the service: on the first turn
   * the one the client named, later the one whose id the session holds. Absent: none.
   */
  organisation?: Organisation
}

export interface TurnResult {
  session: Session
  replies: Reply[]
  /**
   * The content this turn showed, by id: flow nodes reached (`node:stap-2/start`) and entries
   * (`topic:kindcheck`, `signal:…`). Only ids from the content, never text: anonymous usage
   * counts are made from these (bot/insight). Replies do not depend on it.
   */
  shown?: string[]
}
