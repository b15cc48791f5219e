// The admins' page of the staff console: the accounts with role, display name, office and status;
// add an account (the password given once), disable or enable it, limit it to its office's requests,
// set a new password. Started by
// staff.js for the role admin. Text from the server is put in with textContent only.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const ROLES = { clerk: 'Sachbearbeitung', editor: 'Redaktion', admin: 'Verwaltung der Konten' };
  let ui;
  let resetting = null;

  const button = (text, label) => {
    const b = ui.el('button', text, 'secondary');
    b.type = 'button';
    b.setAttribute('aria-label', label);
    return b;
  };

  async function load() {
    const { accounts, offices } = await ui.api('GET', '/accounts');
    // The town's offices, spelt as the town does (citizens read them next to the name).
    const choice = $('account-office');
    choice.replaceChildren(choice.options[0], ...offices.map((office) => Object.assign(ui.el('option', office), { value: office })));
    $('account-table').tBodies[0].replaceChildren(
      ...accounts.map((account) => {
        const tr = ui.el('tr');
        const name = ui.el('th', account.name);
        name.scope = 'row';
        /** A cell with its column's name, shown in front of it where the table becomes cards (320 px). */
        const cell = (label, text, className) => {
          const td = ui.el('td', text, className);
          td.dataset.label = label;
          return td;
        };
        tr.append(
          name,
          cell('Rolle', ROLES[account.role] || account.role),
          cell('Anzeigename', account.displayName || '—'),
          cell('Stelle', account.office ? account.office + (account.ownOfficeOnly ? ' (nur ihre Anfragen)' : '') : '—'),
          cell('Status', account.disabled ? 'gesperrt' : 'aktiv'),
        );
        const actions = cell('Aktionen', undefined, 'row-actions');
        if (account.name !== ui.self) {
          const toggle = button(
            account.disabled ? 'Entsperren' : 'Sperren',
            (account.disabled ? 'Entsperren: ' : 'Sperren: ') + account.name,
          );
          toggle.addEventListener('click', () => setDisabled(account.name, !account.disabled));
          actions.append(toggle);
        }
        // An office's staff may be limited to its requests (an admin always sees all).
        if (account.office && account.role !== 'admin') {
          const scope = button(
            account.ownOfficeOnly ? 'Alle Anfragen zeigen' : 'Nur Anfragen der Stelle',
            (account.ownOfficeOnly ? 'Alle Anfragen zeigen für ' : 'Nur Anfragen der Stelle für ') + account.name,
          );
          scope.addEventListener('click', () => setOwnOfficeOnly(account.name, !account.ownOfficeOnly));
          actions.append(scope);
        }
        const reset = button('Neues Passwort', 'Neues Passwort für ' + account.name);
        reset.addEventListener('click', () => askPassword(account.name));
        actions.append(reset);
        tr.append(actions);
        return tr;
      }),
    );
  }

  async function setDisabled(name, disabled) {
    try {
      await ui.api('POST', '/accounts/' + encodeURIComponent(name) + '/disabled', { disabled });
      await load();
      ui.announce(disabled ? 'Konto ' + name + ' gesperrt. Es kann sich nicht mehr anmelden.' : 'Konto ' + name + ' entsperrt.');
      $('accounts-title').focus();
    } catch (error) {
      ui.announce(error.message);
    }
  }

  async function setOwnOfficeOnly(name, ownOfficeOnly) {
    try {
      await ui.api('POST', '/accounts/' + encodeURIComponent(name) + '/own-office-only', { ownOfficeOnly });
      await load();
      ui.announce(
        ownOfficeOnly ? 'Konto ' + name + ' sieht nur noch die Anfragen seiner Stelle.' : 'Konto ' + name + ' sieht alle Anfragen.',
      );
      $('accounts-title').focus();
    } catch (error) {
      ui.announce(error.message);
    }
  }

  function askPassword(name) {
    resetting = name;
    $('password-form').hidden = false;
    $('password-title').textContent = 'Neues Passwort für ' + name;
    $('password-error').textContent = '';
    $('password-new').value = '';
    $('password-new').focus();
  }

  function closePassword() {
    resetting = null;
    $('password-form').hidden = true;
    $('accounts-title').focus();
  }

  $('password-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await ui.api('POST', '/accounts/' + encodeURIComponent(resetting) + '/password', { password: $('password-new').value });
      const name = resetting;
      $('password-new').value = '';
      closePassword();
      ui.announce('Neues Passwort für ' + name + ' gesetzt.');
    } catch (error) {
      $('password-error').textContent = error.message;
      $('password-new').focus();
    }
  });
  $('password-cancel').addEventListener('click', closePassword);

  $('account-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('account-error').textContent = '';
    const body = { name: $('account-name').value.trim(), password: $('account-password').value, role: $('account-role').value };
    if ($('account-display').value.trim()) body.displayName = $('account-display').value.trim();
    if ($('account-office').value.trim()) body.office = $('account-office').value.trim();
    if ($('account-own-office').checked) body.ownOfficeOnly = true;
    try {
      await ui.api('POST', '/accounts', body);
      $('account-form').reset();
      await load();
      ui.announce('Konto ' + body.name + ' angelegt.');
    } catch (error) {
      $('account-error').textContent = error.message;
      $('account-name').focus();
    }
  });

  async function start(helpers) {
    ui = helpers;
    await load();
  }

  window.BuergerAccounts = { start };
})();
