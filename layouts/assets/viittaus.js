// "Kopioi viittaus" on release pages: copies the ready citation line. Progressive enhancement: the
// line is on the page as text, and the button stays hidden unless this script runs.
(function () {
  'use strict';
  var buttons = document.querySelectorAll('button[data-kopioi]');
  Array.prototype.forEach.call(buttons, function (button) {
    var source = document.getElementById(button.getAttribute('data-kopioi'));
    var status = document.getElementById(button.getAttribute('data-tila'));
    if (!source || !status) return;
    var say = function (text) {
      status.textContent = text;
    };
    // Without the clipboard API (older browsers, some file:// pages) the line is selected instead.
    var select = function () {
      window.getSelection().selectAllChildren(source);
      say('Viittaus on valittu: kopioi se näppäimillä Ctrl+C (Macissa Cmd+C).');
    };
    button.addEventListener('click', function () {
      var text = source.textContent.trim();
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(function () {
          say('Viittaus kopioitu leikepöydälle.');
        }, select);
      } else {
        select();
      }
    });
    button.hidden = false;
  });
})();
