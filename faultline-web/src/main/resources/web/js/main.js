/* Wiring: loads the event points for the filters and tells every view ('points'); the filter form. */
(function () {
  'use strict';
  const F = window.faultline;
  const { el, status, $ } = F;

  async function loadAll() {
    status('map-status', 'loading events…');
    status('timeline-status', 'loading…');
    try {
      const r = await F.api('api/events/points?' + F.filterParams(false));
      F.points = r.points;
      const sel = $('#filters select[name=type]');
      const current = sel.value;
      const types = [...new Set(r.points.map((p) => p.type))].sort();
      if (current && !types.includes(current)) types.push(current);
      sel.replaceChildren(el('option', { value: '' }, 'any'), ...types.map((t) => el('option', { value: t }, t)));
      sel.value = current;
      status('map-status', r.points.length + ' event' + (r.points.length === 1 ? '' : 's'));
      F.emit('points');
      document.body.dataset.loaded = 'true';
    } catch (e) {
      status('map-status', 'could not load events: ' + e.message, true);
      status('timeline-status', '', false);
    }
  }
  F.loadAll = loadAll;

  document.addEventListener('DOMContentLoaded', () => {
    $('#filters').addEventListener('submit', (e) => { e.preventDefault(); loadAll(); });
    $('#filters').addEventListener('reset', () => setTimeout(loadAll, 0));
    loadAll();
  });
}());
