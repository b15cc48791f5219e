// The editors' calendar in the staff console: an office's regular opening hours and its single
// days closed or changed, and the notices with their period and Ortsteile. Started by staff.js for
// the roles editor and admin. Text from the server is put in with textContent only.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const DAYS = [
    ['mo', 'Mo', 'Montag'],
    ['di', 'Di', 'Dienstag'],
    ['mi', 'Mi', 'Mittwoch'],
    ['do', 'Do', 'Donnerstag'],
    ['fr', 'Fr', 'Freitag'],
    ['sa', 'Sa', 'Samstag'],
    ['so', 'So', 'Sonntag'],
  ];
  const NTH = ['jede Woche', 'nur am 1. im Monat', 'nur am 2. im Monat', 'nur am 3. im Monat', 'nur am 4. im Monat', 'nur am 5. im Monat'];
  let ui;
  let offices = [];
  let closures = [];
  /** Changes to the shown office's hours or days not saved yet, and which office the form shows. */
  let unsaved = false;
  let shownOffice = '';
  let counter = 0;

  /** A Rathaus minute ("YYYY-MM-DDTHH:MM") as the console shows points in time. */
  const germanMinute = (minute) => ui.day(minute.slice(0, 10)) + ', ' + minute.slice(11) + ' Uhr';
  const button = (text, className) => {
    const b = ui.el('button', text, className);
    b.type = 'button';
    return b;
  };
  /** A labelled input in its own div (ids stay unique per row). */
  function field(label, input) {
    const id = 'f' + ++counter;
    input.id = id;
    const l = ui.el('label', label);
    l.htmlFor = id;
    const div = ui.el('div');
    div.append(l, input);
    return div;
  }
  function input(type, value) {
    const i = ui.el('input');
    i.type = type;
    i.value = value || '';
    return i;
  }

  /** One row of regular hours: days, from, to, which week of the month, a note. */
  function periodRow(period) {
    const li = ui.el('li', undefined, 'period-row');
    const days = ui.el('fieldset');
    days.append(ui.el('legend', 'Tage'));
    const checks = ui.el('div', undefined, 'checks');
    DAYS.forEach(([value, short, long]) => {
      const box = input('checkbox');
      box.value = value;
      box.checked = period.days.includes(value);
      box.id = 'f' + ++counter;
      box.setAttribute('aria-label', long);
      const l = ui.el('label', short);
      l.htmlFor = box.id;
      const span = ui.el('span', undefined, 'check');
      span.append(box, l);
      checks.append(span);
    });
    days.append(checks);
    const from = input('time', period.from);
    from.dataset.role = 'from';
    const to = input('time', period.to);
    to.dataset.role = 'to';
    const nth = ui.el('select');
    nth.dataset.role = 'nth';
    NTH.forEach((text, i) => {
      const o = ui.el('option', text);
      o.value = String(i);
      nth.append(o);
    });
    nth.value = String(period.nthWeekdayOfMonth || 0);
    const note = input('text', period.note);
    note.dataset.role = 'note';
    note.maxLength = 120;
    const remove = button('Zeitraum entfernen', 'secondary');
    remove.addEventListener('click', () => {
      const next = li.nextElementSibling || li.previousElementSibling;
      unsaved = true;
      li.remove();
      (next ? next.querySelector('input') : $('hours-add')).focus();
    });
    li.append(days, field('von', from), field('bis', to), field('Wochen', nth), field('Hinweis (freiwillig)', note), remove);
    return li;
  }

  function periodsOfForm() {
    return [...$('hours-periods').children].map((li) => {
      const get = (role) => li.querySelector('[data-role="' + role + '"]').value;
      const period = {
        days: [...li.querySelectorAll('input[type=checkbox]:checked')].map((b) => b.value),
        from: get('from'),
        to: get('to'),
      };
      if (get('note').trim()) period.note = get('note').trim();
      if (get('nth') !== '0') period.nthWeekdayOfMonth = Number(get('nth'));
      return period;
    });
  }

  function showClosures() {
    closures.sort((a, b) => a.date.localeCompare(b.date));
    $('closures').replaceChildren(
      ...closures.map((closure, index) => {
        const li = ui.el('li');
        const hours = closure.hours.length ? closure.hours.map((h) => h.from + '–' + h.to + ' Uhr').join(', ') : 'geschlossen';
        li.append(ui.el('span', ui.day(closure.date) + ': ' + hours + ' (' + closure.label + ')'));
        const remove = button('Entfernen', 'secondary');
        remove.setAttribute('aria-label', 'Abweichenden Tag ' + ui.day(closure.date) + ' entfernen');
        remove.addEventListener('click', () => {
          unsaved = true;
          closures.splice(index, 1);
          showClosures();
          $('closure-date').focus();
        });
        li.append(remove);
        return li;
      }),
    );
    $('closures-empty').hidden = closures.length > 0;
  }

  function showOffice() {
    const office = offices.find((o) => o.key === $('hours-office').value) || offices[0];
    if (!office) return;
    shownOffice = office.key;
    unsaved = false;
    $('hours-source').textContent = office.changed
      ? 'Von der Redaktion geändert.'
      : 'Die mitgelieferten Zeiten, noch nicht in der Konsole geändert.';
    $('hours-periods').replaceChildren(...office.hours.map(periodRow));
    closures = office.closures.map((c) => Object.assign({}, c));
    showClosures();
    $('hours-error').textContent = '';
  }

  async function loadOffices(keep) {
    offices = (await ui.api('GET', '/town/offices')).offices;
    const select = $('hours-office');
    const chosen = keep || select.value;
    select.replaceChildren(
      ...offices.map((o) => {
        const option = ui.el('option', o.name);
        option.value = o.key;
        return option;
      }),
    );
    if (chosen) select.value = chosen;
    showOffice();
  }

  async function saveHours(event) {
    event.preventDefault();
    $('hours-error').textContent = '';
    const key = $('hours-office').value;
    try {
      const saved = await ui.api('PUT', '/town/offices/' + encodeURIComponent(key), { hours: periodsOfForm(), closures });
      await loadOffices(key);
      ui.announce('Öffnungszeiten gespeichert. Sie gelten ab sofort.');
      // Appointments booked for a time now closed: the citizens must hear of it (the chat tells them when they ask).
      const booked = saved.bookedWhenClosed || [];
      if (booked.length)
        $('hours-error').textContent =
          'Gespeichert. Achtung: ' +
          (booked.length === 1 ? 'Ein gebuchter Termin fällt' : booked.length + ' gebuchte Termine fallen') +
          ' in die geschlossene Zeit: ' +
          booked.map((b) => b.reference + ' (' + b.slot + ')').join(', ') +
          '. Bitte informieren Sie die Bürgerinnen und Bürger oder verlegen Sie die Termine.';
    } catch (error) {
      $('hours-error').textContent = error.message;
    }
  }

  function addClosure() {
    const date = $('closure-date').value;
    const label = $('closure-label').value.trim();
    const from = $('closure-from').value;
    const to = $('closure-to').value;
    if (!date || !label || Boolean(from) !== Boolean(to)) {
      $('hours-error').textContent = 'Bitte Tag und Anlass angeben, und für andere Zeiten „von“ und „bis“.';
      (!date ? $('closure-date') : !label ? $('closure-label') : $('closure-from')).focus();
      return;
    }
    // Each day is checked as it is added: a wrong one would only fail the whole save later.
    const wrong = (text, id) => {
      $('hours-error').textContent = text;
      $(id).focus();
    };
    if (from && to <= from) return wrong('Die Uhrzeit „bis“ muss nach „von“ liegen.', 'closure-to');
    if (date < ui.rathausMinute(new Date()).slice(0, 10))
      return wrong('Dieser Tag liegt in der Vergangenheit. Bitte wählen Sie einen späteren.', 'closure-date');
    const before = closures.find((c) => c.date === date);
    if (
      before &&
      !window.confirm('Für den ' + ui.day(date) + ' ist schon „' + before.label + '“ vorgemerkt. Durch den neuen Eintrag ersetzen?')
    ) {
      // Said, and an earlier try's error gone (trial 40: nothing happened, and "in der Vergangenheit" stood beside a valid day).
      $('hours-error').textContent = '';
      ui.announce('Nichts geändert: Für den ' + ui.day(date) + ' bleibt „' + before.label + '“ vorgemerkt.');
      return;
    }
    $('hours-error').textContent = '';
    closures = closures.filter((c) => c.date !== date);
    closures.push({ date, label, hours: from ? [{ from, to }] : [] });
    unsaved = true;
    showClosures();
    ['closure-date', 'closure-label', 'closure-from', 'closure-to'].forEach((id) => ($(id).value = ''));
    ui.announce('Tag ' + ui.day(date) + ' vorgemerkt. Zum Übernehmen bitte „Öffnungszeiten speichern“.');
    $('closure-date').focus();
  }

  async function resetHours() {
    const key = $('hours-office').value;
    // Undoes every change of this office's hours and single days at once: asked first.
    const office = $('hours-office').selectedOptions[0];
    const name = office ? office.textContent : 'dieser Stelle';
    if (
      !window.confirm(
        'Alle geänderten Zeiten und besonderen Tage von ' + name + ' verwerfen und die Zeiten aus der Vorlage wiederherstellen?',
      )
    )
      return;
    try {
      await ui.api('DELETE', '/town/offices/' + encodeURIComponent(key));
      await loadOffices(key);
      ui.announce('Die Zeiten aus der Vorlage gelten wieder.');
    } catch (error) {
      $('hours-error').textContent = error.message;
    }
  }

  async function loadNotices() {
    const data = await ui.api('GET', '/town/notices');
    const boxes = $('notice-ortsteile');
    if (!boxes.children.length) {
      boxes.append(
        ...data.ortsteile.map((name) => {
          const box = input('checkbox');
          box.value = name;
          box.id = 'f' + ++counter;
          const l = ui.el('label', name);
          l.htmlFor = box.id;
          const span = ui.el('span', undefined, 'check');
          span.append(box, l);
          return span;
        }),
      );
    }
    const now = new Date();
    $('notice-list').replaceChildren(
      ...data.notices.map((notice) => {
        const li = ui.el('li');
        const state = notice.active ? 'wird angezeigt' : new Date(notice.from) > now ? 'geplant' : 'abgelaufen';
        li.append(ui.el('p', notice.text, 'question'));
        const where = notice.ortsteile.length ? notice.ortsteile.join(', ') : 'ganzer Markt';
        li.append(ui.el('p', germanMinute(notice.from) + ' bis ' + germanMinute(notice.until) + ' · ' + where + ' · ' + state, 'meta'));
        const remove = button('Hinweis löschen', 'secondary');
        remove.addEventListener('click', async () => {
          if (!window.confirm('Diesen Hinweis löschen? Er wird nicht mehr angezeigt und steht nicht mehr in der Liste.')) return;
          try {
            await ui.api('DELETE', '/town/notices/' + notice.id);
            await loadNotices();
            ui.announce('Hinweis gelöscht.');
            $('notices-title').focus();
          } catch (error) {
            ui.announce(error.message);
          }
        });
        // Edited in the form above: a typo needs no new notice.
        const edit = button('Bearbeiten', 'secondary');
        edit.addEventListener('click', () => editNotice(notice));
        li.append(edit, ' ', remove);
        if (notice.active) {
          // "Behoben": the notice ends now and stays in the list.
          const end = button('Jetzt beenden', 'secondary');
          end.dataset.action = 'end';
          end.addEventListener('click', async () => {
            try {
              const until = ui.rathausMinute(new Date());
              await ui.api('PUT', '/town/notices/' + notice.id, Object.assign({}, notice, { until, id: undefined, active: undefined }));
              // The same notice open in the form keeps the new end: saving it later must not bring it back.
              if (editing === notice.id) $('notice-until').value = until;
              await loadNotices();
              ui.announce('Hinweis beendet. Er wird nicht mehr angezeigt.');
              $('notices-title').focus();
            } catch (error) {
              ui.announce(error.message);
            }
          });
          li.append(' ', end);
        }
        return li;
      }),
    );
    $('notices-empty').hidden = data.notices.length > 0;
  }

  /** The notice being edited in the form, or null for a new one. */
  let editing = null;

  function editNotice(notice) {
    editing = notice.id;
    $('notice-text').value = notice.text;
    $('notice-from').value = notice.from;
    $('notice-until').value = notice.until;
    $('notice-ortsteile')
      .querySelectorAll('input')
      .forEach((box) => (box.checked = notice.ortsteile.includes(box.value)));
    $('notice-submit').textContent = 'Änderung speichern';
    $('notice-cancel').hidden = false;
    $('notice-error').textContent = '';
    $('notice-text').focus();
  }

  function stopEditing() {
    editing = null;
    $('notice-form').reset();
    $('notice-submit').textContent = 'Hinweis veröffentlichen';
    $('notice-cancel').hidden = true;
  }

  async function publishNotice(event) {
    event.preventDefault();
    $('notice-error').textContent = '';
    const body = {
      text: $('notice-text').value,
      from: $('notice-from').value,
      until: $('notice-until').value,
      ortsteile: [...$('notice-ortsteile').querySelectorAll('input:checked')].map((b) => b.value),
    };
    $('notice-warning').textContent = '';
    try {
      const saved = editing ? await ui.api('PUT', '/town/notices/' + editing, body) : await ui.api('POST', '/town/notices', body);
      const done = editing ? 'Änderung gespeichert.' : 'Hinweis gespeichert.';
      stopEditing();
      await loadNotices();
      // A notice of closed offices changes no hours: the editor reads where closed days go (trial 44).
      if (saved && saved.warning) $('notice-warning').textContent = saved.warning;
      else ui.announce(done);
    } catch (error) {
      $('notice-error').textContent = error.message;
      $('notice-text').focus();
    }
  }

  async function start(helpers) {
    ui = helpers;
    await Promise.all([loadOffices(), loadNotices()]);
  }

  $('hours-office').addEventListener('change', () => {
    // Another office's hours would replace what was changed here and not saved: asked first.
    const left = offices.find((o) => o.key === shownOffice);
    if (unsaved && left && !window.confirm('Die Änderungen an den Zeiten von ' + left.name + ' sind noch nicht gespeichert. Verwerfen?')) {
      $('hours-office').value = shownOffice;
      return;
    }
    showOffice();
  });
  $('hours-periods').addEventListener('input', () => (unsaved = true));
  $('hours-add').addEventListener('click', () => {
    unsaved = true;
    const row = periodRow({ days: [], from: '08:00', to: '12:00' });
    $('hours-periods').append(row);
    row.querySelector('input').focus();
  });
  $('closure-add').addEventListener('click', addClosure);
  $('hours-form').addEventListener('submit', saveHours);
  $('hours-reset').addEventListener('click', resetHours);
  $('notice-form').addEventListener('submit', publishNotice);
  $('notice-cancel').addEventListener('click', () => {
    stopEditing();
    $('notices-title').focus();
  });

  window.BuergerTown = { start };
})();
