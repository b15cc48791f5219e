// The editors' part of the staff console: the report for the council (figures, two charts with
// their tables, CSV and PDF) and the unanswered questions. Started by staff.js for the roles
// editor and admin. Text from the server is put in with textContent only.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const number = (n) => Number(n).toLocaleString('de-DE');
  const percent = (share) => (share === null ? '—' : Math.round(share * 100) + ' %');
  const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
  const REASONS = {
    none: 'keine Antwort',
    clarify: 'Rückfrage nicht beantwortet',
    'not-my-question': '„Nicht meine Frage“',
    rated: 'Antwort als falsch, veraltet oder unverständlich bewertet',
    comment: 'Hinweis zu einer Antwort',
  };
  /** Under an hour in minutes, otherwise in hours. */
  const savedTime = (saved) => (saved.minutes < 60 ? number(saved.minutes) + ' Minuten' : number(saved.hours) + ' Stunden');
  let ui;
  let topics = [];
  const charts = {};

  const sum = (values) => values.reduce((a, b) => a + b, 0);

  /** A table with a caption; rows of cells (strings or numbers). */
  /** Rows of the topics' table; the CSV has them all. */
  const TOPIC_ROWS = 15;

  function table(caption, columns, rows) {
    const t = ui.el('table');
    t.append(ui.el('caption', caption));
    const head = ui.el('tr');
    columns.forEach((c) => {
      const th = ui.el('th', c);
      th.scope = 'col';
      head.append(th);
    });
    const thead = ui.el('thead');
    thead.append(head);
    const body = ui.el('tbody');
    rows.forEach((cells) => {
      const tr = ui.el('tr');
      cells.forEach((cell, i) => {
        const td = ui.el(i === 0 ? 'th' : 'td', String(cell));
        if (i === 0) td.scope = 'row';
        tr.append(td);
      });
      body.append(tr);
    });
    if (rows.length === 0) {
      const td = ui.el('td', 'Keine Einträge in diesem Zeitraum.');
      td.colSpan = columns.length;
      const tr = ui.el('tr');
      tr.append(td);
      body.append(tr);
    }
    t.append(thead, body);
    // A wide table (the weekday × hour table has 14 columns) scrolls inside its own region at
    // 320 px instead of widening the page (WCAG 1.4.10); the region takes focus so that keyboard
    // users can scroll it too.
    const region = ui.el('div');
    region.className = 'table-scroll';
    region.tabIndex = 0;
    region.setAttribute('role', 'region');
    region.setAttribute('aria-label', caption);
    region.append(t);
    return region;
  }

  function chart(id, type, labels, datasets) {
    if (!window.Chart) return;
    if (charts[id]) charts[id].destroy();
    charts[id] = new window.Chart($(id), {
      type,
      data: { labels, datasets },
      options: {
        // Drawn once per period: no animation (calmer, and a screenshot shows the real values).
        animation: false,
        indexAxis: type === 'bar' ? 'y' : 'x',
        plugins: { legend: { display: datasets.length > 1 } },
      },
    });
  }

  function periodQuery() {
    return '?from=' + encodeURIComponent($('report-from').value) + '&to=' + encodeURIComponent($('report-to').value);
  }

  /** `asked`: the editor asked for this period (said in the status line); not when the console opens. */
  async function showReport(asked = false) {
    $('report-error').textContent = '';
    let data;
    try {
      data = await ui.api('GET', '/report' + periodQuery());
    } catch (error) {
      $('report-error').textContent = error.message;
      $('report-body').hidden = true;
      return;
    }
    const r = data.report;
    const title = (id) => data.titles[id] || id;
    $('report-csv').href = '/staff/api/report.csv' + periodQuery();
    $('report-pdf').href = '/staff/api/report.pdf' + periodQuery();
    const key = $('report-key');
    key.replaceChildren();
    [
      ['Gespräche', number(r.conversations)],
      ['Fragen direkt beantwortet', number(r.answered) + ' von ' + number(r.questions)],
      ['Gespräche ohne Mitarbeitende', percent(r.withoutStaffShare)],
      // Without those taken back (cancelled appointments, withdrawn requests), as the table below says per request (trial 40: "9" beside rows of 11).
      ['Anfragen digital eingereicht (ohne zurückgenommene)', number(r.requestsTotal)],
      ['Geschätzte Entlastung', savedTime(r.saved) + ' ≈ ' + number(r.saved.euros) + ' €'],
    ].forEach(([term, value]) => {
      const div = ui.el('div');
      div.append(ui.el('dt', term), ui.el('dd', value));
      key.append(div);
    });
    $('report-formula').textContent =
      'Formel: (' +
      number(r.saved.answers) +
      ' beantwortete Fragen (ohne „nicht hilfreich“) × ' +
      number(r.saved.minutesPerAnswer) +
      ' Minuten + ' +
      number(r.saved.requests) +
      ' Anfragen × ' +
      number(r.saved.minutesPerRequest) +
      ' Minuten) ÷ 60 × ' +
      number(r.saved.hourlyRate) +
      ' € je Arbeitsstunde.';

    const days = r.days.map((d) => ui.day(d.date));
    chart('report-days-chart', 'line', days, [
      { label: 'Gespräche', data: r.days.map((d) => d.conversations), borderColor: '#0b4f8a', backgroundColor: '#0b4f8a' },
      { label: 'Nachrichten', data: r.days.map((d) => d.messages), borderColor: '#8a4b0b', backgroundColor: '#8a4b0b' },
    ]);
    const top = r.topics.slice(0, 10);
    chart(
      'report-topics-chart',
      'bar',
      top.map((t) => title(t.topic)),
      [{ label: 'Antworten', data: top.map((t) => t.answers), backgroundColor: '#0b4f8a' }],
    );

    const tables = $('report-tables');
    // The daily figures are long: folded, but in the page for screen readers and keyboard users.
    const daily = ui.el('details');
    daily.append(
      ui.el('summary', 'Zahlen je Tag anzeigen'),
      table(
        'Gespräche und Nachrichten je Tag',
        ['Tag', 'Gespräche', 'Nachrichten'],
        r.days.map((d, i) => [days[i], number(d.conversations), number(d.messages)]),
      ),
    );
    tables.replaceChildren(
      daily,
      table(
        // Said when it is cut (trial 40: three topics had been missing without a word).
        'Häufigste Themen und Bewertungen' +
          (r.topics.length > TOPIC_ROWS ? ' (die ' + TOPIC_ROWS + ' häufigsten von ' + r.topics.length + ' Themen; alle in der CSV)' : ''),
        ['Thema', 'Antworten', 'hilfreich', 'nicht hilfreich'],
        r.topics.slice(0, TOPIC_ROWS).map((t) => [title(t.topic), number(t.answers), number(t.helpful), number(t.notHelpful)]),
      ),
      table(
        'Nutzung',
        ['Kennzahl', 'Wert'],
        [
          ['Nachrichten', number(r.messages)],
          ['Rückfragen „Meinten Sie …?“', number(r.clarified) + ' (' + percent(r.clarificationRate) + ')'],
          ['ohne Antwort', number(r.unanswered) + ' (' + percent(r.noAnswerRate) + ')'],
          ['an andere Stelle verwiesen', number(r.referred)],
        ],
      ),
      table(
        'Übergaben an Mitarbeitende',
        ['Kennzahl', 'Wert'],
        [
          ['übergeben', number(r.handoffs.queued)],
          ['übernommen', number(r.handoffs.taken)],
          ['zurückgegeben', number(r.handoffs.returned)],
          ['Rückruf statt Chat', number(r.handoffs.callBacks)],
          [
            'Wartezeit bis zur Übernahme (Median, Minuten)',
            r.handoffs.medianWaitMinutes === null ? '—' : number(r.handoffs.medianWaitMinutes),
          ],
        ],
      ),
      table(
        'Anfragen und Termine',
        // A move is counted as moved, not cancelled (trial 53: "abgesagt 3" where two had been moved).
        ['Anliegen', 'eingereicht', 'zugestellt', 'verlegt', 'abgesagt oder zurückgezogen'],
        r.requests.map((q) => [title(q.flow), number(q.created), number(q.delivered), number(q.moved), number(q.cancelled)]),
      ),
      table(
        'Kanäle',
        ['Kanal', 'Gespräche', 'Nachrichten', 'Anfragen'],
        r.channels.map((c) => [c.label, number(c.conversations), number(c.messages), number(c.requests)]),
      ),
      table(
        'Bewertungen',
        ['Bewertung', 'Anzahl'],
        [
          ['hilfreich', number(r.feedback.helpful)],
          ['nicht hilfreich', number(r.feedback.notHelpful)],
          ['– falsch', number(r.feedback.reasons.falsch)],
          ['– veraltet', number(r.feedback.reasons.veraltet)],
          ['– unverständlich', number(r.feedback.reasons.unverstaendlich)],
          ['– nicht meine Frage', number(r.feedback.reasons['nicht-meine-frage'])],
        ],
      ),
      // Every message counts, the evening's too (trial 38: only 8 to 20 Uhr, while the office is closed citizens write most).
      table(
        'Nachrichten nach Wochentag und Stunde',
        ['Wochentag', 'vor 8 Uhr'].concat(
          Array.from({ length: 12 }, (_, h) => h + 8 + ' Uhr'),
          ['ab 20 Uhr'],
        ),
        r.peakHours.map((hours, d) =>
          [WEEKDAYS[d], number(sum(hours.slice(0, 8)))].concat(hours.slice(8, 20).map(number), [number(sum(hours.slice(20)))]),
        ),
      ),
    );
    $('report-body').hidden = false;
    if (asked) ui.announce('Auswertung für ' + ui.day($('report-from').value) + ' bis ' + ui.day($('report-to').value) + ' angezeigt.');
  }

  async function refreshUnanswered() {
    let data;
    try {
      data = await ui.api('GET', '/unanswered');
    } catch {
      return;
    }
    const list = $('unanswered-list');
    list.replaceChildren(
      ...data.groups.map((group, i) => {
        const li = ui.el('li', undefined, 'card');
        const question = ui.el('p', group.text, 'question');
        const meta = ui.el(
          'p',
          group.count + '× · ' + group.reasons.map((r) => REASONS[r] || r).join(', ') + ' · zuletzt ' + ui.when(group.last),
          'meta',
        );
        const label = ui.el('label', 'Thema für diese Frage');
        const select = ui.el('select');
        select.id = 'unanswered-topic-' + i;
        label.htmlFor = select.id;
        const hinted = group.topics.map((t) => t.id);
        const choose = ui.el('option', '– Thema wählen –');
        choose.value = '';
        select.append(choose);
        // The assistant's guesses first, but none chosen: one click on a wrong guess would teach it.
        const optionGroup = (label, items) => {
          const optgroup = ui.el('optgroup');
          optgroup.label = label;
          items.forEach((t) => {
            const option = ui.el('option', t.title);
            option.value = t.id;
            optgroup.append(option);
          });
          return optgroup;
        };
        const guessed = hinted.map((id) => topics.find((t) => t.id === id)).filter(Boolean);
        if (guessed.length) select.append(optionGroup('Vermutung des Assistenten', guessed));
        // Each topic once: the guesses are not listed again below them.
        select.append(
          optionGroup(
            guessed.length ? 'Weitere Themen' : 'Alle Themen',
            topics.filter((t) => !hinted.includes(t.id)),
          ),
        );
        const act = (path, body, done) => async () => {
          try {
            await ui.api('POST', '/unanswered/' + path, Object.assign({ ids: group.ids }, body));
            // Said once the list shows it (the question gone), not before.
            await refreshUnanswered();
            ui.announce(done);
            $('unanswered-title').focus();
          } catch (error) {
            ui.announce(error.message);
          }
        };
        const learn = ui.el('button', 'Als Beispiel lernen');
        learn.type = 'button';
        learn.addEventListener('click', () => {
          if (!select.value) {
            ui.announce('Bitte wählen Sie zuerst ein Thema.');
            select.focus();
            return;
          }
          const chosen = select.selectedOptions[0].textContent;
          act('learn', { topic: select.value }, 'Gelernt: Der Assistent ordnet diese Frage jetzt dem Thema „' + chosen + '“ zu.')();
        });
        const notOurs = ui.el('button', 'Nicht unser Thema');
        notOurs.type = 'button';
        notOurs.addEventListener('click', act('not-ours', {}, 'Gelernt: Diese Frage ist kein Thema der Verwaltung.'));
        const dismiss = ui.el('button', 'Verwerfen');
        dismiss.type = 'button';
        dismiss.addEventListener('click', act('dismiss', {}, 'Verworfen.'));
        const actions = ui.el('div', undefined, 'actions');
        // A comment on an answer is read and done with, never taught to the assistant as a question.
        if (group.reasons.every((r) => r === 'comment')) {
          const done = ui.el('button', 'Erledigt');
          done.type = 'button';
          done.addEventListener('click', act('dismiss', {}, 'Erledigt.'));
          actions.append(done);
          const about = ui.el('p', 'Zur Antwort: ' + group.topics.map((t) => '„' + t.title + '“').join(', '));
          li.append(question, meta, about, actions);
          return li;
        }
        actions.append(learn, notOurs, dismiss);
        li.append(question, meta, label, select, actions);
        return li;
      }),
    );
    $('unanswered-empty').hidden = data.groups.length > 0;
  }

  async function start(helpers) {
    ui = helpers;
    $('report').hidden = false;
    $('unanswered').hidden = false;
    $('unanswered-title').tabIndex = -1;
    // The figures are counted by the Rathaus's day.
    const today = ui.rathausMinute(new Date()).slice(0, 10);
    if (!$('report-from').value) $('report-from').value = today.slice(0, 8) + '01';
    if (!$('report-to').value) $('report-to').value = today;
    topics = (await ui.api('GET', '/topics')).topics;
    await Promise.all([showReport(), refreshUnanswered()]);
  }

  $('report-form').addEventListener('submit', (event) => {
    event.preventDefault();
    showReport(true);
  });
  $('unanswered-refresh').addEventListener('click', refreshUnanswered);

  window.BuergerEditorial = { start };
})();
