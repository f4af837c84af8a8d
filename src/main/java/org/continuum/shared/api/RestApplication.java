package org.continuum.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1. Its OpenAPI description is served at /openapi. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Continuum API",
            version = "1",
            description =
                "Training and competency tracking for PM&R residencies and pain medicine"
                    + " fellowships. Get a bearer token from POST /api/v1/auth/token and send it"
                    + " as 'Authorization: Bearer <token>'. The same authorization rules apply as"
                    + " in the web application."))
@SecurityScheme(
    securitySchemeName = RestApplication.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "An opaque token from POST /api/v1/auth/token")
public class RestApplication extends Application {

  public static final String BEARER = "bearer";
}
