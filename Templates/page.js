/* roadmap export --format html: the page's script. Plain ES2017, no libraries; the page works without it. */
(function () {
  'use strict';

  var doc = document;
  var body = doc.body;
  var map = doc.querySelector('.map');
  var svg = doc.querySelector('svg.edges');
  var panel = doc.getElementById('panel');
  var panelBody = doc.getElementById('panel-body');
  var panelClose = doc.getElementById('panel-close');
  var searchInput = doc.getElementById('search');
  var stageSelect = doc.getElementById('stage-filter');
  var areaSelect = doc.getElementById('area-filter');
  var pathToggle = doc.getElementById('path-toggle');
  var matchCount = doc.getElementById('match-count');
  var statusBoxes = Array.prototype.slice.call(doc.querySelectorAll('input[name="status"]'));

  // ---------------------------------------------------------------- the index, built once

  var items = [];           // one per card, in document order
  var itemById = new Map(); // skill id → item
  var edges = [];           // one per path.edge: {el, from, to, dimmed}
  var edgesById = new Map(); // skill id → edges touching it
  var edgesInto = new Map(); // skill id → edges from its prerequisites

  if (map) {
    Array.prototype.forEach.call(map.querySelectorAll('a.card[data-skill]'), function (card) {
      var item = {
        card: card, id: card.getAttribute('data-skill'), out: false,
        status: card.getAttribute('data-status') || '', path: card.hasAttribute('data-path'),
        stage: card.getAttribute('data-stage') || '', area: card.getAttribute('data-area') || '',
        search: (card.getAttribute('data-search') || card.textContent || '').toLowerCase()
      };
      items.push(item);
      itemById.set(item.id, item);
    });
  }
  if (svg) {
    Array.prototype.forEach.call(svg.querySelectorAll('path.edge'), function (el) {
      var edge = {
        el: el, dimmed: false,
        from: itemById.get(el.getAttribute('data-from')), to: itemById.get(el.getAttribute('data-to'))
      };
      edges.push(edge);
      [edge.from, edge.to].forEach(function (end) {
        if (!end) return;
        if (!edgesById.has(end.id)) edgesById.set(end.id, []);
        edgesById.get(end.id).push(edge);
      });
      if (edge.to) {
        if (!edgesInto.has(edge.to.id)) edgesInto.set(edge.to.id, []);
        edgesInto.get(edge.to.id).push(edge);
      }
    });
  }

  // ---------------------------------------------------------------- filters

  function applyFilters() {
    var statuses = new Set();
    statusBoxes.forEach(function (box) { if (box.checked) statuses.add(box.value); });
    var stage = stageSelect ? stageSelect.value : '';
    var area = areaSelect ? areaSelect.value : '';
    var words = searchInput ? searchInput.value.toLowerCase().split(/\s+/).filter(Boolean) : [];
    var shown = 0;
    for (var i = 0; i < items.length; i++) {
      var it = items[i];
      var ok = (statusBoxes.length === 0 || statuses.has(it.status)) &&
        (!stage || it.stage === stage) && (!area || it.area === area);
      for (var w = 0; ok && w < words.length; w++) ok = it.search.indexOf(words[w]) !== -1;
      if (ok) shown++;
      if (it.out === ok) { // state changes: touch the DOM only then
        it.out = !ok;
        it.card.classList.toggle('filtered-out', it.out);
      }
    }
    for (var e = 0; e < edges.length; e++) {
      var edge = edges[e];
      var dim = !!((edge.from && edge.from.out) || (edge.to && edge.to.out));
      if (dim !== edge.dimmed) {
        edge.dimmed = dim;
        edge.el.classList.toggle('dimmed', dim);
      }
    }
    if (matchCount) {
      matchCount.textContent = shown.toLocaleString('en-US') + ' of ' + items.length.toLocaleString('en-US') +
        (items.length === 1 ? ' skill' : ' skills');
    }
  }

  var searchTimer = 0;
  if (searchInput) {
    searchInput.addEventListener('input', function () {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(applyFilters, 80);
    });
  }
  statusBoxes.forEach(function (box) { box.addEventListener('change', applyFilters); });
  [stageSelect, areaSelect].forEach(function (select) {
    if (select) select.addEventListener('change', applyFilters);
  });

  // ---------------------------------------------------------------- path to the target: its cards, numbered as the plan

  if (pathToggle) {
    pathToggle.addEventListener('click', function () {
      var on = !body.classList.contains('path-on');
      body.classList.toggle('path-on', on);
      pathToggle.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
  }

  // ---------------------------------------------------------------- lines: only the focused skill's

  // A map of hundreds of lines reads as none; the focused (or hovered, or selected) skill shows its whole chain of
  // prerequisites and the skills it unlocks, and the rest stay hidden.
  var shown = [];

  function showLines(id) {
    shown.forEach(function (edge) { edge.el.classList.remove('shown', 'active'); });
    shown = [];
    if (!id) return;
    var seen = new Set([id]);
    var pending = [id];
    while (pending.length) {
      (edgesInto.get(pending.pop()) || []).forEach(function (edge) {
        shown.push(edge);
        if (edge.from && !seen.has(edge.from.id)) { seen.add(edge.from.id); pending.push(edge.from.id); }
      });
    }
    (edgesById.get(id) || []).forEach(function (edge) { if (edge.from && edge.from.id === id) shown.push(edge); });
    shown.forEach(function (edge) {
      edge.el.classList.add('shown');
      if ((edge.from && edge.from.id === id) || (edge.to && edge.to.id === id)) edge.el.classList.add('active');
    });
  }

  function cardFrom(target) { return target && target.closest ? target.closest('a.card[data-skill]') : null; }

  if (map) {
    ['mouseover', 'focusin'].forEach(function (type) {
      map.addEventListener(type, function (event) {
        var card = cardFrom(event.target);
        if (card) showLines(card.getAttribute('data-skill'));
      });
    });
    ['mouseout', 'focusout'].forEach(function (type) {
      map.addEventListener(type, function (event) {
        if (cardFrom(event.target) && !cardFrom(event.relatedTarget)) showLines(current);
      });
    });
  }

  // ---------------------------------------------------------------- the side panel

  var current = null;  // the id of the skill shown in the panel
  var opener = null;   // the card to return focus to

  function cardOf(id) { var it = itemById.get(id); return it ? it.card : null; }

  function unselect() {
    if (current === null) return;
    var card = cardOf(current);
    if (card) card.classList.remove('selected');
    current = null;
    showLines(null);
  }

  function setHash(hash) {
    try {
      history.replaceState(history.state, '', hash || location.pathname + location.search);
    } catch (err) { /* a sandboxed or file page may refuse; the hash is a nicety */ }
  }

  function scrollToCard(card) {
    if (card) card.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  // Shows skill `id` in the panel; false when the page has no details for it.
  function openSkill(id, card) {
    var article = doc.getElementById('skill-' + id);
    if (!panel || !panelBody || !article) return false;
    unselect();
    current = id;
    card = card || cardOf(id);
    if (card) opener = card;

    var fragment = doc.createDocumentFragment();
    for (var child = article.firstElementChild; child; child = child.nextElementSibling) {
      var copy = child.cloneNode(true);
      copy.removeAttribute('id');
      var withIds = copy.querySelectorAll('[id]');
      for (var k = 0; k < withIds.length; k++) withIds[k].removeAttribute('id');
      fragment.appendChild(copy);
    }
    var heading = fragment.querySelector('h1, h2, h3, h4, h5, h6');
    panelBody.textContent = '';
    panelBody.appendChild(fragment);
    if (heading) {
      heading.id = 'panel-title';
      heading.setAttribute('tabindex', '-1');
    }
    var status = article.getAttribute('data-status');
    if (status) panel.setAttribute('data-status', status); else panel.removeAttribute('data-status');

    if (card) card.classList.add('selected');
    showLines(id);

    panel.hidden = false;
    body.classList.add('panel-open');
    panel.scrollTop = 0;
    (heading || panel).focus({ preventScroll: true });
    scrollToCard(card);
    setHash('#skill-' + id);
    return true;
  }

  function closePanel() {
    if (!panel || panel.hidden) return;
    var back = cardOf(current) || opener;
    unselect();
    panel.hidden = true;
    body.classList.remove('panel-open');
    panelBody.textContent = '';
    setHash('');
    if (back) back.focus();
  }

  function plainClick(event) {
    return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
  }

  if (map) {
    map.addEventListener('click', function (event) {
      var card = event.target.closest('a.card[data-skill]');
      if (!card || !plainClick(event)) return;
      if (openSkill(card.getAttribute('data-skill'), card)) event.preventDefault();
    });
    map.addEventListener('keydown', function (event) {
      if (event.key !== ' ' && event.key !== 'Spacebar') return;
      var card = event.target.closest('a.card[data-skill]');
      if (!card) return;
      event.preventDefault(); // no page scroll
      openSkill(card.getAttribute('data-skill'), card);
    });
  }

  // A skill named in the panel, the plan or the next steps opens its panel.
  doc.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[data-skill-link]') : null;
    if (!link || !plainClick(event) || (link.closest('#skills') && !link.closest('#panel'))) return;
    if (openSkill(link.getAttribute('data-skill-link'))) event.preventDefault();
  });
  if (panelClose) panelClose.addEventListener('click', closePanel);

  doc.addEventListener('keydown', function (event) {
    if ((event.key === 'Escape' || event.key === 'Esc') && panel && !panel.hidden) {
      event.preventDefault();
      closePanel();
    }
  });

  // ---------------------------------------------------------------- print: fit the map to the page width

  window.addEventListener('beforeprint', function () {
    if (!map || !map.offsetWidth) return;
    map.style.setProperty('--print-zoom', Math.min(1, 700 / map.offsetWidth).toFixed(3));
  });
  var printZoom = map ? map.style.getPropertyValue('--print-zoom') : '';
  window.addEventListener('afterprint', function () {
    if (!map) return;
    if (printZoom) map.style.setProperty('--print-zoom', printZoom); else map.style.removeProperty('--print-zoom');
  });

  // ---------------------------------------------------------------- start

  if (items.length) applyFilters(); // the browser may have restored the controls' state
  var hash = '';
  try { hash = decodeURIComponent(location.hash.slice(1)); } catch (err) { hash = ''; }
  if (hash.indexOf('skill-') === 0 && itemById.has(hash.slice(6))) openSkill(hash.slice(6));
  // What page-actions.js (the served page's actions) builds on.
  window.roadmapPage = {
    panel: panel, panelBody: panelBody, openSkill: openSkill,
    current: function () { return current; },
    visibleCards: function () {
      return items.filter(function (it) { return !it.out; }).map(function (it) { return it.card; });
    }
  };

  // For tests and the benchmark: the script ran to the end, and how long after navigation it was ready.
  doc.body.setAttribute('data-scripted', 'yes');
  doc.body.setAttribute('data-ready-ms', String(Math.round(window.performance ? performance.now() : 0)));
})();
