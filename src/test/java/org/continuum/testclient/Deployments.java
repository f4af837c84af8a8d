package org.continuum.testclient;

import java.io.File;
import java.net.URISyntaxException;
import org.continuum.testsupport.Fixtures;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every integration test runs against: the application WAR exactly as the build
 * packaged it, plus the test-support classes (movable clock, fixtures) and AssertJ.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive application() {
    String path = System.getProperty("continuum.war");
    if (path == null || !new File(path).isFile()) {
      throw new IllegalStateException(
          "continuum.war not found (" + path + "): run the tests with ./mvnw verify");
    }
    return ShrinkWrap.create(ZipImporter.class, "continuum.war")
        .importFrom(new File(path))
        .as(WebArchive.class)
        .addPackage(Fixtures.class.getPackage())
        .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
