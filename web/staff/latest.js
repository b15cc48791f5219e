// A list in the console is drawn from the server's answer. Events can ask for it again while an
// earlier fetch is still under way, and answers may come back out of order, so an older answer
// could be drawn over a newer one. One draw runs at a time; calls while it runs ask for one more
// afterwards, and every caller's promise settles once a draw that began after its call is done.
'use strict';
window.BuergerLatest = function latest(draw) {
  let running = null;
  let again = false;
  return function () {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await draw();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
};
