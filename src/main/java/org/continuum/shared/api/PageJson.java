package org.continuum.shared.api;

import java.util.List;
import org.continuum.shared.domain.Page;

/** A page of a list in API answers: the rows and how many there are in all. */
public record PageJson<T>(long total, int offset, List<T> items) {

  public static <T> PageJson<T> of(Page<T> page, int offset) {
    return new PageJson<>(page.total(), offset, page.items());
  }
}
