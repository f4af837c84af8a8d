package org.continuum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuum.testclient.Browser;
import org.continuum.testclient.Cast;
import org.continuum.testclient.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every link a role is shown leads somewhere that role may go: signed in as each role, the test
 * follows every link on every page it reaches (a few addresses per page, so ids vary) and names
 * each one that ends on "no access", "nothing at this address", an error or the sign-in page.
 */
class EveryLinkBrowserIT extends ServerTest {

  private static final Set<String> DEAD_ENDS =
      Set.of("/forbidden.xhtml", "/not-found.xhtml", "/error.xhtml", "/login.xhtml");

  /** Reads a page as the browser would, with its cookies: where it ended, and its links. */
  private static final String FETCH =
      "const done = arguments[arguments.length - 1];"
          + "fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {"
          + "  let links = [];"
          + "  if ((r.headers.get('content-type') || '').includes('html')) {"
          + "    const doc = new DOMParser().parseFromString(await r.text(), 'text/html');"
          + "    links = [...doc.querySelectorAll('a[href]')]"
          + "      .map(a => new URL(a.getAttribute('href'), r.url).href.replace(/#.*$/, ''));"
          + "  }"
          + "  done({status: r.status, url: r.url, links: links});"
          + "}).catch(e => done({status: -1, url: '' + e, links: []}));";

  @Test
  void everyLinkEachRoleSeesOpensForThatRole() throws Exception {
    Cast cast = Cast.of(base, "everyday-programs");
    Map<String, Integer> reached = new HashMap<>();
    List<String> broken = new ArrayList<>();
    for (String role :
        List.of("coordinatorA", "directorA", "cccA", "facultyA", "residentA", "admin")) {
      try (Browser browser = Browser.desktop()) {
        WebDriver page = browser.driver();
        page.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.signIn(base, cast.getString(role), cast.getString("password"));
        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
        reached.put(role, crawl(page, role, broken));
      }
    }
    assertThat(broken).as("links that lead nowhere for the role shown them").isEmpty();
    // a role that could not sign in or reached only its home would pass vacuously
    assertThat(reached)
        .allSatisfy((role, pages) -> assertThat(pages).as(role + "'s pages").isGreaterThan(5));
  }

  @SuppressWarnings("unchecked")
  private int crawl(WebDriver page, String role, List<String> broken) {
    String origin = base.toString();
    Deque<String[]> todo = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    Map<String, Integer> perPath = new HashMap<>();
    todo.add(new String[] {page.getCurrentUrl(), "the home page"});
    seen.add(page.getCurrentUrl());
    int visited = 0;
    while (!todo.isEmpty()) {
      String[] next = todo.poll();
      visited++;
      Map<String, Object> answer =
          (Map<String, Object>) ((JavascriptExecutor) page).executeAsyncScript(FETCH, next[0]);
      long status = ((Number) answer.get("status")).longValue();
      String landed = (String) answer.get("url");
      if (status >= 400 || status < 0 || DEAD_ENDS.stream().anyMatch(pathOf(landed)::endsWith)) {
        broken.add(role + ": " + next[0] + " (linked from " + next[1] + ") ends on " + landed);
        continue;
      }
      for (String link : (List<String>) answer.get("links")) {
        // the API's downloads are covered by its own tests; signing out ends the crawl
        if (!link.startsWith(origin) || link.contains("/api/") || seen.contains(link)) {
          continue;
        }
        String path = pathOf(link);
        if (perPath.merge(path, 1, Integer::sum) > 3) {
          continue;
        }
        seen.add(link);
        todo.add(new String[] {link, next[0]});
      }
    }
    return visited;
  }

  private static String pathOf(String url) {
    try {
      return URI.create(url).getPath();
    } catch (IllegalArgumentException notAUrl) {
      return url;
    }
  }
}
