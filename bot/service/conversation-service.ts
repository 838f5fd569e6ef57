/**
 * One turn of a conversation: load the session, step the engine, save the session. Shared by
 * the web chat API and the Teams endpoint, on Node and on Workers. When the store fails or
 * hangs, the user still gets a calm reply with the Veilig Thuis number.
 */
import type { Engine } from '../core/engine.js'
import { VT_LINE } from '../core/messages.js'
import { withVeiligThuis } from '../core/render.js'
import type { Organisation } from '../content/organisation-schema.js'
import type { Input, Reply, Session, TurnContext, TurnResult } from '../core/types.js'
import type { OrganisationDirectory } from '../organisations/directory.js'
import type { ConversationStore } from '../store/conversation-store.js'
import { NO_ORGANISATION } from '../insight/insight-store.js'
import { PRESSES, metricsOfTurn, type Channel, type Press } from '../insight/metrics.js'

export interface TurnOutcome {
  conversationId: string
  replies: Reply[]
  /** True when the reply was produced without the store (it failed or timed out). */
  degraded?: boolean
  /** The organisation id the first turn named and the directory does not know (for the log). */
  unknownOrganisation?: string
}

export interface ConversationServiceOptions {
  engine: Engine
  store: ConversationStore
  now: () => number
  newId: () => string
  /** How long a store call may take before we answer without it. Default 2 s. */
  storeTimeoutMs?: number
  /** Receives a short reason when the store fails; never message text. */
  onStoreError?: (reason: string) => void
  /** Organisation settings by id (organisations/*.yaml); without it no organisation is known. */
  organisations?: OrganisationDirectory
  /** Anonymous usage counts (bot/insight); absent means nothing is counted. */
  insight?: TurnCounting
}

/**
 * Where a turn's counts go. They are counted for the conversation's organisation: the one chosen
 * on its first turn and kept in the session (`-` without one).
 */
export interface TurnCounting {
  count(organisation: string, metrics: readonly string[]): void
}

export const STORE_FAILURE_TEXT =
  'Er ging bij mij iets mis, waardoor ik dit gesprek niet kon bijhouden. Probeer het zo nog eens of begin een nieuw gesprek. Heb je nu zorgen over iemands veiligheid? Bel **Veilig Thuis: 0800-2000**; bij direct gevaar **112**.'

export class ConversationService {
  /**
   * The last queued turn per conversation id, while any is in flight. Turns of one conversation
   * run one after another (load, step, save), so two tabs or a double click cannot overwrite each
   * other's answers; different conversations still run side by side. An entry is removed when
   * its last turn ends, so the map holds only conversations with a turn in progress.
   */
  private readonly tails = new Map<string, Promise<unknown>>()

  constructor(private readonly o: ConversationServiceOptions) {}

  /**
   * @param conversationId the client's id; unknown ids start a new conversation
   * @param keepId use `conversationId` as the id of a new conversation (Teams: its own ids are stable)
   * @param organisation the organisation id the client names; used only when this turn starts the
   *   conversation (the organisation never changes mid-conversation)
   * @param channel where the turn came from, for the anonymous counts
   */
  turn(conversationId: string | undefined, input: Input, keepId = false, organisation?: string, channel: Channel = 'web'): Promise<TurnOutcome> {
    if (!conversationId) return this.run(conversationId, input, keepId, organisation, channel)
    const previous = this.tails.get(conversationId)
    const go = () => this.run(conversationId, input, keepId, organisation, channel)
    const next = previous ? previous.then(go, go) : go()
    this.tails.set(conversationId, next)
    // run() never rejects (store failures become a degraded reply), but be safe either way.
    const settle = () => {
      if (this.tails.get(conversationId) === next) this.tails.delete(conversationId)
    }
    next.then(settle, settle)
    return next
  }

  /** Conversations with a turn in progress (for tests). */
  get inFlight(): number {
    return this.tails.size
  }

  /**
   * A call button pressed in the widget (a tel: link, so no turn): counted for the conversation's
   * organisation. Returns false for a conversation we do not have (nothing is counted then).
   */
  async press(conversationId: string, button: Press): Promise<boolean> {
    const counting = this.o.insight
    if (!counting) return false
    let session: Session | undefined
    try {
      session = await this.withTimeout(this.o.store.get(conversationId))
    } catch {
      return false
    }
    if (!session) return false
    counting.count(this.organisationOf(session), [PRESSES[button]])
    return true
  }

  private async run(conversationId: string | undefined, input: Input, keepId: boolean, requested: string | undefined, channel: Channel): Promise<TurnOutcome> {
    const { engine, store } = this.o
    const ctx: TurnContext = { now: this.o.now(), newId: this.o.newId }
    let previous: Session | undefined
    try {
      previous = conversationId ? await this.withTimeout(store.get(conversationId)) : undefined
    } catch (err) {
      return this.degraded(conversationId ?? ctx.newId(), err)
    }
    // The session's own organisation, or on a new conversation the one the client named.
    const wanted = previous ? previous.organisation : requested
    const organisation = wanted ? await this.organisation(wanted) : undefined
    if (organisation) ctx.organisation = organisation
    const unknownOrganisation = !previous && requested && !organisation ? requested : undefined
    const expired = !!conversationId && !previous && !keepId
    const fresh = !previous && keepId && conversationId ? { ...engine.newSession(ctx), id: conversationId } : previous
    const result = engine.step(fresh, input, ctx, { expired, unknownOrganisation: !!unknownOrganisation })
    this.count(previous, input, result, channel)
    try {
      await this.withTimeout(store.set(result.session))
    } catch (err) {
      this.o.onStoreError?.(reason(err))
      return { conversationId: result.session.id, replies: withVeiligThuis([...result.replies, { text: STORE_FAILURE_TEXT, tag: 'error' }]), degraded: true }
    }
    return { conversationId: result.session.id, replies: result.replies, ...(unknownOrganisation ? { unknownOrganisation } : {}) }
  }

  /** The settings for an id; when the directory fails, the turn goes on without them. */
  private async organisation(id: string): Promise<Organisation | undefined> {
    const directory = this.o.organisations
    if (!directory) return undefined
    try {
      return await this.withTimeout(directory.byId(id), !directory.local)
    } catch (err) {
      this.o.onStoreError?.(`organisations: ${reason(err)}`)
      return undefined
    }
  }

  /** Counting must never fail or change a turn: any error here is swallowed. */
  private count(before: Session | undefined, input: Input, result: TurnResult, channel: Channel): void {
    const counting = this.o.insight
    if (!counting) return
    try {
      counting.count(this.organisationOf(result.session), metricsOfTurn({ before, after: result.session, input, replies: result.replies, shown: result.shown, channel }))
    } catch {
      // The recorder reports its own failures; a failure in the metrics themselves is ignored.
    }
  }

  private organisationOf(session: Session): string {
    return session.organisation ?? NO_ORGANISATION
  }

  private degraded(conversationId: string, err: unknown): TurnOutcome {
    this.o.onStoreError?.(reason(err))
    return { conversationId, replies: [{ text: `${STORE_FAILURE_TEXT}\n\n${VT_LINE}`, tag: 'error', actions: [{ id: 'restart', label: 'Nieuw gesprek' }] }], degraded: true }
  }

  private withTimeout<T>(p: Promise<T>, remote = false): Promise<T> {
    if (this.o.store.local && !remote) return p
    const ms = this.o.storeTimeoutMs ?? 2000
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`store timed out after ${ms} ms`)), ms)
    })
    return Promise.race([p, timeout]).finally(() => clearTimeout(timer))
  }
}

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 200)
