// The citizen page: Web Chat fills the main area. On a wide and tall screen the privacy notice is open; on
// a phone or a short window (a zoomed one) it is one line to open, so that the conversation keeps most of the screen.
// The header's language switch (Deutsch, Leichte Sprache, English) sets the conversation's language;
// ?sprache=ls or ?language=en in the address starts a new conversation in that language.
(function () {
  'use strict';

  var PAGE = {
    de: {
      lang: 'de',
      title: 'Digitaler Assistent des Markt Mömbris',
      speaker: 'Sie schreiben mit einem automatischen Programm, nicht mit einem Menschen.',
      privacy: 'Datenschutz',
      privacyText:
        'Ihre Nachrichten werden nur auf dem Server des Marktes gespeichert und nach einer festen Frist gelöscht. Schreiben Sie „Datenschutz“ für Einzelheiten. Bitte geben Sie nur Daten an, die für Ihr Anliegen nötig sind.',
      chat: 'Chat mit dem digitalen Assistenten',
      skip: 'Zum Eingabefeld springen',
      notices: 'Aktuelle Hinweise',
    },
    ls: {
      lang: 'de',
      title: 'Computer·helfer vom Markt Mömbris',
      speaker: 'Sie schreiben mit einem Programm. Sie schreiben nicht mit einem Menschen.',
      privacy: 'Datenschutz',
      privacyText:
        'Wir speichern Ihre Nachrichten. Nur der Markt Mömbris hat die Nachrichten. Nach einer Zeit löschen wir die Nachrichten. Bitte schreiben Sie nur das, was für Ihre Frage wichtig ist.',
      chat: 'Chat mit dem Computer·helfer',
      skip: 'Zum Schreib·feld springen',
      notices: 'Wichtige Nachrichten',
    },
    en: {
      lang: 'en',
      title: 'Digital assistant of Markt Mömbris',
      speaker: 'You are writing with an automated program, not with a person.',
      privacy: 'Privacy',
      privacyText:
        'Your messages are stored only on the server of the town and deleted after a fixed period. Write “Privacy” for details. Please give only the data your request needs.',
      chat: 'Chat with the digital assistant',
      skip: 'Skip to the message box',
      notices: 'Current notices (in German)',
    },
  };
  var buttons = [].slice.call(document.querySelectorAll('[data-ba-languages] button'));
  var chatElement = document.getElementById('chat');

  // The first Tab reaches the skip link, which puts the cursor in the message box (trial 49: the first Tab had been the
  // language switch; WCAG 2.4.1, a way past the header's controls).
  document.querySelector('[data-ba-skip]').addEventListener('click', function (event) {
    var input = chatElement.querySelector('[data-id="webchat-sendbox-input"]');
    if (!input) return;
    event.preventDefault();
    input.focus();
  });

  /** The page around the chat in the conversation's language. */
  function showLanguage(language) {
    var texts = PAGE[language] || PAGE.de;
    document.documentElement.lang = texts.lang;
    [].forEach.call(document.querySelectorAll('[data-ba-text]'), function (el) {
      el.textContent = texts[el.getAttribute('data-ba-text')];
      if (el.hasAttribute('data-ba-speaker')) el.dataset.baAssistant = el.textContent;
    });
    document.title = texts.title;
    chatElement.setAttribute('aria-label', texts.chat);
    buttons.forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-language') === language));
    });
  }

  /**
   * English for a browser that asks for English and no German at all (trial 40: an en-GB visitor was greeted in
   * German); a browser that also names German stays German, as most visitors of the town's site read it.
   */
  function browserLanguage() {
    var preferred = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || '']).map(
      function (l) {
        return String(l).toLowerCase();
      },
    );
    if (preferred.some((l) => l.indexOf('de') === 0)) return undefined;
    return preferred[0] && preferred[0].indexOf('en') === 0 ? 'en' : undefined;
  }

  var asked = new URLSearchParams(location.search);
  var language = asked.get('sprache') || asked.get('language') || browserLanguage();
  if (language) showLanguage(language);
  // Wide and tall enough: at 200 % zoom a desktop window is a short one, where the open notice left the conversation a strip (trial 37).
  var wide = matchMedia('(min-width: 600px) and (min-height: 600px)').matches;
  document.getElementById('ba-privacy').open = wide;
  // The town's notices valid now ("Rathaus am 24.12. geschlossen"), from our own server.
  fetch('/api/notices', { credentials: 'omit' })
    .then((res) => (res.ok ? res.json() : { notices: [] }))
    .then((data) => {
      if (!data.notices.length) return;
      var list = document.getElementById('ba-notice-list');
      data.notices.forEach((notice) => {
        var li = document.createElement('li');
        li.textContent = notice.text;
        list.append(li);
      });
      var box = document.getElementById('ba-notices');
      box.open = wide;
      box.hidden = false;
    })
    .catch(() => undefined);
  window.BuergerAssistent.mount(chatElement, { baseUrl: location.origin, language: language, onLanguage: showLanguage }).then(
    function (chat) {
      if (!chat) return;
      buttons.forEach(function (button) {
        button.addEventListener('click', function () {
          chat.setLanguage(button.getAttribute('data-language'));
        });
      });
    },
  );
})();
