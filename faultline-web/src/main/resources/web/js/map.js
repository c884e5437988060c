/* The map: Natural Earth country shapes drawn antimeridian-safe, event points clustered on a screen grid
   (coloured by type, sized by fatalities), the admin1 choropleth of the period and its legend, and the
   control layer. Listens to 'points' and 'range'. */
(function () {
  'use strict';
  const F = window.faultline;
  const { el, status, $ } = F;

  // ------------------------------------------------------------ basemap
  /* A ring with each longitude shifted by whole turns so that no edge jumps more than 180 degrees: a shape
     stitched across the antimeridian (Russia, Fiji) then runs past 180 instead of drawing a band across the
     whole map. A ring that still ends a turn away from its start goes round a pole (Antarctica): it is
     closed along that pole instead of across the map. */
  function unwrapRing(ring) {
    const out = [[ring[0][0], ring[0][1]]];
    let shift = 0;
    for (let i = 1; i < ring.length; i++) {
      const d = ring[i][0] - ring[i - 1][0];
      if (d > 180) shift -= 360; else if (d < -180) shift += 360;
      out.push([ring[i][0] + shift, ring[i][1]]);
    }
    const first = out[0], last = out[out.length - 1];
    if (Math.abs(last[0] - first[0]) > 180) {
      const pole = out.reduce((s, p) => s + p[1], 0) < 0 ? -90 : 90;
      out.push([last[0], pole], [first[0], pole], [first[0], first[1]]);
    }
    return out;
  }

  /* Polygons unwrapped, each repeated one turn east or west where it runs past the antimeridian, so the part
     beyond it (Chukotka, eastern Fiji) is drawn on both sides of the map. */
  function antimeridianSafe(geometry) {
    const polys = geometry.type === 'Polygon' ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    const out = [];
    for (const poly of polys) {
      const rings = poly.map(unwrapRing);
      const lons = rings[0].map((p) => p[0]);
      const min = Math.min(...lons), max = Math.max(...lons);
      out.push(rings);
      if (max > 180) out.push(rings.map((r) => r.map(([x, y]) => [x - 360, y])));
      if (min < -180) out.push(rings.map((r) => r.map(([x, y]) => [x + 360, y])));
    }
    return { type: 'MultiPolygon', coordinates: out };
  }
  F.antimeridianSafe = antimeridianSafe;

  function initMap() {
    const map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5 }).setView([30, 20], 2);
    map.attributionControl.addAttribution('Natural Earth, GeoNames');
    F.map = map;
    map.createPane('countries').style.zIndex = 200;
    map.createPane('divisions').style.zIndex = 350;
    F.divisionLayer = L.layerGroup().addTo(map);
    F.markers = L.layerGroup().addTo(map);
    F.controlLayer = L.layerGroup().addTo(map);
    map.on('zoomend', drawMarkers);
    status('map-status', 'loading country shapes…');
    fetch('vendor/countries-50m.json').then((r) => r.json()).then((topo) => {
      const land = topojson.feature(topo, topo.objects.countries);
      land.features = land.features.map((f) => ({ type: 'Feature', id: f.id, properties: f.properties,
        geometry: antimeridianSafe(f.geometry) }));
      F.countries = L.geoJSON(land, { pane: 'countries', interactive: false,
        style: { color: '#9e9e9e', weight: 0.6, fillColor: F.LAND, fillOpacity: 1 } }).addTo(map);
      status('map-status', '');
      document.body.dataset.basemap = 'true';
    }).catch((e) => status('map-status', 'basemap failed: ' + e.message, true));
  }
  F.LAND = '#f5f3ea';

  // ------------------------------------------------------------ points
  const visiblePoints = () => F.points.filter((p) => p.lat != null && p.lon != null && F.inRange(p));
  /* Marker radius in pixels: 5 without fatalities, growing with their square root (area follows the toll). */
  const radiusOf = (killed) => Math.min(30, 5 + 2.2 * Math.sqrt(killed || 0));
  F.radiusOf = radiusOf;

  /* Grid clustering: points whose screen positions share a 56-pixel cell at this zoom become one marker,
     drawn as a pie of its event types, sized by the cell's fatalities. */
  function drawMarkers() {
    const map = F.map;
    if (!map) return;
    F.markers.clearLayers();
    const cells = new Map();
    for (const p of visiblePoints()) {
      const xy = map.project([p.lat, p.lon], map.getZoom());
      const key = Math.floor(xy.x / 56) + ':' + Math.floor(xy.y / 56);
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(p);
    }
    for (const group of cells.values()) {
      if (group.length === 1) single(group[0]); else cluster(group, map);
    }
    drawTypeLegend();
  }

  function single(p) {
    const m = L.circleMarker([p.lat, p.lon], { radius: radiusOf(p.fatalities), color: '#fff', weight: 1.5,
      fillColor: F.colourOf(p.type), fillOpacity: 0.9 });
    // tooltips get elements, not HTML strings: names come from articles
    m.bindTooltip(el('span', {}, p.type + ' · ' + (p.place || '?') + ' · ' + (p.day || 'undated') +
      (p.fatalities ? ' · ' + p.fatalities + ' killed' : '') +
      (p.source ? ' · ' + p.source : '') + (p.target ? ' → ' + p.target : '')));
    m.on('click', () => F.showEvent(p.id));
    m.addTo(F.markers);
    const e = m.getElement();
    e.setAttribute('data-place', p.place || '');
    e.setAttribute('data-places', p.place || '');
    e.setAttribute('data-type', p.type);
    e.setAttribute('data-event', p.id);
    e.setAttribute('data-fatalities', p.fatalities || 0);
    e.classList.add('event-marker');
  }

  function cluster(group, map) {
    const places = [...new Set(group.map((p) => p.place || ''))];
    const lat = group.reduce((s, p) => s + p.lat, 0) / group.length;
    const lon = group.reduce((s, p) => s + p.lon, 0) / group.length;
    const byType = {};
    group.forEach((p) => { byType[p.type] = (byType[p.type] || 0) + 1; });
    const top = Object.entries(byType).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const killed = group.reduce((s, p) => s + (p.fatalities || 0), 0);
    const size = Math.round(2 * Math.max(radiusOf(killed), 9 + Math.log2(group.length) * 1.5));
    let at = 0;
    const stops = top.map(([t, n]) => {
      const a = at; at += n / group.length * 100;
      return F.colourOf(t) + ' ' + a.toFixed(2) + '% ' + at.toFixed(2) + '%';
    });
    const label = el('span', {}, group.length);
    label.style.lineHeight = (size - 4) + 'px'; // set through the DOM: the CSP forbids inline style markup
    const icon = L.divIcon({ className: 'cluster-icon', iconSize: [size, size], html: label });
    const m = L.marker([lat, lon], { icon: icon });
    m.bindTooltip(el('span', {}, group.length + ' events at ' + places.slice(0, 5).join(', ') +
      (places.length > 5 ? '…' : '') + (killed ? ' · ' + killed + ' killed' : ''), el('br'),
      top.slice(0, 4).map(([t, n]) => t + ' ' + n).join(', ')));
    m.on('click', () => {
      if (places.length === 1 || map.getZoom() >= map.getMaxZoom()) F.showEvent(group[0].id);
      else map.setView([lat, lon], map.getZoom() + 2);
    });
    m.addTo(F.markers);
    const e = m.getElement();
    e.style.background = 'conic-gradient(' + stops.join(', ') + ')';
    e.setAttribute('data-places', places.join('|'));
    e.setAttribute('data-count', group.length);
    e.setAttribute('data-types', top.map(([t]) => t).join('|'));
    e.setAttribute('data-fatalities', killed);
    e.classList.add('event-marker', 'event-cluster');
  }

  /* The legend lists exactly the types on the map now, with their counts. */
  function drawTypeLegend() {
    const counts = {};
    visiblePoints().forEach((p) => { counts[p.type] = (counts[p.type] || 0) + 1; });
    $('#type-legend').replaceChildren(...Object.keys(counts).sort().map((t) => F.swatch(t + ' ' + counts[t], F.colourOf(t))));
    $('#type-legend').dataset.types = Object.keys(counts).sort().join('|');
  }

  // ------------------------------------------------------------ admin1 choropleth
  const SHADES = ['#fee5d9', '#fcbba1', '#fc9272', '#fb6a4a', '#de2d26', '#a50f15'];
  F.SHADES = SHADES;

  /* Class breaks by quantiles of the values shown (at most six classes, each a distinct range). */
  function breaks(values) {
    const v = [...new Set(values)].sort((a, b) => a - b);
    if (!v.length) return [];
    const n = Math.min(SHADES.length, v.length);
    const out = [];
    for (let i = 1; i <= n; i++) out.push(v[Math.min(v.length - 1, Math.ceil(i * v.length / n) - 1)]);
    return [...new Set(out)];
  }
  const shadeOf = (value, b) => SHADES[Math.max(0, b.findIndex((x) => value <= x)) + (SHADES.length - b.length)];

  async function loadDivisions() {
    const measure = $('#choropleth').value;
    F.divisionLayer.clearLayers();
    $('#choropleth-legend').replaceChildren();
    if (!measure) { status('choropleth-status', ''); return; }
    const p = F.filterParams(true);
    try {
      const r = await F.api('api/divisions?' + p);
      drawDivisions(r.divisions, measure);
    } catch (e) {
      status('choropleth-status', 'divisions failed: ' + e.message, true);
    }
  }

  function drawDivisions(divisions, measure) {
    F.divisionLayer.clearLayers();
    const shown = divisions.filter((d) => d.hull && d.hull.length >= 3 && d[measure] > 0);
    const b = breaks(shown.map((d) => d[measure]));
    for (const d of shown) {
      const colour = shadeOf(d[measure], b);
      const poly = L.polygon(d.hull, { pane: 'divisions', color: colour, weight: 1, fillColor: colour, fillOpacity: 0.6 });
      poly.bindTooltip(el('span', {}, d.admin1 + ', ' + d.country + ': ' + d.events + ' event(s), ' + d.fatalities + ' killed'));
      poly.addTo(F.divisionLayer);
      const e = poly.getElement();
      e.classList.add('division');
      e.setAttribute('data-admin1', d.admin1);
      e.setAttribute('data-value', d[measure]);
      e.setAttribute('data-fill', colour);
    }
    let lo = b.length ? Math.min(...shown.map((d) => d[measure])) : 0;
    $('#choropleth-legend').replaceChildren(...b.map((hi, i) => {
      const from = i === 0 ? lo : b[i - 1] + 1;
      return F.swatch(from === hi ? String(hi) : from + '–' + hi, SHADES[i + SHADES.length - b.length], 'square');
    }));
    status('choropleth-status', shown.length + ' division(s) by ' + (measure === 'fatalities' ? 'fatalities' : 'events') +
      (F.range ? ' in the period' : '') + ' (extent: hull of the division\'s GeoNames places)');
  }
  F.loadDivisions = loadDivisions;

  // ------------------------------------------------------------ control layer
  async function loadControl() {
    const c = F.control;
    const asked = ++c.asked;
    if (!c.on) {
      F.controlLayer.clearLayers();
      $('#control-legend').replaceChildren();
      status('control-status', '');
      return;
    }
    status('control-status', 'loading…');
    const p = new URLSearchParams();
    if (F.range) p.set('at', F.range[1]);
    try {
      const r = await F.api('api/control?' + p);
      if (asked !== c.asked) return;
      c.at = r.at;
      c.places = r.places;
      drawControl();
    } catch (e) {
      if (asked === c.asked) status('control-status', 'control failed: ' + e.message, true);
    }
  }

  function drawControl() {
    const c = F.control;
    F.controlLayer.clearLayers();
    const parties = new Map();
    for (const a of c.places) {
      if (a.place.lat == null || a.place.lon == null) continue;
      const names = a.controllers.map((x) => x.name).join(' / ');
      const colour = F.colourOf('control:' + a.controllers[0].party);
      a.controllers.forEach((x) => parties.set(x.name, F.colourOf('control:' + x.party)));
      const m = L.circleMarker([a.place.lat, a.place.lon], { radius: 13, color: colour, weight: 4, fill: false,
        dashArray: a.status === 'contested' ? '4 4' : null });
      // names come from articles: tooltips get elements, not HTML
      m.bindTooltip(el('span', {}, names), { permanent: true, direction: 'right', className: 'control-label' });
      const since = a.controllers.map((x) => x.name + ' since ' + x.since).join('; ');
      const ev = a.controllers[0].evidence[0];
      m.bindPopup(el('div', {}, el('b', {}, a.place.name), el('br'), since, el('br'),
        el('i', {}, ev.sentence), ' (' + ev.articleId + ')'));
      m.addTo(F.controlLayer);
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
  F.loadControl = loadControl;

  function fitOnce() {
    const located = F.points.filter((p) => p.lat != null && p.lon != null);
    if (located.length && !F.fitted) {
      F.map.fitBounds(L.latLngBounds(located.map((p) => [p.lat, p.lon])).pad(0.3), { maxZoom: 6 });
      F.fitted = true;
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    initMap();
    $('#control-toggle').addEventListener('change', (e) => { F.control.on = e.target.checked; loadControl(); });
    $('#choropleth').addEventListener('change', loadDivisions);
  });
  F.on('points', () => { drawMarkers(); fitOnce(); loadDivisions(); });
  F.on('range', () => { drawMarkers(); loadControl(); loadDivisions(); });
}());
