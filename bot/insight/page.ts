/**
 * The insight page: plain HTML with its charts drawn here as inline SVG (no chart library, no
 * script), so it fits the same strict CSP as every page (styles from /insight.css only: the SVG
 * uses presentation attributes, which the CSP allows). Every chart has a text alternative and
 * its numbers in a table.
 */
import { MIN_COUNT, SMALL, type InsightReport, type Shown } from './report.js'

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const num = (v: Shown) => (v === SMALL ? 0 : v)
const label = (v: Shown) => (v === SMALL ? SMALL : v.toLocaleString('nl-NL'))

const AUDIENCE_LABELS = { professional: 'Professionals', sport: 'Sport (vrijwilligers)', wmo: 'Wmo-loket', onbekend: 'Nog niet gekozen' } as const
const AUDIENCE_COLOURS = { professional: '#1f5f99', sport: '#b3541e', wmo: '#2e7d4f', onbekend: '#77787b' } as const
const TAG_LABELS: Record<string, string> = {
  acute: 'Direct gevaar (112 eerst)',
  'acute-check': 'Gevraagd: is er nu direct gevaar?',
  doubt: 'Twijfel (Veilig Thuis)',
  privacy: 'Privacymelding (herkenbare gegevens getypt)',
  institutional: 'Geweld binnen een organisatie',
  fallback: 'Geen antwoord gevonden',
}

/** Horizontal bars, one per row: for the funnel and the topics. */
function barChart(title: string, rows: Array<{ label: string; value: Shown }>, colour = '#1f5f99', unit = ''): string {
  const max = Math.max(MIN_COUNT, ...rows.map((r) => num(r.value)))
  const rowH = 34
  const width = 320
  const height = rows.length * rowH + 4
  const bars = rows
    .map((r, i) => {
      const y = i * rowH
      const w = r.value === SMALL ? 0 : Math.max(2, Math.round((num(r.value) / max) * (width - 60)))
      return (
        `<text x="0" y="${y + 12}" font-size="12" fill="#1b1b1b">${esc(r.label)}</text>` +
        (r.value === SMALL
          ? `<rect x="0" y="${y + 16}" width="24" height="14" fill="none" stroke="${colour}" stroke-dasharray="3 2"/>`
          : `<rect x="0" y="${y + 16}" width="${w}" height="14" fill="${colour}"/>`) +
        `<text x="${(r.value === SMALL ? 24 : w) + 6}" y="${y + 28}" font-size="12" fill="#1b1b1b">${esc(r.value === SMALL ? SMALL : label(r.value) + unit)}</text>`
      )
    })
    .join('')
  const summary = rows.map((r) => `${r.label}: ${r.value === SMALL ? SMALL : label(r.value) + unit}`).join('; ')
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(`${title}. ${summary}`)}"><title>${esc(title)}</title>${bars}</svg>`
}

/** Stacked columns per week: conversations by audience. */
function weeksChart(report: InsightReport): string {
  const weeks = report.weeks
  const keys = ['professional', 'sport', 'wmo', 'onbekend'] as const
  const width = 320
  const height = 180
  const base = 150
  const totals = weeks.map((w) => keys.reduce((s, k) => s + num(w.byAudience[k]), 0))
  const max = Math.max(MIN_COUNT, ...totals)
  const step = weeks.length ? Math.min(48, Math.floor((width - 10) / weeks.length)) : 48
  const cols = weeks
    .map((w, i) => {
      let y = base
      const x = 5 + i * step
      const parts = keys
        .map((k) => {
          const h = Math.round((num(w.byAudience[k]) / max) * (base - 20))
          y -= h
          return h > 0 ? `<rect x="${x}" y="${y}" width="${step - 8}" height="${h}" fill="${AUDIENCE_COLOURS[k]}"/>` : ''
        })
        .join('')
      return `${parts}<text x="${x}" y="${base + 14}" font-size="10" fill="#1b1b1b">${esc(w.week.slice(5))}</text><text x="${x}" y="${y - 4}" font-size="10" fill="#1b1b1b">${esc(label(w.started))}</text>`
    })
    .join('')
  const summary = weeks.map((w) => `${w.week}: ${label(w.started)} gesprekken`).join('; ') || 'nog geen gesprekken'
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(`Gesprekken per week. ${summary}`)}"><title>Gesprekken per week, per doelgroep</title><line x1="0" y1="${base}" x2="${width}" y2="${base}" stroke="#77787b"/>${cols}</svg>`
}

function table(caption: string, head: string[], rows: Array<Array<string | Shown>>): string {
  const cell = (v: string | Shown) => (typeof v === 'number' || v === SMALL ? `<td class="n">${esc(label(v))}</td>` : `<td>${esc(v)}</td>`)
  return `<table><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table>`
}

export function insightPage(report: InsightReport): string {
  const who = report.organisation === 'alle' ? 'alle organisaties' : report.organisation === '-' ? 'gesprekken zonder organisatie' : report.organisation
  const t = report.total
  const unanswered = report.weeks.map((w) => ({ label: w.week, value: (w.unansweredPercent === null ? SMALL : Math.round(w.unansweredPercent)) as Shown }))
  const legend = (Object.keys(AUDIENCE_LABELS) as Array<keyof typeof AUDIENCE_LABELS>)
    .map((k) => `<li><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="${AUDIENCE_COLOURS[k]}"/></svg> ${AUDIENCE_LABELS[k]}</li>`)
    .join('')
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Meldwijzer: gebruik voor ${esc(who)}</title>
<link rel="stylesheet" href="/insight.css">
</head>
<body>
<main>
<h1>Gebruik van Meldwijzer</h1>
<p class="who">Voor: <strong>${esc(who)}</strong>. ${esc(report.note)}</p>

<section aria-labelledby="h-stappen">
<h2 id="h-stappen">Hoe ver komen mensen in de meldcode?</h2>
<p>Hoe vaak elke stap is geopend. Een grote daling tussen twee stappen laat zien waar mensen stoppen.</p>
${barChart('Stappen van de meldcode geopend', report.funnel.map((f) => ({ label: f.title, value: f.started })))}
${table('Afwegingskader: antwoorden per afweging', ['Afweging', 'Ja', 'Nee'], report.afwegingen.map((a) => [a.key.replace('afweging-', 'Afweging '), a.ja, a.nee]))}
</section>

<section aria-labelledby="h-weken">
<h2 id="h-weken">Gesprekken per week</h2>
<p>Gestart: ${esc(label(t.started))} gesprekken (web ${esc(label(t.byChannel.web))}, Teams ${esc(label(t.byChannel.teams))}).</p>
${weeksChart(report)}
<ul class="legend">${legend}</ul>
${table('Gesprekken per week en doelgroep', ['Week', 'Totaal', ...Object.values(AUDIENCE_LABELS)], report.weeks.map((w) => [w.week, w.started, w.byAudience.professional, w.byAudience.sport, w.byAudience.wmo, w.byAudience.onbekend]))}
</section>

<section aria-labelledby="h-onderwerpen">
<h2 id="h-onderwerpen">Meest getoonde onderwerpen</h2>
${report.topics.length ? barChart('Meest getoonde onderwerpen', report.topics.map((x) => ({ label: x.title, value: x.shown })), '#2e7d4f') : '<p>Nog geen onderwerp 5 keer of vaker getoond.</p>'}
</section>

<section aria-labelledby="h-geen-antwoord">
<h2 id="h-geen-antwoord">Vragen zonder antwoord</h2>
<p>Deel van de beurten waarop Meldwijzer geen antwoord vond (${esc(label(t.unanswered))} van ${esc(label(t.turns))}${t.unansweredPercent === null ? '' : `, ${t.unansweredPercent}%`}). Een hoog deel betekent: hier ontbreekt inhoud. Wat er gevraagd werd, bewaren we niet.</p>
${unanswered.length ? barChart('Procent beurten zonder antwoord per week', unanswered.map((u) => ({ label: u.label, value: u.value })), '#b3541e', '%') : ''}
</section>

<section aria-labelledby="h-veiligheid">
<h2 id="h-veiligheid">Veiligheid en twijfel</h2>
${table('Antwoorden per soort (aantal beurten)', ['Soort', 'Beurten'], report.replies.map((r) => [TAG_LABELS[r.tag] ?? r.tag, r.turns]))}
${table('Belknoppen ingedrukt (alleen in de webchat)', ['Knop', 'Aantal'], [['Bel 112', report.presses['112']], ['Bel Veilig Thuis', report.presses['veilig-thuis']]])}
</section>
</main>
</body>
</html>
`
}
