/* Faultline web UI: map, timeline with brush, actor network, event table, article view, analyse box.
   Everything comes from this server's /api; no network beyond it. window.faultline exposes the state
   (map, cytoscape instance, setRange) for tests and the console. */
(function () {
  'use strict';

  const TYPE_COLOURS = {
    ASSAULT: '#d32f2f', COERCE: '#f57c00', PROTEST: '#7b1fa2', THREATEN: '#c2185b', MOBILIZE: '#5d4037',
    SANCTION: '#455a64', ACCUSE: '#fbc02d', REJECT: '#795548', DEMAND: '#ff7043', REQUEST: '#26a69a',
    AID: '#388e3c', AGREE: '#1976d2', CONSULT: '#0288d1', SUPPORT: '#43a047', COOPERATE: '#00897b',
    RETREAT: '#8d6e63', CONCEDE: '#9e9d24', REDUCE_RELATIONS: '#6d4c41'
  };
  const ACTOR_COLOURS = { state: '#1565c0', government: '#1565c0', military: '#283593', armed_group: '#c62828',
    igo: '#00838f', ngo: '#2e7d32', media: '#6a1b9a', person: '#ef6c00', group: '#8e24aa', civilians: '#757575' };
  const RELATION_COLOURS = { SUPPORTS: '#2e7d32', ALLIED: '#1565c0', HOSTILE: '#c62828', PART_OF: '#757575' };

  const state = { points: [], range: null, sort: 'date', order: 'asc', offset: 0, limit: 100, total: 0,
    selected: null, map: null, markers: null, cy: null, control: { on: false, at: null, places: [], asked: 0 } };
  window.faultline = state;

  function colourOf(type) {
    if (TYPE_COLOURS[type]) return TYPE_COLOURS[type];
    let h = 0;
    for (const ch of String(type)) h = (h * 31 + ch.charCodeAt(0)) % 360;
    return 'hsl(' + h + ',55%,45%)';
  }

  function actorColour(type) {
    const t = String(type || '').toLowerCase();
    for (const k of Object.keys(ACTOR_COLOURS)) if (t.includes(k)) return ACTOR_COLOURS[k];
    return '#90a4ae';
  }

  const $ = (sel) => document.querySelector(sel);
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v; else if (k === 'style') e.style.cssText = v; else e.setAttribute(k, v);
    }
    for (const k of kids) if (k != null) e.append(k instanceof Node ? k : String(k));
    return e;
  }

  function status(id, text, isError) {
    const s = document.getElementById(id);
    s.textContent = text || '';
    s.classList.toggle('error', !!isError);
  }

  async function api(path, options) {
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
  }

  function filterParams(withRange) {
    const p = new URLSearchParams();
    for (const [k, v] of new FormData($('#filters'))) if (String(v).trim() !== '' && !(k === 'min_mentions' && v === '0')) p.set(k, v);
    if (withRange && state.range) { p.set('from', state.range[0]); p.set('to', state.range[1]); }
    return p;
  }

  const iso = (d) => d.toISOString().slice(0, 10);
  const dayMs = 86400000;
  const parseDay = (s) => Date.parse(s + 'T00:00:00Z');

  // ---------------------------------------------------------------- map
  function initMap() {
    const map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5 }).setView([30, 20], 2);
    map.attributionControl.addAttribution('Natural Earth, GeoNames');
    state.map = map;
    state.markers = L.layerGroup().addTo(map);
    state.controlLayer = L.layerGroup().addTo(map);
    map.on('zoomend', drawMarkers);
    status('map-status', 'loading country shapes…');
    fetch('vendor/countries-50m.json').then((r) => r.json()).then((topo) => {
      const land = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(land, { interactive: false, style: { color: '#9e9e9e', weight: 0.6, fillColor: '#f5f3ea', fillOpacity: 1 } })
        .addTo(map).bringToBack();
      status('map-status', '');
    }).catch((e) => status('map-status', 'basemap failed: ' + e.message, true));
  }

  function visiblePoints() {
    return state.points.filter((p) => p.lat != null && p.lon != null && inRange(p));
  }

  function inRange(p) {
    if (!state.range) return true;
    // as the API's from/to: the event's date range meets the period
    return p.day != null && p.day <= state.range[1] && (p.dayLast || p.day) >= state.range[0];
  }

  /* Grid clustering: points whose screen positions share a 56-pixel cell at this zoom become one marker. */
  function drawMarkers() {
    const map = state.map;
    state.markers.clearLayers();
    const pts = visiblePoints();
    const cells = new Map();
    for (const p of pts) {
      const xy = map.project([p.lat, p.lon], map.getZoom());
      const key = Math.floor(xy.x / 56) + ':' + Math.floor(xy.y / 56);
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(p);
    }
    for (const group of cells.values()) {
      const places = [...new Set(group.map((p) => p.place || ''))];
      if (group.length === 1) {
        const p = group[0];
        const m = L.circleMarker([p.lat, p.lon], { radius: 7, color: '#fff', weight: 1.5, fillColor: colourOf(p.type), fillOpacity: 0.9 });
        // tooltips get elements, not HTML strings: names come from articles
        m.bindTooltip(el('span', {}, p.type + ' · ' + (p.place || '?') + ' · ' + (p.day || 'undated') +
          (p.source ? ' · ' + p.source : '') + (p.target ? ' → ' + p.target : '')));
        m.on('click', () => showEvent(p.id));
        m.addTo(state.markers);
        const e = m.getElement();
        e.setAttribute('data-place', p.place || '');
        e.setAttribute('data-places', p.place || '');
        e.setAttribute('data-type', p.type);
        e.setAttribute('data-event', p.id);
        e.classList.add('event-marker');
      } else {
        const lat = group.reduce((s, p) => s + p.lat, 0) / group.length;
        const lon = group.reduce((s, p) => s + p.lon, 0) / group.length;
        const byType = {};
        group.forEach((p) => { byType[p.type] = (byType[p.type] || 0) + 1; });
        const top = Object.entries(byType).sort((a, b) => b[1] - a[1]);
        const size = Math.min(44, 20 + Math.round(Math.log2(group.length) * 3));
        const icon = L.divIcon({ className: 'cluster-icon', iconSize: [size, size],
          html: el('span', { style: 'line-height:' + (size - 4) + 'px' }, group.length) }); // no markup: CSP forbids inline style attributes
        const m = L.marker([lat, lon], { icon: icon });
        m.bindTooltip(el('span', {}, group.length + ' events at ' + places.slice(0, 5).join(', ') +
          (places.length > 5 ? '…' : ''), el('br'), top.slice(0, 4).map(([t, n]) => t + ' ' + n).join(', ')));
        m.on('click', () => {
          if (places.length === 1 || map.getZoom() >= map.getMaxZoom()) showEvent(group[0].id);
          else map.setView([lat, lon], map.getZoom() + 2);
        });
        m.addTo(state.markers);
        const e = m.getElement();
        e.style.borderColor = colourOf(top[0][0]);
        e.setAttribute('data-places', places.join('|'));
        e.setAttribute('data-count', group.length);
        e.classList.add('event-marker');
      }
    }
    status('map-status', pts.length ? pts.length + ' located events' + (cells.size < pts.length ? ' in ' + cells.size + ' markers' : '')
      : (state.points.length ? 'no located events in this selection' : 'no events'));
    drawLegend();
  }

  function drawLegend() {
    const types = [...new Set(state.points.map((p) => p.type))].sort();
    const lg = $('#type-legend');
    lg.replaceChildren(...types.map((t) => el('span', {}, el('i', { style: 'background:' + colourOf(t) }), t)));
  }

  // ---------------------------------------------------------------- control layer
  /* Who controls each place on the last day of the brushed period (the server's today without one):
     GET api/control?at=DAY, asked again whenever the period changes; a late answer to an older question
     is dropped. */
  async function loadControl() {
    const c = state.control;
    const asked = ++c.asked;
    if (!c.on) {
      state.controlLayer.clearLayers();
      $('#control-legend').replaceChildren();
      status('control-status', '');
      c.at = null;
      return;
    }
    status('control-status', 'loading control…');
    const p = new URLSearchParams();
    if (state.range) p.set('at', state.range[1]);
    try {
      const r = await api('api/control?' + p);
      if (asked !== c.asked) return;
      c.at = r.at;
      c.places = r.places;
      drawControl();
    } catch (e) {
      if (asked === c.asked) status('control-status', 'control failed: ' + e.message, true);
    }
  }

  function drawControl() {
    const c = state.control;
    state.controlLayer.clearLayers();
    const parties = new Map();
    for (const a of c.places) {
      if (a.place.lat == null || a.place.lon == null) continue;
      const names = a.controllers.map((x) => x.name).join(' / ');
      const colour = colourOf('control:' + a.controllers[0].party);
      a.controllers.forEach((x) => parties.set(x.name, colourOf('control:' + x.party)));
      const m = L.circleMarker([a.place.lat, a.place.lon], { radius: 13, color: colour, weight: 4, fill: false,
        dashArray: a.status === 'contested' ? '4 4' : null });
      // names come from articles: tooltips get elements, not HTML
      m.bindTooltip(el('span', {}, names), { permanent: true, direction: 'right', className: 'control-label' });
      const since = a.controllers.map((x) => x.name + ' since ' + x.since).join('; ');
      const ev = a.controllers[0].evidence[0];
      m.bindPopup(el('div', {}, el('b', {}, a.place.name), el('br'), since, el('br'),
        el('i', {}, ev.sentence), ' (' + ev.articleId + ')'));
      m.addTo(state.controlLayer);
      const e = m.getElement();
      e.classList.add('control-marker');
      e.setAttribute('data-place-id', a.place.id);
      e.setAttribute('data-place', a.place.name);
      e.setAttribute('data-status', a.status);
      e.setAttribute('data-controller', names);
      e.setAttribute('data-controller-id', a.controllers.map((x) => x.id).join('|'));
    }
    $('#control-legend').replaceChildren(...[...parties].map(([n, col]) =>
      el('span', {}, el('i', { class: 'ring', style: 'border-color:' + col }), n)));
    status('control-status', c.places.length + ' held place' + (c.places.length === 1 ? '' : 's') + ' on ' + c.at);
  }
  state.loadControl = loadControl;

  // ---------------------------------------------------------------- timeline
  /* Only events dated to the day enter the timeline (a month- or year-precision event has no day or week). */
  function binsOf(points) {
    points = points.filter((p) => p.day && p.datePrecision === 'day');
    const days = points.map((p) => parseDay(p.day));
    if (!days.length) return null;
    let min = Math.min(...days), max = Math.max(...days);
    const weekly = (max - min) / dayMs > 120;
    const start = (t) => {
      if (!weekly) return t;
      const d = new Date(t); const wd = (d.getUTCDay() + 6) % 7; return t - wd * dayMs;
    };
    min = start(min);
    const step = weekly ? 7 * dayMs : dayMs;
    const n = Math.floor((start(max) - min) / step) + 1;
    const bins = Array.from({ length: n }, (_, i) => ({ t: min + i * step, counts: {} , total: 0 }));
    for (const p of points) {
      if (!p.day) continue;
      const b = bins[Math.floor((start(parseDay(p.day)) - min) / step)];
      b.counts[p.type] = (b.counts[p.type] || 0) + 1; b.total++;
    }
    return { bins, min, step, weekly, end: min + n * step };
  }

  function drawTimeline() {
    const box = $('#timeline');
    box.replaceChildren();
    const tl = binsOf(state.points);
    const undated = state.points.filter((p) => !p.day || p.datePrecision !== 'day').length;
    if (!tl) { box.append(el('p', { class: 'empty' }, state.points.length ? 'no dated events' : 'no events')); status('timeline-status', ''); return; }
    const W = box.clientWidth || 800, H = 150, padL = 30, padB = 20, padT = 6;
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    svg.setAttribute('id', 'timeline-svg');
    const maxTotal = Math.max(...tl.bins.map((b) => b.total), 1);
    const x = (t) => padL + (t - tl.min) / (tl.end - tl.min) * (W - padL - 5);
    const y = (v) => H - padB - v / maxTotal * (H - padB - padT);
    const types = [...new Set(state.points.map((p) => p.type))].sort();
    for (const b of tl.bins) {
      let acc = 0;
      const bw = Math.max(1, x(b.t + tl.step) - x(b.t) - 1);
      for (const t of types) {
        const c = b.counts[t] || 0; if (!c) continue;
        const r = document.createElementNS(ns, 'rect');
        r.setAttribute('x', x(b.t)); r.setAttribute('width', bw);
        r.setAttribute('y', y(acc + c)); r.setAttribute('height', y(acc) - y(acc + c));
        r.setAttribute('fill', colourOf(t));
        const title = document.createElementNS(ns, 'title');
        title.textContent = iso(new Date(b.t)) + ' ' + t + ': ' + c; r.append(title);
        svg.append(r); acc += c;
      }
    }
    const axis = (tx, ty, text, anchor) => {
      const t = document.createElementNS(ns, 'text'); t.setAttribute('x', tx); t.setAttribute('y', ty);
      t.setAttribute('font-size', '10'); t.setAttribute('fill', '#555'); if (anchor) t.setAttribute('text-anchor', anchor);
      t.textContent = text; svg.append(t);
    };
    const ticks = Math.min(8, tl.bins.length);
    for (let i = 0; i <= ticks; i++) {
      const t = tl.min + (tl.end - tl.min) * i / ticks;
      axis(x(t), H - 5, iso(new Date(t)), i === 0 ? 'start' : i === ticks ? 'end' : 'middle');
    }
    axis(2, padT + 8, String(maxTotal));
    const brush = document.createElementNS(ns, 'rect');
    brush.setAttribute('id', 'brush'); brush.setAttribute('y', padT); brush.setAttribute('height', H - padB - padT);
    brush.setAttribute('fill', 'rgba(33,150,243,.2)'); brush.setAttribute('stroke', '#1976d2');
    brush.setAttribute('width', 0); brush.setAttribute('x', 0);
    svg.append(brush);
    box.append(svg);
    const toT = (px) => tl.min + (px - padL) / (W - padL - 5) * (tl.end - tl.min);
    const svgX = (ev) => { const r = svg.getBoundingClientRect(); return (ev.clientX - r.left) / r.width * W; };
    const showBrush = () => {
      if (!state.range) { brush.setAttribute('width', 0); return; }
      const a = x(parseDay(state.range[0])), b = x(parseDay(state.range[1]) + dayMs);
      brush.setAttribute('x', Math.max(padL, a)); brush.setAttribute('width', Math.max(2, Math.min(W, b) - Math.max(padL, a)));
    };
    showBrush();
    let drag = null;
    svg.addEventListener('mousedown', (ev) => { drag = { a: svgX(ev) }; ev.preventDefault(); });
    svg.addEventListener('mousemove', (ev) => {
      if (!drag) return;
      const b = svgX(ev);
      brush.setAttribute('x', Math.min(drag.a, b)); brush.setAttribute('width', Math.abs(b - drag.a));
    });
    const finish = (ev) => {
      if (!drag) return;
      const b = svgX(ev); const a = drag.a; drag = null;
      if (Math.abs(b - a) < 3) { showBrush(); return; }
      const t0 = toT(Math.min(a, b)), t1 = toT(Math.max(a, b));
      setRange(iso(new Date(Math.max(t0, tl.min))), iso(new Date(Math.min(t1, tl.end - 1))));
    };
    svg.addEventListener('mouseup', finish);
    svg.addEventListener('mouseleave', (ev) => { if (drag) finish(ev); });
    svg.addEventListener('dblclick', () => clearRange());
    status('timeline-status', (tl.weekly ? 'events per week' : 'events per day') + ' by type' +
      (undated ? ' (' + undated + ' events without a day date left out)' : ''));
  }

  function setRange(from, to) {
    state.range = from && to ? [from, to] : null;
    $('#range-label').textContent = state.range ? 'period ' + from + ' – ' + to : '';
    $('#clear-range').hidden = !state.range;
    state.offset = 0;
    drawTimeline();
    drawMarkers();
    loadTable();
    loadNetwork();
    loadControl();
  }
  function clearRange() { if (state.range) setRange(null, null); }
  state.setRange = setRange;
  state.clearRange = clearRange;

  // ---------------------------------------------------------------- network
  async function loadNetwork() {
    status('network-status', 'loading…');
    const p = new URLSearchParams();
    if (state.range) { p.set('from', state.range[0]); p.set('to', state.range[1]); }
    try {
      const g = await api('api/network?' + p);
      drawNetwork(g);
      status('network-status', g.edges.length ? g.nodes.length + ' actors, ' + g.edges.length + ' relations' +
        (state.range ? ' in the period' : '') : 'no relations' + (state.range ? ' in this period' : ''));
    } catch (e) {
      status('network-status', 'could not load the network: ' + e.message, true);
    }
  }

  function drawNetwork(g) {
    const maxW = Math.max(1, ...g.edges.map((e) => e.weight));
    const elements = [];
    g.nodes.forEach((n) => elements.push({ data: { id: n.id, label: n.name || n.id, type: n.type || '', colour: actorColour(n.type) } }));
    g.edges.forEach((e) => elements.push({ data: { id: e.source + '->' + e.target + ':' + e.relation, source: e.source,
      target: e.target, relation: e.relation, weight: e.weight, width: 1.5 + 6 * e.weight / maxW,
      colour: RELATION_COLOURS[e.relation] || '#999' } }));
    if (state.cy) state.cy.destroy();
    state.cy = cytoscape({
      container: $('#network'), elements: elements, wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 10,
          'text-wrap': 'wrap', 'text-max-width': 90, width: 18, height: 18 } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'font-size': 8, color: '#555',
          // edge labels only while they stay readable
          label: g.edges.length <= 30 ? 'data(relation)' : '' } }
      ],
      layout: { name: g.nodes.length > 1 ? 'cose' : 'grid', animate: false, padding: 20 }
    });
    state.cy.on('tap', 'node', (ev) => showActor(ev.target.id()));
    const names = {}; g.nodes.forEach((n) => { names[n.id] = n.name || n.id; });
    $('#network-edges').replaceChildren(...g.edges.map((e) => el('li', { 'data-edge': e.source + '->' + e.target + ':' + e.relation,
      'data-source-name': names[e.source], 'data-target-name': names[e.target], 'data-relation': e.relation },
      names[e.source] + ' ' + e.relation + ' ' + names[e.target] + ' (' + e.weight + ')')));
    const types = [...new Set(g.nodes.map((n) => n.type || 'unknown'))].sort();
    $('#network-legend').replaceChildren(
      ...types.map((t) => el('span', {}, el('i', { style: 'background:' + actorColour(t) }), t)),
      ...Object.entries(RELATION_COLOURS).map(([r, c]) => el('span', {}, el('i', { style: 'border-radius:0;height:.3em;background:' + c }), r)));
  }

  // ---------------------------------------------------------------- table
  async function loadTable() {
    status('table-status', 'loading…');
    const p = filterParams(true);
    p.set('sort', state.sort); p.set('order', state.order); p.set('offset', state.offset); p.set('limit', state.limit);
    const tbody = $('#events tbody');
    try {
      const page = await api('api/events?' + p);
      state.total = page.total;
      tbody.replaceChildren();
      if (!page.events.length) {
        tbody.append(el('tr', {}, el('td', { colspan: 8, class: 'empty' }, 'No events match these filters.')));
      }
      for (const e of page.events) {
        const tr = el('tr', { 'data-event': e.id },
          el('td', {}, e.date || ''), el('td', {}, el('span', { class: 'type-badge', style: 'background:' + colourOf(e.type) }, e.type)),
          el('td', {}, e.mode || ''), el('td', {}, e.sources.map((a) => a.name).join(', ')),
          el('td', {}, e.targets.map((a) => a.name).join(', ')), el('td', {}, e.place ? e.place.name : ''),
          el('td', {}, e.place ? e.place.country || '' : ''), el('td', {}, e.numMentions));
        if (state.selected === e.id) tr.classList.add('selected');
        tr.addEventListener('click', () => showEvent(e.id));
        tbody.append(tr);
      }
      const last = Math.min(state.offset + page.events.length, page.total);
      $('#page-label').textContent = page.total ? (state.offset + 1) + '–' + last + ' of ' + page.total : '';
      $('#prev').disabled = state.offset === 0;
      $('#next').disabled = last >= page.total;
      status('table-status', page.total + ' events' + (state.range ? ' in the period' : ''));
      document.querySelectorAll('#events th[data-sort]').forEach((th) => {
        th.classList.toggle('sorted-asc', th.dataset.sort === state.sort && state.order === 'asc');
        th.classList.toggle('sorted-desc', th.dataset.sort === state.sort && state.order === 'desc');
      });
    } catch (e) {
      tbody.replaceChildren(el('tr', {}, el('td', { colspan: 8, class: 'empty' }, 'Could not load events.')));
      status('table-status', e.message, true);
    }
  }

  // ---------------------------------------------------------------- article view
  /* Renders text with code-point spans: each span {start, end, cls}; overlapping spans nest their classes. */
  function highlighted(text, spans) {
    const cps = Array.from(text);
    const cuts = new Set([0, cps.length]);
    spans.forEach((s) => { cuts.add(Math.max(0, Math.min(cps.length, s.start))); cuts.add(Math.max(0, Math.min(cps.length, s.end))); });
    const points = [...cuts].sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    let first = null;
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = cps.slice(a, b).join('');
      const classes = [...new Set(spans.filter((s) => s.start <= a && s.end >= b && s.end > s.start).map((s) => s.cls))];
      if (!classes.length) { frag.append(piece); continue; }
      const span = el('span', { class: classes.join(' ') }, piece);
      if (classes.includes('hl-evidence') && !first) first = span;
      frag.append(span);
    }
    return { frag, first };
  }

  async function showEvent(id) {
    state.selected = id;
    document.querySelectorAll('#events tbody tr').forEach((tr) => tr.classList.toggle('selected', tr.dataset.event === id));
    status('article-status', 'loading…');
    const detail = $('#event-detail');
    try {
      const { event, articles } = await api('api/events/' + encodeURIComponent(id));
      detail.classList.remove('empty');
      detail.replaceChildren(
        el('div', {}, el('span', { class: 'type-badge', style: 'background:' + colourOf(event.type) }, event.type), ' ',
          event.mode || '', ' · ', event.date || 'undated', ' · ', event.place ? event.place.name : 'no place', ' · ',
          event.sources.map((a) => a.name).join(', ') || '?', ' → ', event.targets.map((a) => a.name).join(', ') || '?',
          ' · ', event.numMentions + ' mention(s) in ' + event.numArticles + ' article(s)'),
        el('div', {}, 'Sources: ', ...articles.map((a, i) => [i ? ', ' : '', /^https?:\/\//i.test(a.url || '') ? el('a', { href: a.url, rel: 'noreferrer' }, a.title || a.id)
          : (a.title || a.id), a.published ? ' (' + a.published + ')' : '']).flat()));
      if (!articles.length) { $('#article-text').replaceChildren(); status('article-status', 'no article'); return; }
      const art = await api('api/articles/' + encodeURIComponent(articles[0].id));
      const spans = art.spans.filter((s) => s.kind === 'actor' || s.kind === 'place' || s.ref === id)
        .map((s) => ({ start: s.start, end: s.end, cls: 'hl-' + s.kind }));
      const { frag, first } = highlighted(art.text, spans);
      const box = $('#article-text');
      box.replaceChildren(el('h3', {}, art.title || art.id), frag);
      if (first) first.scrollIntoView({ block: 'center' });
      status('article-status', art.id);
    } catch (e) {
      status('article-status', 'could not load the event: ' + e.message, true);
    }
  }

  /* An actor's dossier (a network node was clicked) in the article panel. */
  async function showActor(id) {
    status('article-status', 'loading…');
    try {
      const d = await api('api/actors/' + encodeURIComponent(id));
      const weeks = d.eventsPerWeek.map((w) => w.week + ': ' + w.events).join(', ');
      $('#event-detail').classList.remove('empty');
      $('#event-detail').replaceChildren(
        el('h3', {}, d.name || d.id, ' ', el('small', {}, [d.type, d.country, d.sector].filter((x) => x).join(' · '))),
        el('div', {}, 'Aliases: ', d.aliases.join(', ') || 'none', ' · named in ' + d.articles + ' article(s)'),
        el('div', {}, 'Events by type and role: ', d.eventsByType.map((t) => t.type + ' (' + t.role + ') ' + t.events).join(', ') || 'none'),
        el('div', {}, 'Events per week: ', weeks || 'none'));
      $('#article-text').replaceChildren(el('h3', {}, 'Relations'), el('ul', { id: 'dossier-relations' },
        ...d.relations.map((r) => el('li', {}, r.direction === 'out' ? d.name + ' ' + r.relation + ' ' + (r.otherName || r.otherId)
          : (r.otherName || r.otherId) + ' ' + r.relation + ' ' + d.name, ' (' + r.weight + ', ' + (r.first || '?') + ' – ' + (r.last || '?') + ')'))));
      status('article-status', 'actor ' + d.id);
    } catch (e) {
      status('article-status', 'could not load the actor: ' + e.message, true);
    }
  }
  state.showActor = showActor;

  // ---------------------------------------------------------------- analyse box
  async function analyze(ev) {
    ev.preventDefault();
    const f = new FormData($('#analyze-form'));
    const text = String(f.get('text') || '');
    const out = $('#analyze-result');
    if (!text.trim()) { status('analyze-status', 'paste an article first', true); return; }
    const body = { text: text };
    if (f.get('published')) body.published = f.get('published');
    if (String(f.get('title') || '').trim()) body.title = f.get('title');
    status('analyze-status', 'analysing… (the first analysis loads the language models, which can take half a minute)');
    out.replaceChildren();
    $('#analyze-form button').disabled = true;
    try {
      const headers = { 'Content-Type': 'application/json' };
      const token = String(f.get('token') || '').trim();
      if (f.get('store') && token) headers.Authorization = 'Bearer ' + token; // storing needs the server's write token
      const r = await api('api/analyze' + (f.get('store') ? '?store=true' : ''), {
        method: 'POST', headers: headers, body: JSON.stringify(body) });
      const a = r.analysis;
      const list = el('ul', { class: 'events' });
      a.events.forEach((e) => list.append(el('li', { class: 'analysis-event', 'data-type': e.type },
        el('span', { class: 'type-badge', style: 'background:' + colourOf(e.type) }, e.type), ' ', e.mode || '', ' ',
        e.source.map((s) => s.name).join(', ') || '?', ' → ', e.target.map((s) => s.name).join(', ') || '?',
        e.place ? ' · ' + e.place.name : '', e.date ? ' · ' + e.date : '', ' · ', e.modality)));
      if (!a.events.length) list.append(el('li', { class: 'empty' }, 'No events found in this text.'));
      const spans = [];
      a.actors.forEach((x) => x.mentions.forEach((m) => spans.push({ start: m.start, end: m.end, cls: 'hl-actor' })));
      a.places.forEach((x) => x.mentions.forEach((m) => spans.push({ start: m.start, end: m.end, cls: 'hl-place' })));
      a.events.forEach((e) => {
        spans.push({ start: e.evidence.start, end: e.evidence.end, cls: 'hl-evidence' });
        spans.push({ start: e.trigger.start, end: e.trigger.end, cls: 'hl-trigger' });
      });
      const rels = el('ul', {}, ...a.relations.map((x) => el('li', {}, x.source.name + ' ' + x.type + ' ' + (x.target.name || ''))));
      out.replaceChildren(...[el('h3', {}, a.events.length + ' event(s), ' + a.actors.length + ' actor(s), ' + a.places.length + ' place(s)'),
        list, a.relations.length ? el('h3', {}, 'Relations') : null, a.relations.length ? rels : null,
        el('div', { id: 'analyze-text', class: 'article' }, highlighted(text, spans).frag)].filter((x) => x));
      status('analyze-status', r.stored ? 'analysed and ' + r.stored : 'analysed (not stored)');
      if (r.stored) loadAll();
    } catch (e) {
      status('analyze-status', 'analysis failed: ' + e.message, true);
    } finally {
      $('#analyze-form button').disabled = false;
    }
  }

  // ---------------------------------------------------------------- wiring
  async function loadAll() {
    status('map-status', 'loading events…');
    status('timeline-status', 'loading…');
    try {
      const r = await api('api/events/points?' + filterParams(false));
      state.points = r.points;
      const sel = $('#filters select[name=type]');
      const current = sel.value;
      const types = [...new Set(r.points.map((p) => p.type))].sort();
      if (current && !types.includes(current)) types.push(current);
      sel.replaceChildren(el('option', { value: '' }, 'any'), ...types.map((t) => el('option', { value: t }, t)));
      sel.value = current;
      drawMarkers();
      drawTimeline();
      const located = r.points.filter((p) => p.lat != null && p.lon != null);
      if (located.length && !state.fitted) {
        state.map.fitBounds(L.latLngBounds(located.map((p) => [p.lat, p.lon])).pad(0.3), { maxZoom: 6 });
        state.fitted = true;
      }
      document.body.dataset.loaded = 'true';
    } catch (e) {
      status('map-status', 'could not load events: ' + e.message, true);
      status('timeline-status', '', false);
    }
    state.offset = 0;
    loadTable();
    loadNetwork();
  }

  document.addEventListener('DOMContentLoaded', () => {
    initMap();
    $('#filters').addEventListener('submit', (e) => { e.preventDefault(); loadAll(); });
    $('#filters').addEventListener('reset', () => setTimeout(loadAll, 0));
    $('#clear-range').addEventListener('click', clearRange);
    $('#control-toggle').addEventListener('change', (e) => { state.control.on = e.target.checked; loadControl(); });
    $('#prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - state.limit); loadTable(); });
    $('#next').addEventListener('click', () => { state.offset += state.limit; loadTable(); });
    document.querySelectorAll('#events th[data-sort]').forEach((th) => th.addEventListener('click', () => {
      if (state.sort === th.dataset.sort) state.order = state.order === 'asc' ? 'desc' : 'asc';
      else { state.sort = th.dataset.sort; state.order = 'asc'; }
      state.offset = 0; loadTable();
    }));
    $('#analyze-form').addEventListener('submit', analyze);
    window.addEventListener('resize', () => drawTimeline());
    state.reload = loadAll; // live.js redraws the page when the watcher stores new events
    loadAll();
  });
}());
