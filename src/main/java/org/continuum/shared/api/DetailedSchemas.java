package org.continuum.shared.api;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes {@link org.continuum.shared.domain.Detailed} views in the OpenAPI document as {@link
 * DetailedJson} writes them: the details' properties in place of the "details" property, so clients
 * generated from the document read the answers they get.
 */
public class DetailedSchemas implements OASFilter {

  private static final String REF_PREFIX = "#/components/schemas/";

  @Override
  public void filterOpenAPI(OpenAPI api) {
    if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    Set<String> inlined = new HashSet<>();
    for (Schema view : schemas.values()) {
      Map<String, Schema> properties = view.getProperties();
      Schema details = properties == null ? null : properties.get("details");
      if (details == null || details.getRef() == null) {
        continue;
      }
      String name = details.getRef().substring(REF_PREFIX.length());
      Schema target = schemas.get(name);
      if (target == null || target.getProperties() == null) {
        continue;
      }
      Map<String, Schema> flat = new LinkedHashMap<>();
      properties.forEach(
          (property, schema) -> {
            if (property.equals("details")) {
              flat.putAll(target.getProperties());
            } else {
              flat.put(property, schema);
            }
          });
      view.setProperties(flat);
      inlined.add(name);
    }
    inlined.forEach(api.getComponents()::removeSchema);
  }
}
