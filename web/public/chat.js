// Starts Web Chat against the assistant's own Direct Line endpoint. Used by the citizen page
// (app.js) and by the embed snippet (embed.js). Keeps the conversation in sessionStorage, so a
// reload continues it. No inline script, no third-party requests: everything comes from baseUrl.
(function () {
  'use strict';

  var STORAGE_KEY = 'buerger-assistent:chat';

  // The town's colours; every pair meets WCAG AA contrast (4.5:1 for text).
  var COLORS = { primary: '#0b4f8a', primaryText: '#ffffff', text: '#1b1b1b', subtle: '#595959', background: '#ffffff', bubble: '#f1f4f8' };

  var STYLE_OPTIONS = {
    accent: COLORS.primary,
    backgroundColor: COLORS.background,
    subtle: COLORS.subtle,
    timestampColor: COLORS.subtle,
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    rootHeight: '100%',
    rootWidth: '100%',
    bubbleBackground: COLORS.bubble,
    bubbleTextColor: COLORS.text,
    bubbleBorderRadius: 8,
    bubbleFromUserBackground: COLORS.primary,
    bubbleFromUserTextColor: COLORS.primaryText,
    bubbleFromUserBorderRadius: 8,
    botAvatarInitials: 'MM',
    botAvatarBackgroundColor: COLORS.primary,
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: COLORS.background,
    suggestedActionTextColor: COLORS.primary,
    suggestedActionBorderColor: COLORS.primary,
    suggestedActionBorderWidth: 2,
    suggestedActionBorderRadius: 6,
    sendBoxButtonColor: COLORS.primary,
    sendBoxTextColor: COLORS.text,
    sendBoxPlaceholderColor: COLORS.subtle,
    sendBoxBorderTop: 'solid 1px ' + COLORS.subtle,
    hideUploadButton: false,
    // A chosen photo is sent at once: the form asks "Senden Sie es jetzt", and a photo waiting
    // silently for the send button is easily lost.
    sendAttachmentOn: 'attach',
    // Only what the Mängelmelder accepts (the server checks the content again).
    uploadAccept: 'image/jpeg,image/png,image/webp,image/gif,application/pdf',
    // The server marks every message as plain text, so Web Chat's markdown renderer is not used.
    // Should a markdown message ever arrive, raw HTML in it stays text: the bundled sanitize-html
    // (2.13.0, pinned by botframework-webchat 4.18.1) has a known bypass (see SECURITY.md).
    markdownRenderHTML: false,
    // A long answer (text and card) does not scroll its beginning — the point the citizen asked —
    // out of view: automatic scrolling stops once a page of new content has arrived.
    autoScrollSnapOnPage: true,
  };
  // Web Chat's own animations (new messages, scrolling) stop for people who asked for less motion.
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) STYLE_OPTIONS.transitionDuration = '0s';

  function load() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || 'null');
      return saved && typeof saved.token === 'string' ? saved : null;
    } catch {
      return null;
    }
  }

  function save(session) {
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    } catch {
      // Private mode without storage: the chat works, a reload starts a new one.
    }
  }

  function postJson(url, token) {
    var headers = token ? { Authorization: 'Bearer ' + token } : {};
    return fetch(url, { method: 'POST', headers: headers, credentials: 'omit' }).then(function (res) {
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return res.json();
    });
  }

  /** A token for the saved conversation (renewed), or for a new one. */
  function session(baseUrl) {
    var saved = load();
    var resumed = saved
      ? postJson(baseUrl + '/v3/directline/tokens/refresh', saved.token).then(function (body) {
          return { conversationId: body.conversationId, userId: saved.userId, token: body.token };
        })
      : Promise.reject(new Error('no saved conversation'));
    return resumed
      .catch(function () {
        return postJson(baseUrl + '/api/directline/token').then(function (body) {
          return { conversationId: body.conversationId, userId: body.userId, token: body.token };
        });
      })
      .then(function (s) {
        save(s);
        return s;
      });
  }

  /** The page's CSP nonce for Web Chat's <style> elements (only on our own page; see site.ts). */
  function styleNonce() {
    var meta = document.querySelector('meta[name="style-nonce"]');
    return (meta && meta.getAttribute('content')) || undefined;
  }

  function showError(container) {
    var message = document.createElement('p');
    message.className = 'ba-error';
    message.setAttribute('role', 'alert');
    message.textContent = 'Der Chat ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal oder rufen Sie im Rathaus an.';
    container.replaceChildren(message);
  }

  /** Renders Web Chat into `container`. Resolves when it is rendered. */
  function mount(container, options) {
    var baseUrl = (options && options.baseUrl) || location.origin;
    return session(baseUrl).then(
      function (s) {
        // The token names the conversation: starting with it resumes that conversation.
        var directLine = window.WebChat.createDirectLine({ token: s.token, domain: baseUrl + '/v3/directline' });
        // directlinejs renews the token while the page is open; keep the newest for a reload.
        window.addEventListener('pagehide', function () {
          if (directLine.token) save({ conversationId: s.conversationId, userId: s.userId, token: directLine.token });
        });
        window.WebChat.renderWebChat(
          { directLine: directLine, userID: s.userId, locale: 'de-DE', styleOptions: STYLE_OPTIONS, nonce: styleNonce() },
          container,
        );
      },
      function () {
        showError(container);
      },
    );
  }

  window.BuergerAssistent = { mount: mount };
})();
