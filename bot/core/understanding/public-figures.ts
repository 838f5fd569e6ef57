/**
 * Public figures, real and fictional, whom people quote, name a building after or read about in
 * class: a famous person is no one's identifying detail. Only full names (or names no ordinary
 * person carries), so "Johan" or "Anne" alone stays a possible child's name. Lower case, folded
 * accents are matched by the pattern below; a name here is a fact about the public, not a user.
 *
 * Chosen as kinds, not from test messages: Dutch and Flemish children's authors read in primary
 * school, classic book and fairy-tale characters, sports people children look up to, historical
 * figures from the canon of the Netherlands, the royal family, and people commonly quoted.
 */
const FIGURES = [
  // Children's and youth authors read in Dutch schools, and classic authors.
  'annie m g schmidt', 'annie schmidt', 'roald dahl', 'astrid lindgren', 'dick bruna', 'paul biegel', 'thea beckman', 'guus kuijer',
  'carry slee', 'francine oomen', 'jacques vriens', 'theo thijssen', 'dolf verroen', 'toon tellegen', 'max velthuijs', 'harmen van straaten',
  'tonke dragt', 'joke van leeuwen', 'bart moeyaert', 'anna woltz', 'mirjam oldenhave', 'paul van loon', 'jan terlouw', 'annet schaap',
  'j k rowling', 'jk rowling', 'enid blyton', 'hans christian andersen', 'jules verne', 'daniel defoe', 'mark twain', 'lewis carroll',
  'charles dickens', 'multatuli', 'joost van den vondel', 'hella haasse', 'harry mulisch', 'william shakespeare', 'anne de vries',
  // Classic characters.
  'robinson crusoe', 'kees de jongen', 'ciske de rat', 'dik trom', 'pietje bell', 'pluk van de petteflet', 'dolfje weerwolfje',
  'pippi langkous', 'alice in wonderland', 'winnie de poeh', 'winnie the pooh', 'ollie b bommel', 'tom poes', 'donald duck',
  'mickey mouse', 'bassie en adriaan', 'kabouter plop', 'samson en gert', 'mega mindy', 'peter konijn', 'paddington', 'oliver twist',
  'tom sawyer', 'huckleberry finn', 'klein duimpje', 'hans en grietje', 'repelsteeltje', 'kruimeltje', 'jip en janneke', 'dikkie dik',
  'nijntje', 'rupsje nooitgenoeg', 'kleine prins', 'suske en wiske', 'lucky luke', 'asterix en obelix',
  // Historical figures and people commonly quoted.
  'anne frank', 'willem van oranje', 'michiel de ruyter', 'rembrandt van rijn', 'rembrandt', 'vincent van gogh', 'johan de witt',
  'erasmus', 'spinoza', 'aletta jacobs', 'nelson mandela', 'martin luther king', 'mahatma gandhi', 'gandhi', 'albert einstein',
  'winston churchill', 'moeder teresa', 'mother teresa', 'malala yousafzai', 'greta thunberg', 'toon hermans', 'johan cruijff',
  'johan cruyff', 'cruijff', 'cruyff', 'confucius', 'socrates', 'aristoteles', 'mozart', 'beethoven', 'maria montessori', 'montessori',
  'jean piaget', 'piaget', 'sigmund freud', 'freud', 'abraham lincoln', 'barack obama', 'michelle obama', 'donald trump', 'mark rutte',
  // Ministers and politicians named with the programmes on violence at home and youth care.
  'hugo de jonge', 'ernst kuipers', 'conny helder', 'maarten van ooijen', 'paul blokhuis', 'vincent karremans', 'fleur agema',
  'dilan yesilgoz', 'geert wilders', 'frans timmermans', 'pieter omtzigt', 'caroline van der plas', 'dick schoof', 'sigrid kaag',
  'wopke hoekstra', 'jesse klaver', 'rob jetten', 'femke halsema', 'ahmed aboutaleb', 'sander dekker', 'martin van rijn',
  'edith schippers', 'tamara van ark', 'ferd grapperhaus', 'ard van der steur', 'fred teeven', 'ivo opstelten', 'franc weerwind',
  'eric van der burg', 'karien van gennip', 'mona keijzer', 'david van weel', 'marjolein faber', 'ingrid coenradie', 'mirjam bikker',
  'lilianne ploumen', 'kajsa ollongren', 'carola schouten', 'wouter koolmees',
  // The royal family.
  // With and without the title: "koning willem" alone would leave "-Alexander" behind as a name.
  'koning willem-alexander', 'willem-alexander', 'willem alexander', 'koning willem', 'koningin maxima', 'prinses amalia',
  'prinses alexia', 'prinses ariane', 'koningin beatrix', 'prinses beatrix', 'prins bernhard', 'prins claus', 'prins constantijn',
  'koningin juliana', 'koningin wilhelmina', 'king willem-alexander', 'queen maxima', 'princess amalia', 'princess alexia',
  'princess ariane', 'princess beatrix', 'queen beatrix',
  // Sports people children look up to.
  'marco van basten', 'ruud gullit', 'louis van gaal', 'arjen robben', 'robin van persie', 'virgil van dijk', 'frenkie de jong',
  'memphis depay', 'sarina wiegman', 'vivianne miedema', 'lieke martens', 'dafne schippers', 'femke bol', 'sifan hassan', 'ireen wust',
  'sven kramer', 'epke zonderland', 'sanne wevers', 'nina derwael', 'simone biles', 'mathieu van der poel', 'tom dumoulin',
  'annemiek van vleuten', 'anky van grunsven', 'pieter van den hoogenband', 'ranomi kromowidjojo', 'dick advocaat', 'guus hiddink',
  'serena williams', 'roger federer', 'rafael nadal', 'usain bolt', 'michael jordan', 'lebron james', 'tiger woods', 'pele',
  'diego maradona', 'maradona', 'zlatan ibrahimovic', 'kylian mbappe', 'erling haaland', 'lamine yamal',
  // Musicians and entertainers.
  'marco borsato', 'andre hazes', 'frans bauer', 'guus meeuwis', 'ed sheeran', 'billie eilish', 'dua lipa', 'snollebollekes',
  'ariana grande', 'justin bieber', 'kinderen voor kinderen',
]

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** Initials may be written with dots and spaces ("Annie M.G. Schmidt"), hyphens as spaces. */
const asPattern = (name: string) => name.split(/[ -]/).map(escape).join(String.raw`[.\s-]*\s*`)

/** Matches a public figure's name in folded text (lower case, no accents). */
export const PUBLIC_FIGURES = new RegExp(String.raw`(?<![\p{L}])(?:${[...FIGURES].sort((a, b) => b.length - a.length).map(asPattern).join('|')})(?![\p{L}])`, 'gu')

/**
 * The first word of every figure's name: a message holding none of them (most messages) needs no
 * pass of the pattern above, which is long.
 */
export const PUBLIC_FIGURE_FIRST_WORDS: ReadonlySet<string> = new Set(FIGURES.map((n) => n.split(/[ -]/)[0]!))
