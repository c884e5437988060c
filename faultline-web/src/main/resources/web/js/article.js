/* The article panel: an event's article with its highlights, or an actor's dossier. */
(function () {
  'use strict';
  const F = window.faultline;
  const { el, status, $, iso, dayMs, parseDay, colourOf } = F;

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

  /* What an inferred role was taken from, by RoleBasis word ('stated' and 'unrecorded' get no label). */
  const INFERRED_FROM = {
    anaphora: 'a pronoun or description resolved to an earlier mention',
    reaction: 'the author of the act reacted to',
    territory: 'the state whose ground was attacked',
    echo: 'the target of the act it repeats',
    continued: 'the actor of an earlier act of its type',
    counterpart: "the source's adversary in this article",
  };

  /* An actor's name, marked when no member report states it in this role (each basis is inferred). */
  function actorName(a) {
    const bases = a.bases || [];
    const inferred = bases.length && bases.every((b) => INFERRED_FROM[b]);
    return inferred ? [a.name, el('small', { class: 'role-basis', title: bases.map((b) => INFERRED_FROM[b]).join('; ') },
      ' (inferred)')] : [a.name];
  }

  function actorNames(list) {
    return list.length ? list.map((a, i) => [i ? ', ' : '', ...actorName(a)]).flat() : ['?'];
  }

  /*
   * The inferred roles of the article's member events: a label "inferred from …" each, and spans marking the
   * mention each was taken from and the evidence sentence (of any event of the article) that holds it.
   */
  function inferredRoles(roles, art) {
    const mine = roles.filter((r) => r.articleId === art.id && INFERRED_FROM[r.basis]);
    const spans = [];
    const items = mine.map((r) => {
      spans.push({ start: r.start, end: r.end, cls: 'hl-inferred' });
      const sentence = art.spans.find((s) => s.kind === 'evidence' && s.start <= r.start && s.end >= r.end);
      if (sentence) spans.push({ start: sentence.start, end: sentence.end, cls: 'hl-inferred-from' });
      return el('li', { class: 'inferred-role', 'data-basis': r.basis }, (r.name || r.actorId) + ' as ' + r.role + ': inferred from ',
        INFERRED_FROM[r.basis], ' («' + Array.from(art.text).slice(r.start, r.end).join('') + '»)');
    });
    return { spans, list: items.length ? el('ul', { class: 'inferred-roles' }, ...items) : null };
  }

  async function showEvent(id) {
    F.selected = id;
    document.querySelectorAll('#events tbody tr').forEach((tr) => tr.classList.toggle('selected', tr.dataset.event === id));
    status('article-status', 'loading…');
    const detail = $('#event-detail');
    try {
      const { event, articles, roles } = await F.api('api/event?id=' + encodeURIComponent(id));
      detail.classList.remove('empty');
      detail.replaceChildren(
        el('div', {}, el('span', { class: 'type-badge', style: 'background:' + colourOf(event.type) }, event.type), ' ',
          event.mode || '', ' · ', event.date || 'undated', ' · ', event.place ? event.place.name : 'no place', ' · ',
          ...actorNames(event.sources), ' → ', ...actorNames(event.targets),
          ' · ', event.numMentions + ' mention(s) in ' + event.numArticles + ' article(s)'),
        el('div', {}, 'Sources: ', ...articles.map((a, i) => [i ? ', ' : '', /^https?:\/\//i.test(a.url || '') ? el('a', { href: a.url, rel: 'noreferrer' }, a.title || a.id)
          : (a.title || a.id), a.published ? ' (' + a.published + ')' : '']).flat()));
      if (!articles.length) { $('#article-text').replaceChildren(); status('article-status', 'no article'); return; }
      const art = await F.api('api/article?id=' + encodeURIComponent(articles[0].id));
      const spans = art.spans.filter((s) => s.kind === 'actor' || s.kind === 'place' || s.ref === id)
        .map((s) => ({ start: s.start, end: s.end, cls: 'hl-' + s.kind }));
      const inferred = inferredRoles(roles || [], art);
      if (inferred.list) detail.append(inferred.list);
      const { frag, first } = highlighted(art.text, spans.concat(inferred.spans));
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
      const d = await F.api('api/actor?id=' + encodeURIComponent(id));
      const weeks = d.eventsPerWeek.map((w) => w.week + ': ' + w.events).join(', ');
      $('#event-detail').classList.remove('empty');
      $('#event-detail').replaceChildren(
        el('h3', {}, d.name || d.id, ' ', el('small', {}, [d.type, d.country, d.sector].filter((x) => x).join(' · '))),
        el('div', {}, 'Aliases: ', d.aliases.join(', ') || 'none', ' · named in ' + d.articles + ' article(s)'),
        el('div', {}, 'Events by type and role: ', d.eventsByType.map((t) => t.type + ' (' + t.role + ') ' + t.events).join(', ') || 'none'),
        el('div', { id: 'dossier-weeks' }, 'Events per week: ', weeks || 'none', d.eventsWithoutWeek
          ? ' (and ' + d.eventsWithoutWeek + ' dated only to the month or year)' : ''));
      $('#article-text').replaceChildren(el('h3', {}, 'Relations'), el('ul', { id: 'dossier-relations' },
        ...d.relations.map((r) => el('li', {}, r.direction === 'out' ? d.name + ' ' + r.relation + ' ' + (r.otherName || r.otherId)
          : (r.otherName || r.otherId) + ' ' + r.relation + ' ' + d.name, ' (' + r.weight + ', ' + (r.first || '?') + ' – ' + (r.last || '?') + ')'))));
      status('article-status', 'actor ' + d.id);
    } catch (e) {
      status('article-status', 'could not load the actor: ' + e.message, true);
    }
  }
  F.showActor = showActor;
  F.showEvent = showEvent;
  F.highlighted = highlighted;
}());
