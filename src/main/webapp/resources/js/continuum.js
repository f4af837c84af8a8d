// Brings a refusal an update has just drawn into view, or else a confirmation. On a phone the answer refused may sit at the
// bottom of the screen with its message below the fold; a message the user cannot see is no message.
// A collapsed section holding a refusal opens, and so does a section of optional answers (class
// "more") holding anything chosen or typed when an update redraws it, or the message and the user's
// own answers would stay hidden.
(function () {
  "use strict";
  function openSectionsToShow() {
    document.querySelectorAll("details:not([open])").forEach(function (section) {
      var refused = section.querySelector(".ui-message-error, .ui-messages-error, .field-problem");
      var answered =
        section.classList.contains("more") &&
        (section.querySelector("input:checked, .ui-autocomplete-token") ||
          Array.prototype.some.call(section.querySelectorAll("textarea, select"), function (field) {
            return field.value !== "";
          }));
      if (refused || answered) {
        section.open = true;
      }
    });
  }
  function revealFreshProblem() {
    openSectionsToShow();
    var fresh = document.querySelectorAll(
      ".field-problem:not([data-shown]), .ui-message-error:not([data-shown]), .ui-messages-error:not([data-shown])"
    );
    if (fresh.length === 0) {
      // no refusal: a confirmation just drawn at the top of a long page is brought into view too
      fresh = document.querySelectorAll(".ui-messages-info:not([data-shown])");
    }
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
