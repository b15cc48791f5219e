// The embed snippet for the town's website — one tag:
//   <script src="https://ASSISTANT-HOST/embed.js" defer></script>
// It adds a launcher button; the chat opens in a modal dialog, and Web Chat is loaded only then.
// Everything is loaded from the assistant's server. Esc or "Schließen" closes the dialog and
// focus returns to the launcher.
(function () {
  'use strict';

  var script = document.currentScript;
  /** The Rathaus's name and phone number, filled in by the server (bot/site.ts). */
  var CONTACT = /*__CONTACT__*/ null;
  var baseUrl = new URL(script.src).origin;
  var loading = null;

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

  function build() {
    ['/embed.css', '/webchat.css'].forEach(function (file) {
      var css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = baseUrl + file;
      document.head.appendChild(css);
    });

    var launcher = element('button', 'ba-launcher', 'Fragen an das Rathaus? Zum Chat');
    launcher.type = 'button';
    launcher.setAttribute('aria-haspopup', 'dialog');

    var dialog = element('dialog', 'ba-dialog');
    dialog.setAttribute('aria-labelledby', 'ba-dialog-title');
    var header = element('div', 'ba-dialog-header');
    var title = element('h2', null, 'Digitaler Assistent des Rathauses');
    title.id = 'ba-dialog-title';
    var close = element('button', 'ba-close', 'Schließen');
    close.type = 'button';
    header.append(title, close);
    var privacy = element(
      'p',
      'ba-dialog-privacy',
      'Sie schreiben mit einem automatischen Programm. Ihre Nachrichten werden nur auf dem Server des Marktes gespeichert. Mehr mit „Datenschutz“.',
    );
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
        chat.append(element('p', 'ba-loading', 'Der Chat wird geladen …'));
        // In order: Web Chat uses the React we load first (chat.js writes middleware with it).
        loading = ['/vendor/react.js', '/vendor/react-dom.js', '/vendor/webchat.js', '/chat.js']
          .reduce(function (previous, file) {
            return previous.then(function () {
              return loadScript(baseUrl + file);
            });
          }, Promise.resolve())
          .then(function () {
            chat.replaceChildren();
            return window.BuergerAssistent.mount(chat, { baseUrl: baseUrl });
          })
          .then(function () {
            // Web Chat renders on the next frames; then the citizen can type right away.
            requestAnimationFrame(function () {
              setTimeout(focusSendBox, 50);
            });
          })
          .catch(function () {
            loading = null;
            var call = CONTACT && CONTACT.phone ? ' oder rufen Sie an: ' + CONTACT.name + ', Telefon ' + CONTACT.phone : '';
            var error = element(
              'p',
              'ba-error',
              'Der Chat ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal' + call + '.',
            );
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
