/* The timeline: events per day or week by type, with a brush that sets the period ('range'). */
(function () {
  'use strict';
  const F = window.faultline;
  const { el, status, $, iso, dayMs, parseDay, colourOf } = F;

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
    const tl = binsOf(F.points);
    const undated = F.points.filter((p) => !p.day || p.datePrecision !== 'day').length;
    if (!tl) { box.append(el('p', { class: 'empty' }, F.points.length ? 'no dated events' : 'no events')); status('timeline-status', ''); return; }
    const W = box.clientWidth || 800, H = 150, padL = 30, padB = 20, padT = 6;
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    svg.setAttribute('id', 'timeline-svg');
    const maxTotal = Math.max(...tl.bins.map((b) => b.total), 1);
    const x = (t) => padL + (t - tl.min) / (tl.end - tl.min) * (W - padL - 5);
    const y = (v) => H - padB - v / maxTotal * (H - padB - padT);
    const types = [...new Set(F.points.map((p) => p.type))].sort();
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
      if (!F.range) { brush.setAttribute('width', 0); return; }
      const a = x(parseDay(F.range[0])), b = x(parseDay(F.range[1]) + dayMs);
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
    F.range = from && to ? [from, to] : null;
    $('#range-label').textContent = F.range ? 'period ' + from + ' – ' + to : '';
    $('#clear-range').hidden = !F.range;
    F.offset = 0;
    drawTimeline();
    F.emit('range');
  }
  function clearRange() { if (F.range) setRange(null, null); }
  F.setRange = setRange;
  F.clearRange = clearRange;

  F.on('points', drawTimeline);
  window.addEventListener('resize', () => drawTimeline());
  document.addEventListener('DOMContentLoaded', () => F.$('#clear-range').addEventListener('click', clearRange));
}());
