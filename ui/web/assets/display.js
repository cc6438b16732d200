// The projector page: takes each new state from the server's events and
// draws it in one go (no frame without text between two states), keeps
// the clock running between events, and fits the question to its box.
"use strict";
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var state = null, since = 0;

  function mmss(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    var two = function (n) { return (n < 10 ? "0" : "") + n; };
    if (s >= 3600) return Math.floor(s / 3600) + ":" + two(Math.floor(s / 60) % 60) + ":" + two(s % 60);
    return Math.floor(s / 60) + ":" + two(s % 60);
  }

  function level(el, limit) {
    if (limit <= 0) return "calm";
    if (el > limit) return "overtime";
    if (el >= limit - Math.floor(limit / 5)) return "warning";
    return "calm";
  }

  function drawClock() {
    var v = state;
    if (!v || !v.clock) { $("clock").className = "clock calm none"; return; }
    var el = v.elapsed + (v.running ? performance.now() - since : 0);
    var lvl = level(el, v.limit);
    var text = lvl === "overtime" ? "+" + mmss(el - v.limit) : mmss(el);
    var cls = "clock " + lvl + (v.running ? "" : " paused");
    if ($("clock").className !== cls) $("clock").className = cls;
    if ($("digits").textContent !== text) $("digits").textContent = text;
    var st = (v.running ? "" : "■ " + v.paused + " · ") + "/ " + mmss(v.limit);
    if ($("clockstate").textContent !== st) $("clockstate").textContent = st;
  }

  // fit makes the question as large as its box allows, between 9% and
  // 3.7% of the window's height (40 px at 1080), largest first.
  function fit() {
    var box = $("textbox"), text = $("text");
    var hi = Math.round(window.innerHeight * 0.09), lo = Math.max(20, Math.round(window.innerHeight * 0.037));
    text.style.fontSize = hi + "px";
    if (box.scrollHeight <= box.clientHeight) return;
    while (hi - lo > 1) {
      var mid = Math.floor((hi + lo) / 2);
      text.style.fontSize = mid + "px";
      if (box.scrollHeight <= box.clientHeight) lo = mid; else hi = mid;
    }
    text.style.fontSize = lo + "px";
  }

  function set(id, s) { var e = $(id); if (e.textContent !== s) e.textContent = s; }

  function draw(v) {
    state = v; since = performance.now();
    var mode = "mode-" + v.mode;
    if (document.body.className !== mode) document.body.className = mode;
    document.title = v.title || "Podium";
    set("title", v.title); set("meta", v.meta); set("name", v.name); set("sub", v.sub);
    set("idle", v.idle); set("text", v.text);
    set("nextlabel", v.nextLabel || "");
    var list = $("nextlist"), items = v.next || [];
    var same = list.children.length === items.length;
    for (var i = 0; same && i < items.length; i++) same = list.children[i].textContent === items[i];
    if (!same) {
      var frag = document.createDocumentFragment();
      items.forEach(function (s) { var li = document.createElement("li"); li.textContent = s; frag.appendChild(li); });
      list.replaceChildren(frag);
    }
    set("ctitle", v.title); set("ctopic", v.topic || ""); set("cwhere", v.where || ""); set("cchair", v.chair || "");
    var ask = $("ask");
    if (ask) ask.hidden = !v.asking;
    drawClock();
    if (v.mode === "live") fit();
  }

  function connect() {
    var code = document.body.getAttribute("data-code") || "";
    var es = new EventSource("/display/events?code=" + encodeURIComponent(code));
    es.onmessage = function (e) { $("reconnect").hidden = true; draw(JSON.parse(e.data)); };
    es.onopen = function () { $("reconnect").hidden = true; };
    es.onerror = function () { $("reconnect").hidden = false; };
  }

  draw(JSON.parse($("first").textContent));
  setInterval(drawClock, 200);
  window.addEventListener("resize", function () { if (state && state.mode === "live") fit(); });
  connect();
})();
