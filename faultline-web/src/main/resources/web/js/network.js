/* The actor network: relations of the period (the timeline's brush) filtered by type and weight, laid out
   with fcose, nodes coloured from the one actor-type palette and sized by degree. Labels never overlap: the
   best-connected actors are labelled first and a label that would touch one already placed is shown only
   on hover. */
(function () {
  'use strict';
  const F = window.faultline;
  const { el, status, $ } = F;
  let graph = null;
  let asked = 0;

  async function loadNetwork() {
    status('network-status', 'loading…');
    const p = new URLSearchParams();
    if (F.range) { p.set('from', F.range[0]); p.set('to', F.range[1]); }
    const mine = ++asked;
    try {
      const g = await F.api('api/network?' + p);
      if (mine !== asked) return;
      graph = g;
      drawNetwork();
    } catch (e) {
      status('network-status', 'could not load the network: ' + e.message, true);
    }
  }

  /* The relation types ticked and the smallest weight asked for. */
  function wanted() {
    const types = new Set([...document.querySelectorAll('#network-relations input:checked')].map((i) => i.value));
    const min = Math.max(1, parseInt($('#network-min-weight').value, 10) || 1);
    return { types, min };
  }

  function drawNetwork() {
    const g = graph;
    if (!g) return;
    const { types, min } = wanted();
    const edges = g.edges.filter((e) => types.has(e.relation) && e.weight >= min);
    const used = new Set(edges.flatMap((e) => [e.source, e.target]));
    const nodes = g.nodes.filter((n) => used.has(n.id));
    const degree = {};
    edges.forEach((e) => { degree[e.source] = (degree[e.source] || 0) + e.weight; degree[e.target] = (degree[e.target] || 0) + e.weight; });
    const maxW = Math.max(1, ...edges.map((e) => e.weight));
    const maxDegree = Math.max(1, ...Object.values(degree));
    const elements = [];
    nodes.forEach((n) => elements.push({ data: { id: n.id, label: n.name || n.id, type: n.type || '',
      colour: F.actorColour(n.type), degree: degree[n.id] || 0, size: 10 + 3 * Math.sqrt(degree[n.id] || 0),
      font: Math.round(9 + 11 * Math.sqrt((degree[n.id] || 0) / maxDegree)) } }));
    edges.forEach((e) => elements.push({ data: { id: e.source + '->' + e.target + ':' + e.relation, source: e.source,
      target: e.target, relation: e.relation, weight: e.weight, width: 1 + 5 * e.weight / maxW,
      colour: F.RELATION_COLOURS[e.relation] || '#999' } }));
    if (F.cy) F.cy.destroy();
    const dense = nodes.length > 60;
    const cy = F.cy = cytoscape({
      container: $('#network'), elements: elements, wheelSensitivity: 0.3,
      style: [
        // hubs get larger labels
        { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 'data(font)',
          'text-wrap': 'wrap', 'text-max-width': 90, width: 'data(size)', height: 'data(size)',
          'text-background-color': '#fff', 'text-background-opacity': 0.75, 'text-background-padding': 1 } },
        { selector: 'node.quiet', style: { label: '' } },
        // once placed, a label too small to read at this zoom is drawn only when one zooms in
        { selector: 'node.placed', style: { 'min-zoomed-font-size': 7 } },
        { selector: 'node.hover', style: { label: 'data(label)', 'z-index': 99, 'font-weight': 'bold', 'min-zoomed-font-size': 0 } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle', 'curve-style': dense ? 'straight' : 'bezier', opacity: dense ? 0.55 : 1,
          'font-size': 8, color: '#555', label: edges.length <= 30 ? 'data(relation)' : '' } }
      ],
      layout: { name: 'preset' }
    });
    const layout = nodes.length < 2 ? { name: 'grid' } : { name: 'fcose', quality: 'default', randomize: true,
      animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70, nodeSeparation: 90, packComponents: true,
      numIter: 2500, padding: 20, fit: true };
    cy.layout(layout).run();
    cy.fit(undefined, 20);
    placeLabels(cy);
    cy.on('tap', 'node', (ev) => F.showActor(ev.target.id()));
    cy.on('mouseover', 'node', (ev) => ev.target.addClass('hover'));
    cy.on('mouseout', 'node', (ev) => ev.target.removeClass('hover'));

    const names = {}; g.nodes.forEach((n) => { names[n.id] = n.name || n.id; });
    $('#network-edges').replaceChildren(...edges.map((e) => el('li', { 'data-edge': e.source + '->' + e.target + ':' + e.relation,
      'data-source-name': names[e.source], 'data-target-name': names[e.target], 'data-relation': e.relation },
      names[e.source] + ' ' + e.relation + ' ' + names[e.target] + ' (' + e.weight + ')')));
    legend(nodes, edges);
    const labelled = cy.nodes().not('.quiet').length;
    status('network-status', edges.length ? nodes.length + ' actors, ' + edges.length + ' relations' +
      (F.range ? ' in the period' : '') + (labelled < nodes.length ? '; ' + labelled + ' labelled, hover for the others' : '')
      : 'no relations' + (F.range ? ' in this period' : '') + (g.edges.length ? ' of the ticked types' : ''));
    $('#network').dataset.laidOut = String(++F.networkDraws);
  }
  F.networkDraws = 0;

  /* Greedy label placement in model coordinates (labels scale with the zoom, so what does not overlap now
     never does): actors by degree, a label kept only when its box, padded, meets no kept label's box. */
  function placeLabels(cy) {
    const kept = [];
    const order = cy.nodes().sort((a, b) => b.data('degree') - a.data('degree') || (a.id() < b.id() ? -1 : 1));
    cy.batch(() => order.forEach((n) => {
      const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      const pad = 2;
      const box = { x1: b.x1 - pad, x2: b.x2 + pad, y1: b.y1 - pad, y2: b.y2 + pad };
      const clash = b.w === 0 || kept.some((k) => box.x1 < k.x2 && k.x1 < box.x2 && box.y1 < k.y2 && k.y1 < box.y2);
      if (clash) n.addClass('quiet'); else kept.push(box);
      n.addClass('placed');
    }));
  }

  function legend(nodes, edges) {
    const count = (list, key) => list.reduce((m, x) => { m[key(x)] = (m[key(x)] || 0) + 1; return m; }, {});
    const types = count(nodes, (n) => n.type || 'unknown');
    const rels = count(edges, (e) => e.relation);
    $('#network-legend').replaceChildren(
      ...Object.keys(types).sort().map((t) => F.swatch(t + ' ' + types[t], F.actorColour(t))),
      ...Object.keys(rels).sort().map((r) => F.swatch(r + ' ' + rels[r], F.RELATION_COLOURS[r] || '#999', 'line')));
  }

  F.loadNetwork = loadNetwork;
  F.on('points', loadNetwork);
  F.on('range', loadNetwork);
  document.addEventListener('DOMContentLoaded', () => {
    $('#network-relations').replaceChildren(...Object.keys(F.RELATION_COLOURS).map((r) =>
      el('label', {}, el('input', { type: 'checkbox', value: r, checked: 'checked' }), ' ' + r)));
    $('#network-relations').addEventListener('change', drawNetwork);
    $('#network-min-weight').addEventListener('change', drawNetwork);
  });
}());
