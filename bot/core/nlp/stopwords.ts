/**
 * Stop words: the Dutch list of stopwords-iso (413 words), plus the English and chat words people
 * type here. They carry no topic (search ranking, "does the message say anything") and are correct
 * as typed (typo correction). The Dutch list includes niet, geen, nu and nooit, so safety code
 * reads a message before anything drops them.
 */
import list from 'stopwords-nl' with { type: 'json' }

/** Words on the Dutch list that do name what a question is about here ("alleen thuis", "buiten spelen"). */
const CONTENT_WORDS = new Set(['alleen', 'buiten', 'weg', 'missen', 'onzeker', 'weinig', 'beneden', 'vroeg', 'eigen'])

/** What the Dutch list lacks: English, chat shorthand, and words that only frame a question. */
const EXTRA = (
  'weet weten denk denken vraag vragen hallo hoi hey beste graag gaat gaan ga wilt word jou mijne ' +
  'the a an and or of to in on at for with is are was be do does can could should what how who when why i you ' +
  'he she they we my me it this that has have had her his him their there were will would said says told ' +
  'tells our your its from by as if not no so but about into than then them these those which while ' +
  'did mean means meaning stay must need needs want wants get got know please explain am im'
).split(' ')

const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

export const STOP_WORDS: ReadonlySet<string> = new Set([...(list as string[]).map(fold).filter((w) => !CONTENT_WORDS.has(w)), ...EXTRA])
