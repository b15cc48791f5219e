// The requests in the staff console: filters, the table (cards on a phone), one request with its
// answers, photo, status, assignment, internal notes and history, and the CSV of the filtered
// list. Started by staff.js for every role. Text from the server is put in with textContent only.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  /** Which status may follow which (the server checks the same). */
  const NEXT = {
    new: ['in-progress', 'done', 'rejected'],
    'in-progress': ['done', 'rejected'],
    done: ['in-progress'],
    rejected: ['in-progress'],
  };
  const REASON_SHOWN = 120;
  /** The reason's hint, and what it adds for a citizen who reads another language (by the case's language as the server names it). */
  const REASON_HINT = 'Die Bürgerin oder der Bürger erfährt sie. Pflicht bei „abgelehnt“.';
  const READS = {
    Englisch: ' Sie oder er liest Englisch: Bitte schreiben Sie die Begründung auf Englisch.',
    'Leichte Sprache': ' Sie oder er liest Leichte Sprache: Bitte schreiben Sie kurze, einfache Sätze.',
  };
  const COLUMNS = ['Vorgang', 'Anliegen', 'Stelle', 'Eingang', 'Status', 'Zuständig', 'Übermittlung', 'Angaben'];
  let ui;
  let options = null;
  /** The request shown in the detail, as the server last sent it. */
  let current = null;

  const statusLabel = (id) => (options.statuses.find((s) => s.id === id) || { label: id }).label;
  /** A request's status as the clerk reads it: an appointment the citizen cancelled is "abgesagt", not "erledigt". */
  const shownStatus = (c) => statusLabel(c.cancelled ? 'cancelled' : c.status);

  function fill(select, items, keep) {
    const chosen = keep ? select.value : '';
    const first = select.options[0];
    select.replaceChildren(...(first && keep ? [first] : []));
    items.forEach(([value, text]) => {
      const option = ui.el('option', text);
      option.value = value;
      select.append(option);
    });
    if (keep) select.value = chosen;
  }

  function query() {
    const params = new URLSearchParams();
    [
      ['office', 'filter-office'],
      ['flow', 'filter-flow'],
      ['status', 'filter-status'],
      ['assignee', 'filter-assignee'],
      ['from', 'filter-from'],
      ['to', 'filter-to'],
      ['q', 'filter-q'],
    ].forEach(([name, id]) => {
      const value = $(id).value.trim();
      if (value) params.set(name, value);
    });
    const text = params.toString();
    return text ? '?' + text : '';
  }

  /** The photo of a report, small; a click opens it in full size (served only to signed-in staff). */
  function photos(c) {
    return c.files.map((f) => {
      const link = ui.el('a');
      link.href = f.url;
      link.target = '_blank';
      link.rel = 'noopener';
      const img = ui.el('img');
      img.src = f.url;
      img.alt = f.field + ' zur Anfrage ' + c.reference;
      img.className = 'case-photo';
      img.loading = 'lazy';
      link.append(img);
      return link;
    });
  }

  function statusCell(c) {
    const td = ui.el('td');
    // Ice on a way or a danger described: marked while the request is still to be done, so it is seen first.
    if (c.urgent && (c.status === 'new' || c.status === 'in-progress')) td.append(ui.el('span', c.urgent, 'badge badge-urgent'), ' ');
    td.append(ui.el('span', shownStatus(c), 'badge badge-' + (c.cancelled ? 'cancelled' : c.status)));
    // The list shows the reason's start; the request shows all of it.
    if (c.reason) td.append(ui.el('span', c.reason.length > REASON_SHOWN ? c.reason.slice(0, REASON_SHOWN) + ' …' : c.reason, 'cell-note'));
    if (c.notify) td.append(ui.el('span', 'Benachrichtigung gewünscht', 'cell-note own'));
    // Notes are read in the request; the list says there are some (a citizen's addition from the chat among them).
    if (c.notes) td.append(ui.el('span', c.notes === 1 ? '1 Notiz' : c.notes + ' Notizen', 'cell-note'));
    // The conversation's language when it is not plain German: the clerk may answer in it.
    if (c.language && c.language !== 'Deutsch') td.append(ui.el('span', 'Sprache: ' + c.language, 'cell-note'));
    return td;
  }

  function row(c) {
    const tr = ui.el('tr');
    // Roles kept explicitly: on a phone the rows are shown as cards (display: block).
    tr.setAttribute('role', 'row');
    const head = ui.el('th');
    head.scope = 'row';
    head.setAttribute('role', 'rowheader');
    const open = ui.el('button', c.reference, 'link ref');
    open.type = 'button';
    open.dataset.reference = c.reference;
    open.setAttribute('aria-label', 'Anfrage ' + c.reference + ' öffnen');
    open.addEventListener('click', () => show(c.reference));
    head.append(open);
    const answers = ui.el('ul', undefined, 'answer-list');
    c.answers.forEach((a) => answers.append(ui.el('li', a.field + ': ' + a.value)));
    const details = ui.el('td');
    details.append(answers, ...photos(c));
    const cells = [
      ui.el('td', c.title + (c.callBack ? ' (Rückruf)' : '')),
      ui.el('td', c.office),
      ui.el('td', ui.when(c.createdAt), 'nowrap'),
      statusCell(c),
      ui.el('td', c.assigneeName || '—'),
      ui.el('td', c.state),
      details,
    ];
    cells.forEach((td) => td.setAttribute('role', 'cell'));
    [head, ...cells].forEach((cell, i) => cell.setAttribute('data-label', COLUMNS[i]));
    tr.append(head, ...cells);
    return tr;
  }

  // Drawn from the newest answer only (latest.js): a new request may arrive while a filter loads.
  const refreshCases = window.BuergerLatest(async () => {
    $('cases-error').textContent = '';
    let data;
    try {
      data = await ui.api('GET', '/cases' + query());
    } catch (error) {
      $('cases-error').textContent = error.message;
      return;
    }
    if (!options) {
      options = data.options;
      fill(
        $('filter-office'),
        options.offices.map((o) => [o.id, o.name]),
        true,
      );
      fill(
        $('filter-flow'),
        options.flows.map((f) => [f.id, f.title]),
        true,
      );
      fill(
        $('filter-status'),
        options.statuses.map((s) => [s.id, s.label]),
        true,
      );
    }
    $('cases').tBodies[0].replaceChildren(...data.cases.map(row));
    $('cases').hidden = data.cases.length === 0;
    $('cases-empty').hidden = data.cases.length > 0;
    $('cases-count').textContent =
      data.total === 1
        ? '1 Anfrage'
        : data.total + ' Anfragen' + (data.total > data.cases.length ? ', die neuesten ' + data.cases.length + ' angezeigt' : '');
    $('cases-csv').href = '/staff/api/cases/export.csv' + query();
  });

  function showDetail(c) {
    current = c;
    $('case-title').replaceChildren(document.createTextNode('Anfrage '), ui.el('span', c.reference, 'ref'));
    $('case-meta').textContent = [
      c.title + (c.callBack ? ' (Rückruf)' : ''),
      c.office,
      'eingegangen ' + ui.when(c.createdAt),
      c.state,
      c.notify ? 'Benachrichtigung im Chat gewünscht' : 'keine Benachrichtigung gewünscht',
      'Sprache: ' + c.language,
    ].join(' · ');
    const answers = $('case-answers');
    answers.replaceChildren();
    c.answers.forEach((a) => {
      const item = ui.el('div');
      const value = ui.el('dd', a.link ? '' : a.value);
      // A telephone number dials, an e-mail address opens a mail (the server gives the link only for those).
      if (a.link) {
        const link = ui.el('a', a.value);
        link.href = a.link;
        value.append(link);
      }
      item.append(ui.el('dt', a.field), value);
      answers.append(item);
    });
    $('case-files').replaceChildren(...photos(c));
    // The reason reaches the citizen as written: in the language they read, which the clerk is told here (trial 41: a German reason in an English chat).
    $('case-reason-hint').textContent = REASON_HINT + (READS[c.language] || '');
    $('case-status-now').textContent = 'Aktuell: ' + shownStatus(c) + (c.reason ? ' – ' + c.reason : '');
    // Nothing chosen in advance: a status is saved only as the clerk picked it.
    // A cancelled appointment stays closed (its time went back to others): no status to change to (trial 38: "in Bearbeitung" was offered).
    fill($('case-status'), [['', 'Bitte wählen']].concat((c.cancelled ? [] : NEXT[c.status]).map((id) => [id, statusLabel(id)])), false);
    fill($('case-assignee'), [['', 'niemand']].concat(options.staff.map((s) => [s.name, s.displayName])), false);
    $('case-assignee').value = c.assignee || '';
    // Forwarded to another office (trial 53: a misrouted request could not be passed on); a cancelled appointment stays where it is.
    fill(
      $('case-office'),
      [['', 'Bitte wählen']].concat(options.forwardTo.filter((o) => o.name !== c.office).map((o) => [o.id, o.name])),
      false,
    );
    $('case-forward-form').hidden = c.cancelled;
    const notes = $('case-notes');
    notes.replaceChildren(
      ...c.notes.map((n) => {
        const li = ui.el('li');
        li.append(ui.el('span', ui.when(n.at) + ' · ' + n.staff + ': ', 'who'), document.createTextNode(n.text));
        return li;
      }),
    );
    $('case-notes-empty').hidden = c.notes.length > 0;
    $('case-history').replaceChildren(
      ...c.history.map((h) => {
        const what =
          h.change === 'status'
            ? 'Status: ' + statusLabel(h.from) + ' → ' + statusLabel(h.to)
            : h.change === 'assignee'
              ? 'Zuständig: ' + (h.from || 'niemand') + ' → ' + (h.to || 'niemand')
              : h.change === 'untold'
                ? 'Nicht im Chat benachrichtigt – bitte anders informieren'
                : h.change === 'office'
                  ? 'Weitergeleitet: ' + h.from + ' → ' + h.to
                  : 'Notiz hinzugefügt';
        return ui.el('li', ui.when(h.at) + ' · ' + h.staff + ': ' + what);
      }),
    );
    $('case-history-empty').hidden = c.history.length > 0;
    $('case').hidden = false;
  }

  /** What the request's forms last said: gone once the clerk does the next thing, so no old line contradicts a new one. */
  function clearFormLines() {
    ['case-status', 'case-assign', 'case-note'].forEach((form) => ($(form + '-error').textContent = $(form + '-done').textContent = ''));
  }

  async function show(reference) {
    try {
      const data = await ui.api('GET', '/cases/' + encodeURIComponent(reference));
      clearFormLines();
      $('case-reason').value = '';
      $('case-note').value = '';
      showDetail(data.case);
      // The address names the request: a reload keeps it open, and a colleague can be sent the link.
      if (location.hash !== HASH + reference) history.replaceState(null, '', HASH + reference);
      $('case').scrollIntoView({ block: 'start' });
      $('case-title').focus();
    } catch (error) {
      ui.announce(error.message);
    }
  }

  /**
   * Sends a change; on 409 the request is loaded again with what the clerk chose and typed kept
   * (a status that no longer follows the new one is not put in its place) and the reason shown.
   */
  let sending = false;
  async function change(method, path, body, errorId, done) {
    // A second click while the first change is on its way sends nothing (it would meet its own change as a colleague's).
    if (sending) return null;
    sending = true;
    try {
      return await send(method, path, body, errorId, done);
    } finally {
      sending = false;
    }
  }

  async function send(method, path, body, errorId, done) {
    // What happened is said at the form too: the page's status line may be far out of view.
    const doneLine = $(errorId.replace(/-error$/, '-done'));
    clearFormLines();
    try {
      const data = await ui.api(method, '/cases/' + encodeURIComponent(current.reference) + path, body);
      showDetail(data.case);
      doneLine.textContent = done(data);
      ui.announce(doneLine.textContent);
      refreshCases();
      return true;
    } catch (error) {
      $(errorId).textContent = error.message;
      // The status line says it too: the last case's "Status gespeichert" had stood on above a refused change (trial 40).
      ui.announce(error.message);
      if (error.status === 409) {
        const chosen = { status: $('case-status').value, assignee: $('case-assignee').value };
        const fresh = await ui.api('GET', '/cases/' + encodeURIComponent(current.reference)).catch(() => null);
        if (fresh) {
          showDetail(fresh.case);
          // The form that was sent keeps its choice; the others show the colleague's change.
          const stillPossible = [...$('case-status').options].some((o) => o.value === chosen.status);
          if (errorId === 'case-status-error') $('case-status').value = stillPossible ? chosen.status : '';
          if (errorId === 'case-assign-error') $('case-assignee').value = chosen.assignee;
          $(errorId).textContent =
            'Jemand hat diese Anfrage gerade geändert; sie ist jetzt neu geladen. ' +
            (stillPossible || !chosen.status
              ? 'Ihre Eingaben sind noch da. Bitte prüfen Sie die Anfrage und speichern Sie noch einmal.'
              : 'Der gewählte Status passt nicht mehr zum neuen Stand. Bitte wählen Sie noch einmal.');
        }
      }
      return false;
    }
  }

  $('case-status-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = $('case-status').value;
    const reason = $('case-reason').value.trim();
    if (!status) {
      clearFormLines();
      $('case-status-error').textContent = 'Bitte wählen Sie den neuen Status.';
      ui.announce($('case-status-error').textContent);
      $('case-status').focus();
      return;
    }
    const body = Object.assign({ version: current.version, status }, reason ? { reason } : {});
    const saved = await change('PATCH', '', body, 'case-status-error', (data) => {
      const told =
        data.notified === true
          ? ' Die Bürgerin oder der Bürger wurde im Chat benachrichtigt.'
          : data.notified === false
            ? ' Eine Nachricht im Chat war nicht möglich (Gespräch nicht mehr erreichbar).'
            : '';
      return 'Status gespeichert: ' + statusLabel(status) + '.' + told;
    });
    if (saved) $('case-reason').value = '';
    else if (saved === false) $('case-reason').focus();
  });
  $('case-assign-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const assignee = $('case-assignee').value || null;
    change('PATCH', '', { version: current.version, assignee }, 'case-assign-error', () =>
      assignee ? 'Zugewiesen: ' + $('case-assignee').selectedOptions[0].textContent + '.' : 'Zuweisung aufgehoben.',
    );
  });
  $('case-forward-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const office = $('case-office').value;
    if (!office) {
      $('case-forward-error').textContent = 'Bitte wählen Sie die Stelle, an die die Anfrage gehen soll.';
      $('case-office').focus();
      return;
    }
    const name = $('case-office').selectedOptions[0].textContent;
    change('POST', '/office', { version: current.version, office }, 'case-forward-error', () => 'Weitergeleitet an ' + name + '.');
  });
  $('case-note-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const saved = await change('POST', '/notes', { text: $('case-note').value }, 'case-note-error', () => 'Notiz gespeichert.');
    if (saved) $('case-note').value = '';
    else if (saved === false) $('case-note').focus();
  });
  $('case-close').addEventListener('click', () => {
    const reference = current && current.reference;
    $('case').hidden = true;
    current = null;
    history.replaceState(null, '', location.pathname + location.search);
    const opener = reference && document.querySelector('#cases button[data-reference="' + reference + '"]');
    (opener || $('cases-title')).focus();
  });
  $('cases-filter').addEventListener('submit', (event) => {
    event.preventDefault();
    // The count above the list says how many were found (a live region); no message over the list it would hide (trial 60).
    refreshCases();
  });
  $('filter-reset').addEventListener('click', () => {
    $('cases-filter').reset();
    refreshCases();
  });
  $('cases-refresh').addEventListener('click', refreshCases);

  /** "#anfrage-MOE-2026-00042": the request a link or a reload opens. */
  const HASH = '#anfrage-';
  const linked = () => (location.hash.startsWith(HASH) ? decodeURIComponent(location.hash.slice(HASH.length)) : '');
  window.addEventListener('hashchange', () => {
    // Before the login the link waits for start().
    if (ui && linked()) show(linked());
  });

  /** A request came in (the console's event stream): the list shows it, and it is said. */
  async function arrived() {
    if (!ui) return;
    await refreshCases();
    ui.announce('Eine neue Anfrage ist eingegangen.');
  }

  /** Whether the list was set to the clerk's own office once (a login in place keeps what she chose since). */
  let ownOfficeShown = false;

  async function start(helpers) {
    ui = helpers;
    await refreshCases();
    // A clerk's list starts at her own office, "alle Stellen" one choice away (trial 46: the Bauamt's clerk saw every office's first).
    const own = helpers.office && options && options.offices.find((o) => o.name === helpers.office || o.id === helpers.office);
    if (own && !ownOfficeShown && !$('filter-office').value) {
      ownOfficeShown = true;
      $('filter-office').value = own.id;
      await refreshCases();
    }
    // Not again after a login in place: the request stays as the clerk left it, her note included.
    if (linked() && !(current && current.reference === linked())) await show(linked());
  }

  window.BuergerCases = { start, arrived };
})();
