// Starts Web Chat against the assistant's own Direct Line endpoint. Used by the citizen page
// (app.js) and by the embed snippet (embed.js). Keeps the conversation in sessionStorage, so a
// reload continues it. No inline script, no third-party requests: everything comes from baseUrl.
// Web Chat runs on the React we serve (/vendor/react.js), which lets this file add middleware:
// a staff member's messages show their name and their own avatar and bubble, a screen reader
// hears who speaks, times are German ("13:07 Uhr"), and a live chat has its own bar with
// "Zurück zum Assistenten".
(function () {
  'use strict';

  var STORAGE_KEY = 'buerger-assistent:chat';
  /** The Rathaus's name and phone number, filled in by the server (bot/site.ts). */
  var CONTACT = /*__CONTACT__*/ null;
  var h = window.React.createElement;

  // The conversation languages: German, Leichte Sprache (German, de-DE) and English. Web Chat's own
  // strings follow its locale; these are the strings of this file. The assistant's replies carry the
  // language they were written in, and a switch in the chat (channelData.language) switches the page.
  var LANGUAGES = ['de', 'ls', 'en'];
  var LOCALES = { de: 'de-DE', ls: 'de-DE', en: 'en-US' };
  var TEXTS = {
    de: {
      backToAssistant: 'Zurück zum Assistenten',
      assistantSaid: 'Der Assistent sagte: ',
      said: ' sagte: ',
      sent: 'Gesendet ',
      oClock: ' Uhr',
      keyboardHelp: 'Tastaturhilfe',
      live: function (who) {
        return 'Sie schreiben jetzt mit ' + who + ', einem Menschen aus dem Rathaus.';
      },
      liveEnded: 'Sie schreiben wieder mit dem digitalen Assistenten.',
      unavailable: 'Der Chat ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal',
      call: function (name, phone) {
        return ' oder rufen Sie an: ' + name + ', Telefon ' + phone;
      },
      callRathaus: ' oder rufen Sie im Rathaus an',
      tooManyFiles: 'Bitte senden Sie höchstens 3 Dateien auf einmal. Die ersten 3 habe ich gesendet.',
      wrongType: function (name) {
        return '„' + name + '“ wurde nicht gesendet: Erlaubt sind Fotos (JPEG, PNG, WebP, GIF) und PDF.';
      },
      tooLarge: function (name) {
        return '„' + name + '“ wurde nicht gesendet: Die Datei ist größer als 5 MB.';
      },
      tooLong: function (length, max) {
        return (
          'Ihre Nachricht hat ' + length + ' Zeichen und wurde nicht gesendet. Bitte kürzen Sie sie auf höchstens ' + max + ' Zeichen.'
        );
      },
      erased: 'Ihre Daten sind gelöscht. Das Gespräch ist nicht mehr zu sehen.',
    },
    en: {
      backToAssistant: 'Back to the assistant',
      assistantSaid: 'The assistant said: ',
      said: ' said: ',
      sent: 'Sent ',
      oClock: '',
      keyboardHelp: 'Keyboard help',
      live: function (who) {
        return 'You are now writing with ' + who + ', a person from the town hall.';
      },
      liveEnded: 'You are writing with the digital assistant again.',
      unavailable: 'The chat cannot be reached right now. Please try again later',
      call: function (name, phone) {
        return ' or call: ' + name + ', phone ' + phone;
      },
      callRathaus: ' or call the town hall',
      tooManyFiles: 'Please send at most 3 files at once. I have sent the first 3.',
      wrongType: function (name) {
        return '“' + name + '” was not sent: photos (JPEG, PNG, WebP, GIF) and PDF are allowed.';
      },
      tooLarge: function (name) {
        return '“' + name + '” was not sent: the file is larger than 5 MB.';
      },
      tooLong: function (length, max) {
        return 'Your message has ' + length + ' characters and was not sent. Please shorten it to at most ' + max + ' characters.';
      },
      erased: 'Your data is deleted. The conversation is no longer shown.',
    },
  };
  // Leichte Sprache: short sentences; what it does not say differently is the German (trial 37: the live chat's bar was plain German).
  TEXTS.ls = Object.assign({}, TEXTS.de, {
    live: function (who) {
      return 'Sie schreiben jetzt mit ' + who + '. Das ist ein Mensch aus dem Rathaus.';
    },
    liveEnded: 'Jetzt schreiben Sie wieder mit dem Computer·helfer.',
    unavailable: 'Der Chat geht gerade nicht. Bitte versuchen Sie es später noch einmal',
    tooLong: function (length, max) {
      return 'Ihre Nachricht ist zu lang. Sie wurde nicht gesendet. Bitte schreiben Sie höchstens ' + max + ' Zeichen.';
    },
    erased: 'Ihre Daten sind jetzt gelöscht. Das Gespräch ist weg.',
  });
  var language = 'de';
  var t = function () {
    return TEXTS[language];
  };

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
    // A notification of three lines on a phone is shown whole (trial 45: "… höchstens 2000 Zeichen." was cut off at 50 px).
    toasterSingularMaxHeight: 120,
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

  // Who speaks is said per message (see accessibleName), not as "Bot MM sagte:" for everyone.
  var STRINGS = { ACTIVITY_BOT_SAID_ALT: ' ' };

  /** The staff member of a message ({ name, office }), or null for the assistant. */
  function speakerOf(activity) {
    var speaker = activity && activity.channelData && activity.channelData.speaker;
    return speaker && typeof speaker.name === 'string' && typeof speaker.office === 'string' ? speaker : null;
  }

  function label(speaker) {
    return speaker.name + ' (' + speaker.office + ')';
  }

  function initials(name) {
    return name
      .split(/\s+/)
      .map(function (part) {
        return part.charAt(0);
      })
      .join('')
      .slice(0, 2)
      .toUpperCase();
  }

  var TIME = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });
  var DAY = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'numeric', timeZone: 'Europe/Berlin' });

  /** "13:07 Uhr" today, "29.11., 13:07 Uhr" on another day (24-hour clock, Europe/Berlin). */
  function germanTime(timestamp) {
    var date = new Date(timestamp);
    var day = DAY.format(date);
    return (day === DAY.format(new Date()) ? '' : day + ', ') + TIME.format(date) + t().oClock;
  }

  /** The screen reader's text for a message of the assistant or a staff member. */
  function accessibleName(activity) {
    var speaker = speakerOf(activity);
    return (speaker ? label(speaker) + t().said : t().assistantSaid) + activity.text;
  }

  /** Splits Web Chat's groups of one role where the sender changes (the assistant, a staff member). */
  function bySender(groups) {
    return groups.reduce(function (result, group) {
      group.forEach(function (activity, index) {
        if (index === 0 || activity.from.id !== group[index - 1].from.id) result.push([]);
        result[result.length - 1].push(activity);
      });
      return result;
    }, []);
  }

  var MIDDLEWARE = {
    // Web Chat groups messages by role only; a staff member's messages make a group of their own.
    groupActivitiesMiddleware: function () {
      return function (next) {
        return function (args) {
          var groups = next(args);
          return Object.assign({}, groups, { sender: bySender(groups.sender) });
        };
      };
    },
    // A staff member's avatar: their initials on a colour of its own.
    avatarMiddleware: function () {
      return function (next) {
        return function (args) {
          var speaker = !args.fromUser && speakerOf(args.activity);
          if (!speaker) return next(args);
          return function () {
            return h('div', { className: 'ba-staff-avatar', 'aria-hidden': 'true' }, initials(speaker.name));
          };
        };
      };
    },
    // A staff member's message: their name above it and a bubble style of its own.
    activityMiddleware: function () {
      return function (next) {
        return function () {
          var render = next.apply(null, arguments);
          var speaker = speakerOf(arguments[0] && arguments[0].activity);
          if (!render || !speaker) return render;
          return function () {
            return h(
              'div',
              { className: 'ba-from-staff' },
              h('p', { className: 'ba-staff-name', 'aria-hidden': 'true' }, label(speaker)),
              render.apply(null, arguments),
            );
          };
        };
      };
    },
    // German times, 24-hour clock (Web Chat's own format says "1:07 PM").
    activityStatusMiddleware: function () {
      return function (next) {
        return function (args) {
          var activity = args.activity;
          if (args.sendState !== 'sent' || !activity.timestamp) return next(args);
          // A message inside a group shows no time, but screen readers hear it: Web Chat's own text for it
          // is "Gesendet um 6. Dezember um 4:15 PM" (its skeleton has a 12-hour clock; trial 46).
          if (args.hideTimestamp) return h('span', { className: 'ba-visually-hidden' }, t().sent + germanTime(activity.timestamp));
          return h(
            'span',
            { className: 'ba-time' },
            h('span', { className: 'ba-visually-hidden' }, t().sent),
            germanTime(activity.timestamp),
          );
        };
      };
    },
  };

  /** The bar above the chat during a live chat: who the citizen writes with, and the way back. */
  function liveBar(onBack) {
    var bar = document.createElement('div');
    bar.className = 'ba-live';
    var status = document.createElement('p');
    status.className = 'ba-live-status';
    status.setAttribute('role', 'status');
    var back = document.createElement('button');
    back.type = 'button';
    back.className = 'ba-live-back';
    back.textContent = t().backToAssistant;
    back.hidden = true;
    back.addEventListener('click', onBack);
    bar.append(status, back);
    // Elements of the page that say who the citizen writes with (the header's disclosure).
    var disclosures = [].slice.call(document.querySelectorAll('[data-ba-speaker]'));
    disclosures.forEach(function (el) {
      el.dataset.baAssistant = el.textContent;
    });
    // The last state shown, said again in the new language when the citizen switches (trial 39: the bar stayed German).
    var shown = { state: 'none' };
    return {
      element: bar,
      refresh: function () {
        this.set(shown);
      },
      set: function (liveChat) {
        shown = liveChat;
        var live = liveChat.state === 'started' && liveChat.speaker;
        var text = live ? t().live(label(liveChat.speaker)) : '';
        back.textContent = t().backToAssistant;
        back.hidden = !live;
        bar.classList.toggle('ba-live--on', Boolean(live));
        status.textContent = live ? text : liveChat.state === 'ended' ? t().liveEnded : '';
        disclosures.forEach(function (el) {
          el.textContent = live ? text : el.dataset.baAssistant;
        });
      },
    };
  }

  // Photos as phones take them (6 to 9 MB, 12 to 50 megapixels) are made smaller before they are sent: the
  // assistant takes at most 3 files of 5 MB each, and a defect needs no more than 2560 pixels a side. A file it
  // would refuse anyway is not sent, and the citizen reads why (Web Chat itself only says "Fehler beim Senden").
  // The server checks and re-encodes every file again; this only spares the citizen a failed upload.
  var MAX_FILES = 3;
  /** The server's MAX_MESSAGE_CHARS by default: a longer message stays in the send box to shorten, instead of being refused after sending (trial 37). */
  var MAX_CHARS = 2000;
  var MAX_BYTES = 5 * 1024 * 1024;
  var SHRINK_ABOVE = 1.5 * 1024 * 1024;
  var MAX_EDGE = 2560;
  var ACCEPTED = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'];
  /**
   * The first bytes of each accepted kind, as the server checks them: a file named "foto.jpg" that is no photo would be
   * refused after sending with Web Chat's "Fehler beim Senden" alone (trial 40); here the citizen reads why.
   */
  var SIGNATURES = [
    [0xff, 0xd8, 0xff],
    [0x89, 0x50, 0x4e, 0x47],
    [0x47, 0x49, 0x46, 0x38],
    [0x25, 0x50, 0x44, 0x46],
  ];
  function isAcceptedContent(blob) {
    return blob
      .slice(0, 12)
      .arrayBuffer()
      .then(function (buffer) {
        var bytes = new Uint8Array(buffer);
        var webp =
          String.fromCharCode.apply(null, bytes.slice(0, 4)) === 'RIFF' && String.fromCharCode.apply(null, bytes.slice(8, 12)) === 'WEBP';
        return (
          webp ||
          SIGNATURES.some(function (signature) {
            return signature.every(function (byte, i) {
              return bytes[i] === byte;
            });
          })
        );
      })
      .catch(function () {
        return true;
      });
  }

  /** A large photo drawn again at most MAX_EDGE pixels a side, as JPEG (which also leaves its metadata behind). */
  function shrunk(blob) {
    if (['image/jpeg', 'image/png', 'image/webp'].indexOf(blob.type) < 0 || blob.size <= SHRINK_ABOVE || !window.createImageBitmap)
      return Promise.resolve(blob);
    return window
      .createImageBitmap(blob, { imageOrientation: 'from-image' })
      .then(function (bitmap) {
        var scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
        var canvas = document.createElement('canvas');
        canvas.width = Math.max(1, Math.round(bitmap.width * scale));
        canvas.height = Math.max(1, Math.round(bitmap.height * scale));
        canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
        bitmap.close();
        return new Promise(function (resolve) {
          canvas.toBlob(
            function (small) {
              var name = (blob.name || 'foto').replace(/\.[^.]*$/, '') + '.jpg';
              resolve(small ? new File([small], name, { type: 'image/jpeg' }) : blob);
            },
            'image/jpeg',
            0.85,
          );
        });
      })
      .catch(function () {
        return blob;
      });
  }

  /** The attachments the assistant will take (smaller where needed) and the reasons for those it would refuse. */
  function checkedAttachments(attachments) {
    var refused = attachments.length > MAX_FILES ? [t().tooManyFiles] : [];
    return Promise.all(
      attachments.slice(0, MAX_FILES).map(function (attachment) {
        var name = attachment.blob.name || 'Datei';
        if (ACCEPTED.indexOf(attachment.blob.type) < 0) {
          refused.push(t().wrongType(name));
          return null;
        }
        return isAcceptedContent(attachment.blob).then(function (accepted) {
          if (!accepted) {
            refused.push(t().wrongType(name));
            return null;
          }
          return shrunk(attachment.blob).then(function (blob) {
            if (blob.size > MAX_BYTES) {
              refused.push(t().tooLarge(name));
              return null;
            }
            return blob === attachment.blob ? attachment : Object.assign({}, attachment, { blob: blob });
          });
        });
      }),
    ).then(function (kept) {
      return {
        kept: kept.filter(function (attachment) {
          return attachment !== null;
        }),
        refused: refused,
      };
    });
  }

  /** Files the citizen sends: checked and made smaller first; what is refused is said in a notification. */
  function sendChecked(store, next, action) {
    checkedAttachments(action.payload.attachments).then(function (checked) {
      // The reasons of an earlier try are gone with the next one.
      for (var i = 0; i <= MAX_FILES; i++) store.dispatch({ type: 'WEB_CHAT/DISMISS_NOTIFICATION', payload: { id: 'ba-upload-' + i } });
      checked.refused.forEach(function (message, i) {
        store.dispatch({ type: 'WEB_CHAT/SET_NOTIFICATION', payload: { id: 'ba-upload-' + i, level: 'error', message: message } });
      });
      if (checked.kept.length || action.payload.text) {
        next(Object.assign({}, action, { payload: Object.assign({}, action.payload, { attachments: checked.kept }) }));
      }
    });
  }

  /** Web Chat's store, with what chat.js needs to see of incoming messages and of the files sent. */
  function createStore(onLiveChat, onLanguage, onErased) {
    return window.WebChat.createStore({}, function (store) {
      return function (next) {
        return function (action) {
          if (action.type === 'WEB_CHAT/SUBMIT_SEND_BOX') {
            var typed = store.getState().sendBoxValue || '';
            if (typed.length > MAX_CHARS) {
              store.dispatch({
                type: 'WEB_CHAT/SET_NOTIFICATION',
                payload: { id: 'ba-too-long', level: 'error', message: t().tooLong(typed.length, MAX_CHARS) },
              });
              return undefined;
            }
            store.dispatch({ type: 'WEB_CHAT/DISMISS_NOTIFICATION', payload: { id: 'ba-too-long' } });
          }
          if (
            action.type === 'WEB_CHAT/SEND_MESSAGE' &&
            action.payload &&
            action.payload.attachments &&
            action.payload.attachments.length
          ) {
            return sendChecked(store, next, action);
          }
          var activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload.activity;
          if (!activity || activity.type !== 'message' || !activity.from || activity.from.role === 'user') return next(action);
          var data = activity.channelData || {};
          if (data.liveChat) onLiveChat(data.liveChat);
          // The citizen's data was deleted: the old conversation leaves the screen.
          if (data.erased) return onErased();
          // The citizen switched the language in the chat ("English", "Leichte Sprache"): the page follows.
          if (LANGUAGES.indexOf(data.language) >= 0) onLanguage(data.language);
          var speaker = speakerOf(activity);
          if (!activity.text && !speaker) return next(action);
          var changed = Object.assign({}, activity);
          if (activity.text) changed.channelData = Object.assign({}, data, { 'webchat:fallback-text': accessibleName(activity) });
          // A sender of its own: Web Chat groups a staff member's messages apart from the
          // assistant's, each group with its avatar.
          if (speaker) changed.from = { id: 'staff:' + label(speaker), name: label(speaker), role: 'bot' };
          return next(Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: changed }) }));
        };
      };
    });
  }

  /**
   * Web Chat puts its keyboard help first in the tab order, so the first Tab would open an
   * overlay over the chat. It stays reachable through our own "Tastaturhilfe" button instead.
   */
  function keyboardHelp(host) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'ba-keyboard-help';
    button.textContent = t().keyboardHelp;
    button.addEventListener('click', function () {
      var close = host.querySelector('.webchat__keyboard-help__close-button');
      if (close) close.focus();
    });
    var untab = function () {
      var close = host.querySelector('.webchat__keyboard-help__close-button');
      if (close && close.tabIndex !== -1) close.tabIndex = -1;
    };
    new MutationObserver(untab).observe(host, { childList: true, subtree: true });
    return button;
  }

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

  /** A token for the saved conversation (renewed), or for a new one in `wanted` (the page's or embed's language). */
  function session(baseUrl, wanted) {
    var saved = load();
    var resumed = saved
      ? postJson(baseUrl + '/v3/directline/tokens/refresh', saved.token).then(function (body) {
          return { conversationId: body.conversationId, userId: saved.userId, token: body.token, language: saved.language };
        })
      : Promise.reject(new Error('no saved conversation'));
    return resumed
      .catch(function () {
        return postJson(baseUrl + '/api/directline/token?language=' + encodeURIComponent(wanted)).then(function (body) {
          return { conversationId: body.conversationId, userId: body.userId, token: body.token, language: wanted };
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

  /** What the citizen reads when the chat cannot start: and whom to call instead. */
  function unavailableText() {
    var call = CONTACT && CONTACT.phone ? t().call(CONTACT.name, CONTACT.phone) : t().callRathaus;
    return t().unavailable + call + '.';
  }

  function showError(container) {
    var message = document.createElement('p');
    message.className = 'ba-error';
    message.setAttribute('role', 'alert');
    message.textContent = unavailableText();
    container.replaceChildren(message);
  }

  /**
   * Renders Web Chat into `container`. Resolves with { language, setLanguage } when it is rendered.
   * options.language: the page's or embed's setting for a new conversation (a saved one keeps its own);
   * options.onLanguage: told whenever the conversation's language changes.
   */
  function mount(container, options) {
    var baseUrl = (options && options.baseUrl) || location.origin;
    var wanted = LANGUAGES.indexOf(options && options.language) >= 0 ? options.language : 'de';
    var onLanguage = (options && options.onLanguage) || function () {};
    language = wanted;
    return session(baseUrl, wanted).then(
      function (s) {
        language = LANGUAGES.indexOf(s.language) >= 0 ? s.language : 'de';
        // The token names the conversation: starting with it resumes that conversation.
        var directLine = window.WebChat.createDirectLine({ token: s.token, domain: baseUrl + '/v3/directline' });
        // directlinejs renews the token while the page is open; keep the newest for a reload.
        var keep = function () {
          if (directLine.token) save({ conversationId: s.conversationId, userId: s.userId, token: directLine.token, language: language });
        };
        window.addEventListener('pagehide', keep);
        var host = document.createElement('div');
        host.className = 'ba-webchat';
        var store;
        // Whether a staff member has taken over the conversation (the live bar says with whom).
        var withStaff = false;
        var bar = liveBar(function () {
          store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: t().backToAssistant } });
          var input = host.querySelector('[data-id="webchat-sendbox-input"]');
          if (input) input.focus();
        });
        var help = keyboardHelp(host);
        // Web Chat in the conversation's language (its own strings and the locale of what it sends).
        var render = function () {
          window.WebChat.renderWebChat(
            Object.assign(
              {
                directLine: directLine,
                store: store,
                userID: s.userId,
                locale: LOCALES[language],
                // A staff member in a live chat sees that the citizen is writing; the assistant needs no
                // such signal, and each one would count against the writes allowed per minute.
                sendTypingIndicator: withStaff,
                overrideLocalizedStrings: STRINGS,
                styleOptions: STYLE_OPTIONS,
                nonce: styleNonce(),
              },
              MIDDLEWARE,
            ),
            host,
          );
        };
        var follow = function (next) {
          if (next === language) return;
          language = next;
          save({ conversationId: s.conversationId, userId: s.userId, token: directLine.token || s.token, language: language });
          help.textContent = t().keyboardHelp;
          bar.refresh();
          render();
          onLanguage(language);
        };
        var live = function (liveChat) {
          bar.set(liveChat);
          var now = liveChat.state === 'started' && Boolean(liveChat.speaker);
          if (now === withStaff) return;
          withStaff = now;
          render();
        };
        var api;
        /**
         * After "Meine Daten löschen": the deleted conversation leaves the screen and the page starts a new
         * one, which says that the data is deleted; on a shared computer the next person reads nothing of it.
         */
        var erased = function () {
          window.removeEventListener('pagehide', keep);
          try {
            sessionStorage.removeItem(STORAGE_KEY);
          } catch {
            // Private mode without storage: nothing was saved.
          }
          directLine.end();
          mount(container, { baseUrl: baseUrl, language: language, onLanguage: onLanguage, erased: true }).then(function (fresh) {
            api.language = fresh.language;
            api.setLanguage = fresh.setLanguage;
          });
        };
        store = createStore(live, follow, erased);
        container.classList.add('ba-chat-frame');
        container.replaceChildren(bar.element, host, help);
        render();
        onLanguage(language);
        if (options && options.erased) {
          store.dispatch({ type: 'WEB_CHAT/SET_NOTIFICATION', payload: { id: 'ba-erased', level: 'success', message: t().erased } });
        }
        api = {
          language: language,
          /** The page's language switch: the assistant switches and says so in the new language. */
          setLanguage: function (next) {
            if (LANGUAGES.indexOf(next) < 0 || next === language) return;
            store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'language', value: next } });
            follow(next);
          },
        };
        return api;
      },
      function () {
        showError(container);
      },
    );
  }

  window.BuergerAssistent = { mount: mount, unavailableText: unavailableText };
})();
