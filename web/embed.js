// The embed snippet for the town's website — one tag:
//   <script src="https://ASSISTANT-HOST/embed.js" defer></script>
// It adds a launcher button; the chat opens in a modal dialog, and Web Chat is loaded only then.
// Everything is loaded from the assistant's server. Esc or "Schließen" closes the dialog and
// focus returns to the launcher. data-language="ls" (Leichte Sprache) or "en" (English) on the tag
// starts the conversation in that language:
//   <script src="https://ASSISTANT-HOST/embed.js" data-language="ls" defer></script>
(function () {
  'use strict';

  var script = document.currentScript;
  /** The Rathaus's name and phone number, filled in by the server (bot/site.ts). */
  var CONTACT = /*__CONTACT__*/ null;
  var baseUrl = new URL(script.src).origin;
  var loading = null;
  var language = script.getAttribute('data-language') || 'de';
  // The snippet's own words: German (also for Leichte Sprache, whose words are plain already) or English.
  var TEXTS = {
    de: {
      launcher: 'Fragen an das Rathaus? Zum Chat',
      title: 'Digitaler Assistent des Rathauses',
      close: 'Schließen',
      privacy:
        'Sie schreiben mit einem automatischen Programm. Ihre Nachrichten werden nur auf dem Server des Marktes gespeichert. Mehr mit „Datenschutz“.',
      loading: 'Der Chat wird geladen …',
    },
    en: {
      launcher: 'Questions for the town hall? Open the chat',
      title: 'Digital assistant of the town hall',
      close: 'Close',
      privacy: 'You are writing with an automated program. Your messages are stored only on the server of the town. More with “Privacy”.',
      loading: 'The chat is loading …',
    },
  };
  var t = language === 'en' ? TEXTS.en : TEXTS.de;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.async = false;
      s.onload = resolve;
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  /** When even chat.js could not be loaded: whom to call instead. */
  function unavailable() {
    var call = CONTACT && CONTACT.phone ? ' oder rufen Sie an: ' + CONTACT.name + ', Telefon ' + CONTACT.phone : '';
    return 'Der Chat ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal' + call + '.';
  }

  function build() {
    ['/embed.css', '/webchat.css'].forEach(function (file) {
      var css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = baseUrl + file;
      document.head.appendChild(css);
    });

    var launcher = element('button', 'ba-launcher', t.launcher);
    launcher.type = 'button';
    launcher.setAttribute('aria-haspopup', 'dialog');

    var dialog = element('dialog', 'ba-dialog');
    dialog.setAttribute('aria-labelledby', 'ba-dialog-title');
    var header = element('div', 'ba-dialog-header');
    var title = element('h2', null, t.title);
    title.id = 'ba-dialog-title';
    var close = element('button', 'ba-close', t.close);
    close.type = 'button';
    header.append(title, close);
    var privacy = element('p', 'ba-dialog-privacy', t.privacy);
    // Says who the citizen writes with; chat.js switches it during a live chat.
    privacy.setAttribute('data-ba-speaker', '');
    var chat = element('div', 'ba-dialog-chat');
    chat.setAttribute('role', 'region');
    chat.setAttribute('aria-label', 'Chat');
    dialog.append(header, privacy, chat);
    document.body.append(launcher, dialog);

    function focusSendBox() {
      var input = chat.querySelector('input[type="text"], textarea');
      if (input) input.focus();
    }

    launcher.addEventListener('click', function () {
      dialog.showModal();
      if (!loading) {
        chat.append(element('p', 'ba-loading', t.loading));
        // In order: Web Chat uses the React we load first (chat.js writes middleware with it).
        loading = ['/vendor/react.js', '/vendor/react-dom.js', '/vendor/webchat.js', '/chat.js']
          .reduce(function (previous, file) {
            return previous.then(function () {
              return loadScript(baseUrl + file);
            });
          }, Promise.resolve())
          .then(function () {
            chat.replaceChildren();
            return window.BuergerAssistent.mount(chat, { baseUrl: baseUrl, language: language });
          })
          .then(function () {
            // Web Chat renders on the next frames; then the citizen can type right away.
            requestAnimationFrame(function () {
              setTimeout(focusSendBox, 50);
            });
          })
          .catch(function () {
            loading = null;
            var error = element('p', 'ba-error', window.BuergerAssistent ? window.BuergerAssistent.unavailableText() : unavailable());
            error.setAttribute('role', 'alert');
            chat.replaceChildren(error);
          });
      } else {
        focusSendBox();
      }
    });
    close.addEventListener('click', function () {
      dialog.close();
    });
    // Esc closes the native dialog; in every case focus goes back to the launcher.
    dialog.addEventListener('close', function () {
      launcher.focus();
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', build);
  else build();
})();
