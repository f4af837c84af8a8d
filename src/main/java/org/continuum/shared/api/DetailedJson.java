package org.continuum.shared.api;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.continuum.shared.domain.Detailed;

/**
 * Writes a {@link Detailed} view as one JSON object: the view's properties and its details', side
 * by side, as JSON-B writes any object (names in lexicographic order, nulls left out, each value
 * through the same context). A view thus answers with the same properties whether a field sits on
 * the view or in its details.
 */
public class DetailedJson implements JsonbSerializer<Detailed> {

  /** Each class's readable properties, found once. */
  private static final ClassValue<List<Property>> PROPERTIES =
      new ClassValue<>() {
        @Override
        protected List<Property> computeValue(Class<?> type) {
          return propertiesOf(type);
        }
      };

  @Override
  public void serialize(Detailed view, JsonGenerator out, SerializationContext context) {
    Map<String, Object> properties = new TreeMap<>();
    read(view, properties);
    properties.remove("details");
    if (view.details() != null) {
      read(view.details(), properties);
    }
    out.writeStartObject();
    properties.forEach(
        (name, value) -> {
          if (value != null) {
            context.serialize(name, value, out);
          }
        });
    out.writeEnd();
  }

  private static void read(Object source, Map<String, Object> into) {
    for (Property p : PROPERTIES.get(source.getClass())) {
      try {
        into.put(p.name(), p.read().invoke(source));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read " + p.name() + " for JSON", e);
      }
    }
  }

  private record Property(String name, Method read) {}

  /** A record's components and public getters; a class's public getters: what JSON-B writes. */
  private static List<Property> propertiesOf(Class<?> type) {
    List<Property> properties = new ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        properties.add(new Property(c.getName(), c.getAccessor()));
      }
    }
    for (Method m : type.getMethods()) {
      String name = getterName(m);
      if (name != null && properties.stream().noneMatch(p -> p.name().equals(name))) {
        properties.add(new Property(name, m));
      }
    }
    return List.copyOf(properties);
  }

  private static String getterName(Method m) {
    if (m.getParameterCount() != 0
        || Modifier.isStatic(m.getModifiers())
        || m.getDeclaringClass() == Object.class) {
      return null;
    }
    String n = m.getName();
    if (n.startsWith("get") && n.length() > 3) {
      return decapitalize(n.substring(3));
    }
    boolean bool = m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class;
    if (bool && n.startsWith("is") && n.length() > 2) {
      return decapitalize(n.substring(2));
    }
    return null;
  }

  /** As JavaBeans names properties: "getAgeBand" is ageBand, "getURL" stays URL. */
  private static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
