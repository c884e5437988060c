/* Faultline web UI, shared core: the page state (window.faultline, also for tests and the console), DOM
   helpers, the API call, the filter form, and the one palette of event types, actor types and relations
   that every view uses. Each view is its own file (map.js, timeline.js, network.js, table.js, article.js,
   analyze.js, places.js) and talks to the others through F.on / F.emit; main.js wires them. */
(function () {
  'use strict';

  const F = window.faultline = {
    points: [], range: null, sort: 'date', order: 'asc', offset: 0, limit: 100, total: 0, selected: null,
    map: null, markers: null, cy: null, control: { on: false, at: null, places: [], asked: 0 }, hooks: {}
  };

  /* Views subscribe to page events: 'points' (new event points), 'range' (the period changed). */
  F.on = (name, fn) => { (F.hooks[name] = F.hooks[name] || []).push(fn); };
  F.emit = (name, ...args) => (F.hooks[name] || []).forEach((fn) => fn(...args));

  F.TYPE_COLOURS = {
    ASSAULT: '#d32f2f', COERCE: '#f57c00', PROTEST: '#7b1fa2', THREATEN: '#c2185b', MOBILIZE: '#5d4037',
    SANCTION: '#455a64', ACCUSE: '#fbc02d', REJECT: '#795548', DEMAND: '#ff7043', REQUEST: '#26a69a',
    AID: '#388e3c', AGREE: '#1976d2', CONSULT: '#0288d1', SUPPORT: '#43a047', COOPERATE: '#00897b',
    RETREAT: '#8d6e63', CONCEDE: '#9e9d24', REDUCE_RELATIONS: '#6d4c41'
  };
  /* One colour per actor type of the knowledge base (every type distinct), used by the network and its legend. */
  F.ACTOR_COLOURS = {
    GOVERNMENT: '#1f4e9c', STATE_FORCES: '#56a0d8', REBEL: '#d62728', JIHADIST: '#222222', MILITIA: '#ff7f0e',
    IGO: '#17becf', NGO: '#2ca02c', MEDIA: '#9467bd', PERSON: '#e377c2', CIVILIANS: '#8c564b',
    PROTESTERS: '#bcbd22', OTHER: '#7f7f7f'
  };
  F.UNKNOWN_ACTOR_COLOUR = '#c7c7c7';
  F.RELATION_COLOURS = { SUPPORTS: '#2e7d32', ALLIED: '#1565c0', HOSTILE: '#c62828', PART_OF: '#757575' };

  F.colourOf = function (type) {
    if (F.TYPE_COLOURS[type]) return F.TYPE_COLOURS[type];
    let h = 0;
    for (const ch of String(type)) h = (h * 31 + ch.charCodeAt(0)) % 360;
    return 'hsl(' + h + ',55%,45%)';
  };
  F.actorColour = (type) => F.ACTOR_COLOURS[String(type || '').toUpperCase()] || F.UNKNOWN_ACTOR_COLOUR;

  F.$ = (sel) => document.querySelector(sel);
  F.el = function (tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v; else if (k === 'style') e.style.cssText = v; else e.setAttribute(k, v);
    }
    for (const k of kids) if (k != null) e.append(k instanceof Node ? k : String(k));
    return e;
  };

  F.status = function (id, text, isError) {
    const s = document.getElementById(id);
    s.textContent = text || '';
    s.classList.toggle('error', !!isError);
  };

  F.api = async function (path, options) {
    let r;
    try {
      r = await fetch(path, options);
    } catch (e) {
      throw new Error('the server does not answer (' + e.message + ')');
    }
    let body = null;
    try { body = await r.json(); } catch (e) { /* not JSON */ }
    if (!r.ok) throw new Error((body && body.error) || ('HTTP ' + r.status));
    return body;
  };

  F.filterParams = function (withRange) {
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(F.$('#filters'))) {
      if (String(v).trim() !== '' && !(k === 'min_mentions' && v === '0')) p.set(k, v);
    }
    if (withRange && F.range) { p.set('from', F.range[0]); p.set('to', F.range[1]); }
    return p;
  };

  /* This tab's id for the server's fair analysis queue (one line per client). */
  F.clientId = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');

  F.iso = (d) => d.toISOString().slice(0, 10);
  F.dayMs = 86400000;
  F.parseDay = (s) => Date.parse(s + 'T00:00:00Z');

  /* As the API's from/to: the event's date range meets the period. */
  F.inRange = function (p) {
    if (!F.range) return true;
    return p.day != null && p.day <= F.range[1] && (p.dayLast || p.day) >= F.range[0];
  };

  /* A legend entry: a swatch (class and colour) and its text. */
  F.swatch = (text, colour, cls) => F.el('span', { 'data-key': text }, F.el('i', { class: cls || '', style: 'background:' + colour }), text);
}());
