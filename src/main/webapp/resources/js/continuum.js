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
  /** The control a refusal is about: its target's own input, or the first one inside it. */
  function fieldOf(problem) {
    var id = problem.getAttribute("data-target");
    var target = id && document.getElementById(id);
    if (!target) {
      var item = problem.closest(".field, fieldset, .form-item");
      target = item || problem;
    }
    if (target.matches("input, select, textarea, button")) {
      return target;
    }
    return (
      document.getElementById(id + "_input") ||
      document.getElementById(id + "_focus") ||
      target.querySelector(
        "input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex='-1'])"
      ) ||
      target
    );
  }
  // Above each form holding refusals, a summary lists them, each a link to its answer: on a long
  // form on a phone, or with a screen reader, the refusals are found without hunting for them.
  // It is checked after every update and drawn anew when the refusals change, so it never lists
  // what has been put right.
  function summarizeProblems() {
    document.querySelectorAll("form").forEach(function (form) {
      var old = form.querySelector(":scope > .error-summary");
      var problems = Array.prototype.filter.call(
        // a form's status line ("form-status") sums up, it is not an answer to change
        form.querySelectorAll(".ui-message-error, .field-problem:not(.form-status)"),
        function (problem) {
          return problem.textContent.trim() !== "";
        }
      );
      // the same refusals as before (an autosave, a search): the summary stays as it is and is
      // not announced again
      var key = problems
        .map(function (problem) {
          return problem.textContent.trim();
        })
        .join("\n");
      if (old && old.getAttribute("data-key") === key) {
        return;
      }
      if (old) {
        old.remove();
      }
      if (problems.length === 0) {
        return;
      }
      var summary = document.createElement("div");
      summary.setAttribute("data-key", key);
      summary.className = "error-summary";
      summary.setAttribute("role", "alert");
      var title = document.createElement("p");
      title.className = "error-summary-title";
      // the words come from the page's message bundle, through the body's data attributes
      title.textContent =
        problems.length === 1
          ? document.body.dataset.errorsOne
          : document.body.dataset.errorsMany.replace("{0}", problems.length);
      var list = document.createElement("ul");
      problems.forEach(function (problem) {
        var link = document.createElement("a");
        var field = fieldOf(problem);
        link.href = "#" + (field.id || "");
        link.textContent = problem.textContent.trim();
        link.addEventListener("click", function (event) {
          event.preventDefault();
          openSectionsToShow();
          // an update since may have drawn the answer anew: find it by its id now
          var answer = (field.id && document.getElementById(field.id)) || field;
          answer.scrollIntoView({ block: "center" });
          answer.focus({ preventScroll: true });
        });
        var item = document.createElement("li");
        item.appendChild(link);
        list.appendChild(item);
      });
      summary.appendChild(title);
      summary.appendChild(list);
      form.insertBefore(summary, form.firstChild);
    });
  }
  function revealFreshProblem(byButton) {
    openSectionsToShow();
    summarizeProblems();
    // a form's status line is read where it is, never scrolled to: after an autosave it would
    // pull the page away from the answer being given
    var problems = fresh(".field-problem:not(.form-status)", ".ui-message-error");
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
    // after a save or a check, the first refused answer takes the focus, so it is the next thing
    // typed into or read out; an autosave on leaving a field never pulls the focus back to it
    if (!byButton) {
      return;
    }
    if (problems[0]) {
      fieldOf(problems[0]).focus({ preventScroll: true });
    }
  }
  // A text with a limit counts down as it is typed and says when it is over, instead of cutting
  // what was typed or pasted: the server refuses it naming the limit, and nothing typed is lost.
  // Line breaks count twice, as the form sends them.
  function countCharacters() {
    var fields = "textarea[data-limit]:not([data-counting]), input[data-limit]:not([data-counting])";
    document.querySelectorAll(fields).forEach(function (field) {
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
  function afterUpdate(event, xhr, settings) {
    countCharacters();
    goToCurrentStage();
    var source = settings && settings.source;
    var element = typeof source === "string" ? document.getElementById(source) : source;
    revealFreshProblem(!!element && element.matches && element.matches("button, [type=submit]"));
  }
  // A program's pages are listed open on a screen with room for them, folded on a phone.
  if (window.matchMedia("(min-width: 720px)").matches) {
    document.querySelectorAll("details.program-nav-menu").forEach(function (menu) {
      menu.open = true;
    });
  }
  // The account menu closes as menus do: on Escape (back to its button) or a tap elsewhere.
  document.addEventListener("keydown", function (event) {
    var open = document.querySelector("details.account-menu[open]");
    if (event.key === "Escape" && open) {
      open.open = false;
      open.querySelector("summary").focus();
    }
  });
  document.addEventListener("click", function (event) {
    var open = document.querySelector("details.account-menu[open]");
    if (open && !open.contains(event.target)) {
      open.open = false;
    }
  });
  document.addEventListener("DOMContentLoaded", afterUpdate);
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", afterUpdate);
  }
})();
