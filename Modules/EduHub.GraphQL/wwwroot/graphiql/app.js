/*
 * EduHub GraphiQL bootstrap.
 *
 * Loaded as an external file (no inline <script>) so the page works under a CSP
 * without 'unsafe-inline'. Depends on the UMD globals React, ReactDOM and GraphiQL
 * loaded before it by index.html. Talks only to the same origin.
 */
(function () {
  'use strict';

  var meta = document.querySelector('meta[name="eduhub-graphql-endpoint"]');
  var endpoint = (meta && meta.getAttribute('content')) || '/api/graphql';

  var defaultQuery = [
    "# EduHub \u2014 Armenia's distance-learning hub. Try:",
    '{',
    '  platform(first: 5) { contentItemId displayText website { url } }',
    '}',
    ''
  ].join('\n');

  function errorResult(message) {
    return { errors: [{ message: message }] };
  }

  // GraphiQL calls fetcher(params, opts); opts.headers holds the parsed JSON of the
  // "Headers" editor (e.g. {"Authorization": "Bearer ..."}).
  function fetcher(params, opts) {
    var headers = { Accept: 'application/json' };
    var extra = (opts && opts.headers) || {};
    Object.keys(extra).forEach(function (name) {
      var value = extra[name];
      // The body is always JSON: ignore a Content-Type typed in the editor.
      if (value !== undefined && value !== null && name.toLowerCase() !== 'content-type') {
        headers[name] = String(value);
      }
    });
    headers['Content-Type'] = 'application/json';

    return fetch(endpoint, {
      method: 'POST',
      headers: headers,
      credentials: 'same-origin',
      body: JSON.stringify({
        query: params.query,
        variables: params.variables || null,
        operationName: params.operationName || null
      })
    }).then(function (response) {
      return response.text().then(function (text) {
        try {
          return JSON.parse(text);
        } catch (e) {
          return errorResult('HTTP ' + response.status + ' ' + response.statusText +
            ' (response is not JSON)' + (text ? ': ' + text.slice(0, 500) : ''));
        }
      });
    }, function (err) {
      return errorResult('Network error: ' + (err && err.message ? err.message : String(err)));
    });
  }

  // GraphiQL keeps its state in localStorage under "graphiql:*" keys. shouldPersistHeaders=false
  // keeps the headers editor out of it, but GraphiQL 3's query history ("graphiql:queries",
  // "graphiql:favorites") stores each run's headers regardless. Headers may carry an
  // Authorization token, so this storage drops every "headers" value before writing.
  var PREFIX = 'graphiql:';

  function scrubHeaders(value) {
    if (Array.isArray(value)) {
      value.forEach(scrubHeaders);
    } else if (value && typeof value === 'object') {
      Object.keys(value).forEach(function (key) {
        if (key === 'headers') {
          delete value[key];
        } else {
          scrubHeaders(value[key]);
        }
      });
    }
    return value;
  }

  function localKeys() {
    var keys = [];
    try {
      for (var i = 0; i < window.localStorage.length; i++) {
        var key = window.localStorage.key(i);
        if (key && key.indexOf(PREFIX) === 0) {
          keys.push(key);
        }
      }
    } catch (e) { /* storage unavailable */ }
    return keys;
  }

  var safeStorage = {
    getItem: function (key) {
      try { return window.localStorage.getItem(key); } catch (e) { return null; }
    },
    setItem: function (key, value) {
      if (key === PREFIX + 'headers') {
        return; // never persist the headers editor
      }
      var text = String(value);
      if (text.indexOf('"headers"') !== -1) {
        try { text = JSON.stringify(scrubHeaders(JSON.parse(text))); } catch (e) { /* not JSON: keep */ }
      }
      window.localStorage.setItem(key, text); // quota errors are handled by GraphiQL
    },
    removeItem: function (key) {
      try { window.localStorage.removeItem(key); } catch (e) { /* ignore */ }
    },
    clear: function () {
      localKeys().forEach(function (key) { safeStorage.removeItem(key); });
    },
    get length() {
      return localKeys().length;
    }
  };

  function start() {
    var container = document.getElementById('graphiql');
    if (!window.React || !window.ReactDOM || !window.GraphiQL) {
      container.textContent = 'GraphiQL failed to load (missing React, ReactDOM or GraphiQL script).';
      return;
    }

    var element = window.React.createElement(window.GraphiQL, {
      fetcher: fetcher,
      defaultQuery: defaultQuery,
      isHeadersEditorEnabled: true,
      // Do not store the headers (they may contain an Authorization token) in localStorage.
      shouldPersistHeaders: false,
      storage: safeStorage,
      defaultEditorToolsVisibility: true
    }, window.React.createElement(window.GraphiQL.Logo, null, 'EduHub GraphQL'));

    while (container.firstChild) {
      container.removeChild(container.firstChild);
    }
    window.ReactDOM.createRoot(container).render(element);

    // GraphiQL renders and re-renders its CodeMirror editors after this call: label them as they appear.
    labelEditors(container);
    new MutationObserver(function () { labelEditors(container); }).observe(container, { childList: true, subtree: true });
  }

  // Accessibility fixes GraphiQL 3 lacks (found by axe-core in the browser tests): CodeMirror's hidden
  // textareas, which take the keyboard input, have no label, and its scroll areas cannot be reached
  // with the keyboard.
  function label(textarea, text) {
    if (textarea && textarea.getAttribute('aria-label') !== text) {
      textarea.setAttribute('aria-label', text);
    }
  }

  function labelEditors(root) {
    label(root.querySelector('.graphiql-query-editor .CodeMirror textarea'), 'Query');
    var tools = root.querySelectorAll('.graphiql-editor-tool .graphiql-editor');
    label(tools[0] && tools[0].querySelector('.CodeMirror textarea'), 'Variables');
    label(tools[1] && tools[1].querySelector('.CodeMirror textarea'), 'Headers');
    label(root.querySelector('.result-window .CodeMirror textarea'), 'Result');
    Array.prototype.forEach.call(root.querySelectorAll('.CodeMirror-scroll[tabindex="-1"]'), function (scroll) {
      scroll.setAttribute('tabindex', '0');
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
