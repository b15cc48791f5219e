// The citizen page: Web Chat fills the main area.
(function () {
  'use strict';
  window.BuergerAssistent.mount(document.getElementById('chat'), { baseUrl: location.origin });
})();
