package org.continuum.testclient;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives the deployed application from outside, over HTTP or in a browser, as its users
 * do: the packaged WAR, deployed once per test class, at {@link #base}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ServerTest {

  @ArquillianResource protected URL base;

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return Deployments.application();
  }
}
