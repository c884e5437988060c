/* Live sources (faultline serve --watch): each source's health and the articles the watcher stores, as
   they arrive, from GET api/sources and the server-sent events of GET api/live ("sources" after each
   poll, "article" per stored article with its canonical events). It builds its own panel at the top of
   the page and needs one hook from js/main.js: window.faultline.reload(), which redraws map, timeline, table
   and network once new events are stored. window.faultlineLive exposes what it received (for tests). */
(function () {
  'use strict';

  const MAX_ARTICLES = 25;
  const live = { watching: false, sources: [], articles: [], connected: false };
  window.faultlineLive = live;
  let reloadTimer = null;

  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v; else e.setAttribute(k, v);
    }
    for (const k of kids) if (k != null) e.append(k instanceof Node ? k : String(k));
    return e;
  }

  function time(t) {
    return t ? String(t).replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC') : '';
  }

  function panel() {
    let p = document.getElementById('live-panel');
    if (p) return p;
    p = el('section', { id: 'live-panel', class: 'panel wide' },
      el('h2', {}, 'Live sources ', el('span', { class: 'status', id: 'live-status' }), ' ',
        el('span', { class: 'status', id: 'live-poll' })),
      el('div', { class: 'table-wrap live-wrap' },
        el('table', { id: 'live-sources' },
          el('thead', {}, el('tr', {}, ...['Source', 'Status', 'Last poll', 'Next poll', 'Links', 'Stored',
            'Failures', 'Last error'].map((h) => el('th', {}, h)))),
          el('tbody'))),
      el('h3', {}, 'Arrived while this page was open'),
      el('ul', { id: 'live-articles' }, el('li', { class: 'empty' }, 'Nothing yet: new articles appear here as they are stored.')));
    const main = document.querySelector('main');
    main.insertBefore(p, main.firstChild);
    return p;
  }

  /** The stream's state ('following', 'connection lost') in #live-status, the last poll in #live-poll. */
  function setStatus(text, isError, id) {
    const s = document.getElementById(id || 'live-status');
    if (s) {
      s.textContent = text;
      s.classList.toggle('error', !!isError);
    }
  }

  function renderSources(payload) {
    live.watching = !!payload.watching;
    live.sources = payload.sources || [];
    if (!live.watching && !live.sources.length) return;
    panel();
    const body = document.querySelector('#live-sources tbody');
    body.replaceChildren(...live.sources.map((s) => el('tr', { class: s.status === 'failing' ? 'live-failing' : '' },
      el('td', {}, el('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank' }, s.url)),
      el('td', {}, s.status), el('td', {}, time(s.lastPoll)), el('td', {}, time(s.nextPoll)),
      el('td', {}, s.entries), el('td', {}, s.stored), el('td', {}, s.failures), el('td', {}, s.lastError || ''))));
    if (!live.sources.length) {
      body.append(el('tr', {}, el('td', { colspan: '8', class: 'empty' }, 'not polled yet')));
    }
    if (payload.poll) {
      const p = payload.poll;
      setStatus(time(new Date().toISOString()) + ': ' + p.source + ' ' + p.status + ', ' + p.stored + ' stored, '
        + p.failed + ' failed', p.status === 'failing', 'live-poll');
    }
  }

  function describe(e) {
    const who = (e.sources || []).map((a) => a.name).join(', ');
    const whom = (e.targets || []).map((a) => a.name).join(', ');
    return e.type + (e.mode ? '/' + e.mode : '') + (who ? ' by ' + who : '') + (whom ? ' against ' + whom : '')
      + (e.place ? ' at ' + e.place.name : '') + (e.date ? ' (' + e.date + ')' : '');
  }

  function addArticle(data) {
    live.articles.unshift(data);
    live.articles.length = Math.min(live.articles.length, MAX_ARTICLES);
    panel();
    const list = document.getElementById('live-articles');
    list.querySelectorAll('li.empty').forEach((li) => li.remove());
    const a = data.article;
    const item = el('li', { class: 'live-article', 'data-article': a.id },
      el('span', { class: 'hint' }, time(new Date().toISOString()) + ' '),
      a.url ? el('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, a.title || a.id) : (a.title || a.id),
      ' — ' + data.events.length + (data.events.length === 1 ? ' event' : ' events'),
      data.events.length ? el('ul', {}, ...data.events.map((e) => el('li', { class: 'live-event' }, describe(e)))) : null);
    list.insertBefore(item, list.firstChild);
    while (list.children.length > MAX_ARTICLES) list.lastChild.remove();
    document.body.dataset.liveArticles = String(live.articles.length);
    clearTimeout(reloadTimer); // a burst of articles redraws the page once
    reloadTimer = setTimeout(() => { if (window.faultline && window.faultline.reload) window.faultline.reload(); }, 400);
  }

  function connect() {
    const stream = new EventSource('api/live');
    stream.addEventListener('open', () => { live.connected = true; setStatus('following'); });
    stream.addEventListener('error', () => { live.connected = false; setStatus('connection lost; reconnecting…', true); });
    stream.addEventListener('sources', (e) => renderSources(JSON.parse(e.data)));
    stream.addEventListener('article', (e) => addArticle(JSON.parse(e.data)));
    live.stream = stream;
  }

  document.addEventListener('DOMContentLoaded', () => {
    fetch('api/sources').then((r) => r.json()).then((payload) => {
      renderSources(payload);
      if (payload.watching) connect();
    }).catch(() => { /* an older server without live sources: nothing to show */ });
  });
}());
