/* The event table: sorted, paged, filtered by the form and the period. */
(function () {
  'use strict';
  const F = window.faultline;
  const { el, status, $, iso, dayMs, parseDay, colourOf } = F;

  // ---------------------------------------------------------------- table
  async function loadTable() {
    status('table-status', 'loading…');
    const p = F.filterParams(true);
    p.set('sort', F.sort); p.set('order', F.order); p.set('offset', F.offset); p.set('limit', F.limit);
    const tbody = $('#events tbody');
    try {
      const page = await F.api('api/events?' + p);
      F.total = page.total;
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
        if (F.selected === e.id) tr.classList.add('selected');
        tr.addEventListener('click', () => F.showEvent(e.id));
        tbody.append(tr);
      }
      const last = Math.min(F.offset + page.events.length, page.total);
      $('#page-label').textContent = page.total ? (F.offset + 1) + '–' + last + ' of ' + page.total : '';
      $('#prev').disabled = F.offset === 0;
      $('#next').disabled = last >= page.total;
      status('table-status', page.total + ' events' + (F.range ? ' in the period' : ''));
      document.querySelectorAll('#events th[data-sort]').forEach((th) => {
        th.classList.toggle('sorted-asc', th.dataset.sort === F.sort && F.order === 'asc');
        th.classList.toggle('sorted-desc', th.dataset.sort === F.sort && F.order === 'desc');
      });
    } catch (e) {
      tbody.replaceChildren(el('tr', {}, el('td', { colspan: 8, class: 'empty' }, 'Could not load events.')));
      status('table-status', e.message, true);
    }
  }
  F.loadTable = loadTable;
  F.on('points', () => { F.offset = 0; loadTable(); });
  F.on('range', loadTable);
  document.addEventListener('DOMContentLoaded', () => {
    F.$('#prev').addEventListener('click', () => { F.offset = Math.max(0, F.offset - F.limit); loadTable(); });
    F.$('#next').addEventListener('click', () => { F.offset += F.limit; loadTable(); });
    document.querySelectorAll('#events th[data-sort]').forEach((th) => th.addEventListener('click', () => {
      if (F.sort === th.dataset.sort) F.order = F.order === 'asc' ? 'desc' : 'asc';
      else { F.sort = th.dataset.sort; F.order = 'asc'; }
      F.offset = 0; loadTable();
    }));
  });
}());
