// The citizen page: Web Chat fills the main area. On a wide screen the privacy notice is open; on
// a phone it is one line to open, so that the conversation keeps most of the screen.
(function () {
  'use strict';
  const wide = matchMedia('(min-width: 600px)').matches;
  document.getElementById('ba-privacy').open = wide;
  // The town's notices valid now ("Rathaus am 24.12. geschlossen"), from our own server.
  fetch('/api/notices', { credentials: 'omit' })
    .then((res) => (res.ok ? res.json() : { notices: [] }))
    .then((data) => {
      if (!data.notices.length) return;
      const list = document.getElementById('ba-notice-list');
      data.notices.forEach((notice) => {
        const li = document.createElement('li');
        li.textContent = notice.text;
        list.append(li);
      });
      const box = document.getElementById('ba-notices');
      box.open = wide;
      box.hidden = false;
    })
    .catch(() => undefined);
  window.BuergerAssistent.mount(document.getElementById('chat'), { baseUrl: location.origin });
})();
