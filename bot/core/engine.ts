/**
 * The dialogue engine: a pure step function from (session, input) to (new session, replies).
 * No I/O, no clock, no randomness: time and ids come in through the TurnContext. Channels and
 * runtimes translate in and out and hold no dialogue logic.
 *
 * Order of concerns for typed text, most important first:
 *   1. acute danger → 112 first, then Veilig Thuis
 *   2. identifying details → a short privacy notice (never echoed), then carry on with a redacted copy
 *   3. abuse by an employee or volunteer → its own route
 *   4. an answer to the buttons on screen, or a command like "menu"
 *   5. search in the knowledge → an answer with sources, or an honest "I don't know"
 * Every turn ends with the Veilig Thuis line (safety rule 1).
 */
import { fitsAudience, pickB1, type B1Audience } from '../content/b1.js'
import type { Content, EntryKind } from '../content/model.js'
import { ROOT_FLOW, ROUTED_TOPICS, entryMap, nodeKey } from '../content/model.js'
import type { Flow, FlowNode, Signal } from '../content/schema.js'
import { callScript, currentNodeKey, dossierSummary } from './dossier.js'
import * as M from './messages.js'
import { detectDoubt, withoutDoubtWords } from './nlp/doubt.js'
import { detectReportRequest } from './nlp/report-request.js'
import { ShortStringMatcher } from './nlp/fuzzy.js'
import { contentTokens, fold, forgetTurnMemos, normalize } from './nlp/normalize.js'
import { call112, callVT, dedupeActions, entrySources, sourceRefs, withVeiligThuis } from './render.js'
import { detectAcute, isDepiction } from './safety/acute.js'
import { detectInstitutional } from './safety/institutional.js'
import { scanPii } from './safety/privacy.js'
import type { SearchHit, SearchIndex } from './search/search-index.js'
import type { Action, Input, Reply, Session, TurnContext, TurnResult } from './types.js'

export const MAX_TEXT_LENGTH = 2000

export interface StepOptions {
  /** The client named a conversation we no longer have: say so politely, then carry on. */
  expired?: boolean
}

/** Typed words that mean the same as a button everywhere. */
const COMMANDS: Array<[string, string]> = [
  ['menu', 'menu'], ['start', 'menu'], ['begin', 'menu'], ['hoofdmenu', 'menu'], ['help', 'menu'], ['hulp', 'menu'],
  ['hoi', 'menu'], ['hallo', 'menu'], ['hey', 'menu'], ['hi', 'menu'], ['hello', 'menu'], ['goedemorgen', 'menu'],
  ['goedemiddag', 'menu'], ['terug', 'menu'], ['opnieuw', 'restart'], ['nieuw gesprek', 'restart'], ['reset', 'restart'],
  ['twijfel', 'twijfel'], ['ik twijfel', 'twijfel'], ['weet niet', 'twijfel'], ['ik weet het niet', 'twijfel'],
  ['samenvatting', 'dossier'], ['dossier', 'dossier'], ['dossiersamenvatting', 'dossier'],
  // Someone trying the bot out gets the menu, not a search hit for "testament".
  ['test', 'menu'], ['dit is een test', 'menu'], ['even testen', 'menu'],
  // Typing the emergency number means: I need it now.
  ['112', 'acuut'],
]
/** The topic that says Meldwijzer takes no meldingen (falls back to search when absent). */
const NOT_A_REPORT_CHANNEL_TOPIC = 'geen-meldkanaal'
/** Short answers that pick the button whose label starts with the same word. */
const YES = new Set(['ja', 'jawel', 'jep', 'yes', 'klopt', 'zeker', 'inderdaad', 'j'])
const NO = new Set(['nee', 'neen', 'no', 'nope', 'niet', 'n'])

export class Engine {
  private readonly commands = new ShortStringMatcher(COMMANDS, 0.2)
  private readonly labelMatchers = new Map<string, ShortStringMatcher<number>>()
  /** A question that is exactly a flow's keyword or title ("stap 2", "afwegingskader") opens that flow. */
  private readonly flowNames = new Map<string, string>()
  /** Per flow, the answer keys its choices record: cleared when the flow starts again. */
  private readonly answerKeys = new Map<string, string[]>()

  constructor(
    readonly content: Content,
    private readonly index: SearchIndex,
  ) {
    for (const f of content.flows.values())
      for (const k of [f.title, ...f.keywords]) if (!this.flowNames.has(normalize(k))) this.flowNames.set(normalize(k), f.id)
    for (const f of content.flows.values()) this.answerKeys.set(f.id, answerKeysOf(f))
  }

  newSession(ctx: TurnContext): Session {
    return { id: ctx.newId(), createdAt: ctx.now, updatedAt: ctx.now, trail: [], answers: {}, turns: 0 }
  }

  step(previous: Session | undefined, input: Input, ctx: TurnContext, options: StepOptions = {}): TurnResult {
    const session: Session = previous
      ? { ...previous, trail: [...previous.trail], answers: { ...previous.answers } }
      : this.newSession(ctx)
    session.updatedAt = ctx.now
    session.turns += 1

    const replies: Reply[] = []
    if (options.expired) replies.push({ text: M.EXPIRED, tag: 'expired' })

    try {
      if (input.type === 'start') replies.push(...this.goTo(session, ROOT_FLOW))
      else if (input.type === 'action') replies.push(...this.onAction(session, input.id, ctx))
      else replies.push(...this.onText(session, input.text, ctx))
    } finally {
      forgetTurnMemos()
    }

    return { session, replies: withVeiligThuis(replies) }
  }

  // ---- actions -------------------------------------------------------------------------------

  private onAction(session: Session, id: string, ctx: TurnContext): Reply[] {
    switch (id) {
      case 'menu':
        return this.goTo(session, ROOT_FLOW)
      case 'restart': {
        Object.assign(session, this.newSession(ctx), { turns: 1 })
        return this.goTo(session, ROOT_FLOW)
      }
      case 'twijfel':
        return [this.doubtReply(session)]
      case 'acuut':
      case 'call:112':
        return [this.acuteReply(session)]
      case 'call:0800-2000':
        return [this.doubtReply(session)]
      case 'dossier':
        return [this.dossierReply(session, ctx)]
      case 'belscript':
        return [{ text: callScript(this.content, session), actions: [callVT, ...this.menuActions()], tag: 'dossier' }]
    }
    const choice = /^c:([a-z0-9-]+)\/([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(id)
    if (choice) return this.onChoice(session, choice[1]!, choice[2]!, choice[3]!, ctx)
    const flow = /^flow:([a-z0-9-]+)(?:\/([a-z0-9-]+))?$/.exec(id)
    if (flow && this.content.flows.has(flow[1]!)) {
      if (!flow[2] || this.content.nodes.has(nodeKey(flow[1]!, flow[2]))) return this.goTo(session, flow[1]!, flow[2])
    }
    const more = /^meer:(topic|signal|sector|contact):([a-z0-9-]+)$/.exec(id)
    const moreOf = more ? entryMap(this.content, more[1] as EntryKind).get(more[2]!) : undefined
    if (moreOf?.more)
      return [{ text: `**${moreOf.title}**\n\n${moreOf.more}`, actions: dedupeActions([...moreOf.related.map((r) => ({ id: r, label: this.labelFor(r) })), ...this.menuActions()]), sources: entrySources(this.content, moreOf), tag: 'answer' }]
    const entry = /^(topic|signal|sector|contact):([a-z0-9-]+)$/.exec(id)
    if (entry) {
      const reply = this.entryReply(session, entry[1] as EntryKind, entry[2]!)
      if (reply) return [reply]
    }
    return [{ text: M.UNKNOWN_ACTION, tag: 'fallback', actions: this.menuActions() }]
  }

  /**
   * A button in a flow. Action ids name flow, node and choice, so a button pressed in an old
   * message (Teams keeps them) still does the right thing.
   */
  private onChoice(session: Session, flowId: string, nodeId: string, choiceId: string, ctx: TurnContext): Reply[] {
    const node = this.content.nodes.get(nodeKey(flowId, nodeId))
    const choices = node?.choices ?? []
    const choice = choices.find((c, i) => (c.id ?? String(i + 1)) === choiceId)
    if (!choice) return [{ text: M.UNKNOWN_ACTION, tag: 'fallback', actions: this.menuActions() }]
    if (session.flow !== flowId) {
      session.flow = flowId
      session.trail = [nodeKey(flowId, nodeId)]
    }
    for (const [k, v] of Object.entries(choice.set ?? {})) {
      if (k === 'rol') session.role = v
      else if (k === 'sector') session.sector = v
      else session.answers[k] = v
    }
    const target = choice.next
    if (this.content.nodes.has(nodeKey(flowId, target))) return this.goTo(session, flowId, target)
    return this.onAction(session, target, ctx)
  }

  private goTo(session: Session, flowId: string, nodeId?: string): Reply[] {
    const flow = this.content.flows.get(flowId)!
    const id = nodeId ?? flow.start
    const node = this.content.nodes.get(nodeKey(flowId, id))!
    // Starting a flow from its first node is a new run: answers from an earlier run of the same
    // flow would otherwise end up in the new dossier summary.
    if (id === flow.start) for (const k of this.answerKeys.get(flowId) ?? []) delete session.answers[k]
    if (session.flow !== flowId) {
      session.trail = []
      // A new step or the afwegingskader starts a fresh summary, but answers given earlier in
      // the same conversation (afwegingen) stay: a user may step back to check something.
    }
    session.flow = flowId
    session.node = id
    if (flowId !== ROOT_FLOW) session.trail.push(nodeKey(flowId, id))
    return [this.nodeReply(session, flow, node)]
  }

  private nodeReply(session: Session, flow: Flow, node: FlowNode): Reply {
    let text = pickB1(node.textB1, this.b1(session)) ?? node.text
    const note = session.sector ? node.sectorNotes?.[session.sector] : undefined
    if (note) text = `${text.trimEnd()}\n\n**Voor jouw sector:** ${note}`
    let actions: Action[]
    if (node.end) {
      actions = [
        ...(flow.dossier ? [{ id: 'dossier', label: M.LABELS.dossier }] : []),
        { id: 'menu', label: M.LABELS.menu },
        { id: 'twijfel', label: M.LABELS.twijfel },
      ]
    } else {
      actions = (node.choices ?? []).map((c, i) => ({ id: `c:${flow.id}/${node.id}/${c.id ?? i + 1}`, label: c.label }))
    }
    if (node.acute) actions = [call112, ...actions]
    const sources = sourceRefs(this.content, node.sources, node.reviewed)
    return {
      text,
      actions: dedupeActions(actions),
      ...(sources.length ? { sources } : {}),
      tag: node.acute ? 'acute' : flow.id === ROOT_FLOW ? 'menu' : 'flow',
    }
  }

  // ---- free text -----------------------------------------------------------------------------

  private onText(session: Session, raw: string, ctx: TurnContext): Reply[] {
    const replies: Reply[] = []
    const text = raw.length > MAX_TEXT_LENGTH ? raw.slice(0, MAX_TEXT_LENGTH) : raw
    if (raw.length > MAX_TEXT_LENGTH) replies.push({ text: M.TOO_LONG, tag: 'fallback' })
    if (!text.trim()) return [...replies, ...this.goTo(session, ROOT_FLOW)]

    const pii = scanPii(text)
    const clean = pii.redacted
    const acute = detectAcute(clean)
    if (acute.length) replies.push(this.acuteReply(session))
    if (pii.kinds.length) replies.push({ text: M.PRIVACY_NOTICE, tag: 'privacy' })
    // 112 comes first; after it, what the knowledge says about the situation, if it knows it well:
    // the institutional route, or a confident topic or signal. Never a fallback, menu or flow.
    if (acute.length) return [...replies, ...this.afterAcute(session, clean)]

    const institutional = this.institutionalReply(session, clean)
    if (institutional) return [...replies, institutional]

    // Meldwijzer is not a reporting channel: a request to report through it gets that answer.
    if (detectReportRequest(clean)) {
      const reply = this.entryReply(session, 'topic', NOT_A_REPORT_CHANNEL_TOPIC)
      if (reply) return [...replies, reply]
    }

    // Doubt goes to Veilig Thuis advice (safety rule 3), whether typed or pressed. If the question
    // also has a confident answer ("ik twijfel over de kindcheck"), that answer follows.
    if (detectDoubt(clean)) {
      const about = withoutDoubtWords(clean)
      const hits = contentTokens(about).length > 0 ? this.search(session, about, 3) : []
      const top = hits[0]
      const extra =
        top && isConfident(top) && top.ref !== `topic:${ROUTED_TOPICS.doubt}` && top.kind !== 'flow' && top.kind !== 'signal'
          ? this.entryReplyForRef(session, top.ref)
          : undefined
      return [...replies, this.doubtReply(session), ...(extra ? [extra] : [])]
    }

    const onScreen = this.matchOnScreenChoice(session, clean)
    if (onScreen) return [...replies, ...this.onAction(session, onScreen, ctx)]
    const words = fold(clean).split(' ').filter(Boolean)
    if (words.length <= 4) {
      const command = this.commands.match(clean)
      if (command) return [...replies, ...this.onAction(session, command, ctx)]
    }
    // Only the privacy notice and nothing else to say: the user typed just a name or number.
    if (pii.kinds.length && fold(clean.replace(/\[[a-z]+\]/g, '')).length < 3) return [...replies, this.menuReply()]

    return [...replies, ...this.answer(session, clean)]
  }

  /** A short typed answer ("ja", "nee, geen hulp", "ik twijfel") to the buttons on screen. */
  private matchOnScreenChoice(session: Session, text: string): string | undefined {
    const key = currentNodeKey(session)
    const node = key ? this.content.nodes.get(key) : undefined
    if (!key || !node?.choices?.length) return undefined
    const words = fold(text).split(' ').filter(Boolean)
    if (words.length === 0 || words.length > 6) return undefined
    const ids = node.choices.map((c, i) => `c:${key}/${c.id ?? i + 1}`)
    const first = words[0]!
    const firstWords = node.choices.map((c) => fold(c.label).split(' ')[0])
    if (YES.has(first) || NO.has(first)) {
      const want = YES.has(first) ? 'ja' : 'nee'
      const i = firstWords.indexOf(want)
      if (i >= 0 && words.length <= 3) return ids[i]
    }
    // Part of a label typed out ("over iemand van de club" for "Over iemand van de club (trainer, …)").
    const typed = words.join(' ')
    if (typed.length >= 8) {
      const containing = node.choices.map((c, i) => (fold(c.label).includes(typed) ? i : -1)).filter((i) => i >= 0)
      if (containing.length === 1) return ids[containing[0]!]
    }
    let matcher = this.labelMatchers.get(key)
    if (!matcher) {
      matcher = new ShortStringMatcher(node.choices.map((c, i) => [c.label, i] as const), 0.35)
      this.labelMatchers.set(key, matcher)
    }
    const i = matcher.match(text)
    return i === undefined ? undefined : ids[i]
  }

  private afterAcute(session: Session, text: string): Reply[] {
    const institutional = this.institutionalReply(session, text)
    if (institutional) return [institutional]
    if (contentTokens(text).length === 0) return []
    const hits = this.search(session, text, 8)
    const top = hits[0]
    if (!top || !isConfident(top) || top.kind === 'flow' || top.ref === `topic:${ROUTED_TOPICS.acute}`) return []
    return this.answerFromHits(session, hits, { afterAcute: true, text })
  }

  /** Abuse by an employee or volunteer (safety rule 6): the route for that setting. */
  private institutionalReply(session: Session, text: string): Reply | undefined {
    const setting = detectInstitutional(text)
    const reply = setting ? this.entryReply(session, 'topic', ROUTED_TOPICS.institutional[setting]) : undefined
    return reply ? { ...reply, tag: 'institutional' } : undefined
  }

  /** Search, with the entries written for the user's role first when about as relevant. */
  private search(session: Session, text: string, limit: number): SearchHit[] {
    return this.forRole(session, this.index.search(text, limit))
  }

  private answer(session: Session, text: string): Reply[] {
    // Nothing but function words ("wat moet ik nu doen?"): the menu is the honest answer.
    if (contentTokens(text).length === 0) return this.goTo(session, ROOT_FLOW)
    const named = this.flowNames.get(normalize(text))
    if (named && named !== ROOT_FLOW) return this.goTo(session, named)
    const hits = this.search(session, text, 8)
    const top = hits[0]
    if (!top || !isConfident(top)) return [this.fallbackReply(hits)]

    if (top.kind === 'flow') return this.goTo(session, top.ref.slice('flow:'.length))
    return this.answerFromHits(session, hits, { afterAcute: false, text })
  }

  /** The answer for confident hits: signals together, otherwise the top entry with "Meer" buttons. */
  private answerFromHits(session: Session, hits: SearchHit[], opts: { afterAcute: boolean; text?: string }): Reply[] {
    const top = hits[0]!
    // Safety net: the best answer describes acute danger the detector did not recognise. Not for
    // a drawing, a game or a film ("tekent steeds wapens"): that is a signal, not an emergency.
    const topSignal = top.kind === 'signal' ? this.content.signals.get(top.ref.slice('signal:'.length)) : undefined
    const depicted = opts.text !== undefined && isDepiction(opts.text)
    const first = topSignal?.acute && !opts.afterAcute && !depicted ? [this.acuteReply(session)] : []
    if (top.kind === 'signal') return [...first, this.signalsReply(session, hits, opts.text)]
    const reply = this.entryReplyForRef(session, top.ref)!
    const more = hits
      .slice(1)
      .filter((h) => isConfident(h) && h.score >= top.score * 0.6 && h.kind !== 'signal')
      .slice(0, 2)
      .map((h) => ({ id: h.ref, label: `Meer: ${h.title}` }))
    return [...first, { ...reply, actions: dedupeActions([...(reply.actions ?? []), ...more]) }]
  }

  // ---- replies -------------------------------------------------------------------------------

  /** The reply for a search reference such as "topic:kindcheck". */
  private entryReplyForRef(session: Session, ref: string): Reply | undefined {
    const [kind, id] = ref.split(':') as [EntryKind, string]
    return this.entryReply(session, kind, id)
  }

  private entryReply(session: Session, kind: EntryKind, id: string): Reply | undefined {
    const e = entryMap(this.content, kind).get(id)
    if (!e) return undefined
    let text = `**${e.title}**\n\n${pickB1(e.textB1, this.b1(session)) ?? e.text}`
    if (kind === 'signal') text += `\n\n${this.signalNext(session, e as Signal) ?? ''}\n\n${M.SIGNAL_CAUTION}`.replace(/\n\n\n\n/, '\n\n')
    if (kind === 'contact' && 'phone' in e) text += `\n\nTelefoon: ${e.phone}${e.hours ? ` (${e.hours})` : ''}`
    const actions = e.related.map((r) => ({ id: r, label: this.labelFor(r) }))
    if (e.more) actions.unshift({ id: `meer:${kind}:${id}`, label: M.LABELS.meer })
    // An entry about acute danger always offers the 112 button first, however it was reached.
    const acute = id === ROUTED_TOPICS.acute || (kind === 'signal' && (e as Signal).acute === true)
    if (acute) actions.unshift(call112)
    return {
      text,
      actions: dedupeActions([...actions, { id: 'menu', label: M.LABELS.menu }, { id: 'twijfel', label: M.LABELS.twijfel }]),
      sources: entrySources(this.content, e),
      tag: acute ? 'acute' : id === ROUTED_TOPICS.doubt ? 'doubt' : 'answer',
    }
  }

  private signalsReply(session: Session, hits: SearchHit[], question?: string): Reply {
    const top = hits[0]!
    // A question about a child lists no signals that are described for older people only, and
    // the other way round ("een meisje uit mijn team heeft blauwe plekken").
    const about = question === undefined ? undefined : ageContext(question)
    const fits = (s: Signal) => !about || s.ages.some((a) => (about === 'child' ? CHILD_AGES.has(a) : !CHILD_AGES.has(a)))
    const signals = hits
      .filter((h) => h.kind === 'signal' && isConfident(h) && h.score >= top.score * 0.5)
      .map((h) => this.content.signals.get(h.ref.slice('signal:'.length))!)
      .filter((s, i) => i === 0 || fits(s))
      .slice(0, 4)
    const b1 = this.b1(session)
    const lines = signals.map((s) => `- **${s.title}** (${ageLabel(s.ages)}): ${firstSentence(pickB1(s.textB1, b1) ?? s.text)}`)
    const withNext = signals.find((s) => s.next)
    const next = withNext ? this.signalNext(session, withNext) : b1 ? B1_NEXT[b1] : undefined
    const text = [
      signals.length > 1 ? '**Signalen die passen bij je vraag**' : `**${signals[0]!.title}**`,
      signals.length > 1 ? lines.join('\n') : (pickB1(signals[0]!.textB1, b1) ?? signals[0]!.text),
      next ?? 'Breng de signalen in kaart (stap 1 van de meldcode) en overleg met een collega of de aandachtsfunctionaris (stap 2).',
      M.SIGNAL_CAUTION,
    ].join('\n\n')
    const sources = signals.flatMap((s) => entrySources(this.content, s))
    const uniqueSources = sources.filter((s, i) => sources.findIndex((t) => t.title === s.title) === i)
    const related = signals.flatMap((s) => s.related)
    return {
      text,
      actions: dedupeActions([
        ...related.map((r) => ({ id: r, label: this.labelFor(r) })),
        ...this.routeFor(session),
        { id: 'twijfel', label: M.LABELS.twijfel },
        { id: 'menu', label: M.LABELS.menu },
      ]).slice(0, 6),
      sources: uniqueSources,
      tag: 'answer',
    }
  }

  private acuteReply(session?: Session): Reply {
    const topic = this.content.topics.get(ROUTED_TOPICS.acute)
    const body = topic ? `\n\n${(session && pickB1(topic.textB1, this.b1(session))) ?? topic.text}` : ''
    return {
      text: `${M.ACUTE_FIRST}\n\n${M.ACUTE_THEN_VT}${body}`,
      actions: [call112, callVT, callScriptAction, ...(topic?.related ?? []).map((r) => ({ id: r, label: this.labelFor(r) })), { id: 'menu', label: M.LABELS.menu }],
      ...(topic ? { sources: entrySources(this.content, topic) } : {}),
      tag: 'acute',
    }
  }

  private doubtReply(session?: Session): Reply {
    const topic = this.content.topics.get(ROUTED_TOPICS.doubt)
    return {
      text: topic ? `**${topic.title}**\n\n${(session && pickB1(topic.textB1, this.b1(session))) ?? topic.text}` : M.VT_LINE,
      actions: dedupeActions([callVT, callScriptAction, ...(topic?.related ?? []).map((r) => ({ id: r, label: this.labelFor(r) })), { id: 'menu', label: M.LABELS.menu }]),
      ...(topic ? { sources: entrySources(this.content, topic) } : {}),
      tag: 'doubt',
    }
  }

  private dossierReply(session: Session, ctx: TurnContext): Reply {
    const summary = dossierSummary(this.content, session, ctx.now)
    return { text: summary ?? M.DOSSIER_EMPTY, actions: this.menuActions(), tag: 'dossier' }
  }

  private fallbackReply(hits: SearchHit[]): Reply {
    // Weak hits are offered as suggestions, clearly as questions, never as an answer.
    const suggestions = hits.slice(0, 3).filter((h) => h.strong && h.score >= 3).map((h) => ({ id: h.ref, label: `Bedoel je: ${h.title}?` }))
    return { text: M.FALLBACK, actions: dedupeActions([...suggestions, ...this.menuActions()]), tag: 'fallback' }
  }

  private menuReply(): Reply {
    return { text: 'Waarmee kan ik je helpen?', actions: this.menuActions(), tag: 'menu' }
  }

  private menuActions(): Action[] {
    return [{ id: 'menu', label: M.LABELS.menu }, { id: 'twijfel', label: M.LABELS.twijfel }]
  }

  /** A readable button label for an action id used in `related`. */
  private labelFor(action: string): string {
    const [kind, rest] = action.split(':') as [string, string | undefined]
    if (!rest) return (M.LABELS as Record<string, string>)[kind] ?? action
    if (kind === 'flow') {
      const [flowId, nodeId] = rest.split('/')
      const flow = this.content.flows.get(flowId!)
      return nodeId ? `${flow?.title ?? flowId}` : (flow?.title ?? rest)
    }
    if (kind === 'call') return rest === '112' ? M.LABELS.call112 : M.LABELS.callVT
    const e = entryMap(this.content, kind as EntryKind)?.get(rest)
    return e?.title ?? rest
  }

  /**
   * After signals, the next step on the user's own route: a volunteer goes to the club's route,
   * a desk worker to the quick check, a professional to step 1 of the meldcode.
   */
  private routeFor(session: Session): Action[] {
    const flow = audienceOf(session) ?? 'stap-1'
    return this.content.flows.has(flow) ? [{ id: `flow:${flow}`, label: this.labelFor(`flow:${flow}`) }] : []
  }

  /**
   * Someone who said they are a sport volunteer or desk worker gets the entries written for them
   * first when they are about as relevant ("moet ik de ouders aanspreken?" differs per role).
   */
  private forRole(session: Session, hits: SearchHit[]): SearchHit[] {
    const audience = audienceOf(session)
    if (!audience) return hits
    const category = audience === 'sport' ? 'sport' : 'gemeente'
    const mine = (h: SearchHit) => {
      const [kind, id] = h.ref.split(':') as [string, string]
      if (kind === 'topic') return this.content.topics.get(id)?.category === category
      if (kind === 'sector') return this.content.sectors.get(id)?.audience === audience
      return h.ref === `flow:${audience}`
    }
    return hits.map((h) => (mine(h) ? { ...h, score: h.score * ROLE_BOOST } : h)).sort((a, b) => b.score - a.score)
  }

  /** Volunteers and desk staff get the plain-language (B1) texts written for their audience. */
  private b1(session: Session): B1Audience | undefined {
    return audienceOf(session)
  }

  /**
   * A signal's next step. Volunteers and desk staff get its B1 text for their audience; else `next`
   * when it has no professional terms for them; else a general next step on their own route (never
   * "stap 2" or "forensisch arts"), 112 first when the signal is acute.
   */
  private signalNext(session: Session, s: Signal): string | undefined {
    const audience = this.b1(session)
    if (!audience) return s.next
    const own = pickB1(s.nextB1, audience)
    if (own) return own
    if (s.next && fitsAudience(s.next, audience)) return s.next
    return s.acute ? `${B1_ACUTE_NEXT} ${B1_NEXT[audience]}` : B1_NEXT[audience]
  }
}

/**
 * When is a search hit an answer rather than a guess? A query term must match the title or
 * keywords (not only body text), a long question needs more than one term to match, and a
 * single match does not count when other words of the question are unknown to the knowledge.
 * Tuned on tests/eval; see the closing figures in the README.
 */
export function isConfident(hit: SearchHit): boolean {
  if (!hit.strong || hit.matched === 0) return false
  // One matching word next to words the knowledge does not know at all ("laptop voor school",
  // "parkeervergunning bij de gemeente"): the question is about something else.
  if (hit.matched < 2 && hit.unknownTerms > 0) return false
  if (hit.queryTerms >= 4 && hit.matched < 2) return hit.score >= 12
  return hit.score >= 4
}

/** The answer keys a flow's choices record with `set:` (not the user's role or sector). */
function answerKeysOf(flow: Flow): string[] {
  return flow.nodes.flatMap((n) => (n.choices ?? []).flatMap((c) => Object.keys(c.set ?? {}))).filter((k) => k !== 'rol' && k !== 'sector')
}

function firstSentence(text: string): string {
  const plain = text.replace(/\*\*/g, '').replace(/\n+/g, ' ')
  const m = /^(.{20,220}?[.!?])(\s|$)/.exec(plain)
  return m ? m[1]! : plain.slice(0, 220)
}

/** The non-professional audience a session belongs to, from the role chosen in the menu. */
function audienceOf(session: Session): 'sport' | 'wmo' | undefined {
  return session.role === 'sport' || session.role === 'wmo' ? session.role : undefined
}

/** A signal's next step for an audience when the content has no B1 text for it (see signalNext). */
const B1_NEXT: Record<B1Audience, string> = {
  sport: 'Schrijf op wat je zag en hoorde, met de datum. Praat erover met de vertrouwenscontactpersoon (VCP) of het bestuur van je club. Bel **Veilig Thuis: 0800-2000** voor advies; dat mag zonder namen.',
  wmo: 'Schrijf op wat je zag en hoorde: alleen feiten. Praat erover met je leidinggevende of de aandachtsfunctionaris. Bel **Veilig Thuis: 0800-2000** voor advies; dat mag zonder namen.',
}
const B1_ACUTE_NEXT = 'Is iemand nu in gevaar? Bel eerst **112**.'

/** Beside every "Bel Veilig Thuis" button: what to say when you call (built from the session only). */
const callScriptAction: Action = { id: 'belscript', label: M.LABELS.belscript }

/** How much more an entry written for the user's role weighs. */
const ROLE_BOOST = 1.5

const CHILD_AGES = new Set(['0-4', '4-12', '12-18'])

/** Whether a question is about a child or about an adult or older person, when it says so. */
function ageContext(text: string): 'child' | 'adult' | undefined {
  const t = ` ${fold(text)} `
  const child = /\b(kind|kinderen|kindje|baby|peuter|kleuter|dreumes|meisje|jongen|leerling|scholier|puber|tiener|jongere|zoon|dochter|broertje|zusje|speler|speelster)\b/.test(t)
  const adult = /\b(oudere|ouderen|bejaarde|oma|opa|mevrouw|meneer|moeder|vader|vrouw|man|partner|client|cliente|bewoner|mantelzorger)\b/.test(t)
  return child && !adult ? 'child' : adult && !child ? 'adult' : undefined
}

/** "0–4, 4–12 jaar", "ouderen", "12–18 jaar, volwassenen". */
function ageLabel(ages: readonly string[]): string {
  const years = ages.filter((a) => /\d/.test(a)).map((a) => a.replace('-', '–'))
  const words = ages.filter((a) => !/\d/.test(a)).map((a) => (a === 'oudere' ? 'ouderen' : a === 'volwassene' ? 'volwassenen' : a))
  return [...(years.length ? [`${years.join(', ')} jaar`] : []), ...words].join(', ')
}
