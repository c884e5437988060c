/* The analyse box: a pasted article analysed (and stored with the token) by POST /api/analyze. */
(function () {
  'use strict';
  const F = window.faultline;
  const { el, status, $, iso, dayMs, parseDay, colourOf } = F;

  // ---------------------------------------------------------------- analyse box
  /* A role's actors, each inferred one with how (its basis: continued, counterpart, anaphora, ...). */
  function roleNames(actors) {
    return actors.map((a) => a.name + (a.basis && a.basis !== 'stated' ? ' (inferred: ' + a.basis + ')' : '')).join(', ') || '?';
  }

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
      const headers = { 'Content-Type': 'application/json', 'X-Faultline-Client': F.clientId }; // fair turns between tabs
      const token = String(f.get('token') || '').trim();
      if (f.get('store') && token) headers.Authorization = 'Bearer ' + token; // storing needs the server's write token
      const r = await F.api('api/analyze' + (f.get('store') ? '?store=true' : ''), {
        method: 'POST', headers: headers, body: JSON.stringify(body) });
      const a = r.analysis;
      const list = el('ul', { class: 'events' });
      a.events.forEach((e) => list.append(el('li', { class: 'analysis-event', 'data-type': e.type },
        el('span', { class: 'type-badge', style: 'background:' + colourOf(e.type) }, e.type), ' ', e.mode || '', ' ',
        roleNames(e.source), ' → ', roleNames(e.target),
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
        el('div', { id: 'analyze-text', class: 'article' }, F.highlighted(text, spans).frag)].filter((x) => x));
      status('analyze-status', r.stored ? 'analysed and ' + r.stored : 'analysed (not stored)');
      if (r.stored) F.loadAll();
    } catch (e) {
      status('analyze-status', 'analysis failed: ' + e.message, true);
    } finally {
      $('#analyze-form button').disabled = false;
    }
  }
  document.addEventListener('DOMContentLoaded', () => F.$('#analyze-form').addEventListener('submit', analyze));
}());
