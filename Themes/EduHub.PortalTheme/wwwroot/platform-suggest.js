// Platform directory: title suggestions while typing (ARIA 1.2 combobox with a listbox popup).
// Progressive enhancement only: without this file the search box is a plain GET form field.
(function () {
  'use strict';
  var input = document.getElementById('platform-q');
  var list = document.getElementById('platform-q-suggestions');
  if (!input || !list || !window.fetch) { return; }

  var culture = input.getAttribute('data-culture');
  var cultures = culture === 'hy' ? ['hy'] : [culture, 'hy'];
  var active = -1;
  var timer = 0;
  var latest = 0;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  var hint = document.createElement('span');
  hint.id = 'platform-q-hint';
  hint.className = 'visually-hidden';
  hint.textContent = input.getAttribute('data-hint');
  input.parentNode.appendChild(hint);
  input.setAttribute('aria-describedby', hint.id);

  function options() { return list.querySelectorAll('[role=option]'); }

  function close() {
    list.hidden = true;
    list.textContent = '';
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(index) {
    var items = options();
    if (items.length === 0) { return; }
    active = (index + items.length) % items.length;
    for (var i = 0; i < items.length; i++) {
      items[i].setAttribute('aria-selected', i === active ? 'true' : 'false');
    }
    input.setAttribute('aria-activedescendant', items[active].id);
  }

  function choose(item) {
    input.value = item.textContent;
    close();
    input.form.submit();
  }

  function show(suggestions) {
    list.textContent = '';
    var seen = {};
    // The page's language first (an English page also suggests Armenian originals that have no translation).
    suggestions.filter(function (s) {
      return s.contentType === input.getAttribute('data-type') && cultures.indexOf(s.culture || 'hy') >= 0 && !seen[s.displayText] && (seen[s.displayText] = true);
    }).map(function (s, i) { return { s: s, rank: cultures.indexOf(s.culture || 'hy') * 100 + i }; })
      .sort(function (a, b) { return a.rank - b.rank; })
      .map(function (x) { return x.s; })
      .slice(0, 8).forEach(function (s, i) {
      var li = document.createElement('li');
      li.id = 'platform-q-option-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.textContent = s.displayText;
      li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(li); });
      list.appendChild(li);
    });
    active = -1;
    var any = list.children.length > 0;
    list.hidden = !any;
    input.setAttribute('aria-expanded', any ? 'true' : 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function load() {
    var text = input.value.trim();
    if (text.length < 2) { close(); return; }
    var ticket = ++latest;
    fetch(input.getAttribute('data-suggest') + '?size=20&q=' + encodeURIComponent(text.slice(0, 200)), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (s) { if (ticket === latest) { show(s); } })
      .catch(close);
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(load, 150);
  });
  input.addEventListener('keydown', function (e) {
    var open = !list.hidden;
    if (e.key === 'ArrowDown') {
      if (open) { highlight(active + 1); } else { load(); }
      e.preventDefault();
    } else if (e.key === 'ArrowUp' && open) {
      highlight(active - 1);
      e.preventDefault();
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      choose(options()[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', function () { setTimeout(close, 100); });
}());
