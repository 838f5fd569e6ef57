/** Identifying details: BSN with the 11-proef, phone numbers, postcode with house number, addresses, names. */
import { describe, expect, it } from 'vitest'
import { isValidBsn, scanPii } from '../../bot/core/understanding/privacy.js'

describe('isValidBsn (11-proef)', () => {
  it.each(['111222333', '123456782', '999999990'])('accepts %s', (n) => expect(isValidBsn(n)).toBe(true))
  it.each(['123456789', '111222334', '000000000', '12345', 'abcdefghi'])('rejects %s', (n) => expect(isValidBsn(n)).toBe(false))
})

describe('scanPii', () => {
  it.each([
    ['bsn 111222333 van de moeder', 'bsn', '111222333'],
    ['bsn: 1112.22.333', 'bsn', '1112.22.333'],
    ['bel de vader op 06-12345678', 'telefoon', '12345678'],
    ['+31 6 12345678 is de oom', 'telefoon', '12345678'],
    ['telefoon 0201234567', 'telefoon', '0201234567'],
    ['1234 AB 5 is het adres', 'postcode', '1234 AB'],
    ['postcode 3511AB 12', 'postcode', '3511AB'],
    ['ze woont op Kerkstraat 14', 'adres', 'Kerkstraat'],
    ['geboren op 12-03-2015', 'geboortedatum', '12-03-2015'],
    ['mail moeder.jansen@gmail.com', 'email', 'gmail'],
    ['de leerling heet Emma van der Berg', 'naam', 'Emma'],
    ['het gaat om Noah Bakker, 7 jaar', 'naam', 'Bakker'],
    ['leerling (Daan, groep 6) heeft brandwondjes', 'naam', 'Daan'],
    ['het gaat om de familie Öztürk uit Tilburg', 'naam', 'Öztürk'],
    ['de moeder van Lotte en Bram belde', 'naam', 'Bram'],
    ['het gaat om Kevin, 9 jaar, groep 5', 'naam', 'Kevin'],
    ['ze wonen in de Julianastraat', 'adres', 'Julianastraat'],
    ['moeder heeft 0031612345678 als nummer', 'telefoon', '612345678'],
    ['ik bedoel mevr. de Vries van nummer 12', 'naam', 'Vries'],
    ['de leerling heet Emma van der Berg', 'naam', 'Berg'],
    ['bsn 23.45.67.892', 'bsn', '892'],
    ['bel haar op 06 - 12 34 56 78', 'telefoon', '56 78'],
  ])('finds and redacts "%s" as %s', (text, kind, secret) => {
    const scan = scanPii(text)
    expect(scan.kinds).toContain(kind)
    expect(scan.redacted).not.toContain(secret)
  })

  it.each([
    'bel Veilig Thuis op 0800-2000',
    'bel 112 bij direct gevaar',
    'het LECK is bereikbaar op 0900-44 45 444',
    'een leerling van 8 met blauwe plekken',
    'stap 2 van de meldcode',
    'het kind is 12 jaar en zit in groep 8',
    '2019 veranderde de meldcode',
    'bel dan De Kindertelefoon of Centrum Veilige Sport',
    'Moeder is bang',
    'de familie is bang',
    'in 2019 waren er 1234 meldingen',
    'een kind van groep 5, 9 jaar',
    'ze wonen in de straat achter de school',
  ])('finds nothing in "%s"', (text) => {
    expect(scanPii(text).kinds).toEqual([])
  })

  it('accepts a number that fails the 11-proef as something other than a BSN', () => {
    expect(scanPii('referentie 123456789').kinds).not.toContain('bsn')
  })
})

describe('identifying details do not steer the answer', async () => {
  const { converse } = await import('../support/engine.js')
  const answerOf = (text: string) => converse([text])[0]!.replies.filter((r) => r.tag !== 'privacy').map((r) => r.text.split('\n')[0]).join('|')
  it.each([
    ['Een kind van 6 noemt zijn stiefvader steeds Kapitein Snoek omdat hij boos kijkt. Moet ik daar iets achter zoeken?', 'Een kind van 6 noemt zijn stiefvader steeds boos omdat hij boos kijkt. Moet ik daar iets achter zoeken?'],
    ['Bel moeder op 06-12345678 over de blauwe plekken van haar zoon?', 'Bel moeder over de blauwe plekken van haar zoon?'],
  ])('the placeholder of a detail is no search word: %s', (withDetail, without) => {
    expect(answerOf(withDetail)).toBe(answerOf(without))
  })
})
