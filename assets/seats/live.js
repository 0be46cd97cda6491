// Live updates for a seat's page and the projector: the server sends the live part of the
// page as server-sent events after every change; the browser reconnects by itself.
"use strict";
(function () {
  var live = document.getElementById("live");
  if (!live || !live.dataset.src || !window.EventSource) {
    return;
  }
  var source = new EventSource(live.dataset.src + window.location.search);
  source.onmessage = function (event) {
    live.innerHTML = event.data;
  };
})();
