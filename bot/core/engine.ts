/**
 * The dialogue engine: a pure step function from (session, input) to (new session, replies).
 * No I/O, no clock, no randomness: time and ids come in through the TurnContext. Channels and
 * runtimes translate in and out and hold no dialogue logic.
 *
 * Order of concerns for typed text, most important first:
 *   1. danger (understanding/triage.ts): direct danger → 112 first, then Veilig Thuis; possibly
 *      direct danger → ask first ("Is iemand nu in direct gevaar? Bel dan meteen 112.")
 *   2. identifying details → a short privacy notice (never echoed), then carry on with a redacted copy
 *   3. abuse by an employee or volunteer → its own route
 *   4. an answer to the buttons on screen, or a command like "menu"
 *   5. search in the knowledge → an answer with sources, or an honest "I don't know"
 * Every turn ends with the Veilig Thuis line (safety rule 1).
 */
import { fitsAudience, pickB1, type B1Audience } from '../content/b1.js'
import type { Content, EntryKind } from '../content/model.js'
import { ROOT_FLOW, ROUTED_TOPICS, entryMap, nodeKey, splitNodeKey } from '../content/model.js'
import type { Choice, Flow, FlowNode, Signal, Topic } from '../content/schema.js'
import { callScript, currentNodeKey, dossierSummary } from './dossier.js'
import * as M from './messages.js'
import { detectAudience } from './nlp/audience.js'
import { detectDoubt, withoutDoubtWords } from './nlp/doubt.js'
import { detectOutOfScope } from './nlp/out-of-scope.js'
import { detectReportRequest } from './nlp/report-request.js'
import { ShortStringMatcher } from './nlp/fuzzy.js'
import { STOP_WORDS, contentTokens, fold, forgetTurnMemos, normalize } from './nlp/normalize.js'
import { ageContext, youngChild } from './nlp/age.js'
import { ASKS_ABOUT_ORDER, ASKS_ABOUT_RECORDING, namedStep } from './nlp/steps.js'
import { call112, callAction, callVT, dedupeActions, entrySources, shortLabel, shareReply, sourceRefs, withVeiligThuis } from './render.js'
import { reminderActions } from './reminder.js'
import { contactBlock, organisationBlock, organisationQuestion, type OrganisationBlock } from './organisation.js'
import type { Organisation } from '../content/organisation-schema.js'
import { detectInstitutional } from './safety/institutional.js'
import { scanPii } from './understanding/privacy.js'
import type { SearchHit, SearchIndex } from './search/search-index.js'
import { boundAnswers, visit, withoutFlow } from './trail.js'
import type { Action, Input, Reply, Session, TurnContext, TurnResult } from './types.js'
import type { Understanding } from './understanding/understanding.js'

export const MAX_TEXT_LENGTH = 2000

export interface StepOptions {
  /** The client named a conversation we no longer have: say so politely, then carry on. */
  expired?: boolean
  /** The first turn named an organisation with no settings: answer as without one, plus one line. */
  unknownOrganisation?: boolean
}

/** Typed words that mean the same as a button everywhere. */
/** "Bij wie kan ik terecht", "wie bel ik", "who can I turn to": the answer differs per role. */
const WHOM_TO_TURN_TO = /\b(?:bij wie|met wie|tot wie|wie kan ik|wie moet ik|wie bel ik|wie benader ik|waar kan ik (?:terecht|heen)|waar moet ik (?:heen|naartoe)|aanspreekpunt|who (?:can|do|should) i|where (?:can|do|should) i (?:go|turn))\b/

/** The neutral stand-ins privacy.ts puts where identifying details were ("[naam]", "[telefoon]"). */
const PLACEHOLDER = /\[[a-z]+\]/g

const COMMANDS: Array<[string, string]> = [
  ['menu', 'menu'], ['start', 'menu'], ['begin', 'menu'], ['hoofdmenu', 'menu'], ['help', 'menu'], ['hulp', 'menu'],
  ['hoi', 'menu'], ['hallo', 'menu'], ['hey', 'menu'], ['hi', 'menu'], ['hello', 'menu'], ['goedemorgen', 'menu'],
  ['goedemiddag', 'menu'], ['opnieuw', 'restart'], ['nieuw gesprek', 'restart'], ['reset', 'restart'],
  ['twijfel', 'twijfel'], ['ik twijfel', 'twijfel'], ['weet niet', 'twijfel'], ['ik weet het niet', 'twijfel'],
  ['samenvatting', 'dossier'], ['dossier', 'dossier'], ['dossiersamenvatting', 'dossier'],
  // Someone trying the bot out gets the menu, not a search hit for "testament".
  ['test', 'menu'], ['dit is een test', 'menu'], ['even testen', 'menu'],
  // Typing the emergency number means: I need it now.
  ['112', 'acuut'],
]
/** The buttons under the danger question (tag `acute-check`). */
export const CHECK_YES = 'acute-check:ja'
export const CHECK_NO = 'acute-check:nee'
/** Typed words for "Terug" and "Verder waar ik was"; checked before the buttons on screen. */
const NAVIGATION = new Map<string, string>([
  ['terug', 'back'], ['vorige', 'back'], ['ga terug', 'back'], ['vorige vraag', 'back'], ['een stap terug', 'back'], ['back', 'back'],
  ['verder', 'resume'], ['ga verder', 'resume'], ['verder waar ik was', 'resume'], ['doorgaan', 'resume'], ['ga door', 'resume'],
])
/** Topics written for professionals only: volunteers and desk staff get their own route instead. */
const PROFESSIONAL_CATEGORIES = new Set(['afwegingskader', 'stappen', 'vastleggen'])
const PROFESSIONAL_ONLY = /^(?:flow:(?:stap-\d|afwegingskader|professional)(?:\/|$)|contact:leck$)/
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
  /**
   * Words that name the world of volunteers or desk staff: in the keywords of the entries written
   * for them and in no other entry's keywords ("club", "trainer", "loket"). Derived from content.
   */
  private readonly audienceCues: Record<'sport' | 'wmo', Set<string>> = { sport: new Set(), wmo: new Set() }
  /** Per flow, the answer keys its choices record: cleared when the flow starts again. */
  private readonly answerKeys = new Map<string, string[]>()
  /** Per flow node, its button labels folded (foldedLabels). */
  private readonly labelsFolded = new Map<string, string[]>()
  /** audienceOfRef per content ref (null: none). */
  private readonly refAudiences = new Map<string, 'sport' | 'wmo' | null>()

  constructor(
    readonly content: Content,
    private readonly index: SearchIndex,
    private readonly understanding: Understanding,
  ) {
    for (const f of content.flows.values())
      for (const k of [f.title, ...f.keywords]) if (!this.flowNames.has(normalize(k))) this.flowNames.set(normalize(k), f.id)
    for (const f of content.flows.values()) this.answerKeys.set(f.id, answerKeysOf(f))
    // A cue stands in the keywords of an entry for that audience and nowhere in the other entries
    // (keywords or text): "kleedkamer", "loket", not "terecht".
    // A word in the keywords of two such entries ("club") counts unless general keywords have it too.
    const generalKeywords = new Set<string>()
    const generalText = new Set<string>()
    const counts = { sport: new Map<string, number>(), wmo: new Map<string, number>() }
    const entries = [...content.topics.values(), ...content.sectors.values()].map((e) => ({ e, a: this.audienceOfRef(`${'audience' in e ? 'sector' : 'topic'}:${e.id}`) }))
    // From three letters: "vcp" is the sports route's own word (round 27: "wat doet een vcp?" was
    // asked who the user is). Leave-one-round-out over rounds 18–26: right first 60.4 → 60.8%.
    const wordsOf = (t: string) => new Set(fold(t).split(' ').filter((w) => w.length >= 3 && !STOP_WORDS.has(w)))
    for (const { e, a } of entries) {
      const keywords = wordsOf(e.keywords.join(' '))
      if (a) for (const w of keywords) counts[a].set(w, (counts[a].get(w) ?? 0) + 1)
      else {
        for (const w of keywords) generalKeywords.add(w)
        for (const w of wordsOf(e.text)) generalText.add(w)
      }
    }
    for (const a of ['sport', 'wmo'] as const)
      for (const [w, n] of counts[a]) if (!generalKeywords.has(w) && (n >= 2 || !generalText.has(w))) this.audienceCues[a].add(w)
  }

  newSession(ctx: TurnContext): Session {
    return { id: ctx.newId(), createdAt: ctx.now, updatedAt: ctx.now, trail: [], answers: {}, turns: 0 }
  }

  step(previous: Session | undefined, input: Input, ctx: TurnContext, options: StepOptions = {}): TurnResult {
    const session: Session = previous
      ? { ...previous, trail: [...previous.trail], answers: { ...previous.answers } }
      : this.newSession(ctx)
    session.updatedAt = ctx.now
    // The organisation is chosen once, when the conversation starts, and never changes.
    if (session.turns === 0 && ctx.organisation) startWith(session, ctx.organisation, this.content)
    session.turns += 1

    const replies: Reply[] = []
    if (options.expired) replies.push({ text: M.EXPIRED, tag: 'expired' })
    const organisation = ctx.organisation && ctx.organisation.id === session.organisation ? ctx.organisation : undefined
    this.turn = { shownNode: false, introduced: undefined, organisation, shown: [] }

    let shaped: Reply[]
    try {
      if (input.type === 'start') replies.push(...this.goTo(session, ROOT_FLOW))
      else if (input.type === 'action') replies.push(...this.onAction(session, input.id, ctx))
      else replies.push(...this.onText(session, input.text, ctx))
      shaped = this.forAudience(session, this.sideStep(session, replies))
      // After the answer, so 112 (or whatever the turn says first) stays first.
      if (options.unknownOrganisation) shaped.push({ text: M.ORGANISATION_UNKNOWN, tag: 'notice' })
    } finally {
      forgetTurnMemos()
    }
    session.answers = boundAnswers(session.answers)

    return { session, replies: withVeiligThuis(shaped), shown: [...new Set(this.turn.shown)] }
  }

  /**
   * What happened in this turn so far (reset by step; the engine runs one turn at a time).
   * `shown`: the content ids this turn's replies came from, for anonymous counting (TurnResult.shown).
   */
  private turn: { shownNode: boolean; introduced: 'sport' | 'wmo' | undefined; organisation?: Organisation; shown: string[] } = { shownNode: false, introduced: undefined, shown: [] }

  /**
   * A side step (a summary, doubt, a topic, a search) inside a flow keeps the way forward: the
   * last message offers "Verder waar ik was". At a safety question (one that leads to 112) the
   * question's own buttons stay, and doubt at "is iemand nu in gevaar?" names 112 first.
   */
  private sideStep(session: Session, replies: Reply[]): Reply[] {
    const key = currentNodeKey(session)
    if (this.turn.shownNode || !key || session.flow === ROOT_FLOW || replies.length === 0) return replies
    const node = this.content.nodes.get(key)
    if (!node || node.end || !node.choices?.length) return replies
    const last = replies[replies.length - 1]!
    if (last.tag === 'acute' || last.tag === 'acute-check' || last.tag === 'expired') return replies
    const leadsTo112 = (c: { next: string }) => c.next === 'acuut' || this.content.nodes.get(nodeKey(session.flow!, c.next))?.acute === true
    const safety = node.choices.some(leadsTo112)
    let out: Reply = { ...last }
    const resume = { id: 'resume', label: M.LABELS.resume }
    const own = (keep: (c: { next: string }) => boolean) =>
      node.choices!
        .map((c, i) => ({ c, id: `c:${key}/${c.id ?? i + 1}` }))
        .filter(({ c }) => keep(c) && !(last.tag === 'doubt' && c.next === 'twijfel'))
        .map(({ c, id }) => ({ id, label: c.label }))
    // A question about danger now ("is iemand nu in gevaar?": its yes leads to 112) keeps all its
    // buttons; a question that only offers "Er is nu direct gevaar" among others keeps that one.
    const danger = node.choices.some((c) => leadsTo112(c) && YES.has(c.label.toLowerCase().split(/[\s,]+/)[0] ?? ''))
    if (danger && last.tag === 'doubt') {
      out = { ...out, text: `${M.DOUBT_AT_DANGER}\n\n${out.text}`, actions: dedupeActions([call112, ...(out.actions ?? []).filter((a) => a.id !== 'menu'), ...own(() => true)]) }
    } else if (danger) {
      out = { ...out, actions: dedupeActions([...(out.actions ?? []), ...own(() => true)]) }
    } else if (safety) {
      out = { ...out, actions: dedupeActions([resume, ...own(leadsTo112), ...(out.actions ?? [])]) }
    } else {
      out = { ...out, actions: dedupeActions([resume, ...(out.actions ?? [])]) }
    }
    return [...replies.slice(0, -1), out]
  }

  /**
   * Buttons fit the user: volunteers and desk staff get no professionals' steps, LECK or
   * afwegingskader (their own route instead); a professional gets no sector buttons of another
   * audience. Choices in flows are filtered by sector in nodeReply.
   */
  private forAudience(session: Session, replies: Reply[]): Reply[] {
    const audience = audienceOf(session)
    const keep = (a: Action): boolean => {
      if (a.id.startsWith('sector:')) {
        const s = this.content.sectors.get(a.id.slice('sector:'.length))
        return !s || s.audience === (audience ?? 'professional') || !session.role
      }
      if (!audience) return true
      if (PROFESSIONAL_ONLY.test(a.id)) return false
      if (a.id.startsWith('topic:')) {
        const t = this.content.topics.get(a.id.slice('topic:'.length))
        return !t || !(PROFESSIONAL_CATEGORIES.has(t.category ?? '') || t.id === 'professionele-normen')
      }
      return true
    }
    return replies.map((r) => {
      if (!r.actions?.length) return r
      const actions = r.actions.filter(keep)
      if (actions.length === r.actions.length) return r
      const route = audience && this.content.flows.has(audience) && session.flow !== audience ? [{ id: `flow:${audience}`, label: this.labelFor(`flow:${audience}`) }] : []
      return { ...r, actions: dedupeActions([...actions.slice(0, 1), ...route, ...actions.slice(1)]) }
    })
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
      case CHECK_YES:
        return [this.acuteReply(session)]
      case 'call:0800-2000':
        return [this.doubtReply(session)]
      case 'back':
        return this.back(session)
      case 'resume':
        return this.resume(session)
      case 'dossier':
        return [this.dossierReply(session, ctx)]
      case 'belscript':
        return [{ text: callScript(this.content, session), actions: [callVT, ...this.menuActions()], tag: 'dossier' }]
    }
    // "Nee, niet nu" after the danger question: the answer to what was asked, by the content
    // refs carried in the button's id (the session never holds the typed question).
    if (id === CHECK_NO || id.startsWith(`${CHECK_NO}:`)) return this.answerForRefs(session, id.slice(CHECK_NO.length + 1).split(',').filter(Boolean))
    const choice = /^c:([a-z0-9-]+)\/([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(id)
    if (choice) return this.onChoice(session, choice[1]!, choice[2]!, choice[3]!, ctx)
    const flow = /^flow:([a-z0-9-]+)(?:\/([a-z0-9-]+))?$/.exec(id)
    if (flow && this.content.flows.has(flow[1]!)) {
      if (!flow[2] || this.content.nodes.has(nodeKey(flow[1]!, flow[2]))) return this.goTo(session, flow[1]!, flow[2])
    }
    const more = /^meer:(topic|signal|sector|contact):([a-z0-9-]+)$/.exec(id)
    const moreOf = more ? entryMap(this.content, more[1] as EntryKind).get(more[2]!) : undefined
    if (moreOf?.more) {
      this.turn.shown.push(`${more![1]}:${moreOf.id}`)
      return [{ text: `**${moreOf.title}**\n\n${moreOf.more}`, actions: dedupeActions([...moreOf.related.flatMap((r) => this.relatedActions(r)), ...this.menuActions()]), sources: entrySources(this.content, moreOf), tag: 'answer' }]
    }
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
    if (session.flow !== flowId || session.node !== nodeId) {
      // A button from an older message (Teams keeps them): that node counts as visited.
      session.flow = flowId
      session.node = nodeId
      if (flowId !== ROOT_FLOW) session.trail = visit(session.trail, nodeKey(flowId, nodeId))
    }
    recordChoice(session, choice)
    const target = choice.next
    if (this.content.nodes.has(nodeKey(flowId, target))) return this.goTo(session, flowId, target)
    return this.onAction(session, target, ctx)
  }

  /** "Terug": the node before this one in the trail (answers given there are asked again). */
  private back(session: Session): Reply[] {
    const key = currentNodeKey(session)
    if (!key || session.flow === ROOT_FLOW) return this.goTo(session, ROOT_FLOW)
    const trail = session.trail.filter((k) => k !== key)
    const previous = trail.at(-1)
    session.trail = trail
    if (!previous) return this.goTo(session, ROOT_FLOW)
    const [flowId, nodeId] = splitNodeKey(previous)
    for (const c of this.content.nodes.get(previous)?.choices ?? [])
      for (const k of Object.keys(c.set ?? {})) if (k !== 'rol' && k !== 'sector') delete session.answers[k]
    return this.goTo(session, flowId, nodeId, { back: true })
  }

  /** "Verder waar ik was": the current question again, with its buttons. */
  private resume(session: Session): Reply[] {
    const key = currentNodeKey(session)
    const node = key ? this.content.nodes.get(key) : undefined
    if (!key || !node || session.flow === ROOT_FLOW) return this.goTo(session, ROOT_FLOW)
    this.turn.shownNode = true
    return [this.nodeReply(session, this.content.flows.get(session.flow!)!, node)]
  }

  private goTo(session: Session, flowId: string, nodeId?: string, opts: { back?: boolean } = {}): Reply[] {
    const flow = this.content.flows.get(flowId)!
    const id = nodeId ?? flow.start
    const node = this.content.nodes.get(nodeKey(flowId, id))!
    this.turn.shownNode = true
    const returning = flowId === ROOT_FLOW && id === flow.start && session.turns > 1 && session.trail.length > 0
    // Starting a flow from its first node is a new run: its answers and trail entries from an
    // earlier run would otherwise end up in the new dossier summary. Other flows' entries stay:
    // the summary covers the whole conversation (steps 1–4 and the afwegingskader together).
    if (id === flow.start && !opts.back) {
      for (const k of this.answerKeys.get(flowId) ?? []) delete session.answers[k]
      session.trail = withoutFlow(session.trail, flowId)
    }
    session.flow = flowId
    session.node = id
    if (flowId !== ROOT_FLOW) session.trail = visit(session.trail, nodeKey(flowId, id))
    if (id === flow.start && !opts.back) this.turn.shown.push(`flow:${flowId}`)
    // The organisation's settings name the sector: its choice is made without asking ("Terug"
    // still shows the question, so another sector can be chosen). The question is not shown, so
    // not counted as a node.
    const preset = opts.back ? undefined : this.presetSectorChoice(session, flow, node)
    if (preset) {
      recordChoice(session, preset)
      return this.goTo(session, flowId, preset.next)
    }
    this.turn.shown.push(`node:${nodeKey(flowId, id)}`)
    const reply = this.nodeReply(session, flow, node)
    // Back at the menu later in the conversation: the buttons, not the whole introduction again.
    return [returning ? { ...reply, text: M.MENU_AGAIN } : reply]
  }

  /** At a sector question, the choice (leading to a node of this flow) that sets the sector the organisation's settings name. */
  private presetSectorChoice(session: Session, flow: Flow, node: FlowNode): Choice | undefined {
    const sector = this.turn.organisation?.sector
    if (!sector || session.sector !== sector || !node.choices?.length) return undefined
    return node.choices.find((c) => c.set?.sector === sector && this.content.nodes.has(nodeKey(flow.id, c.next)))
  }

  /**
   * A node's reply depends on the node, the audience, the sector and the organisation only (see
   * renderNodeReply), so it is made once per combination and shared (render.ts shareReply: frozen
   * with its buttons and sources, so no later step can change it). Per organisation object: a directory
   * that makes new ones lets the old entries go. Bounded by the content: nodes × 3 audiences × sectors.
   */
  private readonly nodeReplies = new WeakMap<FlowNode, { none: Map<string, Reply>; by: WeakMap<Organisation, Map<string, Reply>> }>()

  private nodeReply(session: Session, flow: Flow, node: FlowNode): Reply {
    let perNode = this.nodeReplies.get(node)
    if (!perNode) this.nodeReplies.set(node, (perNode = { none: new Map(), by: new WeakMap() }))
    const o = this.turn.organisation
    let replies = o ? perNode.by.get(o) : perNode.none
    if (!replies) perNode.by.set(o!, (replies = new Map()))
    // The audience is a fixed word; the sector follows a prefix, so undefined and '' differ.
    const key = `${audienceOf(session) ?? '-'}|${session.sector === undefined ? '' : `s${session.sector}`}`
    let reply = replies.get(key)
    if (!reply) replies.set(key, (reply = shareReply(this.renderNodeReply(session, flow, node))))
    return reply
  }

  /** What nodeReply caches: reads only session.role (through audienceOf and b1), session.sector and this.turn.organisation. */
  private renderNodeReply(session: Session, flow: Flow, node: FlowNode): Reply {
    let text = pickB1(node.textB1, this.b1(session)) ?? node.text
    const note = session.sector ? node.sectorNotes?.[session.sector] : undefined
    // The note comes first, so the question stays the last text before its buttons.
    if (note) text = `**Voor jouw sector:** ${note}\n\n${text.trimEnd()}`
    const own = organisationBlock(this.turn.organisation, node.organisation)
    if (own) text = node.end || !node.choices?.length ? `${text.trimEnd()}\n\n${own.text}` : `${own.text}\n\n${text.trimEnd()}`
    let actions: Action[]
    if (node.end) {
      actions = [
        ...(flow.dossier ? [{ id: 'dossier', label: M.LABELS.dossier }] : []),
        { id: 'menu', label: M.LABELS.menu },
        { id: 'twijfel', label: M.LABELS.twijfel },
      ]
    } else {
      actions = (node.choices ?? [])
        .map((c, i) => ({ c, id: `c:${flow.id}/${node.id}/${c.id ?? i + 1}` }))
        .filter(({ c }) => !c.sectors || (session.sector !== undefined && c.sectors.includes(session.sector)) || (!session.sector && !audienceOf(session)))
        .map(({ c, id }) => ({ id, label: c.label }))
    }
    // "Zet een herinnering": after the node's own buttons, before menu and doubt on end nodes.
    if (node.reminder && this.content.reminders.has(node.reminder)) actions = beforeMenu(actions, reminderActions(node.reminder), !!node.end)
    // The organisation's contact buttons follow, in the same place.
    if (own) actions = beforeMenu(actions, own.actions, !!node.end)
    if (flow.id !== ROOT_FLOW) actions.push({ id: 'back', label: M.LABELS.back })
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
    const intro = session.role ? undefined : detectAudience(text)
    if (intro) [session.role, this.turn.introduced] = [intro.audience, intro.only ? intro.audience : undefined]

    const pii = scanPii(text, this.understanding.ownNumbers, this.understanding.knownWords)
    const clean = pii.redacted
    const danger = this.understanding.triage.assess(clean)
    if (danger.level === 'acute') replies.push(this.acuteReply(session))
    if (danger.level === 'check') replies.push(this.acuteCheckReply(session, clean))
    if (pii.kinds.length) replies.push({ text: M.PRIVACY_NOTICE, tag: 'privacy' })
    // 112 comes first; after it, what the knowledge says about the situation, if it knows it well:
    // the institutional route, or a confident topic or signal. Never a fallback, menu or flow.
    if (danger.level === 'acute') return [...replies, ...this.dangerContacts(session, danger.concepts), ...this.afterAcute(session, clean)]
    // Asked first: the answer waits behind "Nee, niet nu", so the question stays next to its buttons.
    // The lines a danger names (113 for suicide) come right under it: they help whichever the answer is.
    if (danger.level === 'check') return [...replies, ...this.dangerContacts(session, danger.concepts)]

    // A question outside the meldcode (a lookup, a task, another country's law, a dose, money
    // matters): an honest "that is not something I know", not an entry that shares a word with it.
    // Before the report request: "kun je kijken of mijn melding is opgepakt" looks up, it does not report.
    const outside = detectOutOfScope(clean)
    // Another country's law comes before the route within the organisation: a coach at a
    // tournament in Texas is under Texan rules, which this bot does not know.
    const institutional = outside === 'foreign-law' ? undefined : this.institutionalReply(session, clean)
    if (institutional) return [...replies, institutional]
    if (outside) return [...replies, { text: `${M.OUT_OF_SCOPE[outside]} ${M.OUT_OF_SCOPE_TAIL}`, actions: this.menuActions(), tag: 'fallback' }]

    // Meldwijzer is not a reporting channel: a request to report through it gets that answer.
    if (detectReportRequest(clean)) {
      const reply = this.entryReply(session, 'topic', NOT_A_REPORT_CHANNEL_TOPIC)
      if (reply) return [...replies, { ...reply, tag: 'not-a-channel' }]
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

    const navigation = NAVIGATION.get(fold(clean).replace(/[^a-z ]+/g, '').trim())
    if (navigation) return [...replies, ...this.onAction(session, navigation, ctx)]
    // "ik ben trainer bij de voetbalclub" and nothing else: as if the role button was pressed.
    if (this.turn.introduced && this.content.flows.has(this.turn.introduced)) return [...replies, ...this.goTo(session, this.turn.introduced)]
    const onScreen = this.matchOnScreenChoice(session, clean)
    if (onScreen) return [...replies, ...this.onAction(session, onScreen, ctx)]
    const words = fold(clean).split(' ').filter(Boolean)
    if (words.length <= 4) {
      const command = this.commands.match(clean)
      if (command) return [...replies, ...this.onAction(session, command, ctx)]
    }
    // Only the privacy notice and nothing else to say: the user typed just a name or number.
    if (pii.kinds.length && fold(clean.replace(PLACEHOLDER, '')).length < 3) return [...replies, this.menuReply()]
    // "Wie is bij ons de aandachtsfunctionaris?": the organisation's own answer, when it has one.
    const own = this.organisationReply(session, clean)
    if (own) return [...replies, own]

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
    const labels = this.foldedLabels(key, node.choices)
    const firstWords = labels.map((l) => l.split(' ')[0])
    if (YES.has(first) || NO.has(first)) {
      const want = YES.has(first) ? 'ja' : 'nee'
      const i = firstWords.indexOf(want)
      if (i >= 0 && words.length <= 3) return ids[i]
    }
    // Part of a label typed out ("over iemand van de club" for "Over iemand van de club (trainer, …)").
    const typed = words.join(' ')
    if (typed.length >= 8) {
      const containing = labels.map((l, i) => (l.includes(typed) ? i : -1)).filter((i) => i >= 0)
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

  /** A node's button labels, folded: content, so kept across turns (the turn memo forgets all but single words). */
  private foldedLabels(key: string, choices: ReadonlyArray<{ label: string }>): string[] {
    let labels = this.labelsFolded.get(key)
    if (!labels) this.labelsFolded.set(key, (labels = choices.map((c) => fold(c.label))))
    return labels
  }

  /** The contacts the danger concepts name (113 for suicide, the Centrum Seksueel Geweld for rape), right after 112. */
  private dangerContacts(session: Session, concepts: readonly string[]): Reply[] {
    const ids = [...new Set(this.content.safety.concepts.filter((c) => c.contact && concepts.includes(c.id)).map((c) => c.contact!))]
    return ids.flatMap((id) => this.entryReply(session, 'contact', id) ?? [])
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
    return setting ? this.institutionalReplyFor(session, setting) : undefined
  }

  /** The route for one setting (school, childcare, care, sport…), or nothing for an unknown one. */
  private institutionalReplyFor(session: Session, setting: string): Reply | undefined {
    const topic = (ROUTED_TOPICS.institutional as Record<string, string>)[setting]
    const reply = topic ? this.entryReply(session, 'topic', topic) : undefined
    return reply ? { ...reply, tag: 'institutional' } : undefined
  }

  /** Search, with the entries written for the user's role first when about as relevant. */
  private search(session: Session, text: string, limit: number): SearchHit[] {
    return this.forRole(session, this.index.search(text, limit), text)
  }

  private answer(session: Session, typed: string): Reply[] {
    // A privacy placeholder ("[naam]") is no word of the question: searched, it drew questions
    // about names and anonymity ("noemt zijn stiefvader [naam]" answered "anoniem melden").
    const text = typed.replace(PLACEHOLDER, ' ')
    // Nothing but function words ("wat moet ik nu doen?"): the menu is the honest answer.
    if (contentTokens(text).length === 0) return this.goTo(session, ROOT_FLOW)
    const named = this.flowNames.get(normalize(text))
    if (named && named !== ROOT_FLOW) return this.goTo(session, named)
    const hits = this.search(session, text, 8)
    const top = hits[0]
    if (!top || !isConfident(top)) return [this.fallbackReply(hits)]

    // The best answer is written for volunteers or desk staff, but nobody said they are one: ask
    // who they are instead of assuming ("bij wie kan ik terecht" differs per role).
    // Only when a general entry also fits: then the answer truly depends on the role.
    const forAudience = this.audienceOfRef(top.ref) === 'sport' ? 'sport' : undefined
    const general = hits.find((h) => !this.audienceOfRef(h.ref) && h.matched > 0)
    // Whom to turn to depends on who asks: without a role, a sports answer is not assumed.
    // The asking words themselves ("terecht") tell no role, though sports entries use them in keywords.
    const turnTo = WHOM_TO_TURN_TO.test(fold(text))
    const namesRole = this.names(turnTo ? fold(text).replace(/\bterecht\w*/g, ' ') : text, forAudience ?? 'sport')
    if (forAudience && !audienceOf(session) && !namesRole && ((general && general.score >= top.score * 0.5) || turnTo))
      return [this.whoAreYouReply()]
    if (top.kind === 'flow') return this.goTo(session, top.ref.slice('flow:'.length))
    const step = ownStepFlow(text, hits)
    if (step) return this.goTo(session, step)
    return this.answerFromHits(session, hits, { afterAcute: false, text })
  }

  /** The answer for confident hits: signals together, otherwise the top entry with "Meer" buttons. */
  private answerFromHits(session: Session, hits: SearchHit[], opts: { afterAcute: boolean; text?: string }): Reply[] {
    const top = hits[0]!
    // A signal of acute onveiligheid (in the afwegingskader's sense) carries its own 112 button,
    // but is not by itself direct danger: that is the triage's call, made before the search.
    const more = hits
      .slice(1)
      .filter((h) => alsoRelevant(h, top, MORE_SHARE) && h.kind !== 'signal')
      .slice(0, 2)
      .map((h) => ({ id: h.ref, label: shortLabel(`Meer: ${h.title}`) }))
    if (top.kind === 'signal') {
      // Signals answer what someone sees; a question about them ("is dit psychische mishandeling?")
      // may want the topics beside them: the closest ones, first among the buttons.
      const signals = this.signalsReply(session, this.signalsFor(hits, opts.text))
      return [{ ...signals, actions: dedupeActions([...more, ...(signals.actions ?? [])]).slice(0, 6) }]
    }
    const reply = this.entryReplyForRef(session, top.ref)!
    return [{ ...reply, actions: dedupeActions([...(reply.actions ?? []), ...more]) }]
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
    this.turn.shown.push(`${kind}:${id}`)
    let text = `**${e.title}**${kind === 'signal' ? `\n${formLine(e as Signal)}` : ''}\n\n${pickB1(e.textB1, this.b1(session)) ?? e.text}`
    if (kind === 'signal') text += `\n\n${this.signalNext(session, e as Signal) ?? ''}\n\n${this.signalCaution(session)}`.replace(/\n\n\n\n/, '\n\n')
    if (kind === 'contact' && 'phone' in e) text += `\n\nTelefoon: ${e.phone}${e.hours ? ` (${e.hours})` : ''}`
    const own = kind === 'topic' ? organisationBlock(this.turn.organisation, (e as Topic).organisation) : undefined
    if (own) text += `\n\n${own.text}`
    const actions: Action[] = [...(own?.actions ?? []), ...e.related.flatMap((r) => this.relatedActions(r))]
    if (e.more) actions.unshift({ id: `meer:${kind}:${id}`, label: M.LABELS.meer })
    // Every number can be called: a contact with a phone number gets its call button first.
    if (kind === 'contact' && 'phone' in e && e.phone) actions.unshift(callAction(e.phone))
    // An entry about acute danger always offers the 112 button first, however it was reached.
    const acute = id === ROUTED_TOPICS.acute || (kind === 'signal' && (e as Signal).acute === true)
    if (acute) actions.unshift(call112, callVT)
    return {
      text,
      actions: dedupeActions([...actions, { id: 'menu', label: M.LABELS.menu }, { id: 'twijfel', label: M.LABELS.twijfel }]),
      sources: entrySources(this.content, e),
      // Only the acute reply itself is tagged acute: an entry about danger is an answer.
      tag: id === ROUTED_TOPICS.doubt ? 'doubt' : 'answer',
    }
  }

  /**
   * The signals an answer lists, when the best hit is a signal: it and up to three more that are
   * about as relevant. A question about a child lists no signals described for older people only,
   * and the other way round ("een meisje uit mijn team heeft blauwe plekken").
   */
  private signalsFor(hits: SearchHit[], question: string | undefined): Signal[] {
    const top = hits[0]!
    const about = question === undefined ? undefined : ageContext(question)
    const fits = (s: Signal) =>
      !about || s.ages.some((a) => (about === 'child' ? CHILD_AGES.has(a) : about === 'older' ? a === 'oudere' : !CHILD_AGES.has(a)))
    const listed = hits
      .filter((h, i) => h.kind === 'signal' && (i === 0 || alsoRelevant(h, top, 0.5)))
      .map((h) => this.content.signals.get(h.ref.slice('signal:'.length))!)
      .filter((s, i) => i === 0 || fits(s))
    // A baby or toddler named in the question, and the best signal is the school child's version of
    // a 0–4 signal of the same form ("blauwe plek" at 3 or at 4 months): the 0–4 one instead, first,
    // so its text and next step lead. Signals of other forms, or already for 0–4, stay as they are.
    const first = listed[0]
    const schoolAge = (s: Signal) => !s.ages.includes('0-4') && s.ages.every((a) => a === '4-12' || a === '12-18')
    if (first && question !== undefined && schoolAge(first) && youngChild(question)) {
      const young = hits
        .filter((h) => h.kind === 'signal' && alsoRelevant(h, top, 0.25))
        .map((h) => this.content.signals.get(h.ref.slice('signal:'.length))!)
        .find((s) => s.ages.includes('0-4') && s.forms.some((f) => first.forms.includes(f)))
      if (young) return [young, ...listed.filter((s) => s !== young && !(schoolAge(s) && s.forms.some((f) => young.forms.includes(f))))].slice(0, 4)
    }
    return listed.slice(0, 4)
  }

  private signalsReply(session: Session, signals: Signal[]): Reply {
    for (const s of signals) this.turn.shown.push(`signal:${s.id}`)
    const b1 = this.b1(session)
    const lines = signals.map((s) => `- **${s.title}** (${ageLabel(s.ages)}): ${firstSentence(pickB1(s.textB1, b1) ?? s.text)}`)
    const withNext = signals.find((s) => s.next)
    const next = withNext ? this.signalNext(session, withNext) : b1 ? B1_NEXT[b1] : undefined
    const one = signals[0]!
    const text = [
      // One signal says what form of violence it points to: "is dit mishandeling?" is often the question.
      signals.length > 1 ? '**Signalen die passen bij je vraag**' : `**${one.title}**\n${formLine(one)}`,
      signals.length > 1 ? lines.join('\n') : (pickB1(one.textB1, b1) ?? one.text),
      next ?? 'Breng de signalen in kaart (stap 1 van de meldcode) en overleg met een collega of de aandachtsfunctionaris (stap 2).',
      this.signalCaution(session),
    ].join('\n\n')
    const sources = signals.flatMap((s) => entrySources(this.content, s))
    const uniqueSources = sources.filter((s, i) => sources.findIndex((t) => t.title === s.title) === i)
    const related = signals.flatMap((s) => s.related)
    return {
      text,
      actions: dedupeActions([
        ...related.flatMap((r) => this.relatedActions(r)),
        ...this.routeFor(session),
        { id: 'twijfel', label: M.LABELS.twijfel },
        { id: 'menu', label: M.LABELS.menu },
      ]).slice(0, 6),
      sources: uniqueSources,
      tag: 'answer',
    }
  }

  /**
   * "Wie is bij ons de aandachtsfunctionaris?", "bij wie kan ik terecht bij de club?", "wie is ons
   * wijkteam?": the organisation's own contact, with how to reach it. Undefined without an
   * organisation or when its settings do not have that part (then the knowledge answers).
   */
  private organisationReply(session: Session, text: string): Reply | undefined {
    const part = this.turn.organisation ? organisationQuestion(fold(text)) : undefined
    const own: OrganisationBlock | undefined = part ? organisationBlock(this.turn.organisation, [part]) : undefined
    if (!own) return undefined
    const route = part === 'contact' ? this.routeFor(session).filter((a) => a.id !== 'flow:stap-1') : []
    const step2 = part === 'contact' && !audienceOf(session) && this.content.flows.has('stap-2') ? [{ id: 'flow:stap-2', label: this.labelFor('flow:stap-2') }] : []
    return {
      text: `${own.text}\n\nJe hoeft geen namen te noemen om te overleggen.`,
      actions: dedupeActions([...own.actions, ...step2, ...route, { id: 'twijfel', label: M.LABELS.twijfel }, { id: 'menu', label: M.LABELS.menu }]),
      tag: 'answer',
    }
  }

  private acuteReply(session?: Session): Reply {
    const topic = this.content.topics.get(ROUTED_TOPICS.acute)
    if (topic) this.turn.shown.push(`topic:${topic.id}`)
    // Say it once (issue 18): 112 in the text and as the first button; the topic's longer text is
    // one press away through its related buttons. Volunteers and desk staff get the topic's plain
    // text for their audience under the same first line, without its own line about 112.
    const plain = session && topic ? pickB1(topic.textB1, this.b1(session)) : undefined
    const base = plain ? `${M.ACUTE_HEADLINE}\n\n${plain.split('\n').filter((l) => l.trim() && !l.includes('112')).join('\n')}` : M.ACUTE_REPLY
    // The organisation's own contact comes after 112 and Veilig Thuis, never before.
    const own = this.turn.organisation ? contactBlock(this.turn.organisation) : undefined
    const text = own ? `${base}\n\n${M.ACUTE_THEN_ORGANISATION} ${own.text}` : base
    return {
      text,
      actions: dedupeActions([call112, callVT, ...(own?.actions ?? []), callScriptAction, ...(topic?.related ?? []).flatMap((r) => this.relatedActions(r)), { id: 'menu', label: M.LABELS.menu }]),
      ...(topic ? { sources: entrySources(this.content, topic) } : {}),
      tag: 'acute',
    }
  }

  /**
   * Possibly direct danger: ask first, in one message whose first line names 112. "Ja, nu" gives
   * the acute reply; "Nee, niet nu" the answer to what was asked, whose content refs ride in
   * the button's id.
   */
  private acuteCheckReply(session: Session, text: string): Reply {
    const refs = this.answerRefs(session, text)
    return {
      text: M.ACUTE_CHECK,
      actions: [
        { id: CHECK_YES, label: M.LABELS.checkYes, kind: 'emergency' },
        { id: refs.length ? `${CHECK_NO}:${refs.join(',')}` : CHECK_NO, label: M.LABELS.checkNo },
        { id: 'twijfel', label: M.LABELS.twijfel },
      ],
      tag: 'acute-check',
    }
  }

  /** The refs of the answer a question would get: the signals listed, or the top entry or flow. */
  private answerRefs(session: Session, text: string): string[] {
    // Abuse by someone of the club, school or care organisation has its own route, as on the calm
    // path: "Nee, niet nu" must give it, not whatever search finds (the trainer who sends a child apps).
    const setting = detectInstitutional(text)
    if (setting) return [`institutional:${setting}`]
    if (contentTokens(text).length === 0) return []
    const hits = this.search(session, text, 8)
    const top = hits[0]
    if (!top || !isConfident(top)) return []
    if (top.kind !== 'signal') return [top.ref]
    return this.signalsFor(hits, text).map((s) => `signal:${s.id}`)
  }

  private answerForRefs(session: Session, refs: string[]): Reply[] {
    const known = refs.filter((r) => /^(topic|signal|sector|contact|flow|institutional):[a-z0-9-]+$/.test(r))
    const top = known[0]
    if (!top) return [{ text: M.CHECK_NO_ANSWER, actions: this.menuActions(), tag: 'fallback' }]
    if (top.startsWith('institutional:')) {
      const reply = this.institutionalReplyFor(session, top.slice('institutional:'.length))
      if (reply) return [reply]
    }
    if (top.startsWith('flow:') && this.content.flows.has(top.slice(5))) return this.goTo(session, top.slice(5))
    if (top.startsWith('signal:')) {
      const signals = known.flatMap((r) => (r.startsWith('signal:') ? (this.content.signals.get(r.slice(7)) ?? []) : []))
      if (signals.length) return [this.signalsReply(session, signals)]
    }
    const reply = this.entryReplyForRef(session, top)
    return reply ? [reply] : [{ text: M.CHECK_NO_ANSWER, actions: this.menuActions(), tag: 'fallback' }]
  }

  /**
   * The doubt reply ("twijfel", a quarter of the flows' buttons) depends on the audience (its
   * plain-language text) and the organisation only, so it is made once per audience and shared
   * as a flow node's reply is (render.ts shareReply; its JSON is then written once, too).
   */
  private readonly doubtReplies = { none: new Map<string, Reply>(), by: new WeakMap<Organisation, Map<string, Reply>>() }

  private doubtReply(session?: Session): Reply {
    const topic = this.content.topics.get(ROUTED_TOPICS.doubt)
    if (topic) this.turn.shown.push(`topic:${topic.id}`)
    const o = this.turn.organisation
    let replies = o ? this.doubtReplies.by.get(o) : this.doubtReplies.none
    if (!replies) this.doubtReplies.by.set(o!, (replies = new Map()))
    const key = (session && this.b1(session)) ?? '-'
    let reply = replies.get(key)
    if (!reply) replies.set(key, (reply = shareReply(this.renderDoubtReply(session))))
    return reply
  }

  /** What doubtReply shares: reads only the audience of the session (b1) and this.turn.organisation. */
  private renderDoubtReply(session?: Session): Reply {
    const topic = this.content.topics.get(ROUTED_TOPICS.doubt)
    const text = topic ? `**${topic.title}**\n\n${(session && pickB1(topic.textB1, this.b1(session))) ?? topic.text}` : M.VT_LINE
    // Veilig Thuis first; the organisation's own aandachtsfunctionaris or VCP after it.
    const own = this.turn.organisation ? contactBlock(this.turn.organisation) : undefined
    return {
      text: own ? `${text.trimEnd()}\n\n${own.text}` : text,
      actions: dedupeActions([callVT, ...(own?.actions ?? []), callScriptAction, ...(topic?.related ?? []).flatMap((r) => this.relatedActions(r)), { id: 'menu', label: M.LABELS.menu }]),
      ...(topic ? { sources: entrySources(this.content, topic) } : {}),
      tag: 'doubt',
    }
  }

  private dossierReply(session: Session, ctx: TurnContext): Reply {
    const summary = dossierSummary(this.content, session, ctx.now, this.turn.organisation)
    return { text: summary ?? M.DOSSIER_EMPTY, actions: this.menuActions(), tag: 'dossier' }
  }

  private fallbackReply(hits: SearchHit[]): Reply {
    // Weak hits are offered as suggestions, clearly as questions, never as an answer.
    const suggestions = hits.slice(0, 3).filter((h) => h.strong && h.score >= 3).map((h) => ({ id: h.ref, label: shortLabel(`Bedoel je: ${h.title}?`) }))
    return { text: M.FALLBACK, actions: dedupeActions([...suggestions, ...this.menuActions()]), tag: 'fallback' }
  }

  /** The menu's role buttons, with the question why: the answer differs per role. */
  private whoAreYouReply(): Reply {
    const menu = this.content.nodes.get(nodeKey(ROOT_FLOW, this.content.flows.get(ROOT_FLOW)!.start))!
    const roles = (menu.choices ?? []).filter((c) => c.next.startsWith('flow:')).map((c, i) => ({ id: `c:${ROOT_FLOW}/${menu.id}/${c.id ?? i + 1}`, label: c.label }))
    return { text: M.WHO_ARE_YOU, actions: [...roles, { id: 'twijfel', label: M.LABELS.twijfel }], tag: 'menu' }
  }

  private menuReply(): Reply {
    return { text: 'Waarmee kan ik je helpen?', actions: this.menuActions(), tag: 'menu' }
  }

  private menuActions(): Action[] {
    return [{ id: 'menu', label: M.LABELS.menu }, { id: 'twijfel', label: M.LABELS.twijfel }]
  }

  /** The buttons for one `related` id: a reminder ("reminder:na-melding") is a set of links. */
  private relatedActions(r: string): Action[] {
    const reminder = /^reminder:([a-z0-9-]+)$/.exec(r)
    if (reminder) {
      const kind = reminder[1] as Parameters<typeof reminderActions>[0]
      return this.content.reminders.has(kind) ? reminderActions(kind) : []
    }
    return [{ id: r, label: this.labelFor(r) }]
  }

  /** A readable button label for an action id used in `related`, at most 40 characters. */
  private labelFor(action: string): string {
    return shortLabel(this.rawLabelFor(action))
  }

  private rawLabelFor(action: string): string {
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
  private forRole(session: Session, hits: SearchHit[], text: string): SearchHit[] {
    const audience = audienceOf(session)
    const written = (h: SearchHit) => this.audienceOfRef(h.ref)
    if (audience) return hits.map((h) => (written(h) === audience ? { ...h, score: h.score * ROLE_BOOST } : h)).sort((a, b) => b.score - a.score)
    // No role known: an entry written for volunteers or desk staff is not assumed ("bij wie kan ik
    // terecht" is not a question about the club), unless the question names that world itself.
    // Only the volunteers' entries: what is written for desk staff (an adult who refuses help, the
    // Wmo afwegingskader) mostly holds for professionals too.
    return hits
      .map((h) => (written(h) === 'sport' && !this.names(text, 'sport') ? { ...h, score: h.score * NO_ROLE_FACTOR } : h))
      .sort((a, b) => b.score - a.score)
  }

  /** Whether a question names the world of an audience ("club", "trainer", "loket"); compounds count ("turnclub"). */
  private names(text: string, audience: 'sport' | 'wmo'): boolean {
    const words = fold(text).split(' ')
    for (const cue of this.audienceCues[audience]) if (words.some((w) => w === cue || (cue.length >= 4 && w.endsWith(cue)))) return true
    return false
  }

  /** The audience an entry was written for, if any: sport or wmo (topic category, sector audience, flow). */
  private audienceOfRef(ref: string): 'sport' | 'wmo' | undefined {
    // Asked for every hit of every search; refs are the content's own, so the map stays small.
    let a = this.refAudiences.get(ref)
    if (a === undefined) this.refAudiences.set(ref, (a = this.audienceOfRefUncached(ref) ?? null))
    return a ?? undefined
  }

  private audienceOfRefUncached(ref: string): 'sport' | 'wmo' | undefined {
    const [kind, id] = ref.split(':') as [string, string]
    if (kind === 'topic') {
      const c = this.content.topics.get(id)?.category
      return c === 'sport' ? 'sport' : c === 'gemeente' ? 'wmo' : undefined
    }
    if (kind === 'sector') {
      const a = this.content.sectors.get(id)?.audience
      return a === 'sport' || a === 'wmo' ? a : undefined
    }
    return ref === 'flow:sport' ? 'sport' : ref === 'flow:wmo' ? 'wmo' : undefined
  }

  /** Volunteers and desk staff get the plain-language (B1) texts written for their audience. */
  private b1(session: Session): B1Audience | undefined {
    return audienceOf(session)
  }

  /** Every signal answer says a signal proves nothing; volunteers and desk staff read it in plain language. */
  private signalCaution(session: Session): string {
    return this.b1(session) ? M.SIGNAL_CAUTION_B1 : M.SIGNAL_CAUTION
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
 * Tuned on tests/eval; see docs/performance.md and docs/evaluation.md.
 */
export function isConfident(hit: SearchHit): boolean {
  if (!hit.strong || hit.matched === 0) return false
  // One matching word next to words the knowledge does not know at all ("laptop voor school",
  // "parkeervergunning bij de gemeente"): the question is about something else.
  if (hit.matched < 2 && hit.unknownTerms > 0) return false
  // As many of the question's words unknown to the knowledge as known ("werkrooster … excel",
  // "sinterklaasgedicht", "rijksvaccinatieprogramma"): it is about something else, and the words
  // it shares ("volgende maand", "baby") are not what it asks. An honest "I don't know" beats a
  // confident answer to another question (round 05: out of scope answered honestly 64% → 88%).
  if (hit.unknownTerms >= hit.matched) return false
  if (hit.queryTerms >= 4 && hit.matched < 2) return hit.score >= 12
  return hit.score >= 4
}

/**
 * Whether a hit below the top one is shown beside it: confident, at least `share` of the top
 * score, and not sharing just one word with the question that stands in many entries ("zegt",
 * "bang"), unless the top hit itself is found only by such a word.
 */
function alsoRelevant(hit: SearchHit, top: SearchHit, share: number): boolean {
  return isConfident(hit) && hit.score >= top.score * share && (!hit.onlyCommon || top.onlyCommon)
}

/** `extra` after a node's own buttons: on end nodes before Menu and doubt, else at the end. */
function beforeMenu(actions: Action[], extra: Action[], end: boolean): Action[] {
  const found = end ? actions.findIndex((a) => a.id === 'menu') : -1
  const at = found < 0 ? actions.length : found
  return [...actions.slice(0, at), ...extra, ...actions.slice(at)]
}

/** What a chosen button records (`set:` in the flow YAML): the role, the sector or an answer. */
function recordChoice(session: Session, choice: Choice): void {
  for (const [k, v] of Object.entries(choice.set ?? {})) {
    if (k === 'rol') session.role = v
    else if (k === 'sector') session.sector = v
    else session.answers[k] = v
  }
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

/**
 * A question about one step ("wat houdt stap 2 in", "met wie overleg ik in stap 2") whose best hit
 * is a general entry ("Wat is de meldcode?", "Wat leg ik per stap vast?") that won on filler words:
 * that step's own flow, when it is nearly as relevant. Not when the top entry is about this very
 * step ("Stap 3 overslaan…") or its title names what the question asks about, and not when the
 * question asks what to record or whether something may come before its step ("al in stap 1 de ouders bellen?").
 */
function ownStepFlow(text: string, hits: SearchHit[]): string | undefined {
  const step = namedStep(text)
  const top = hits[0]!
  const asked = fold(text)
  if (!step || ASKS_ABOUT_RECORDING.test(asked) || ASKS_ABOUT_ORDER.test(asked) || fold(top.title).includes(`stap ${step}`)) return undefined
  // The top entry's title names something the question asks about ("aandachtsfunctionaris"): it is not general.
  const words = new Set(contentTokens(text).filter((w) => w.length > 3).map((w) => w.slice(0, 6)))
  if (contentTokens(top.title).some((w) => !/^(stap|stappen|meldcode)$/.test(w) && words.has(w.slice(0, 6)))) return undefined
  const own = hits.find((h) => h.ref === `flow:stap-${step}`)
  return own && own.score >= top.score * OWN_STEP_SHARE ? `stap-${step}` : undefined
}
/** How relevant a step's own flow must be, as a share of the best hit, to answer a question about that step. */
const OWN_STEP_SHARE = 0.8

/**
 * How relevant another entry must be, as a share of the best, to be offered as a "Meer:" button
 * beside the answer (at most two, after signals too). Leave-one-round-out over rounds 18–27: right
 * answer in the top three 69.4 → 70.7% at 0.4 and two buttons after signals (0.6 and one before);
 * 0.25 gained a little more but offers entries that share little with the question.
 */
const MORE_SHARE = 0.4

/** How much more an entry written for the user's role weighs. */
const ROLE_BOOST = 1.5
/** How much less an entry written for another audience weighs when the user's role is not known. */
const NO_ROLE_FACTOR = 0.5

const CHILD_AGES = new Set(['0-4', '4-12', '12-18'])

/** "Signaal van verwaarlozing (0–4 jaar).", "Risicofactor voor partnergeweld (volwassenen)." */
function formLine(s: Signal): string {
  const forms = s.forms.map((f) => M.FORM_LABELS[f] ?? f.replace(/-/g, ' '))
  const list = forms.length > 1 ? `${forms.slice(0, -1).join(', ')} of ${forms.at(-1)}` : forms[0]
  // Plain text: the widget renders **bold** only, so *italics* would show their asterisks.
  return `${s.kind === 'risicofactor' ? 'Risicofactor voor' : 'Signaal van'} ${list} (${ageLabel(s.ages)}).`
}

/** "0–4, 4–12 jaar", "ouderen", "12–18 jaar, volwassenen". */
function ageLabel(ages: readonly string[]): string {
  const years = ages.filter((a) => /\d/.test(a)).map((a) => a.replace('-', '–'))
  const words = ages.filter((a) => !/\d/.test(a)).map((a) => (a === 'oudere' ? 'ouderen' : a === 'volwassene' ? 'volwassenen' : a))
  return [...(years.length ? [`${years.join(', ')} jaar`] : []), ...words].join(', ')
}

/**
 * A conversation that starts with an organisation: its id goes into the session (only the id),
 * and its sector and audience pick the route and the plain-language texts without asking.
 */
function startWith(session: Session, o: Organisation, content: Content): void {
  session.organisation = o.id
  const sector = o.sector ? content.sectors.get(o.sector) : undefined
  if (sector) session.sector = sector.id
  const role = o.audience ?? sector?.audience
  if (role) session.role = role
}
