/*
 * Meldwijzer web widget.
 *
 * Embed with one tag:  <script src="https://HOST/widget.js" defer></script>
 * Options (all optional), as data- attributes on that script tag:
 *   data-title="…"        name in the launcher and panel header (default "Meldwijzer")
 *   data-role="sport"     start in a role: professional | sport | wmo (sends c:start/menu/<role>)
 *   data-lang="en"        language of the widget's own buttons and labels: nl (default) | en.
 *                         The bot's answers are always Dutch.
 *   data-position="left"  corner of the launcher: right (default) | left
 *   data-organisation="id" the partner's organisation (organisations/<id>.yaml on the server): its
 *                         aandachtsfunctionaris or VCP, meldcode and wijkteam in the answers
 *
 * Plain browser JavaScript, no framework and no build step, so that what partners load is what
 * is in the repository. It works under a strict CSP (script-src/style-src of HOST only): no
 * inline scripts or styles, no eval, no innerHTML. Reply and user text only reach the DOM through
 * textContent. No cookies, no requests to anyone but HOST; the conversation id is the only thing
 * kept (sessionStorage, so a new tab is a new conversation). What was said is never stored.
 */
;(function () {
  'use strict'

  // document.currentScript only exists while the script first runs, so read it now.
  var script = document.currentScript
  if (!script || window.__meldwijzerWidget) return
  window.__meldwijzerWidget = true

  var HOST = new URL(script.src, location.href).origin
  var API = HOST + '/api/chat'
  var STORE_KEY = 'meldwijzer:conversationId'
  var TIMEOUT_MS = 20000
  var VT_TEL = 'tel:08002000'

  var opts = script.dataset
  var lang = opts.lang === 'en' ? 'en' : 'nl'
  var position = opts.position === 'left' ? 'left' : 'right'
  var title = (opts.title || 'Meldwijzer').slice(0, 60)
  var role = /^[a-z0-9-]{1,40}$/.test(opts.role || '') ? opts.role : ''
  // Sent with every request: the server uses it only when a conversation starts (also after expiry).
  var organisation = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(opts.organisation || '') && opts.organisation.length <= 64 ? opts.organisation : ''

  /* The widget's own strings. Bot content comes from the server and is Dutch in both. */
  var STRINGS = {
    nl: {
      open: 'Open de chat',
      subtitle: 'Advies bij de meldcode',
      close: 'Sluit de chat',
      restart: 'Nieuw gesprek',
      log: 'Gesprek',
      you: 'Jij:',
      bot: 'Meldwijzer:',
      input: 'Typ je vraag',
      placeholder: 'Typ je vraag…',
      send: 'Verstuur',
      typing: 'Meldwijzer denkt na…',
      vt: ['Twijfel? Bel Veilig Thuis ', '0800-2000'],
      note: 'Meldwijzer geeft richting en neemt geen meldingen aan. Deel geen namen of andere herkenbare gegevens. Direct gevaar? Bel ',
      source: 'Bron: ',
      sources: 'Bronnen',
      checked: ', gecontroleerd ',
      newTab: ' (opent in een nieuw tabblad)',
      call112: 'Bel 112',
      callVT: 'Bel Veilig Thuis 0800-2000',
      retry: 'Opnieuw proberen',
      unsent: 'Nog niet verstuurd',
      hidden: 'Je bericht is verborgen omdat er herkenbare gegevens in stonden.',
      offline:
        'Meldwijzer is nu niet bereikbaar. Je bericht is bewaard: probeer het zo opnieuw. Twijfel je? Bel Veilig Thuis: 0800-2000 (gratis, dag en nacht, ook anoniem).',
      resumed: 'Je gesprek loopt nog. Eerdere berichten bewaren we niet, dus je ziet ze hier niet meer.',
      dutchOnly: '',
    },
    en: {
      open: 'Open the chat',
      subtitle: 'Advice on the meldcode (in Dutch)',
      close: 'Close the chat',
      restart: 'New conversation',
      log: 'Conversation',
      you: 'You:',
      bot: 'Meldwijzer:',
      input: 'Type your question (in Dutch)',
      placeholder: 'Type your question…',
      send: 'Send',
      typing: 'Meldwijzer is thinking…',
      vt: ['In doubt? Call Veilig Thuis ', '0800-2000'],
      note: 'Meldwijzer gives guidance and does not take reports. Do not share names or other identifying details. Immediate danger? Call ',
      source: 'Source: ',
      sources: 'Sources',
      checked: ', checked ',
      newTab: ' (opens in a new tab)',
      call112: 'Call 112',
      callVT: 'Call Veilig Thuis 0800-2000',
      retry: 'Try again',
      unsent: 'Not sent yet',
      hidden: 'Your message is hidden because it contained identifying details.',
      offline:
        'Meldwijzer cannot be reached right now. Your message has been kept: try again in a moment. In doubt? Call Veilig Thuis: 0800-2000 (free, day and night, anonymous advice possible).',
      resumed: 'Your conversation continues. Earlier messages are not kept, so they are not shown here.',
      dutchOnly: 'Meldwijzer answers in Dutch.',
    },
  }
  var T = STRINGS[lang]

  /* ---------- small DOM helpers (textContent only) ---------- */

  function el(tag, className, text) {
    var node = document.createElement(tag)
    if (className) node.className = className
    if (text != null) node.textContent = text
    return node
  }

  function srOnly(text) {
    return el('span', 'mw-sr', text)
  }

  // Only these schemes may become links; anything else stays plain text.
  function safeHref(url) {
    try {
      var u = new URL(url)
      return u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'tel:' ? u.href : null
    } catch (e) {
      return null
    }
  }

  function externalLink(href, text) {
    var a = el('a', 'mw-link', text)
    a.href = href
    a.target = '_blank'
    a.rel = 'noopener noreferrer'
    a.appendChild(srOnly(T.newTab))
    return a
  }

  // Anonymous usage counts: the server is told that a Bel 112 or Bel Veilig Thuis button was
  // pressed in this conversation (a tel: link never reaches it), nothing else. Fire and forget.
  function countPress(number) {
    var button = number === '112' ? '112' : number === '08002000' ? 'veilig-thuis' : ''
    if (!button || !conversationId || typeof fetch !== 'function') return
    try {
      fetch(HOST + '/api/press', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ conversationId: conversationId, button: button }),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        mode: 'cors',
        keepalive: true,
      }).catch(function () {})
    } catch (e) {
      // Counting must never get in the way of the call.
    }
  }

  function telLink(number, text, className) {
    var a = el('a', className, text)
    a.href = 'tel:' + number
    return a
  }

  function icon(pathData) {
    var ns = 'http://www.w3.org/2000/svg'
    var svg = document.createElementNS(ns, 'svg')
    svg.setAttribute('viewBox', '0 0 24 24')
    // Sizes as attributes too: if a partner's CSP blocks widget.css, icons stay small.
    svg.setAttribute('width', '20')
    svg.setAttribute('height', '20')
    svg.setAttribute('aria-hidden', 'true')
    svg.setAttribute('focusable', 'false')
    svg.setAttribute('class', 'mw-icon')
    var path = document.createElementNS(ns, 'path')
    path.setAttribute('d', pathData)
    svg.appendChild(path)
    return svg
  }
  var ICON_CHAT = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z'
  var ICON_CLOSE = 'M6 6l12 12M18 6L6 18'
  var ICON_PHONE =
    'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z'

  /* ---------- the markdown subset: paragraphs, **bold**, "- " and "1. " lists ---------- */

  // Bare http(s) URLs and every phone number (112, 0800-2000, 0900-44 45 444, 088-123 45 67)
  // become links; everything else is text.
  var AUTOLINK = /(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)'"])|(^|[^\w-])(112|0[89]00-\d{2,4}(?: \d{1,3}){0,3}|0\d{2,3}-\d{3}(?: ?\d{2,4}){1,2})(?![\w-])/g

  function appendText(parent, text) {
    var last = 0
    text.replace(AUTOLINK, function (match, url, before, phone, index) {
      if (phone) index += before.length // the character before a number is not part of it
      if (index > last) parent.appendChild(document.createTextNode(text.slice(last, index)))
      var href = url ? safeHref(url) : null
      if (url && href) parent.appendChild(externalLink(href, url))
      else if (phone) parent.appendChild(telLink(phone.replace(/[^\d+]/g, ''), phone, 'mw-link mw-nowrap'))
      else parent.appendChild(document.createTextNode(match))
      last = phone ? index + phone.length : index + match.length
      return match
    })
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)))
  }

  function appendInline(parent, text) {
    // split() with a capture group alternates: plain, bold, plain, bold, …
    var parts = text.split(/\*\*(.+?)\*\*/g)
    for (var i = 0; i < parts.length; i++) {
      if (!parts[i]) continue
      if (i % 2) {
        var strong = el('strong')
        appendText(strong, parts[i])
        parent.appendChild(strong)
      } else appendText(parent, parts[i])
    }
  }

  function renderMarkdown(text, into) {
    var lines = String(text).replace(/\r\n?/g, '\n').split('\n')
    // Open lists by depth (two spaces of indent per level): [{list, type, li}]
    var stack = []
    var para = null
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i]
      var ul = /^(\s*)[-*]\s+(.*)$/.exec(line)
      var ol = /^(\s*)(\d{1,3})[.)]\s+(.*)$/.exec(line)
      if (!line.trim()) {
        stack = []
        para = null
      } else if (ul || ol) {
        var type = ul ? 'ul' : 'ol'
        var depth = Math.min(3, Math.floor((ul ? ul[1] : ol[1]).replace(/\t/g, '  ').length / 2))
        if (depth > stack.length) depth = stack.length
        stack.length = Math.min(stack.length, depth + 1)
        var top = stack[depth]
        if (!top || top.type !== type) {
          var list = el(type)
          if (ol && ol[2] !== '1') list.start = Number(ol[2])
          var parent = depth > 0 ? stack[depth - 1].li : into
          parent.appendChild(list)
          stack[depth] = top = { list: list, type: type, li: null }
          stack.length = depth + 1
        }
        para = null
        var li = el('li')
        appendInline(li, ul ? ul[2] : ol[3])
        top.list.appendChild(li)
        top.li = li
      } else {
        stack = []
        // Lines without a blank line between them stay one paragraph, with their line breaks.
        if (para) para.appendChild(el('br'))
        else into.appendChild((para = el('p')))
        appendInline(para, line.trim())
      }
    }
  }

  // "2026-11-23" → "23 november 2026" (Dutch) / "23 November 2026"; anything else as given.
  function formatDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '')
    if (!m) return iso || ''
    try {
      return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      })
    } catch (e) {
      return iso
    }
  }

  /* ---------- storage: only the conversation id, and only for this tab ---------- */

  function loadId() {
    try {
      return sessionStorage.getItem(STORE_KEY) || ''
    } catch (e) {
      return '' // storage can be blocked; the widget then simply forgets the id on reload
    }
  }
  function saveId(id) {
    try {
      if (id) sessionStorage.setItem(STORE_KEY, id)
      else sessionStorage.removeItem(STORE_KEY)
    } catch (e) {
      /* see loadId */
    }
  }

  /* ---------- build the widget ---------- */

  // A shadow root keeps the partner site's CSS out of the widget and ours out of their page.
  var host = el('aside')
  host.setAttribute('aria-label', title)
  host.lang = lang
  host.hidden = true // until widget.css has loaded, so partners never see it unstyled
  var root = host.attachShadow({ mode: 'open' })

  var link = el('link')
  link.rel = 'stylesheet'
  link.href = HOST + '/widget.css'
  link.addEventListener('load', function () {
    host.hidden = false
  })
  // Without its CSS the widget is plain but usable, and the Veilig Thuis line must still show.
  link.addEventListener('error', function () {
    host.hidden = false
  })
  root.appendChild(link)

  var wrap = el('div', 'mw mw-' + position)
  root.appendChild(wrap)

  var launcher = el('button', 'mw-launcher')
  launcher.type = 'button'
  launcher.setAttribute('aria-expanded', 'false')
  launcher.setAttribute('aria-controls', 'mw-panel')
  launcher.appendChild(icon(ICON_CHAT))
  launcher.appendChild(el('span', 'mw-launcher-text', title))
  launcher.appendChild(srOnly(' – ' + T.open))

  var panel = el('section', 'mw-panel')
  panel.id = 'mw-panel'
  panel.hidden = true
  panel.setAttribute('role', 'dialog')
  panel.setAttribute('aria-labelledby', 'mw-title')

  var header = el('div', 'mw-header')
  var heading = el('div', 'mw-heading')
  var h2 = el('h2', 'mw-title', title)
  h2.id = 'mw-title'
  heading.appendChild(h2)
  heading.appendChild(el('p', 'mw-subtitle', T.subtitle))
  var restartBtn = el('button', 'mw-restart', T.restart)
  restartBtn.type = 'button'
  var closeBtn = el('button', 'mw-close')
  closeBtn.type = 'button'
  closeBtn.setAttribute('aria-label', T.close)
  closeBtn.appendChild(icon(ICON_CLOSE))
  header.appendChild(heading)
  header.appendChild(restartBtn)
  header.appendChild(closeBtn)

  // The permanent Veilig Thuis bar (safety rule 1): always visible, whatever else happens.
  var vtBar = telLink('08002000', null, 'mw-vt')
  var vtText = el('span', null, T.vt[0])
  vtText.appendChild(el('strong', null, T.vt[1]))
  vtBar.appendChild(icon(ICON_PHONE))
  vtBar.appendChild(vtText)

  // role=log is a polite live region: screen readers announce each message as it is added.
  var log = el('div', 'mw-log')
  log.setAttribute('role', 'log')
  log.setAttribute('aria-label', T.log)
  log.tabIndex = 0 // it scrolls, so keyboard users must be able to reach it

  var status = el('div', 'mw-status')
  status.setAttribute('role', 'status')

  var form = el('form', 'mw-form')
  form.noValidate = true
  var inputLabel = el('label', 'mw-sr', T.input)
  inputLabel.htmlFor = 'mw-input'
  var input = el('input', 'mw-input')
  input.id = 'mw-input'
  input.type = 'text'
  input.autocomplete = 'off' // the browser should not remember what people type here
  input.maxLength = 2000
  input.placeholder = T.placeholder
  input.setAttribute('enterkeyhint', 'send')
  var sendBtn = el('button', 'mw-send', T.send)
  sendBtn.type = 'submit'
  form.appendChild(inputLabel)
  form.appendChild(input)
  form.appendChild(sendBtn)

  var note = el('p', 'mw-note')
  note.id = 'mw-note'
  // Screen readers read the privacy note with the text box: no names, not a reporting channel.
  input.setAttribute('aria-describedby', 'mw-note')
  if (T.dutchOnly) note.appendChild(el('strong', null, T.dutchOnly + ' '))
  note.appendChild(document.createTextNode(T.note))
  note.appendChild(telLink('112', '112', 'mw-link'))
  note.appendChild(document.createTextNode('.'))

  panel.appendChild(header)
  panel.appendChild(vtBar)
  panel.appendChild(log)
  panel.appendChild(status)
  panel.appendChild(form)
  panel.appendChild(note)
  wrap.appendChild(panel)
  wrap.appendChild(launcher)

  /* ---------- rendering messages ---------- */

  function addUserMessage(text) {
    var msg = el('div', 'mw-msg mw-user')
    msg.appendChild(srOnly(T.you + ' '))
    msg.appendChild(el('span', 'mw-user-text', text))
    log.appendChild(msg)
    return msg
  }

  // A call:<number> action is a phone link, not a request to the bot.
  function actionNode(action) {
    var tel = /^call:(\+?[0-9][0-9 -]*)$/.exec(action.id || '')
    if (tel) {
      var emergency = action.kind === 'emergency' || tel[1] === '112'
      var number = tel[1].replace(/[ -]/g, '')
      var a = telLink(number, action.label, emergency ? 'mw-call mw-call-112' : 'mw-call')
      a.insertBefore(icon(ICON_PHONE), a.firstChild)
      a.addEventListener('click', function () {
        countPress(number)
      })
      return a
    }
    var b = el('button', 'mw-choice', action.label)
    b.type = 'button'
    b.addEventListener('click', function (e) {
      // detail is 0 when Enter or Space "clicked" the button: the user is on the keyboard.
      send({ action: action.id }, action.label, { keyboard: e.detail === 0 })
    })
    return b
  }

  // The bar at the top always shows the Veilig Thuis line, so a bubble need not repeat it (the
  // API keeps it in every response for other clients).
  var VT_PARAGRAPH = /\n*Twijfel je\? Bel \*\*Veilig Thuis: 0800-2000\*\* \(gratis, dag en nacht, ook voor anoniem advies\)\.\s*$/

  function addBotMessage(message) {
    var tagClass = message.tag === 'acute' ? ' mw-acute' : message.tag === 'acute-check' ? ' mw-acute-check' : ''
    var msg = el('div', 'mw-msg mw-bot' + tagClass)
    msg.lang = 'nl' // bot content is Dutch even when the widget's UI is English
    msg.appendChild(srOnly(T.bot + ' '))

    var actions = Array.isArray(message.actions) ? message.actions : []
    var calls = actions.filter(function (a) {
      return /^call:/.test(a.id || '')
    })
    // Safety rule 2: an acute answer always shows 112 first, even if the server left it out.
    if (message.tag === 'acute' && !calls.some(function (a) { return a.id === 'call:112' })) {
      calls.unshift({ id: 'call:112', label: T.call112, kind: 'emergency' })
    }
    calls.sort(function (a, b) {
      return (b.kind === 'emergency') - (a.kind === 'emergency')
    })
    if (message.tag === 'acute' && calls.length) msg.appendChild(callGroup(calls))

    var body = el('div', 'mw-text')
    renderMarkdown(String(message.text || '').replace(VT_PARAGRAPH, ''), body)
    msg.appendChild(body)

    if (message.tag !== 'acute' && calls.length) msg.appendChild(callGroup(calls))

    // The question is the last text before its buttons: sources come after them, folded.
    var choices = actions.filter(function (a) {
      return a && a.id && a.label && !/^call:/.test(a.id) && !isLink(a)
    })
    if (choices.length) {
      var group = el('div', 'mw-choices')
      choices.forEach(function (a) {
        group.appendChild(actionNode(a))
      })
      msg.appendChild(group)
    }
    // Links (kind "link"): downloads from HOST (a calendar reminder) and the organisation's own
    // contact (a mailbox, a Teams channel, its meldcode), grouped under their heading.
    var links = actions.filter(isLink)
    var groups = []
    links.forEach(function (a) {
      var same = groups.filter(function (g) { return g[0].group === a.group })[0]
      if (same) same.push(a)
      else groups.push([a])
    })
    groups.forEach(function (g) {
      msg.appendChild(linkGroup(g))
    })

    var sources = Array.isArray(message.sources) ? message.sources : []
    if (sources.length) {
      var fold = el('details', 'mw-sources-fold')
      fold.appendChild(el('summary', 'mw-sources-toggle', T.sources + ' (' + sources.length + ')'))
      var list = el('ul', 'mw-sources')
      sources.forEach(function (s) {
        var li = el('li')
        li.appendChild(document.createTextNode(T.source))
        var href = s.url ? safeHref(s.url) : null
        if (href && !/^tel:/.test(href)) li.appendChild(externalLink(href, s.title))
        else li.appendChild(document.createTextNode(s.title))
        if (s.reviewed) {
          li.appendChild(document.createTextNode(T.checked))
          var time = el('time', null, formatDate(s.reviewed))
          time.dateTime = s.reviewed
          li.appendChild(time)
        }
        list.appendChild(li)
      })
      fold.appendChild(list)
      msg.appendChild(fold)
    }

    log.appendChild(msg)
    return msg
  }

  function isLink(a) {
    return !!a && a.kind === 'link' && typeof a.url === 'string' && typeof a.label === 'string'
  }

  // Only links to HOST itself (the server answering the chat): the widget talks to no one else.
  function hostHref(url) {
    try {
      var u = new URL(url, HOST)
      return u.origin === HOST ? u.href : null
    } catch (e) {
      return null
    }
  }

  function linkGroup(links) {
    var group = el('div', 'mw-links')
    group.setAttribute('role', 'group')
    var heading = links[0].group ? el('p', 'mw-links-title', links[0].group) : null
    if (heading) {
      heading.id = 'mw-links-' + ++linkGroups
      group.setAttribute('aria-labelledby', heading.id)
      group.appendChild(heading)
    }
    links.forEach(function (a) {
      var link = contactLink(a)
      if (link) {
        group.appendChild(link)
        return
      }
      var href = hostHref(a.url)
      if (!href) return
      link = el('a', 'mw-link mw-download', a.label)
      link.href = href
      link.setAttribute('download', '')
      link.referrerPolicy = 'no-referrer'
      group.appendChild(link)
    })
    return group
  }
  var linkGroups = 0

  // The organisation's own contact: a mailto: link, or an https page elsewhere (its Teams
  // channel, its meldcode) in a new tab. Opened only when the user clicks; nothing is fetched.
  function contactLink(a) {
    if (hostHref(a.url)) return null
    var link
    if (/^mailto:[^\s:]+@[^\s]+$/i.test(a.url)) {
      link = el('a', 'mw-link mw-contact', a.label)
      link.href = a.url
      return link
    }
    var href = safeHref(a.url)
    if (!href || !/^https:/.test(href)) return null
    link = externalLink(href, a.label)
    link.className += ' mw-contact'
    link.referrerPolicy = 'no-referrer'
    return link
  }

  function callGroup(calls) {
    var group = el('div', 'mw-calls')
    calls.forEach(function (a) {
      group.appendChild(actionNode(a))
    })
    return group
  }

  // Error text (from the server's JSON error body when it sent one), the Veilig Thuis number
  // and a retry. The request that failed is kept in `pending`, so nothing typed is lost.
  function addErrorMessage(text) {
    var msg = el('div', 'mw-msg mw-bot mw-error')
    msg.lang = lang
    msg.appendChild(srOnly(T.bot + ' '))
    var body = el('div', 'mw-text')
    renderMarkdown(text, body)
    msg.appendChild(body)
    var group = el('div', 'mw-calls')
    var vt = actionNode({ id: 'call:0800-2000', label: T.callVT, kind: 'phone' })
    var retry = el('button', 'mw-retry', T.retry)
    retry.type = 'button'
    retry.addEventListener('click', function (e) {
      if (!pending) return
      pending.trigger = { keyboard: e.detail === 0 }
      request(pending)
    })
    group.appendChild(retry)
    group.appendChild(vt)
    msg.appendChild(group)
    log.appendChild(msg)
    return retry
  }

  function clearOldChoices() {
    // Only the latest answer's choices stay: older ones belong to a step the bot has left.
    var old = log.querySelectorAll('.mw-choices, .mw-error')
    for (var i = 0; i < old.length; i++) old[i].remove()
  }

  function scrollToMessage(msg) {
    // Scroll the log itself (not the partner page) so the start of the new answer is in view.
    var top = msg.getBoundingClientRect().top - log.getBoundingClientRect().top + log.scrollTop - 8
    log.scrollTop = Math.max(0, top)
  }

  /* ---------- talking to the API ---------- */

  var conversationId = loadId()
  var pending = null // {body, bubble, trigger} of the request in flight or that failed
  var busy = false
  var started = false

  function send(body, shownText, trigger) {
    if (busy) return
    rescueFocus(trigger && trigger.keyboard)
    clearOldChoices()
    var bubble = shownText ? addUserMessage(shownText) : null
    pending = { body: body, bubble: bubble, trigger: trigger || null }
    request(pending)
  }

  // The clicked choice or retry button is about to be removed: move focus first, so it is never
  // lost to the page (and Escape keeps working). Keyboard users go to the text box; after a tap
  // the log takes focus, so phones do not pop up their keyboard.
  function rescueFocus(keyboard) {
    var active = root.activeElement
    if (active && active !== log && log.contains(active)) (keyboard ? input : log).focus({ preventScroll: true })
  }

  function setBusy(on) {
    busy = on
    panel.setAttribute('aria-busy', on ? 'true' : 'false')
    status.textContent = on ? T.typing : ''
    wrap.classList.toggle('mw-busy', on)
  }

  function request(req) {
    if (busy) return
    rescueFocus(req.trigger && req.trigger.keyboard)
    var errors = log.querySelectorAll('.mw-error')
    for (var i = 0; i < errors.length; i++) errors[i].remove()
    if (req.bubble) req.bubble.classList.remove('mw-unsent')
    setBusy(true)
    var payload = {}
    if (conversationId) payload.conversationId = conversationId
    if (organisation) payload.organisation = organisation
    for (var k in req.body) payload[k] = req.body[k]

    var controller = typeof AbortController === 'function' ? new AbortController() : null
    var timer = setTimeout(function () {
      if (controller) controller.abort()
    }, TIMEOUT_MS)

    fetch(API, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
      credentials: 'omit', // no cookies, ever
      referrerPolicy: 'no-referrer', // the partner page's address is none of our business
      cache: 'no-store',
      mode: 'cors',
      signal: controller ? controller.signal : undefined,
    })
      .then(function (res) {
        return res.json().then(
          function (data) {
            return { ok: res.ok, data: data }
          },
          function () {
            return { ok: false, data: null }
          },
        )
      })
      .then(
        function (result) {
          clearTimeout(timer)
          setBusy(false)
          var data = result.data
          if (result.ok && data && Array.isArray(data.messages)) {
            pending = null
            if (req.bubble) {
              var label = req.bubble.querySelector('.mw-unsent-label')
              if (label) label.remove()
            }
            if (typeof data.conversationId === 'string') {
              conversationId = data.conversationId
              saveId(conversationId)
            }
            var expired = data.messages[0] && data.messages[0].tag === 'expired'
            if (expired && req.body.text && !req.resent) {
              // The server no longer knew the conversation (expired, or restarted) and started a
              // new one: show only its notice, then ask the typed question again in the new one.
              showReplies(data.messages.slice(0, 1), false)
              req.resent = true
              pending = req
              request(req)
              return
            }
            // The bot found identifying details in what was typed: take them off the screen too,
            // so they do not stay readable over someone's shoulder.
            if (req.bubble && data.messages.some(function (m) { return m.tag === 'privacy' })) {
              var shown = req.bubble.querySelector('.mw-user-text')
              if (shown) {
                shown.textContent = T.hidden
                shown.classList.add('mw-hidden-text')
              }
            }
            showReplies(data.messages, !!req.trigger)
          } else {
            // A JSON error body carries its own Dutch text with the Veilig Thuis line.
            var text = data && data.messages && data.messages[0] && data.messages[0].text
            fail(req, typeof text === 'string' ? text : T.offline)
          }
        },
        function () {
          clearTimeout(timer)
          setBusy(false)
          fail(req, T.offline)
        },
      )
  }

  function fail(req, text) {
    if (req.bubble) {
      req.bubble.classList.add('mw-unsent')
      if (!req.bubble.querySelector('.mw-unsent-label')) req.bubble.appendChild(el('span', 'mw-unsent-label', T.unsent))
    }
    var retry = addErrorMessage(text)
    scrollToMessage(req.bubble || retry.parentNode.parentNode)
    if (panelOpen()) retry.focus({ preventScroll: true })
  }

  function showReplies(messages, fromButton) {
    var added = []
    messages.forEach(function (m) {
      if (m && typeof m.text === 'string') added.push(addBotMessage(m))
    })
    var first = added[0]
    // Show the question with its answer: scroll to the user's bubble when there is one.
    var asked = first && first.previousElementSibling
    if (first) scrollToMessage(asked && asked.classList.contains('mw-user') ? asked : first)
    if (!panelOpen()) return
    // Focus stays where it is (text box or log; the live region reads the answer out), except
    // that an acute answer to a chosen button puts focus on its 112 button.
    var call112 = null
    for (var i = 0; i < added.length && !call112; i++) call112 = added[i].querySelector('.mw-call-112')
    var active = root.activeElement
    if (fromButton && call112) call112.focus({ preventScroll: true })
    else if (!active || !panel.contains(active)) log.focus({ preventScroll: true })
  }

  function start() {
    started = true
    if (conversationId) {
      // After a reload: the server still knows the conversation, this page no longer shows it.
      var p = el('p', 'mw-info', T.resumed)
      log.appendChild(p)
      // Continue where the user was: the question they were at, or the menu.
      send({ action: 'resume' })
    } else {
      send({ action: role ? 'c:start/menu/' + role : 'menu' })
    }
  }

  /* ---------- open, close, keyboard ---------- */

  function touch() {
    return !!(window.matchMedia && window.matchMedia('(pointer: coarse)').matches && !window.matchMedia('(any-pointer: fine)').matches)
  }

  function panelOpen() {
    return !panel.hidden
  }

  function open() {
    panel.hidden = false
    wrap.classList.add('mw-open')
    launcher.setAttribute('aria-expanded', 'true')
    // On a touch screen, focusing the text box pops up the keyboard over the answer: focus the
    // log instead (it is focusable and announced); with a mouse or keyboard, the text box.
    if (touch()) log.focus({ preventScroll: true })
    else input.focus()
    if (!started) start()
  }

  function close() {
    panel.hidden = true
    wrap.classList.remove('mw-open')
    launcher.setAttribute('aria-expanded', 'false')
    launcher.focus()
  }

  launcher.addEventListener('click', function () {
    if (panelOpen()) close()
    else open()
  })
  closeBtn.addEventListener('click', close)
  // On the wrapper, so Escape also works with focus on the launcher while the panel is open.
  wrap.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && panelOpen()) {
      e.preventDefault()
      close()
    }
  })
  restartBtn.addEventListener('click', function () {
    if (busy) return
    while (log.firstChild) log.removeChild(log.firstChild)
    pending = null
    if (!touch()) input.focus()
    send({ action: 'restart' })
  })
  form.addEventListener('submit', function (e) {
    e.preventDefault()
    var text = input.value.trim()
    if (!text || busy) return
    input.value = ''
    send({ text: text }, text, null)
  })

  function mount() {
    document.body.appendChild(host)
  }
  if (document.body) mount()
  else document.addEventListener('DOMContentLoaded', mount)
})()
