// The editors' knowledge editing in the staff console: the list of entries with review date and
// ratings, the form for an entry with a live preview of the answer (built by the server with the
// same code that answers citizens), its versions with what changed and "restore", new and retired
// entries, export and import as YAML. Started by staff.js for the roles editor and admin. Text
// from the server is put in with textContent only.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const STATES = {
    file: 'Grundfassung (mitgeliefert)',
    edited: 'in der Konsole geändert',
    new: 'in der Konsole angelegt',
    retired: 'stillgelegt',
  };
  const ACTIONS = {
    created: 'angelegt',
    edited: 'geändert',
    retired: 'stillgelegt',
    reverted: 'wiederhergestellt',
    imported: 'importiert',
  };
  /** The form's fields by the entry's field path; lists are one item per line. */
  const TEXTS = ['title', 'summary', 'source', 'details.fees', 'details.deadlines', 'details.processingTime', 'details.appointment'];
  const LISTS = ['synonyms', 'questions', 'legal', 'details.documents', 'details.requirements', 'details.procedure', 'details.notes'];
  const LABELS = {
    id: 'Kennung',
    title: 'Titel',
    office: 'Zuständige Stelle',
    summary: 'Kurzantwort',
    'details.documents': 'Unterlagen',
    'details.requirements': 'Voraussetzungen',
    'details.fees': 'Kosten',
    'details.deadlines': 'Fristen',
    'details.processingTime': 'Bearbeitungsdauer',
    'details.appointment': 'Termin',
    'details.procedure': 'Ablauf',
    'details.notes': 'Hinweise',
    translations: 'Übersetzungen',
    links: 'Links',
    online: 'Online-Dienst',
    flow: 'Anfrage Schritt für Schritt',
    personalAdvice: 'Persönliche Beratung',
    synonyms: 'Andere Wörter',
    questions: 'Beispielfragen',
    legal: 'Rechtsgrundlage',
    reviewed: 'Stand',
    source: 'Quelle',
    audience: 'Zielgruppe',
    leika: 'LeiKa-Schlüssel',
  };
  const fieldId = (path) => 'kb-' + path.replace(/^details\./, '');
  const labelOf = (path) =>
    LABELS[path] ||
    LABELS[
      path
        .split('.')
        .slice(0, path.startsWith('details.') ? 2 : 1)
        .join('.')
    ] ||
    path;
  const showDate = (iso) => (iso ? iso.split('-').reverse().join('.') : '—');
  let ui;
  /** The entry being edited: its id, whether it is new, the version seen, and the fields the form does not show. */
  let current = null;
  let previewTimer = 0;
  let previewRun = 0;

  const lines = (text) =>
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  /** "Titel | https://…" → { title, url }; a line without "|" is the address alone. */
  const link = (line) => {
    const cut = line.lastIndexOf('|');
    return cut < 0 ? { title: line, url: line } : { title: line.slice(0, cut).trim(), url: line.slice(cut + 1).trim() };
  };

  /** The entry as the form says it. */
  function formEntry() {
    const entry = Object.assign({}, current.hidden, { id: $('kb-id').value.trim(), office: $('kb-office').value, details: {} });
    const put = (path, value) => {
      if (path.startsWith('details.')) entry.details[path.slice(8)] = value;
      else entry[path] = value;
    };
    TEXTS.forEach((path) => {
      const value = $(fieldId(path)).value.trim();
      if (value || !path.startsWith('details.')) put(path, value);
    });
    LISTS.forEach((path) => put(path, lines($(fieldId(path)).value)));
    entry.links = lines($('kb-links').value).map(link);
    if ($('kb-online').value.trim()) entry.online = link($('kb-online').value.trim());
    if ($('kb-flow').value) entry.flow = $('kb-flow').value;
    entry.personalAdvice = $('kb-personalAdvice').checked;
    return entry;
  }

  function fillForm(entry) {
    const get = (path) => (path.startsWith('details.') ? (entry.details || {})[path.slice(8)] : entry[path]);
    $('kb-id').value = entry.id || '';
    $('kb-office').value = entry.office || 'rathaus';
    TEXTS.forEach((path) => ($(fieldId(path)).value = get(path) || ''));
    LISTS.forEach((path) => ($(fieldId(path)).value = (get(path) || []).join('\n')));
    $('kb-links').value = (entry.links || []).map((l) => l.title + ' | ' + l.url).join('\n');
    $('kb-online').value = entry.online ? entry.online.title + ' | ' + entry.online.url : '';
    $('kb-flow').value = entry.flow || '';
    $('kb-personalAdvice').checked = Boolean(entry.personalAdvice);
    // What the form does not show is kept as it is (audience, LeiKa key).
    current.hidden = {};
    ['audience', 'leika'].forEach((key) => {
      if (entry[key] !== undefined) current.hidden[key] = entry[key];
    });
  }

  /** Problems as a list of links to their fields; the fields are marked invalid. */
  function showProblems(list, problems) {
    document.querySelectorAll('#knowledge-form [aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    list.replaceChildren(
      ...problems.map((p) => {
        const li = ui.el('li');
        const target = $(
          fieldId(
            p.field
              .split('.')
              .slice(0, p.field.startsWith('details.') ? 2 : 1)
              .join('.'),
          ),
        );
        const text = labelOf(p.field) + ': ' + p.message;
        if (target && list.id === 'knowledge-problems') {
          target.setAttribute('aria-invalid', 'true');
          const a = ui.el('a', text);
          a.href = '#' + target.id;
          a.addEventListener('click', (event) => {
            event.preventDefault();
            target.focus();
          });
          li.append(a);
        } else li.textContent = (p.entry ? p.entry + ' – ' : '') + text;
        return li;
      }),
    );
  }

  function renderPreview(preview) {
    const box = $('knowledge-preview');
    const bubble = ui.el('p', preview.text, 'bubble');
    const buttons = ui.el('ul', undefined, 'preview-buttons');
    buttons.setAttribute('aria-label', 'Knöpfe unter der Antwort');
    preview.suggestions.forEach((s) => buttons.append(ui.el('li', s)));
    const card = ui.el('div', undefined, 'preview-card');
    card.append(ui.el('p', 'Auf einen Blick', 'card-title'));
    preview.facts.forEach((f) => card.append(ui.el('p', f.label, 'card-label'), ui.el('p', f.value)));
    if (preview.links.length) {
      const p = ui.el('p', 'Mehr dazu: ');
      preview.links.forEach((l, i) => {
        const a = ui.el('a', l.title);
        a.href = l.url;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        if (i) p.append(' · ');
        p.append(a);
      });
      card.append(p);
    }
    if (preview.online) card.append(ui.el('p', 'Knopf „Online beantragen“: ' + preview.online.url));
    card.append(ui.el('p', preview.footer, 'meta'));
    box.replaceChildren(bubble, buttons, card);
  }

  async function updatePreview() {
    if (!current) return;
    const run = ++previewRun;
    let data;
    try {
      data = await ui.api('POST', '/knowledge/preview', { entry: formEntry(), facet: $('knowledge-facet').value || undefined });
    } catch (error) {
      if (run !== previewRun) return;
      // 422: the entry as written has mistakes; they stand at their fields until they are fixed.
      if (!error.problems) return void ($('knowledge-error').textContent = error.message);
      showProblems($('knowledge-problems'), error.problems);
      $('knowledge-preview').replaceChildren(ui.el('p', 'Die Vorschau erscheint, sobald die genannten Fehler behoben sind.', 'hint'));
      $('knowledge-warnings').replaceChildren();
      return;
    }
    // An older answer that arrives late does not overwrite a newer one.
    if (run !== previewRun) return;
    showProblems($('knowledge-problems'), []);
    renderPreview(data.preview);
    $('knowledge-warnings').replaceChildren(...data.warnings.map((w) => ui.el('li', 'Hinweis: ' + labelOf(w.field) + ': ' + w.message)));
  }

  function schedulePreview() {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(updatePreview, 300);
  }

  /** A value as the console shows it: a day ("2026-12-06", the review date) as "06.12.2026" (trial 45). */
  const shown = (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? ui.day(value) : value);

  function describeChange(change) {
    const li = ui.el('li');
    li.append(ui.el('strong', labelOf(change.field) + ': '));
    if (change.added || change.removed) {
      const parts = (change.added || []).map((a) => '+ ' + a).concat((change.removed || []).map((r) => '− ' + r));
      li.append(parts.join('; '));
    } else {
      if (change.before !== undefined) li.append(ui.el('del', shown(change.before)), ' → ');
      li.append(change.after !== undefined ? ui.el('ins', shown(change.after)) : '(leer)');
    }
    return li;
  }

  function renderHistory(data) {
    const list = $('knowledge-history');
    const items = data.history
      .slice()
      .reverse()
      .map((v) => {
        const li = ui.el('li');
        const when = ui.when(v.at);
        const what = ACTIONS[v.action] + (v.action === 'reverted' ? ' (auf Version ' + v.revertedTo + ')' : '');
        li.append(ui.el('p', 'Version ' + v.version + ': ' + what + ' von ' + v.byName + ' am ' + when, 'version-title'));
        const changes = ui.el('ul', undefined, 'changes');
        v.changes.forEach((c) => changes.append(describeChange(c)));
        if (v.changes.length) li.append(changes);
        if (v.version !== data.version) li.append(restoreButton(v.version));
        return li;
      });
    if (data.inFile && data.history.length) {
      const li = ui.el('li');
      li.append(ui.el('p', 'Version 0: die mitgelieferte Grundfassung', 'version-title'), restoreButton(0));
      items.push(li);
    }
    list.replaceChildren(...items);
    $('knowledge-history-empty').hidden = data.history.length > 0;
  }

  function restoreButton(version) {
    const button = ui.el('button', 'Version ' + version + ' wiederherstellen', 'secondary');
    button.type = 'button';
    button.addEventListener('click', async () => {
      // Citizens get the restored text within seconds: asked first, and unsaved typing is named.
      const question =
        'Version ' +
        version +
        ' von „' +
        $('kb-title').value +
        '“ wiederherstellen? Der Assistent antwortet dann mit dieser Fassung.' +
        (unsaved ? ' Ihre nicht gespeicherten Änderungen gehen dabei verloren.' : '');
      if (!window.confirm(question)) return;
      try {
        await ui.api('POST', '/knowledge/entries/' + encodeURIComponent(current.id) + '/revert', { version, seen: current.version });
        ui.announce('Version ' + version + ' ist wiederhergestellt. Der Assistent antwortet in wenigen Sekunden damit.');
        await openEntry(current.id);
        await refreshList();
        $('knowledge-editor-title').focus();
      } catch (error) {
        $('knowledge-error').textContent = error.message;
      }
    });
    return button;
  }

  /** Typed into the open entry and not saved yet: leaving it asks first (the work of a morning is easily lost). */
  let unsaved = false;
  const mayLeave = () =>
    !unsaved ||
    window.confirm(
      'Ihre Änderungen an diesem Eintrag sind noch nicht gespeichert. Trotzdem verlassen? Die Änderungen gehen dann verloren.',
    );
  window.addEventListener('beforeunload', (event) => {
    if (unsaved && !$('knowledge-editor').hidden) event.preventDefault();
  });

  async function openEntry(id) {
    const data = await ui.api('GET', '/knowledge/entries/' + encodeURIComponent(id));
    unsaved = false;
    current = { id, isNew: false, version: data.version, hidden: {} };
    fillForm(data.entry);
    $('kb-id').readOnly = true;
    $('knowledge-editor-title').textContent = data.entry.title + (data.retired ? ' (stillgelegt)' : '');
    $('knowledge-meta').textContent =
      'Stand ' + showDate(data.entry.reviewed) + ' · Version ' + data.version + (data.inFile ? '' : ' · nur in der Konsole angelegt');
    $('knowledge-retire').hidden = data.retired;
    $('knowledge-yaml').parentElement.hidden = data.retired;
    $('knowledge-yaml').href = '/staff/api/knowledge/export.yaml?id=' + encodeURIComponent(id);
    $('knowledge-error').textContent = '';
    renderHistory(data);
    $('knowledge-editor').hidden = false;
    await updatePreview();
  }

  function newEntry() {
    if (!mayLeave()) return;
    unsaved = false;
    current = { id: '', isNew: true, version: 0, hidden: {} };
    fillForm({ office: 'rathaus', details: {} });
    $('kb-id').readOnly = false;
    $('knowledge-editor-title').textContent = 'Neuer Eintrag';
    $('knowledge-meta').textContent = 'Noch nicht gespeichert.';
    $('knowledge-retire').hidden = true;
    $('knowledge-yaml').parentElement.hidden = true;
    $('knowledge-error').textContent = '';
    $('knowledge-history').replaceChildren();
    $('knowledge-history-empty').hidden = false;
    $('knowledge-preview').replaceChildren();
    $('knowledge-editor').hidden = false;
    $('knowledge-editor-title').focus();
  }

  async function save(event) {
    event.preventDefault();
    $('knowledge-error').textContent = '';
    const entry = formEntry();
    ui.announce('Wird gespeichert …');
    try {
      if (current.isNew) await ui.api('POST', '/knowledge/entries', { entry });
      else await ui.api('PUT', '/knowledge/entries/' + encodeURIComponent(current.id), { entry, seen: current.version });
    } catch (error) {
      $('knowledge-error').textContent = error.message;
      // The status line says it too: "Wird gespeichert …" had stood on after a refused save (trial 40).
      ui.announce(error.message);
      if (error.problems) showProblems($('knowledge-problems'), error.problems);
      const first = document.querySelector('#knowledge-problems a');
      if (first) first.focus();
      return;
    }
    ui.announce('„' + entry.title + '“ ist gespeichert. Der Assistent antwortet in wenigen Sekunden damit.');
    await openEntry(entry.id);
    await refreshList();
    $('knowledge-editor-title').focus();
  }

  async function retire() {
    if (!window.confirm('Eintrag „' + $('kb-title').value + '“ stilllegen? Der Assistent beantwortet das Thema dann nicht mehr.')) return;
    try {
      await ui.api('POST', '/knowledge/entries/' + encodeURIComponent(current.id) + '/retire', { seen: current.version });
    } catch (error) {
      $('knowledge-error').textContent = error.message;
      return;
    }
    ui.announce('Der Eintrag ist stillgelegt. Unter „Versionen“ lässt er sich wiederherstellen.');
    await openEntry(current.id);
    await refreshList();
    $('knowledge-editor-title').focus();
  }

  async function refreshList() {
    const data = await ui.api('GET', '/knowledge/entries');
    const office = $('kb-office');
    if (!office.options.length) {
      data.offices.forEach((o) => {
        const option = ui.el('option', o.name);
        option.value = o.id;
        office.append(option);
      });
      const none = ui.el('option', '– keine –');
      none.value = '';
      $('kb-flow').append(none);
      data.flows.forEach((f) => {
        const option = ui.el('option', f.title);
        option.value = f.id;
        $('kb-flow').append(option);
      });
    }
    const body = $('knowledge-table').tBodies[0];
    body.replaceChildren(
      ...data.entries.map((e) => {
        const tr = ui.el('tr');
        const th = ui.el('th');
        th.scope = 'row';
        const open = ui.el('button', e.title, 'link');
        open.type = 'button';
        open.addEventListener('click', () => {
          if (!mayLeave()) return;
          openEntry(e.id).then(
            () => $('knowledge-editor-title').focus(),
            (error) => ui.announce(error.message),
          );
        });
        th.append(open);
        const rating = e.helpful + e.notHelpful ? e.helpful + ' hilfreich, ' + e.notHelpful + ' nicht hilfreich' : 'noch keine';
        const cells = [
          ['Stand', showDate(e.reviewed)],
          ['Bewertungen', rating + ' · ' + (e.answers === 1 ? '1 Antwort' : e.answers + ' Antworten')],
          ['Zustand', STATES[e.state] + (e.version ? ' (Version ' + e.version + ')' : '')],
        ].map(([label, text]) => {
          const td = ui.el('td', text);
          td.dataset.label = label;
          return td;
        });
        tr.append(th, ...cells);
        return tr;
      }),
    );
  }

  async function importFile(event) {
    event.preventDefault();
    $('knowledge-import-error').textContent = '';
    $('knowledge-import-problems').replaceChildren();
    const file = $('knowledge-import-file').files[0];
    if (!file) {
      $('knowledge-import-error').textContent = 'Bitte wählen Sie zuerst eine YAML-Datei.';
      return;
    }
    const res = await fetch('/staff/api/knowledge/import', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-csrf-token': ui.csrf(), 'content-type': 'application/yaml' },
      body: await file.text(),
    });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) {
      $('knowledge-import-error').textContent = data.error || 'Das hat nicht geklappt. Bitte versuchen Sie es erneut.';
      showProblems($('knowledge-import-problems'), data.problems || []);
      return;
    }
    await refreshList();
    ui.announce(data.imported + ' Einträge übernommen, ' + data.unchanged + ' unverändert.');
  }

  async function start(helpers) {
    ui = helpers;
    $('knowledge').hidden = false;
    await refreshList();
  }

  $('knowledge-new').addEventListener('click', newEntry);
  $('knowledge-close').addEventListener('click', () => {
    if (!mayLeave()) return;
    unsaved = false;
    $('knowledge-editor').hidden = true;
    current = null;
    $('knowledge-title').focus();
  });
  $('knowledge-form').addEventListener('submit', save);
  $('knowledge-form').addEventListener('input', () => {
    unsaved = true;
    schedulePreview();
  });
  $('knowledge-form').addEventListener('change', schedulePreview);
  $('knowledge-facet').addEventListener('change', updatePreview);
  $('knowledge-retire').addEventListener('click', retire);
  $('knowledge-import').addEventListener('submit', importFile);

  window.BuergerKnowledge = { start };
})();
