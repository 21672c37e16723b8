// The 404 page is served at whatever address was missing, at any depth, so its relative links and
// stylesheet (written for the archive's root) would point to the wrong place. This finds the root
// (from SITE_URL when the build knew it, else from the first of the archive's own folders in the
// address, else the page's folder) and points them there. Inlined into 404.html with a CSP hash.
(function () {
  'use strict';
  var known = document.documentElement.getAttribute('data-juuri');
  var path = location.pathname;
  var sections = /^(.*?\/)(?:tiedotteet|julkaisut|aikajana|alueet|aiheet|haku|tietoa|saavutettavuus|kayttoehdot|lahteet|assets)\//;
  var found = sections.exec(path);
  var root = known || (found ? found[1] : path.replace(/[^/]*$/, ''));
  var relative = function (value) {
    return value !== null && value !== '' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value);
  };
  var repoint = function () {
    Array.prototype.forEach.call(document.querySelectorAll('link[href], a[href]'), function (el) {
      if (relative(el.getAttribute('href'))) el.href = root + el.getAttribute('href');
    });
    Array.prototype.forEach.call(document.querySelectorAll('form[action]'), function (form) {
      if (relative(form.getAttribute('action'))) form.action = root + form.getAttribute('action');
    });
  };
  // The stylesheet at once (this runs in the head), the links once the body is there.
  repoint();
  document.addEventListener('DOMContentLoaded', repoint);
})();
