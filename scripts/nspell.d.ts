// nspell ships no types; the generator only needs a word check.
declare module 'nspell' {
  interface Spell {
    correct(word: string): boolean
  }
  export default function nspell(dictionary: { aff: Uint8Array; dic: Uint8Array }): Spell
}
declare module 'dictionary-en' {
  const dictionary: { aff: Uint8Array; dic: Uint8Array }
  export default dictionary
}
