// Brings a refusal an update has just drawn into view, or else a confirmation. On a phone the
// answer refused may sit at the bottom of the screen with its message below the fold; a message the
// user cannot see is no message.
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
  /** Elements of the given classes not brought into view before. */
  function fresh() {
    var selector = Array.prototype.map
      .call(arguments, function (name) {
        return name + ":not([data-shown])";
      })
      .join(", ");
    return Array.prototype.slice.call(document.querySelectorAll(selector));
  }
  function revealFreshProblem() {
    openSectionsToShow();
    var problems = fresh(".field-problem", ".ui-message-error");
    // a refusal that names no single field (a conflict, say) is shown among the page's messages
    var general = fresh(".ui-messages-error");
    // a confirmation drawn in place of a form, or at the top of a long page
    var done = fresh(".confirmation");
    var info = fresh(".ui-messages-info");
    problems.concat(general, done, info).forEach(function (element) {
      element.setAttribute("data-shown", "");
    });
    var first = problems[0] || general[0];
    if (!first && done.length > 0) {
      // it takes the focus, so a screen reader reads it and the next tap lands on its actions,
      // not on a form that is gone
      done[0].focus({ preventScroll: true });
      done[0].scrollIntoView({ block: "start" });
      return;
    }
    first = first || info[0];
    if (!first) {
      return;
    }
    var box = first.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      first.scrollIntoView({ block: "center" });
    }
  }
  // A text with a limit counts down as it is typed and says when it is over, instead of cutting
  // what was typed or pasted: the server refuses it naming the limit, and nothing typed is lost.
  // Line breaks count twice, as the form sends them.
  function countCharacters() {
    document.querySelectorAll("textarea[data-limit]:not([data-counting])").forEach(function (field) {
      field.setAttribute("data-counting", "");
      var limit = parseInt(field.getAttribute("data-limit"), 10);
      var count = document.createElement("span");
      count.className = "hint char-count";
      count.id = field.id + "_count";
      field.insertAdjacentElement("afterend", count);
      var described = field.getAttribute("aria-describedby");
      field.setAttribute("aria-describedby", (described ? described + " " : "") + count.id);
      function update() {
        var left = limit - field.value.replace(/\r?\n/g, "\r\n").length;
        var words = function (n) {
          return n + (n === 1 ? " character" : " characters");
        };
        count.textContent =
          left >= 0 ? words(left) + " left" : words(-left) + " over the limit of " + limit;
        count.classList.toggle("over", left < 0);
        // read out near and over the limit only, not after every character
        count.setAttribute("aria-live", left <= 20 ? "polite" : "off");
      }
      field.addEventListener("input", update);
      update();
    });
  }
  // A case module opens, or moves on, at the stage the trainee is at, not at its first stage.
  var stageShown = null;
  function goToCurrentStage() {
    var current = document.querySelector(".module-stage.current-stage");
    if (!current || current.id === stageShown) {
      return;
    }
    var first = stageShown === null;
    stageShown = current.id;
    if (first && (current.id === "stage-1" || window.location.hash)) {
      return;
    }
    current.scrollIntoView({ block: "start" });
  }
  function afterUpdate() {
    countCharacters();
    goToCurrentStage();
    revealFreshProblem();
  }
  document.addEventListener("DOMContentLoaded", afterUpdate);
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", afterUpdate);
  }
})();
