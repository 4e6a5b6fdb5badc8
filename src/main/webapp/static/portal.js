// Progressive enhancement of the search form: it works without this script (the « Filtrer » button submits it and
// opens the new page at its count). A ticked filter or a new sort order submits at once; on the new page focus
// returns to that control when the filters are beside the results; on a phone, where they are below them, it goes
// to the new count, from which the « Filtres et tri » link leads back to the filters. (No #results here: the
// browser's own focusing of a fragment would come after this script's.)
(function () {
  'use strict';
  var KEY = 'bocage-focus';
  var form = document.getElementById('search-form');
  if (!form) {
    return;
  }
  var hints = form.querySelectorAll('[data-script-hint]');
  for (var h = 0; h < hints.length; h++) {
    hints[h].hidden = false;
  }
  form.addEventListener('change', function (event) {
    var control = event.target;
    if (control.hasAttribute('data-autosubmit')) {
      try {
        sessionStorage.setItem(KEY, control.name + '=' + control.value);
      } catch (e) { /* storage unavailable: focus simply starts at the top */ }
      form.submit();
    }
  });
  var wanted = null;
  try {
    wanted = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
  } catch (e) { /* nothing to restore */ }
  var count = document.getElementById('results');
  if (wanted && count && !window.matchMedia('(min-width: 50rem)').matches) {
    count.setAttribute('tabindex', '-1');
    count.focus();
  } else if (wanted) {
    var controls = form.querySelectorAll('[data-autosubmit]');
    for (var i = 0; i < controls.length; i++) {
      if (controls[i].name + '=' + controls[i].value === wanted || (controls[i].tagName === 'SELECT' && wanted.indexOf(controls[i].name + '=') === 0)) {
        controls[i].focus();
        break;
      }
    }
  }
}());

// Completions under the search box, as the ARIA combobox pattern has them: arrows move through the list, Enter opens
// a title's resource or searches a word, Escape closes; a polite status says how many there are. Without this
// script the box is a plain search field.
(function () {
  'use strict';
  var input = document.querySelector('input[data-suggest]');
  if (!input || !window.fetch) {
    return;
  }
  var RESOURCE_PATH = '/ressources/';
  var DELAY_MS = 150;
  var list = document.createElement('ul');
  var status = document.createElement('p');
  var found = [];
  var active = -1;
  var timer = null;

  list.id = input.id + '-suggestions';
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', input.getAttribute('data-suggest-label'));
  list.hidden = true;
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('autocomplete', 'off');
  var row = input.parentNode;
  row.parentNode.insertBefore(list, row.nextSibling);
  row.parentNode.insertBefore(status, list);

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(request, DELAY_MS);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (found.length === 0) {
        return;
      }
      event.preventDefault();
      open();
      // Past either end, round to the other.
      var next = active + (event.key === 'ArrowDown' ? 1 : -1);
      select(next >= found.length ? 0 : next < 0 ? found.length - 1 : next);
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);
  // mousedown, not click: choosing happens before the box loses focus and closes the list.
  list.addEventListener('mousedown', function (event) {
    var option = event.target.closest('[role="option"]');
    if (option) {
      event.preventDefault();
      choose(Number(option.getAttribute('data-index')));
    }
  });

  function request() {
    var typed = input.value.trim();
    if (typed.length < 2) {
      show([]);
      return;
    }
    fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(typed), {headers: {Accept: 'application/json'}})
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (suggestions) {
        if (input.value.trim() === typed) {
          show(suggestions);
        }
      })
      .catch(function () { show([]); });
  }

  function show(suggestions) {
    found = suggestions;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    list.textContent = '';
    suggestions.forEach(function (suggestion, index) {
      var option = document.createElement('li');
      option.id = list.id + '-' + index;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.setAttribute('data-index', String(index));
      option.textContent = suggestion.text;
      if (suggestion.kind === 'title') {
        var kind = document.createElement('span');
        kind.className = 'tag';
        kind.textContent = input.getAttribute('data-suggest-title');
        option.appendChild(document.createTextNode(' '));
        option.appendChild(kind);
      }
      list.appendChild(option);
    });
    status.textContent = announcement(suggestions.length);
    if (suggestions.length > 0) {
      open();
    } else {
      close();
    }
  }

  function announcement(count) {
    if (count === 0) {
      return input.value.trim().length < 2 ? '' : input.getAttribute('data-suggest-none');
    }
    return count === 1 ? input.getAttribute('data-suggest-one')
      : input.getAttribute('data-suggest-many').replace('{0}', String(count));
  }

  function open() {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    select(-1);
  }

  /** Marks option index as the current one (-1: none, focus stays in the box either way). */
  function select(index) {
    var options = list.children;
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute('aria-selected', i === index ? 'true' : 'false');
    }
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({block: 'nearest'});
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(index) {
    var suggestion = found[index];
    close();
    if (suggestion.kind === 'title') {
      window.location.assign(RESOURCE_PATH + suggestion.id);
    } else {
      input.value = suggestion.text;
      input.form.submit();
    }
  }
}());

// Webinar times are written in Paris time, a course session's in its place's (data-zone); a visitor elsewhere
// (overseas, abroad) also reads them in their own.
(function () {
  'use strict';
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  if (!zone) {
    return;
  }
  var options = { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' };
  function format(date, timeZone) {
    options.timeZone = timeZone;
    return new Intl.DateTimeFormat('fr-FR', options).format(date);
  }
  var times = document.querySelectorAll('time[data-local-time]');
  for (var i = 0; i < times.length; i++) {
    var date = new Date(times[i].getAttribute('datetime'));
    var local = format(date, zone);
    if (isNaN(date.getTime()) || local === format(date, times[i].getAttribute('data-zone') || 'Europe/Paris')) {
      continue;
    }
    var note = document.createElement('span');
    note.className = 'local-time';
    note.textContent = ' ' + times[i].getAttribute('data-local-template').replace('{0}', local).replace('{1}', zone);
    times[i].parentNode.insertBefore(note, times[i].nextSibling);
  }
})();

// A refused form (layout/form-error.jspf): the first field in error takes the focus and comes into view, so that
// nobody has to look for what to correct; a link of the summary does the same for its field. Without this script
// the summary's links still lead to their fields.
(function () {
  'use strict';
  function control(target) {
    if (!target) {
      return null;
    }
    return target.matches('input, select, textarea') ? target : target.querySelector('input, select, textarea');
  }
  function reach(target) {
    var field = control(target);
    if (!field) {
      return false;
    }
    var container = field.closest('.field, fieldset') || field;
    container.scrollIntoView({block: 'start'});
    field.focus({preventScroll: true});
    return true;
  }
  var summary = document.querySelector('.error-summary');
  if (summary) {
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      if (link && reach(document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1))))) {
        event.preventDefault();
      }
    });
  }
  function focusFirst() {
    var first = document.querySelector('form [aria-invalid="true"]');
    if (!reach(first)) {
      var notice = document.getElementById('form-errors') || document.getElementById('form-error');
      if (notice) {
        notice.focus();
      }
    }
  }
  // A form posted to an anchor (#register-title) comes back scrolled there, which the browser does after the page
  // has run its scripts and which would take the focus away: focus once the page is loaded.
  if (document.readyState === 'complete') {
    focusFirst();
  } else {
    window.addEventListener('load', function () {
      setTimeout(focusFirst, 0);
    });
  }
}());

// Confirmation of a destructive or irreversible action (platform.web.Confirmation, tag b:confirm-button): the button's
// question is asked in a modal dialog, and the form is posted with confirm=oui only once confirmed. Without this
// script, or without <dialog>, the server asks the same question on a page of its own.
(function () {
  'use strict';
  var FIELD = 'confirm';
  var YES = 'oui';
  if (typeof HTMLDialogElement !== 'function') {
    return;
  }
  document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var form = event.target;
    if (!button || !button.hasAttribute('data-confirm') || confirmed(form)) {
      return;
    }
    event.preventDefault();
    ask(form, button);
  });

  function confirmed(form) {
    var field = form.querySelector('input[name="' + FIELD + '"]');
    return field !== null && field.value === YES;
  }

  function ask(form, button) {
    var dialog = document.createElement('dialog');
    var question = document.createElement('p');
    var actions = document.createElement('p');
    var yes = document.createElement('button');
    var no = document.createElement('button');
    dialog.className = 'confirm-dialog';
    question.id = 'confirm-question';
    question.textContent = button.getAttribute('data-confirm');
    dialog.setAttribute('aria-labelledby', question.id);
    actions.className = 'actions';
    yes.type = 'button';
    yes.textContent = button.getAttribute('data-confirm-yes');
    no.type = 'button';
    no.className = 'secondary';
    no.textContent = button.getAttribute('data-confirm-no');
    actions.appendChild(yes);
    actions.appendChild(no);
    dialog.appendChild(question);
    dialog.appendChild(actions);
    no.addEventListener('click', function () {
      dialog.close();
    });
    // Closed by either button or by Escape, the browser gives the focus back to the button that opened it.
    dialog.addEventListener('close', function () {
      dialog.remove();
    });
    yes.addEventListener('click', function () {
      dialog.close();
      if (!form.reportValidity()) {
        return;
      }
      var field = document.createElement('input');
      field.type = 'hidden';
      field.name = FIELD;
      field.value = YES;
      form.appendChild(field);
      form.requestSubmit(button);
    });
    document.body.appendChild(dialog);
    dialog.showModal();
    no.focus();
  }
}());

// The sending of a newsletter issue (network/newsletter/edit.jsp): while it runs, the page is fetched again every five
// seconds and its progress put in place, the status, bar and counts updated where they are, so that nothing moves
// under the reader nor takes their focus (a page reloading itself on a timer fails WCAG 2.2.1); the counts, a
// status, are read out as they change. Without this script, the section's link reloads it by hand.
(function () {
  var section = document.querySelector('[data-progress-of]');
  if (!section || !window.fetch || !window.DOMParser) {
    return;
  }
  var TEXTS = ['issue-status', 'progress-percent', 'progress-counts'];
  function update() {
    fetch(section.getAttribute('data-progress-of'), { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null) {
          return setTimeout(update, 5000);
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        TEXTS.forEach(function (id) {
          var now = fresh.getElementById(id);
          var shown = document.getElementById(id);
          if (now && shown && shown.textContent !== now.textContent) {
            shown.textContent = now.textContent;
          }
        });
        var bar = fresh.getElementById('progress-bar');
        if (bar) {
          document.getElementById('progress-bar').value = bar.value;
        }
        var next = fresh.getElementById('progress-next');
        if (next) {
          // The server's own markup (the refresh link, then the archive's): escaped by the page that wrote it.
          document.getElementById('progress-next').innerHTML = next.innerHTML;
        }
        var still = fresh.querySelector('[data-progress-of]');
        if (still) {
          setTimeout(update, 5000);
        } else {
          section.removeAttribute('data-progress-of');
        }
      })
      .catch(function () { setTimeout(update, 5000); });
  }
  setTimeout(update, 5000);
}());

// Live progress of a background task (layout/progress.jspf). Without this script the page shows the progress as it
// was when it was loaded, with an « Actualiser » link; with it, the page fetches itself again every two seconds while
// the task runs (the session cookie goes along), gives the bar its new value and swaps in the content of every
// element marked data-live: the counts, the rows refused so far, the polite live region that reads out the progress.
// The server writes every figure, so the same French text and escaping serve both ways.
(function () {
  'use strict';
  var box = document.querySelector('[data-progress]');
  if (!box || !window.fetch || !window.DOMParser) {
    return;
  }
  var PERIOD_MS = 2000;
  var BAR_ATTRIBUTES = ['value', 'max', 'aria-valuemin', 'aria-valuemax', 'aria-valuenow'];

  function update(html) {
    var fresh = new DOMParser().parseFromString(html, 'text/html');
    var live = document.querySelectorAll('[data-live]');
    for (var i = 0; i < live.length; i++) {
      var next = live[i].id ? fresh.getElementById(live[i].id) : null;
      if (next && next.innerHTML !== live[i].innerHTML) {
        live[i].innerHTML = next.innerHTML;
      }
    }
    var bar = document.getElementById('progress-bar');
    var nextBar = fresh.getElementById('progress-bar');
    if (bar && nextBar) {
      BAR_ATTRIBUTES.forEach(function (name) {
        if (nextBar.hasAttribute(name)) {
          bar.setAttribute(name, nextBar.getAttribute(name));
        } else {
          bar.removeAttribute(name);
        }
      });
      bar.textContent = nextBar.textContent;
    }
    var nextBox = fresh.querySelector('[data-progress]');
    var running = nextBox !== null && nextBox.getAttribute('data-running') === 'true';
    box.setAttribute('data-running', running ? 'true' : 'false');
    return running;
  }

  function poll() {
    fetch(box.getAttribute('data-refresh'), {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        if (update(html)) {
          setTimeout(poll, PERIOD_MS);
        }
      })
      .catch(function () {
        setTimeout(poll, PERIOD_MS * 5); // the server is busy or restarting: try again later, the link still works
      });
  }

  if (box.getAttribute('data-running') === 'true') {
    setTimeout(poll, PERIOD_MS);
  }
}());
