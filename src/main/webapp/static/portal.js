// Progressive enhancement of the search form: it works without this script (buttons submit it).
// A ticked filter or a new sort order submits at once; focus returns to that control on the new page.
(function () {
  'use strict';
  var KEY = 'bocage-focus';
  var form = document.getElementById('search-form');
  if (!form) {
    return;
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
  if (wanted) {
    var controls = form.querySelectorAll('[data-autosubmit]');
    for (var i = 0; i < controls.length; i++) {
      if (controls[i].name + '=' + controls[i].value === wanted || (controls[i].tagName === 'SELECT' && wanted.indexOf(controls[i].name + '=') === 0)) {
        controls[i].focus();
        break;
      }
    }
  }
}());
