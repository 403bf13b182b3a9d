/* roadmap serve: the page's actions over page.js's map. Each posts one JSON action to the server, which runs the
   use case the matching command runs; the page then shows the database again, as it does when anything else
   changes it (polled once every half second). */
(function () {
  'use strict';

  var doc = document;
  var served = doc.getElementById('served');
  var page = window.roadmapPage;
  if (!served || !page) return;
  var panel = page.panel, panelBody = page.panelBody;
  var statusLine = doc.getElementById('action-status');
  var undoButton = doc.getElementById('undo');
  var undoPreview = doc.getElementById('undo-preview');
  var today = served.getAttribute('data-today');
  var version = null;
  var busy = false;

  function say(text, failed) {
    statusLine.textContent = text;
    statusLine.classList.toggle('failed', !!failed);
  }

  function post(action) {
    return fetch('/api/action', {
      method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(action)
    }).then(function (response) {
      return response.json().catch(function () { return { ok: 'false', message: 'the server answered ' + response.status }; });
    });
  }

  // Runs an action, keeps its result for the status line, and shows the database again.
  function act(action) {
    if (busy) return;
    busy = true;
    say('…');
    post(action).then(function (result) {
      // Busy until the page shows the database again, so the poll does not reload it a second time.
      if (result.ok !== 'true') { busy = false; say(result.message, true); return; }
      try { sessionStorage.setItem('roadmap-status', result.message); } catch (err) { /* private mode */ }
      refresh();
    }, function () { busy = false; say('the server did not answer; is roadmap serve still running?', true); });
  }

  function refresh() { location.reload(); }

  // ------------------------------------------------------------ the panel's actions

  function button(label, key, onClick) {
    var b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    if (key) { b.title = key; b.setAttribute('data-key', key); }
    b.addEventListener('click', onClick);
    return b;
  }

  function field(type, label, name) {
    var wrap = doc.createElement('label');
    wrap.textContent = label + ' ';
    var input = doc.createElement(type === 'textarea' ? 'textarea' : 'input');
    if (type !== 'textarea') input.type = type;
    input.name = name;
    wrap.appendChild(input);
    return { wrap: wrap, input: input };
  }

  function currentSkill() { return panel && !panel.hidden ? page.current() : null; }

  function addActions() {
    var skill = currentSkill();
    if (!skill || panelBody.querySelector('.actions')) return;
    var status = panel.getAttribute('data-status');
    var box = doc.createElement('div');
    box.className = 'actions';

    var marks = doc.createElement('div');
    marks.className = 'marks';
    var day = field('date', 'on', 'on');
    day.input.max = today;
    marks.appendChild(button('Done', 'd', function () { act({ action: 'mark', skill: skill, status: 'done', on: day.input.value || null }); }));
    marks.appendChild(day.wrap);
    marks.appendChild(button('Learning', 'l', function () { act({ action: 'mark', skill: skill, status: 'learning' }); }));
    marks.appendChild(button('Skip', 's', function () { act({ action: 'mark', skill: skill, status: 'skip' }); }));
    marks.appendChild(button('Reset', 'r', function () { act({ action: 'mark', skill: skill, status: 'reset' }); }));
    box.appendChild(marks);

    var note = field('textarea', 'Note', 'note');
    box.appendChild(note.wrap);
    box.appendChild(button('Add note', null, function () { act({ action: 'note', skill: skill, text: note.input.value }); }));

    var link = field('url', 'Evidence link', 'url');
    var title = field('text', 'title', 'title');
    box.appendChild(link.wrap);
    box.appendChild(title.wrap);
    box.appendChild(button('Add evidence', null, function () {
      act({ action: 'evidence', skill: skill, url: link.input.value, title: title.input.value || null });
    }));

    if (status === 'done') {
      var review = doc.createElement('div');
      review.className = 'review';
      var recall = doc.createElement('select');
      recall.name = 'recall';
      ['easy', 'good', 'hard', 'forgot'].forEach(function (value) {
        var option = doc.createElement('option');
        option.value = option.textContent = value;
        if (value === 'good') option.selected = true;
        recall.appendChild(option);
      });
      var label = doc.createElement('label');
      label.textContent = 'Recall ';
      label.appendChild(recall);
      review.appendChild(label);
      review.appendChild(button('Record review', null, function () { act({ action: 'review', skill: skill, recall: recall.value }); }));
      box.appendChild(review);
    }
    panelBody.insertBefore(box, panelBody.children[2] || null);

    // Withdraw buttons beside each note and evidence link, numbered as 'roadmap note SKILL' lists them.
    [['ul.notes', 'withdraw-note'], ['ul.evidence', 'withdraw-evidence']].forEach(function (pair) {
      var list = panelBody.querySelector(pair[0]);
      if (!list) return;
      Array.prototype.forEach.call(list.children, function (item, index) {
        item.appendChild(button('Withdraw', null, function () { act({ action: pair[1], skill: skill, number: index + 1 }); }));
      });
    });
  }

  if (panel) new MutationObserver(addActions).observe(panelBody, { childList: true });
  addActions();

  // ------------------------------------------------------------ undo, target, next steps

  function previewUndo() {
    post({ action: 'undo', dryRun: true }).then(function (result) {
      // The command line's advice to run 'roadmap undo' is the Undo button here.
      var text = result.ok === 'true' ? result.message.replace(/\s*nothing changed; run 'roadmap undo' to revert it\.?$/, '') : '';
      undoPreview.textContent = text;
      undoButton.disabled = !text || /^nothing/i.test(text);
    });
  }
  undoButton.addEventListener('click', function () { act({ action: 'undo' }); });

  var targetForm = doc.getElementById('target-form');
  targetForm.addEventListener('submit', function (event) {
    event.preventDefault();
    act({
      action: 'start', roadmap: served.getAttribute('data-roadmap'),
      target: doc.getElementById('target-stage').value || null, by: doc.getElementById('target-by').value || null
    });
  });

  // Under 600 px the map gives way to the list: a skill's heading opens its panel with the same actions.
  var skills = doc.getElementById('skills');
  if (skills) skills.addEventListener('click', function (event) {
    var heading = event.target.closest('.skill-detail h5');
    if (!heading) return;
    page.openSkill(heading.parentNode.id.replace(/^skill-/, ''));
  });

  // ------------------------------------------------------------ keyboard

  function typing(target) { return target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName); }

  doc.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var key = event.key;
    var skill = currentSkill() || (doc.activeElement && doc.activeElement.getAttribute && doc.activeElement.getAttribute('data-skill'));
    if (key === '/') {
      event.preventDefault();
      doc.getElementById('search').focus();
    } else if (key === 'u') {
      act({ action: 'undo' });
    } else if (skill && 'dlsr'.indexOf(key) !== -1 && key.length === 1) {
      act({ action: 'mark', skill: skill, status: { d: 'done', l: 'learning', s: 'skip', r: 'reset' }[key] });
    } else if (['j', 'k', 'ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft'].indexOf(key) !== -1) {
      var list = page.visibleCards();
      if (!list.length) return;
      var at = list.findIndex(function (card) { return card.getAttribute('data-skill') === skill; });
      var forward = key === 'j' || key === 'ArrowDown' || key === 'ArrowRight';
      var next = list[at === -1 ? 0 : (at + (forward ? 1 : list.length - 1)) % list.length];
      event.preventDefault();
      page.openSkill(next.getAttribute('data-skill'), next);
    }
  });

  // ------------------------------------------------------------ live: show the database again when it changes

  function poll() {
    fetch('/api/version', { credentials: 'same-origin' }).then(function (response) { return response.json(); }).then(function (body) {
      if (version === null) version = body.version;
      else if (body.version !== version && !busy && !typingSomething()) refresh();
    }).catch(function () { /* the server stopped; the page stays as it was */ });
  }
  function typingSomething() {
    return Array.prototype.some.call(doc.querySelectorAll('#panel textarea, #panel input[type=url], #panel input[type=text]'), function (input) {
      return input.value !== '';
    });
  }

  var kept = null;
  try { kept = sessionStorage.getItem('roadmap-status'); sessionStorage.removeItem('roadmap-status'); } catch (err) { kept = null; }
  if (kept) say(kept);
  previewUndo();
  poll();
  setInterval(poll, 500);
  doc.body.setAttribute('data-served', 'yes');
})();
