/* The Place box's typeahead: stored places and divisions by any spelling (GET /api/places?q=), each shown
   with its admin1 and country and the spelling that matched; choosing one puts its canonical name in the box. */
(function () {
  'use strict';
  const F = window.faultline;
  const { el, $ } = F;
  let asked = 0;

  async function suggest(input, list) {
    const q = input.value.trim();
    const mine = ++asked;
    if (q.length < 2) { list.hidden = true; list.replaceChildren(); return; }
    try {
      const r = await F.api('api/places?limit=8&q=' + encodeURIComponent(q));
      if (mine !== asked) return;
      list.dataset.q = q;
      list.replaceChildren(...r.places.map((p) => {
        const context = [p.kind === 'admin1' ? 'division' : p.admin1, p.country].filter((x) => x).join(', ');
        const li = el('li', { 'data-name': p.name, 'data-id': p.id, 'data-kind': p.kind },
          el('b', {}, p.name), ' ', el('small', {}, context + (p.matched && F.plain(p.matched) !== F.plain(p.name)
            ? ' · as "' + p.matched + '"' : '') + ' · ' + p.events + ' event' + (p.events === 1 ? '' : 's')));
        li.addEventListener('mousedown', (ev) => { ev.preventDefault(); choose(input, list, p.name); });
        return li;
      }));
      if (!r.places.length) list.append(el('li', { class: 'empty' }, 'no stored place is called that'));
      list.hidden = false;
    } catch (e) {
      list.hidden = true;
    }
  }

  function choose(input, list, name) {
    input.value = name;
    list.hidden = true;
    F.loadAll();
  }

  F.plain = (s) => String(s || '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

  document.addEventListener('DOMContentLoaded', () => {
    const input = $('#filters input[name=place]');
    const list = $('#place-suggestions');
    let timer = null;
    input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => suggest(input, list), 150); });
    input.addEventListener('blur', () => setTimeout(() => { list.hidden = true; }, 100));
    input.addEventListener('keydown', (ev) => {
      const first = list.querySelector('li[data-name]');
      if (ev.key === 'Escape') list.hidden = true;
      if (ev.key === 'Tab' && !list.hidden && first) { ev.preventDefault(); choose(input, list, first.dataset.name); }
    });
  });
}());
