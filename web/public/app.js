// The citizen page: Web Chat fills the main area. On a wide screen the privacy notice is open; on
// a phone it is one line to open, so that the conversation keeps most of the screen.
(function () {
  'use strict';
  document.getElementById('ba-privacy').open = matchMedia('(min-width: 600px)').matches;
  window.BuergerAssistent.mount(document.getElementById('chat'), { baseUrl: location.origin });
})();
