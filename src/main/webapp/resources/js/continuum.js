// Brings a refusal an update has just drawn into view. On a phone the answer refused may sit at the
// bottom of the screen with its message below the fold; a message the user cannot see is no message.
(function () {
  "use strict";
  function revealFreshProblem() {
    var fresh = document.querySelectorAll(".field-problem:not([data-shown])");
    if (fresh.length === 0) {
      return;
    }
    fresh.forEach(function (problem) {
      problem.setAttribute("data-shown", "");
    });
    var first = fresh[0].getBoundingClientRect();
    if (first.top < 0 || first.bottom > window.innerHeight) {
      fresh[0].scrollIntoView({ block: "center" });
    }
  }
  document.addEventListener("DOMContentLoaded", revealFreshProblem);
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", revealFreshProblem);
  }
})();
