package org.continuum.shared.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from, for the audit trail. Filled in by the web layer; stays empty
 * outside HTTP requests (start-up, scheduled jobs).
 */
@RequestScoped
public class RequestOrigin {

  private String address;

  public String address() {
    return address;
  }

  public void set(String remoteAddress) {
    this.address = remoteAddress;
  }
}
