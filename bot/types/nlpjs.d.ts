/** The Dutch Snowball stemmer of NLP.js, imported on its own (the package has no types). */
declare module '@nlpjs/lang-nl/src/stemmer-nl.js' {
  export default class StemmerNl {
    stemWord(word: string): string
  }
}

/** stopwords-iso's Dutch list: a JSON array of words. */
declare module 'stopwords-nl' {
  const words: string[]
  export default words
}
