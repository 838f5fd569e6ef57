/**
 * The Dutch stop word list of stopwords-iso (413 words), folded like everything else. It says
 * which words carry no topic (search ranking) and which words are correct as typed (typo
 * correction). It includes niet, geen, nu and nooit, so safety code must never drop them
 * before the danger triage has read the message.
 */
import list from 'stopwords-nl' with { type: 'json' }
import { fold } from '../nlp/normalize.js'

export const DUTCH_STOPWORDS: ReadonlySet<string> = new Set((list as string[]).map((w) => fold(w)).filter(Boolean))
