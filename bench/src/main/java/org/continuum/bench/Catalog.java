package org.continuum.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the application loaded at its first start and the generator builds on: procedure types and
 * categories, and the PM&R and pain medicine frameworks with their subcompetency codes. The mix of
 * procedures differs by kind of program: electrodiagnosis and musculoskeletal injections in a PM&R
 * residency, spine and neuromodulation procedures in a pain fellowship.
 */
final class Catalog {

  record Type(
      long id,
      String code,
      String category,
      List<String> fields,
      List<String> regions,
      String defaultGuidance,
      List<String> quantities) {}

  final Map<String, Long> categories = new HashMap<>();
  final Map<String, Type> types = new HashMap<>();
  final Map<Long, List<String>> codes = new HashMap<>();
  final Map<Long, List<String>> clinicalCodes = new HashMap<>();
  long pmrFramework;
  long painFramework;

  private final List<Type> residencyMix = new ArrayList<>();
  private final List<Type> fellowshipMix = new ArrayList<>();

  private static final Object[] RESIDENCY_WEIGHTS = {
    "EDX-CONSULT", 35, "NCS-ONLY", 10, "JOINT-LARGE", 12, "JOINT-INTER", 5, "JOINT-SMALL", 4,
    "TENDON-SHEATH", 4, "BOTOX-EXT", 8, "BOTOX-TRUNK", 2, "TPI-1-2", 6, "ILESI-LS", 4,
    "TFESI-LS", 5, "MBB-LS", 3, "SIJ-INJ", 2
  };
  private static final Object[] FELLOWSHIP_WEIGHTS = {
    "TFESI-LS",
    18,
    "ILESI-LS",
    10,
    "TFESI-CT",
    3,
    "ILESI-CT",
    5,
    "MBB-LS",
    12,
    "MBB-CT",
    4,
    "RFA-LS",
    10,
    "RFA-CT",
    3,
    "SIJ-INJ",
    8,
    "SGB",
    3,
    "LSB",
    2,
    "SCS-TRIAL",
    4,
    "SCS-IMPLANT",
    2,
    "KYPHOPLASTY",
    2,
    "VERTEBROPLASTY",
    1,
    "PNB",
    5,
    "TPI-1-2",
    4,
    "JOINT-LARGE",
    4
  };

  static Catalog read(Connection db) throws SQLException {
    Catalog c = new Catalog();
    try (Statement s = db.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT id, code FROM procedure_category")) {
        while (r.next()) {
          c.categories.put(r.getString(2), r.getLong(1));
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT t.id, t.code, c.code, t.fields, t.regions, t.default_guidance, t.quantities"
                  + " FROM procedure_type t JOIN procedure_category c ON c.id = t.category_id")) {
        while (r.next()) {
          c.types.put(
              r.getString(2),
              new Type(
                  r.getLong(1),
                  r.getString(2),
                  r.getString(3),
                  split(r.getString(4)),
                  split(r.getString(5)),
                  r.getString(6),
                  split(r.getString(7))));
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT f.code, f.id, sc.code, sc.competency FROM framework f JOIN subcompetency sc"
                  + " ON sc.framework_id = f.id WHERE f.status = 'PUBLISHED'"
                  + " AND f.owner_program_id IS NULL AND f.framework_version = 1"
                  + " ORDER BY f.id, sc.display_order")) {
        while (r.next()) {
          long id = r.getLong(2);
          if (r.getString(1).equals("PMR")) {
            c.pmrFramework = id;
          } else if (r.getString(1).equals("PAIN")) {
            c.painFramework = id;
          }
          c.codes.computeIfAbsent(id, k -> new ArrayList<>()).add(r.getString(3));
          if (List.of("PC", "MK").contains(r.getString(4))) {
            c.clinicalCodes.computeIfAbsent(id, k -> new ArrayList<>()).add(r.getString(3));
          }
        }
      }
    }
    if (c.types.isEmpty() || c.pmrFramework == 0 || c.painFramework == 0) {
      throw new IllegalStateException(
          "The procedure catalog and the PMR and PAIN frameworks are missing: start the application"
              + " once on this database so that it creates the schema and loads its core content.");
    }
    c.mix(c.residencyMix, RESIDENCY_WEIGHTS);
    c.mix(c.fellowshipMix, FELLOWSHIP_WEIGHTS);
    return c;
  }

  Type pick(boolean residency, Random random) {
    List<Type> mix = residency ? residencyMix : fellowshipMix;
    return mix.get(random.nextInt(mix.size()));
  }

  private void mix(List<Type> into, Object[] weights) {
    for (int i = 0; i < weights.length; i += 2) {
      Type t = types.get((String) weights[i]);
      if (t != null) {
        for (int w = 0; w < (Integer) weights[i + 1]; w++) {
          into.add(t);
        }
      }
    }
  }

  private static List<String> split(String column) {
    return column == null || column.isBlank() ? List.of() : Arrays.asList(column.split(","));
  }
}
