/**
 * Recognises a request to make a melding through Meldwijzer itself ("kun jij dit melden?",
 * "kan ik hier de gegevens doorgeven?"). Meldwijzer is not a reporting channel: such a request
 * gets the fixed answer that says so and where a melding is made.
 */
import { fold } from './normalize.js'

const REPORT = '(melden|meld|melding|meldingen|meldng|meling|doorgeven|doorgeef|doorsturen|doorspelen|aangifte|report|reporting)'
const PATTERNS = [
  // The bot is asked to do it: "kun je een melding voor mij doen", "wil jij dit doorgeven".
  new RegExp(`\\b(kun|kan|kunt|wil|wilt|zou|zal|ga|gaat) (je|jij|u|meldwijzer|jullie)\\b.{0,50}\\b${REPORT}\\b`),
  new RegExp(`\\b(meld|meldt) (jij|je|u) (het|dit|dat)\\b`),
  // Here, in this chat: "kan ik hier melden", "melding doen via deze chat".
  new RegExp(`\\b(hier|bij jou|bij meldwijzer|via (deze|de|jou|jouw|je) (chat|bot|app|website))\\b.{0,50}\\b${REPORT}\\b`),
  new RegExp(`\\b${REPORT}\\b.{0,30}\\b(hier|bij jou|bij meldwijzer|via (deze|de|jou|jouw|je) (chat|bot|app))\\b`),
  // Sent on for the user: "stuur jij deze melding door", "stuur dit aub door naar Veilig Thuis",
  // "de melding namens mij".
  new RegExp(`\\b(stuur|verstuur|stuurt) (jij|je|u)\\b.{0,50}\\b(melding|${REPORT}|door|veilig (thuis|tuis|tuhis)|vt)\\b`),
  /^ (stuur|verstuur|geef|stuurt) .{0,40}\b(door|naar)\b.{0,30}\b(veilig (thuis|tuis|tuhis)|vt|de politie|centrum veilige sport)\b/,
  /\b(melding|dit|het)\b.{0,40}\bnamens (mij|ons|de club|de vereniging|het bestuur|de school|het team|onze organisatie)\b/,
  // "dat jij de melding … doorstuurt", "wil je de melding voor mij indienen".
  new RegExp(`\\b(doe|maak|regel|doet|maakt|regelt) (jij|je|u) (de|een|deze|die|dit|het) ${REPORT}\\b`),
  new RegExp(`\\b(dat|of) (jij|je|u) (de|een|deze|die) ${REPORT}\\b.{0,60}\\b(doorstuurt|doet|indient|maakt|verstuurt|regelt)\\b`),
  new RegExp(`\\b(kun|kan|kunt|wil|wilt|zou) (je|jij|u)\\b.{0,30}\\b${REPORT}\\b.{0,40}\\b(indienen|versturen|regelen|doen|maken)\\b`),
  /\b(can|could|will|would) you ((please|just|quickly|maybe) )*(report|file|pass|send|forward|submit)\b/,
  // Calling or mailing Veilig Thuis for the user: "can you call Veilig Thuis for me", "bel jij vt even".
  /\b(can|could|will|would) you ((please|just|quickly|maybe) )*(call|phone|ring|contact|email|mail) (veilig thuis|vt|the police)\b/,
  /\b(bel|mail) (jij|je|u) (even |ff )?(veilig thuis|vt)\b/,
  /\b(kun|kan|kunt|wil|wilt|zou) (je|jij|u)\b.{0,30}\b(veilig thuis|vt)\b.{0,20}\b(bellen|opbellen|mailen|contacteren|benaderen)\b/,
  /\breport (it|this|them) (here|for me)\b/,
]

const SELF_INTRODUCTION = /^\s*[\p{L}'’ -]{1,40}?\bhier\s*[:,.–-]/u

/** "Kun je uitleggen hoe ik meld?" asks how, not for Meldwijzer to do it. */
const HOW = /\b(hoe|uitleggen|uitleg|vertellen|vertel|wat|waar|wanneer|welke|how|what|where|when)\b/

/**
 * Sentence by sentence: "how" counts only in the sentence that asks ("Kun jij de melding voor mij
 * doen? Ik geef je alles wat je nodig hebt." asks the bot to do it; the "wat" is in another sentence).
 */
export function detectReportRequest(text: string): boolean {
  return text
    .split(/(?<=[.?!])\s+|\n+/)
    // "Jeugdverpleegkundige hier: ouders melden …" introduces the writer; that "hier" is no place to report.
    .map((sentence) => ` ${fold(sentence.replace(SELF_INTRODUCTION, ' '))} `)
    .some((s) => !HOW.test(s) && PATTERNS.some((p) => p.test(s)))
}
