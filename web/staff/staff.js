// The staff console in the browser. Everything a citizen wrote is put into the page with
// textContent, never as HTML, so no message can inject markup or links.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const state = {
    csrf: '',
    staff: null,
    role: null,
    /** The account's office as the town names it ("Bauamt"), if set. */
    office: null,
    active: null,
    /** The language the citizen of the open chat reads ("de", "en", "ls"). */
    activeLanguage: 'de',
    /** The live chats this clerk has open (the overview's), asked about before logging out. */
    liveChats: 0,
    prepared: [],
    events: null,
    typingTimer: 0,
    lastTyping: 0,
  };
  const TITLE = document.title;
  const REASONS = {
    asked: 'möchte mit einem Menschen sprechen',
    fallbacks: 'der Assistent konnte mehrmals nicht helfen',
    'flow-failed': 'eine Anfrage kam nicht weiter',
    'personal-advice': 'Thema braucht persönliche Beratung',
  };
  const WHO = { citizen: 'Bürger/in', assistant: 'Assistent', staff: 'Sie', system: 'Hinweis' };
  const LANGUAGE_NAMES = { de: 'Deutsch', ls: 'Leichte Sprache', en: 'Englisch' };
  const READS_IN = { de: 'auf Deutsch', ls: 'in Leichter Sprache', en: 'auf Englisch – bitte antworten Sie auf Englisch' };

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  async function api(method, path, body, retried) {
    const res = await fetch('/staff/api' + path, {
      method,
      credentials: 'same-origin',
      headers: Object.assign({ 'x-csrf-token': state.csrf }, body ? { 'content-type': 'application/json' } : {}),
      body: body ? JSON.stringify(body) : undefined,
    });
    const data = await res.json().catch(() => ({}));
    if (res.status === 403 && data.csrfExpired && !retried && path !== '/login') {
      // The token changed under this tab (a login in another tab): fetched again, the request is sent once more.
      const session = await api('GET', '/session');
      state.csrf = session.csrfToken;
      if (!session.staff) return (showLogin(), Promise.reject(new Error(data.error)));
      return api(method, path, body, true);
    }
    if (res.status === 401 && path !== '/login') showLogin();
    if (!res.ok) {
      const error = new Error(data.error || 'Das hat nicht geklappt. Bitte versuchen Sie es erneut.');
      // 409: someone else changed it first (cases.js reloads the request).
      error.status = res.status;
      // 422: the problems of an entry, by field (knowledge.js).
      error.problems = data.problems;
      throw error;
    }
    return data;
  }

  let statusTimer = 0;
  /** A short message where the clerk looks, whatever part of the long page is in view (fixed at the bottom, gone after a while). */
  function announce(text) {
    $('status').textContent = text;
    window.clearTimeout(statusTimer);
    if (text) statusTimer = window.setTimeout(() => ($('status').textContent = ''), 15000);
  }

  /** "YYYY-MM-DDTHH:MM" in the Rathaus's time (Europe/Berlin), whatever the clock of this computer says: the server counts days and reads periods so. */
  const BERLIN = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const rathausMinute = (date) => BERLIN.format(date).replace(' ', 'T');
  /** How every part of the console shows a point in time: "01.12.2026, 14:05 Uhr", in the Rathaus's time. */
  const SHOWN = new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const when = (instant) => SHOWN.format(new Date(instant)) + ' Uhr';
  /** A day ("YYYY-MM-DD") as the console shows it: "01.12.2026". */
  const day = (iso) => iso.split('-').reverse().join('.');

  function showLogin() {
    state.staff = null;
    if (state.events) state.events.close();
    clearInterval(state.hoursTimer);
    $('console').hidden = true;
    $('who').hidden = true;
    $('login').hidden = false;
    $('login-name').focus();
  }

  function showConsole() {
    $('login').hidden = true;
    $('console').hidden = false;
    $('who').hidden = false;
    $('who-name').textContent = 'Angemeldet: ' + (state.shownAs || state.staff);
    listen();
    refresh();
    checkHours();
    state.hoursTimer = setInterval(checkHours, MINUTE);
    // Every role works on the requests (cases.js).
    // (A clerk's list starts at her office; an admin's at all of them.)
    const office = state.role === 'admin' ? null : state.office;
    window.BuergerCases.start({ api, el, announce, when, office }).catch((error) => announce(error.message));
    // Editors and admins also see the report and the unanswered questions (editorial.js).
    const editor = state.role === 'editor' || state.role === 'admin';
    $('report').hidden = !editor;
    $('unanswered').hidden = !editor;
    if (editor) window.BuergerEditorial.start({ api, el, announce, rathausMinute, when, day }).catch((error) => announce(error.message));
    // Editors and admins edit the knowledge entries (knowledge.js).
    $('knowledge').hidden = !editor;
    if (editor)
      window.BuergerKnowledge.start({ api, el, announce, when, day, csrf: () => state.csrf }).catch((error) => announce(error.message));
    // Hours, closures and notices for editors (town.js), the accounts for admins (accounts.js).
    $('hours').hidden = $('notices').hidden = !editor;
    if (editor) window.BuergerTown.start({ api, el, announce, rathausMinute, day }).catch((error) => announce(error.message));
    $('accounts').hidden = state.role !== 'admin';
    document.querySelectorAll('#sections [data-section]').forEach((item) => (item.hidden = $(item.dataset.section).hidden));
    if (state.role === 'admin')
      window.BuergerAccounts.start({ api, el, announce, self: state.staff }).catch((error) => announce(error.message));
  }

  /** Whether waiting citizens reach this console: its event stream is what makes her present. */
  const REACH = {
    connecting: 'Verbindung zum Live-Chat wird aufgebaut …',
    reachable: 'Sie sind im Live-Chat erreichbar.',
    lost: 'Verbindung zum Live-Chat unterbrochen. Bürgerinnen und Bürger erreichen Sie gerade nicht. Die Konsole verbindet sich neu.',
    closed: 'Verbindung zum Live-Chat getrennt. Bitte laden Sie die Seite neu.',
  };
  /** Outside her office's hours citizens who ask for a person are offered a call-back: connected is not reachable then. */
  function reachText(kind) {
    const hours = state.hours;
    if (kind !== 'reachable' || !hours || hours.open) return REACH[kind];
    return (
      'Ihre Stelle (' +
      hours.office +
      ') hat gerade geschlossen: Wer jetzt nach einem Menschen fragt, bekommt einen Rückruf angeboten.' +
      (hours.reopens ? ' Wieder geöffnet ' + hours.reopens + '.' : '') +
      ' Laufende Gespräche führen Sie weiter.'
    );
  }
  function reach(kind) {
    const text = reachText(kind);
    if ($('reach').dataset.reach === kind && $('reach').textContent === text) return;
    $('reach').dataset.reach = kind;
    $('reach').textContent = text;
  }

  /** The office's hours, asked again every minute: the line changes when it opens or closes. */
  async function checkHours() {
    try {
      state.hours = (await api('GET', '/hours')).hours;
    } catch {
      return;
    }
    if ($('reach').dataset.reach) reach($('reach').dataset.reach);
  }

  function listen() {
    if (state.events) state.events.close();
    reach('connecting');
    const events = new EventSource('/staff/api/events');
    state.events = events;
    events.onerror = () => reach(events.readyState === EventSource.CLOSED ? 'closed' : 'lost');
    events.onmessage = (message) => {
      // The stream's first event is sent once its subscription and her presence stand (console.ts).
      reach('reachable');
      const event = JSON.parse(message.data);
      if (event.kind === 'released' && event.action === 'cancelled' && event.conversationId === state.active) {
        announce('Die Bürgerin oder der Bürger hat das Gespräch beendet.');
      }
      if (event.kind === 'queue' || event.kind === 'released') refresh();
      if (event.kind === 'case') window.BuergerCases.arrived();
      if (event.kind === 'message' && event.conversationId === state.active) {
        addLine({ from: 'citizen', text: event.text, at: event.at });
        setTyping('');
      } else if (event.kind === 'message') {
        announce('Neue Nachricht in einem Ihrer Gespräche.');
      }
      if (event.kind === 'typing' && event.conversationId === state.active) setTyping('Die Bürgerin oder der Bürger schreibt …');
      if (event.kind === 'language') {
        const note = 'Die Bürgerin oder der Bürger liest jetzt ' + (READS_IN[event.language] || event.language) + '.';
        if (event.conversationId === state.active) {
          state.activeLanguage = event.language;
          addLine({ from: 'system', text: note, at: Date.now() });
        } else announce(note);
      }
    };
  }

  function setTyping(text) {
    $('chat-typing').textContent = text;
    clearTimeout(state.typingTimer);
    if (text)
      state.typingTimer = setTimeout(() => {
        $('chat-typing').textContent = '';
      }, 5000);
  }

  const MINUTE = 60_000;
  /** When each citizen in the queue began to wait, by this page's clock (by conversation). */
  const waitingSince = new Map();
  const waitedText = (minutes) => (minutes < 1 ? 'wartet seit weniger als 1 Min.' : 'wartet seit ' + minutes + ' Min.');
  // The queue's cards are drawn again only when the queue changes: their waiting times tick here.
  setInterval(() => {
    document.querySelectorAll('[data-waiting-since]').forEach((waited) => {
      waited.textContent = waitedText(Math.floor((Date.now() - Number(waited.dataset.waitingSince)) / MINUTE));
    });
  }, MINUTE / 4);

  /** `waiting`: the citizen still waits in the queue (a taken conversation says when it was asked for instead). */
  function summary(item, target, { waiting = false } = {}) {
    const meta = [];
    if (item.office) meta.push('Gewünscht: ' + item.office);
    if (item.topic) meta.push('Thema: ' + item.topic);
    meta.push('Grund: ' + (REASONS[item.reason] || item.reason));
    if (item.language) meta.push('Sprache: ' + (LANGUAGE_NAMES[item.language] || item.language));
    if (!waiting) meta.push('angefragt am ' + when(item.since));
    const line = el('p', meta.join(' · '), 'meta');
    if (waiting) {
      // Counted on from the server's seconds with this page's clock, so it goes on while the card stays;
      // a queue drawn again keeps the moment first seen (the server's count would set it back by the
      // clocks' difference on every change elsewhere in the queue).
      const since = waitingSince.get(item.conversationId) ?? Date.now() - item.waitingSeconds * 1000;
      waitingSince.set(item.conversationId, since);
      const waited = el('span', waitedText(Math.floor((Date.now() - since) / MINUTE)));
      waited.dataset.waitingSince = String(since);
      line.append(' · ', waited);
    }
    target.append(line);
    if (item.flow) {
      target.append(el('p', 'Angefangene Anfrage: ' + item.flow.title));
      const answers = el('ul', undefined, 'recent');
      item.flow.answers.forEach((a) => answers.append(el('li', a.field + ': ' + a.value)));
      target.append(answers);
    }
    if (item.recent && item.recent.length) {
      target.append(el('p', 'Letzte Nachrichten:', 'meta'));
      const recent = el('ul', undefined, 'recent');
      item.recent.forEach((m) => {
        const li = el('li');
        li.append(el('span', WHO[m.from] + ': ', 'who'), document.createTextNode(m.text));
        recent.append(li);
      });
      target.append(recent);
    }
  }

  function card(item, title, buttonText, onClick, waiting = false) {
    const li = el('li');
    li.append(el('h3', title));
    summary(item, li, { waiting });
    const button = el('button', buttonText);
    button.type = 'button';
    button.addEventListener('click', onClick);
    li.append(button);
    return li;
  }

  // Drawn from the newest answer only (latest.js): the event stream may ask again mid-fetch.
  const refresh = window.BuergerLatest(async () => {
    let overview;
    try {
      overview = await api('GET', '/overview');
    } catch {
      return;
    }
    const queue = $('queue');
    for (const id of [...waitingSince.keys()]) if (!overview.queue.some((item) => item.conversationId === id)) waitingSince.delete(id);
    queue.replaceChildren(
      ...overview.queue.map((item) =>
        card(item, 'Platz ' + item.position + (item.topic ? ': ' + item.topic : ''), 'Übernehmen', () => take(item.conversationId), true),
      ),
    );
    $('queue-empty').hidden = overview.queue.length > 0;
    $('queue-count').textContent = '(' + overview.queue.length + ')';
    // Seen in the tab bar too, while the clerk works further down or in another tab.
    const waiting = overview.queue.length;
    document.title = (waiting ? '(' + waiting + (waiting === 1 ? ' wartet) ' : ' warten) ') : '') + TITLE;
    $('mine').replaceChildren(
      ...overview.mine.map((item) => card(item, item.topic || 'Gespräch', 'Öffnen', () => open(item.conversationId))),
    );
    $('mine-empty').hidden = overview.mine.length > 0;
    state.liveChats = overview.mine.length;
    const select = $('prepared');
    if (!select.options.length) {
      state.prepared = overview.answers;
      overview.answers.forEach((a, i) => {
        const o = el('option', a.title);
        o.value = String(i);
        select.append(o);
      });
    }
    if (state.active && !overview.mine.some((m) => m.conversationId === state.active)) closeChat();
  });

  async function take(id) {
    try {
      await api('POST', '/conversations/' + encodeURIComponent(id) + '/take');
      announce('Sie haben das Gespräch übernommen.');
      await open(id);
    } catch (error) {
      announce(error.message);
      refresh();
    }
  }

  function addLine(line) {
    const entry = el('p');
    // When it was written, in the Rathaus's time ("14:05"), as the citizen's page shows it.
    const at = new Date(line.at || Date.now());
    const time = el('time', rathausMinute(at).slice(11) + ' ', 'at');
    time.dateTime = at.toISOString();
    // A colleague's line by their name (trial 48: Anna's words were shown to Bernd as his own, "Sie:").
    const who = line.from === 'staff' && line.staff && line.staff !== state.staff ? line.staff : WHO[line.from];
    entry.append(time, el('span', who + ': ', 'who'), document.createTextNode(line.text));
    $('chat-log').append(entry);
    $('chat-log').scrollTop = $('chat-log').scrollHeight;
  }

  async function open(id) {
    const conversation = await api('GET', '/conversations/' + encodeURIComponent(id));
    state.active = id;
    state.activeLanguage = conversation.languageCode || 'de';
    $('chat').hidden = false;
    $('chat-summary').replaceChildren();
    summary(conversation, $('chat-summary'));
    $('chat-log').replaceChildren();
    conversation.lines.forEach(addLine);
    $('chat-title').textContent = 'Gespräch' + (conversation.topic ? ': ' + conversation.topic : '');
    $('chat-text').focus();
    refresh();
  }

  function closeChat() {
    state.active = null;
    $('chat').hidden = true;
    setTyping('');
  }

  async function send() {
    const text = $('chat-text').value.trim();
    $('chat-error').textContent = '';
    if (!state.active) return;
    if (!text) {
      $('chat-error').textContent = 'Bitte schreiben Sie zuerst Ihre Antwort.';
      $('chat-text').focus();
      return;
    }
    try {
      await api('POST', '/conversations/' + encodeURIComponent(state.active) + '/messages', { text });
      addLine({ from: 'staff', text });
      $('chat-text').value = '';
    } catch (error) {
      $('chat-error').textContent = error.message;
    }
    $('chat-text').focus();
  }

  async function release(action, message) {
    if (!state.active) return;
    // A reply typed but not sent would be lost with the conversation: asked first.
    if ($('chat-text').value.trim() && !window.confirm('Ihre Antwort ist noch nicht gesendet. Das Gespräch trotzdem abgeben?')) return;
    try {
      await api('POST', '/conversations/' + encodeURIComponent(state.active) + '/' + action);
      closeChat();
      announce(message);
      $('queue-title').focus();
      refresh();
    } catch (error) {
      announce(error.message);
    }
  }

  $('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('login-error').textContent = '';
    if (!$('login-name').value.trim() || !$('login-password').value) {
      $('login-error').textContent = 'Bitte geben Sie Ihren Namen und Ihr Passwort ein.';
      $(!$('login-name').value.trim() ? 'login-name' : 'login-password').focus();
      return;
    }
    try {
      // A fresh token: the one of a session that ended elsewhere (logout in another tab, expiry) is refused.
      state.csrf = (await api('GET', '/session')).csrfToken;
      const result = await api('POST', '/login', { name: $('login-name').value, password: $('login-password').value });
      state.csrf = result.csrfToken;
      state.staff = result.staff;
      state.shownAs = result.shownAs;
      state.role = result.role;
      state.office = result.office;
      $('login-password').value = '';
      showConsole();
      $('main').focus();
    } catch (error) {
      $('login-error').textContent = error.message;
      $('login-password').value = '';
      $('login-password').focus();
    }
  });
  $('logout').addEventListener('click', async () => {
    // Live chats open: the citizens go back to the queue and are told, after the clerk confirms (trial 43).
    const open = state.liveChats || 0;
    if (open) {
      const chats = open === 1 ? 'ein laufendes Gespräch' : open + ' laufende Gespräche';
      if (
        !window.confirm(
          'Sie haben ' + chats + '. Beim Abmelden kommen die Bürgerinnen und Bürger zurück in die Warteschlange. Trotzdem abmelden?',
        )
      )
        return;
      await api('POST', '/conversations/requeue-mine').catch(() => undefined);
    }
    await api('POST', '/logout').catch(() => undefined);
    // A fresh page: nothing of the last clerk's work (an open request, a note begun, citizens' data) stays behind for the next.
    window.location.replace('/staff/');
  });
  $('chat-form').addEventListener('submit', (event) => {
    event.preventDefault();
    send();
  });
  $('chat-text').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.ctrlKey) {
      event.preventDefault();
      send();
    }
  });
  $('chat-text').addEventListener('input', () => {
    // At most one typing indicator every three seconds.
    if (!state.active || Date.now() - state.lastTyping < 3000) return;
    state.lastTyping = Date.now();
    api('POST', '/conversations/' + encodeURIComponent(state.active) + '/typing').catch(() => undefined);
  });
  $('prepared-insert').addEventListener('click', () => {
    // Put in where the cursor is: what the clerk typed stays.
    const box = $('chat-text');
    const at = box.selectionStart ?? box.value.length;
    const gap = at > 0 && !/\s$/.test(box.value.slice(0, at)) ? ' ' : '';
    // In the language the citizen reads, where the answer has it (trial 42: an English chat got the German goodbye).
    const answer = state.prepared[Number($('prepared').value)];
    box.setRangeText(gap + (answer[state.activeLanguage] || answer.text), at, box.selectionEnd ?? at, 'end');
    box.focus();
  });
  $('handback').addEventListener('click', () => release('handback', 'Das Gespräch ist wieder beim Assistenten.'));
  $('close').addEventListener('click', () => {
    // Next to "An den Assistenten zurückgeben", and the citizen reads at once that it has ended.
    if (!window.confirm('Das Gespräch beenden? Die Bürgerin oder der Bürger liest dann, dass es beendet ist.')) return;
    release('close', 'Das Gespräch ist beendet.');
  });

  api('GET', '/session').then(
    (session) => {
      state.csrf = session.csrfToken;
      state.staff = session.staff;
      state.shownAs = session.shownAs;
      state.role = session.role;
      state.office = session.office;
      if (state.staff) showConsole();
      else showLogin();
    },
    () => announce('Die Konsole ist gerade nicht erreichbar. Bitte laden Sie die Seite neu.'),
  );
})();
