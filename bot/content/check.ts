/**
 * The content checker: three passes over every file, every problem reported at once.
 *  1. YAML syntax, with positions.
 *  2. Shape, with zod.
 *  3. Cross-references and safety rules: targets exist, ids unique, every node reachable,
 *     no dead ends, every choice list has a doubt option.
 * Pure: it takes file texts and returns problems plus, when there are none, the content.
 */
import { LineCounter, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import { ROOT_FLOW, ROUTED_TOPICS, nodeKey, type Content } from './model.js'
import { formatPath, positionOf, type Path } from './positions.js'
import { FlowSchema, KnowledgeFileSchema, REMINDER_KINDS, type Flow, type KnowledgeFile } from './schema.js'
import { suggestion } from './suggest.js'
import { checkSectorNotes } from './check-sector-notes.js'
import { DangerModelSchema, NamesFileSchema, SafetyFileSchema, type DangerModelData, type SafetyFile } from './safety-schema.js'
import { checkPlainLanguage } from './check-b1.js'
import { checkOrganisations } from './check-organisations.js'
import { OrganisationSchema, type Organisation } from './organisation-schema.js'

export interface ContentFile {
  /** Relative path such as `flows/stap-2.yaml`; it is how problems name the file. */
  path: string
  text: string
}

export interface Problem {
  file: string
  line: number
  col: number
  path: string
  message: string
}

export const formatProblem = (p: Problem) =>
  `${p.file}:${p.line}:${p.col} ${p.path}: ${p.message}`

/**
 * Problems make the content invalid; warnings (plain language, length, a button label over 40
 * characters) do not. Both are listed by `npm run content:check`.
 */
export type CheckResult =
  | { ok: true; content: Content; organisations: Organisation[]; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] }

/** Longer button labels are cut off in Teams and wrap badly on a phone. */
export const MAX_LABEL_LENGTH = 40

/** Actions without an argument that a flow may lead to; the engine implements each. */
export const GLOBAL_ACTIONS = ['menu', 'twijfel', 'acuut', 'dossier', 'restart', 'back', 'resume', 'belscript'] as const
const ENTRY_PREFIXES = ['topic', 'signal', 'sector', 'contact'] as const

export interface Parsed<T> {
  file: ContentFile
  doc: Document
  lines: LineCounter
  data: T
}

/** What a problem's place is read from: a parsed file's path, YAML document and line counter. */
type Located = { file: { path: string }; doc: Parsed<unknown>['doc']; lines: Parsed<unknown>['lines'] }

export function checkContent(files: ContentFile[]): CheckResult {
  const problems: Problem[] = []
  const flows: Parsed<Flow>[] = []
  const knowledge: Parsed<KnowledgeFile>[] = []
  const safety: Parsed<SafetyFile>[] = []
  const organisations: Parsed<Organisation>[] = []
  let model: DangerModelData | undefined
  // Flows whose file failed pass 1 or 2 are reported there; links to them are not reported again.
  const brokenFlows = new Set<string>()

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const lines = new LineCounter()
    const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
    // Pass 1: syntax. A file with syntax errors is not shape-checked: its data is not reliable.
    if (doc.errors.length > 0) {
      for (const err of doc.errors) {
        const pos = unclosedQuoteStart(file.text, err.code, err.message) ?? err.linePos?.[0] ?? lines.linePos(err.pos[0])
        problems.push({
          file: file.path,
          line: pos.line,
          col: pos.col,
          path: '(yaml)',
          message: yamlMessage(err.code, err.message),
        })
      }
      if (file.path.startsWith('flows/')) brokenFlows.add(flowIdFromPath(file.path))
      continue
    }
    // Pass 2: shape.
    const isFlow = file.path.startsWith('flows/') || file.path.includes('/flows/')
    const isSafety = /(^|\/)knowledge\/safety\//.test(file.path)
    const isModel = isSafety && file.path.endsWith('.json')
    const isNames = isSafety && /\/namen\.ya?ml$/.test(file.path)
    const isOrganisation = /(^|\/)organisations\//.test(file.path)
    const schema = isOrganisation ? OrganisationSchema : isModel ? DangerModelSchema : isNames ? NamesFileSchema : isSafety ? SafetyFileSchema : isFlow ? FlowSchema : KnowledgeFileSchema
    const parsed = (schema as z.ZodType).safeParse(doc.toJS() ?? {})
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined
        const pos = positionOf(doc, lines, issue.path, unknownKey)
        problems.push({
          file: file.path,
          ...pos,
          path: formatPath(unknownKey ? [...issue.path, unknownKey] : issue.path),
          message: shapeMessage(issue, schema, unknownKey),
        })
      }
      if (isFlow) brokenFlows.add(flowIdFromPath(file.path))
      continue
    }
    // The name lists are used through their generated module; here they are only checked.
    if (isNames) continue
    if (isOrganisation) organisations.push({ file, doc, lines, data: parsed.data as Organisation })
    else if (isModel) model = parsed.data as DangerModelData
    else if (isSafety) safety.push({ file, doc, lines, data: parsed.data as SafetyFile })
    else if (isFlow) flows.push({ file, doc, lines, data: parsed.data as Flow })
    else knowledge.push({ file, doc, lines, data: parsed.data as KnowledgeFile })
  }

  // Pass 3: cross-references. Runs on whatever passed pass 2, so one bad file does not hide
  // reference problems in the others.
  const content = emptyContent()
  // Only the file's path, its YAML document and line counter are read: check-b1's parsed files fit too.
  const at = (p: Located, path: Path, message: string) =>
    problems.push({ file: p.file.path, ...positionOf(p.doc, p.lines, path), path: formatPath(path), message })
  const warnings: Problem[] = []
  const warn = (p: Located, path: Path, message: string) =>
    warnings.push({ file: p.file.path, ...positionOf(p.doc, p.lines, path), path: formatPath(path), message })

  for (const k of knowledge) {
    for (const [i, s] of (k.data.sources ?? []).entries()) {
      if (content.sources.has(s.id)) at(k, ['sources', i, 'id'], `duplicate source id "${s.id}".`)
      else content.sources.set(s.id, s)
    }
    for (const kind of ENTRY_PREFIXES) {
      const list = k.data[`${kind}s`] ?? []
      const map = content[`${kind}s`] as Map<string, unknown>
      for (const [i, e] of list.entries()) {
        if (map.has(e.id)) at(k, [`${kind}s`, i, 'id'], `duplicate ${kind} id "${e.id}".`)
        else map.set(e.id, e)
      }
    }
  }
  const safetyIds = new Set<string>()
  for (const sf of safety) {
    for (const key of ['concepts', 'markers'] as const)
      for (const [i, item] of (sf.data[key] ?? []).entries()) {
        if (safetyIds.has(item.id)) at(sf, [key, i, 'id'], `duplicate ${key === 'concepts' ? 'concept' : 'marker'} id "${item.id}".`)
        safetyIds.add(item.id)
        if (key === 'concepts') content.safety.concepts.push(item as never)
        else content.safety.markers.push(item as never)
      }
  }
  if (model) content.safety.model = model
  const conceptIds = content.safety.concepts.map((c) => c.id)
  for (const sf of safety)
    for (const [i, m] of (sf.data.markers ?? []).entries())
      for (const key of ['only', 'unless'] as const)
        for (const [j, id] of (m[key] ?? []).entries())
          if (!conceptIds.includes(id)) at(sf, ['markers', i, key, j], `unknown concept "${id}".${suggestion(id, conceptIds)}`)
  for (const sf of safety)
    for (const [i, c] of (sf.data.concepts ?? []).entries())
      if (c.contact && !content.contacts.has(c.contact))
        at(sf, ['concepts', i, 'contact'], `unknown contact "${c.contact}".${suggestion(c.contact, content.contacts.keys())}`)
  for (const f of flows) {
    const expected = flowIdFromPath(f.file.path)
    if (f.data.id !== expected) at(f, ['id'], `flow id "${f.data.id}" must match its file name "${expected}".`)
    if (content.flows.has(f.data.id)) {
      at(f, ['id'], `duplicate flow id "${f.data.id}".`)
      continue
    }
    content.flows.set(f.data.id, f.data)
    for (const [i, n] of f.data.nodes.entries()) {
      if (content.nodes.has(nodeKey(f.data.id, n.id))) at(f, ['nodes', i, 'id'], `duplicate node id "${n.id}".`)
      else content.nodes.set(nodeKey(f.data.id, n.id), n)
    }
    for (const [i, r] of (f.data.reminders ?? []).entries()) {
      if (content.reminders.has(r.kind)) at(f, ['reminders', i, 'kind'], `reminder "${r.kind}" is written twice; write each reminder once.`)
      else content.reminders.set(r.kind, r)
    }
  }

  const checkSources = (p: Parsed<unknown>, path: Path, ids: string[] | undefined) => {
    for (const [i, s] of (ids ?? []).entries()) {
      if (!content.sources.has(s))
        at(p, [...path, i], `unknown source "${s}".${suggestion(s, content.sources.keys())} Add it to knowledge/bronnen.yaml or fix the id.`)
    }
  }
  /** Returns the reason an action id is invalid, or undefined when it resolves. */
  const actionProblem = (action: string): string | undefined => {
    if ((GLOBAL_ACTIONS as readonly string[]).includes(action)) return undefined
    const m = /^([a-z]+):([a-z0-9-]+)(?:\/([a-z0-9-]+))?$/.exec(action)
    if (!m) return `"${action}" is not a node id or action. Use a node id of this flow, "flow:<id>", "flow:<id>/<node>", "topic:<id>" or one of ${GLOBAL_ACTIONS.join(', ')}.`
    const [, kind, target, node] = m as unknown as [string, string, string, string | undefined]
    if (kind === 'flow') {
      if (brokenFlows.has(target)) return undefined
      if (!content.flows.has(target)) return `unknown flow "${target}".${suggestion(target, content.flows.keys())}`
      if (node && !content.nodes.has(nodeKey(target, node)))
        return `unknown node "${node}" in flow "${target}".${suggestion(node, content.flows.get(target)!.nodes.map((n) => n.id))}`
      return undefined
    }
    if (kind === 'reminder' && !node) {
      if (!(REMINDER_KINDS as readonly string[]).includes(target)) return `unknown reminder "${target}". Use one of ${REMINDER_KINDS.join(', ')}.`
      return content.reminders.has(target as never) || brokenFlows.size ? undefined : `reminder "${target}" is not written in any flow's "reminders:".`
    }
    if ((ENTRY_PREFIXES as readonly string[]).includes(kind) && !node) {
      const map = content[`${kind as (typeof ENTRY_PREFIXES)[number]}s`] as Map<string, unknown>
      return map.has(target) ? undefined : `unknown ${kind} "${target}".${suggestion(target, map.keys())}`
    }
    return `unknown action kind "${kind}". Use flow:, topic:, signal:, sector:, contact: or reminder:.`
  }

  for (const k of knowledge) {
    for (const kind of ENTRY_PREFIXES) {
      for (const [i, e] of (k.data[`${kind}s`] ?? []).entries()) {
        checkSources(k, [`${kind}s`, i, 'sources'], e.sources)
        for (const [j, r] of e.related.entries()) {
          const why = actionProblem(r)
          if (why) at(k, [`${kind}s`, i, 'related', j], why)
        }
      }
    }
  }

  // Questions people ask, per entry: the entry must exist, and each entry's list is in one place.
  for (const k of knowledge)
    for (const [ref, list] of Object.entries(k.data.questions ?? {})) {
      const why = /^(topic|signal|sector|contact|flow):/.test(ref)
        ? actionProblem(ref)
        : `"${ref}" is not an entry. Write the entry as "topic:<id>", "signal:<id>", "sector:<id>", "contact:<id>" or "flow:<id>".`
      if (why) at(k, ['questions', ref], why)
      else if (content.questions.has(ref)) at(k, ['questions', ref], `the questions for "${ref}" are also written elsewhere: keep one list per entry.`)
      else content.questions.set(ref, list)
    }
  // Generated from the rounds (`typed`): searched in a field of their own.
  for (const k of knowledge)
    for (const [ref, list] of Object.entries(k.data.typed ?? {})) {
      const why = /^(topic|signal|sector|contact|flow):/.test(ref) ? actionProblem(ref) : `"${ref}" is not an entry.`
      if (why) at(k, ['typed', ref], `${why} Regenerate this file: npm run questions:typed.`)
      else content.typed.set(ref, list)
    }

  checkSectorNotes(flows, content.sectors, at)

  // Reminders go into a calendar as plain text: sources checked like entries, no markdown.
  for (const f of flows)
    for (const [i, r] of (f.data.reminders ?? []).entries()) {
      checkSources(f, ['reminders', i, 'sources'], r.sources)
      const texts: Array<[Path, string]> = [[['reminders', i, 'title'], r.title], [['reminders', i, 'ifNot'], r.ifNot], ...r.questions.map((q, j): [Path, string] => [['reminders', i, 'questions', j], q])]
      for (const [path, text] of texts)
        if (/\*\*|^\s*[-*] /m.test(text)) at(f, path, 'a reminder is plain text in a calendar: no **bold** and no "- " lists (questions are a list already).')
    }

  // Reachability: nodes from their flow's start (plus deep links from anywhere), flows from
  // the root menu, from knowledge `related`, or through search keywords.
  const reachedNodes = new Set<string>()
  const linkedFlows = new Set<string>([ROOT_FLOW])
  const noteLink = (action: string) => {
    const m = /^flow:([a-z0-9-]+)(?:\/([a-z0-9-]+))?$/.exec(action)
    if (!m) return
    linkedFlows.add(m[1]!)
    if (m[2]) reachedNodes.add(nodeKey(m[1]!, m[2]))
  }
  for (const k of knowledge)
    for (const kind of ENTRY_PREFIXES) for (const e of k.data[`${kind}s`] ?? []) e.related.forEach(noteLink)

  for (const f of flows) {
    const flow = f.data
    if (content.flows.get(flow.id) !== flow) continue
    const ids = flow.nodes.map((n) => n.id)
    if (!ids.includes(flow.start)) at(f, ['start'], `unknown node "${flow.start}".${suggestion(flow.start, ids)}`)
    for (const [i, n] of flow.nodes.entries()) {
      const path = ['nodes', i]
      checkSources(f, [...path, 'sources'], n.sources)
      if (n.sources?.length && !n.reviewed) at(f, [...path, 'sources'], `a node with sources needs "reviewed: YYYY-MM-DD".`)
      if (n.reminder && !content.reminders.has(n.reminder) && !brokenFlows.size)
        at(f, [...path, 'reminder'], `reminder "${n.reminder}" is not written in any flow's "reminders:". Add it there (kind, title, questions, ifNot, sources, reviewed).`)
      const choices = n.choices ?? []
      if (choices.length === 0 && !n.end)
        at(f, path, `node "${n.id}" has no choices: add choices or "end: true" (no dead ends).`)
      if (choices.length > 0 && n.end)
        at(f, [...path, 'end'], `node "${n.id}" has choices and "end: true"; end nodes get their buttons from the engine. Remove one.`)
      const choiceIds = new Set<string>()
      for (const [j, c] of choices.entries()) {
        const cid = c.id ?? String(j + 1)
        if (choiceIds.has(cid)) at(f, [...path, 'choices', j, 'id'], `duplicate choice id "${cid}" in node "${n.id}".`)
        if (c.label.length > MAX_LABEL_LENGTH)
          warn(f, [...path, 'choices', j, 'label'], `label is ${c.label.length} characters; keep button labels at most ${MAX_LABEL_LENGTH} (Teams cuts them off).`)
        for (const [k, sector] of (c.sectors ?? []).entries())
          if (!content.sectors.has(sector)) at(f, [...path, 'choices', j, 'sectors', k], `unknown sector "${sector}".${suggestion(sector, [...content.sectors.keys()])}`)
        choiceIds.add(cid)
        if (ids.includes(c.next)) continue
        if (/^[a-z0-9-]+$/.test(c.next) && !(GLOBAL_ACTIONS as readonly string[]).includes(c.next)) {
          at(f, [...path, 'choices', j, 'next'], `unknown node "${c.next}".${suggestion(c.next, ids)}`)
          continue
        }
        const why = actionProblem(c.next)
        if (why) at(f, [...path, 'choices', j, 'next'], why)
        else noteLink(c.next)
      }
      if (choices.length > 0 && !choices.some((c) => isDoubtChoice(c, flow, content)))
        at(f, [...path, 'choices'], `node "${n.id}" offers no doubt option. Add a choice like { label: "Ik twijfel", next: twijfel } (safety rule 3).`)
    }
    // Walk the flow from its start and from deep links into it.
    const queue = [flow.start, ...ids.filter((id) => reachedNodes.has(nodeKey(flow.id, id)))]
    const seen = new Set<string>()
    while (queue.length) {
      const id = queue.pop()!
      if (seen.has(id)) continue
      seen.add(id)
      for (const c of flow.nodes.find((n) => n.id === id)?.choices ?? []) if (ids.includes(c.next)) queue.push(c.next)
    }
    for (const [i, n] of flow.nodes.entries())
      if (!seen.has(n.id)) at(f, ['nodes', i, 'id'], `node "${n.id}" cannot be reached from "${flow.start}". Link to it or remove it.`)
  }
  for (const f of flows) {
    const flow = f.data
    if (!linkedFlows.has(flow.id) && flow.keywords.length === 0)
      at(f, ['id'], `flow "${flow.id}" is not linked from any other flow or entry and has no keywords, so no user can reach it.`)
  }

  // Safety content the engine depends on.
  if (files.length === 0)
    problems.push({ file: 'flows/ and knowledge/', line: 1, col: 1, path: '(content)', message: 'no content files found. Point CONTENT_ROOT at a folder with flows/*.yaml and knowledge/*.yaml.' })
  const anchor = knowledge[0] ?? flows[0]
  if (anchor) {
    const vt = content.contacts.get('veilig-thuis')
    if (!vt || vt.phone !== '0800-2000') at(anchor, [], `contact "veilig-thuis" with phone 0800-2000 is required (safety rule 1).`)
    if (content.contacts.get('alarmnummer')?.phone !== '112') at(anchor, [], `contact "alarmnummer" with phone 112 is required (safety rule 2).`)
    const required = [ROUTED_TOPICS.acute, ROUTED_TOPICS.doubt, ...Object.values(ROUTED_TOPICS.institutional)]
    for (const id of required)
      if (!content.topics.has(id)) at(anchor, [], `topic "${id}" is required: the engine routes to it by rule.`)
    if (!content.flows.has(ROOT_FLOW)) at(anchor, [], `flow "${ROOT_FLOW}" (flows/${ROOT_FLOW}.yaml) is required: it is the main menu.`)
  }
  // The reminder API serves every kind (GET /api/reminder.ics?kind=…), so each must be written.
  // Only checked once some flow writes reminders: test fixtures without them stay valid.
  const reminderAnchor = flows.find((f) => f.data.reminders?.length || f.data.nodes.some((n) => n.reminder))
  if (reminderAnchor && !brokenFlows.size) {
    for (const kind of REMINDER_KINDS)
      if (!content.reminders.has(kind)) at(reminderAnchor, ['reminders'], `reminder "${kind}" is required: the reminder download offers it. Write it in a flow's "reminders:".`)
  }

  checkPlainLanguage(knowledge, flows, warn, at)
  const checkedOrganisations = checkOrganisations(organisations, content.sectors, at)
  return problems.length ? { ok: false, problems, warnings } : { ok: true, content, organisations: checkedOrganisations, warnings }
}

function isDoubtChoice(c: { label: string; next: string }, flow: Flow, content: Content): boolean {
  if (c.next === 'twijfel') return true
  if (!/twijfel/i.test(c.label)) return false
  const target = content.nodes.get(nodeKey(flow.id, c.next))
  return !!target && target.text.includes('0800-2000')
}

function emptyContent(): Content {
  return {
    flows: new Map(),
    nodes: new Map(),
    sources: new Map(),
    topics: new Map(),
    signals: new Map(),
    sectors: new Map(),
    contacts: new Map(),
    reminders: new Map(),
    safety: { concepts: [], markers: [] },
    questions: new Map(),
    typed: new Map(),
  }
}

/** yaml's messages end with a code excerpt and position; we print our own, plus a fix. */
function yamlMessage(code: string, message: string): string {
  if (code === 'MISSING_CHAR' && /quote/i.test(message)) return 'this quoted text is never closed. Add the closing quote at the end of the text.'
  if (code === 'DUPLICATE_KEY') return 'this key appears twice in the same block. Remove or rename one.'
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR') return `${firstLine(message)} Check the indentation: items of one list line up, nested keys are indented further.`
  return `${firstLine(message)} Fix the YAML syntax here (indentation, a missing ":" or an unclosed quote or bracket).`
}

const firstLine = (message: string) => {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim()
  return first.endsWith('.') ? first : `${first}.`
}

function shapeMessage(issue: z.core.$ZodIssue, schema: z.ZodType, unknownKey: string | undefined): string {
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, issue.path)
      return `unknown key "${unknownKey}".${suggestion(unknownKey!, allowed)} Allowed here: ${allowed.join(', ')}.`
    }
    case 'invalid_type':
      return issue.message.includes('received undefined') ? `missing required field.` : `${issue.message}.`
    default:
      return issue.message.endsWith('.') ? issue.message : `${issue.message}.`
  }
}

/** The keys an object schema accepts at `path`, by walking zod's definitions. */
function allowedKeys(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let def = (schema as unknown as { _zod: { def: ZodDef } })._zod.def
  const unwrap = () => {
    while (def.innerType || def.in) def = (def.innerType ?? def.in)!._zod.def
  }
  unwrap()
  for (const part of path) {
    if (def.type === 'object' && typeof part === 'string' && def.shape?.[part]) def = def.shape[part]!._zod.def
    else if (def.type === 'array' && typeof part === 'number' && def.element) def = def.element._zod.def
    else return []
    unwrap()
  }
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : []
}

interface ZodDef {
  type: string
  shape?: Record<string, { _zod: { def: ZodDef } }>
  element?: { _zod: { def: ZodDef } }
  innerType?: { _zod: { def: ZodDef } }
  in?: { _zod: { def: ZodDef } }
}

const flowIdFromPath = (path: string) => path.replace(/^.*\//, '').replace(/\.ya?ml$/, '')

/**
 * yaml reports an unclosed quote where the file ends; the editor needs the line where the
 * quote was opened: the last line before the error with an odd number of quotes.
 */
function unclosedQuoteStart(text: string, code: string, message: string): { line: number; col: number } | undefined {
  if (code !== 'MISSING_CHAR' || !/quote/i.test(message)) return undefined
  const quote = message.includes("'") && !message.includes('"') ? "'" : '"'
  const lines = text.split('\n')
  for (let i = lines.length - 1; i >= 0; i--) {
    const count = lines[i]!.split(quote).length - 1
    if (count % 2 === 1) return { line: i + 1, col: lines[i]!.lastIndexOf(quote) + 1 }
  }
  return undefined
}
