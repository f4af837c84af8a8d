package org.continuum.procedure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.continuum.shared.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled coding rules (seed-content/coding/core-rules.md), case by case: a procedure and what
 * was done, the codes it is logged as, and the rule that gives them (its "when" cell), so a row
 * fails when another rule answers, even with the same codes.
 */
class CodingRulesTest {

  @ParameterizedTest(name = "{0} with {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # procedure          | what was done                                  | codes                                   | rule (when)
          ILESI-CT             | guidance LANDMARK; region CERVICAL; levels 1   | 62320                                   | guidance LANDMARK
          ILESI-CT             | guidance FLUOROSCOPY; region CERVICAL; levels 1| 62321                                   | guidance FLUOROSCOPY,CT
          ILESI-CT             | guidance CT; region THORACIC; levels 1         | 62321                                   | guidance FLUOROSCOPY,CT
          ILESI-LS             | guidance LANDMARK; region SACRAL; levels 1     | 62322                                   | guidance LANDMARK
          ILESI-LS             | guidance FLUOROSCOPY; region LUMBAR; levels 1  | 62323                                   | guidance FLUOROSCOPY,CT
          TFESI-LS             | region LUMBAR; levels 1; side LEFT; guidance FLUOROSCOPY | 64483                         | any
          TFESI-LS             | region LUMBAR; levels 2; side RIGHT; guidance CT | 64483, +64484                         | any
          TFESI-LS             | region LUMBAR; levels 2; side BILATERAL; guidance FLUOROSCOPY | 64483-50, +64484-50      | any
          TFESI-CT             | region CERVICAL; levels 1; side LEFT; guidance FLUOROSCOPY | 64479                       | any
          TFESI-CT             | region THORACIC; levels 2; side BILATERAL; guidance CT | 64479-50, +64480-50             | any
          MBB-LS               | region LUMBAR; levels 1; side LEFT; guidance FLUOROSCOPY | 64493                         | any
          MBB-LS               | region LUMBAR; levels 2; side RIGHT; guidance FLUOROSCOPY | 64493, +64494                | any
          MBB-LS               | region LUMBAR; levels 3; side BILATERAL; guidance CT | 64493-50, +64494-50, +64495-50    | any
          MBB-CT               | region CERVICAL; levels 3; side LEFT; guidance FLUOROSCOPY | 64490, +64491, +64492       | any
          FACET-US             | region CERVICAL; levels 2; side LEFT           | 0213T, +0214T                           | region CERVICAL,THORACIC
          FACET-US             | region LUMBAR; levels 3; side RIGHT            | 0216T, +0217T, +0218T                   | region LUMBAR,SACRAL
          SIJ-INJ              | side LEFT; guidance FLUOROSCOPY                | 27096                                   | any
          SIJ-INJ              | side BILATERAL; guidance CT                    | 27096-50                                | any
          DISCO-L              | region LUMBAR; levels 3; guidance FLUOROSCOPY  | 62290 x3                                | any
          DISCO-CT             | region CERVICAL; levels 2; guidance CT         | 62291 x2                                | any
          BLOOD-PATCH          | guidance FLUOROSCOPY                           | 62273, +77003                           | guidance FLUOROSCOPY
          BLOOD-PATCH          | guidance LANDMARK                              | 62273                                   | guidance LANDMARK
          RFA-LS               | region LUMBAR; levels 2; side LEFT; guidance FLUOROSCOPY | 64635, +64636                 | any
          RFA-LS               | region LUMBAR; levels 3; side BILATERAL; guidance FLUOROSCOPY | 64635-50, +64636-50 x2   | any
          RFA-CT               | region CERVICAL; levels 1; side RIGHT; guidance CT | 64633                               | any
          SIJ-RFA              | side BILATERAL; guidance FLUOROSCOPY           | 64625-50                                | any
          GENICULAR-RFA        | side LEFT; guidance ULTRASOUND                 | 64624                                   | any
          GENICULAR-BLOCK      | side RIGHT; guidance FLUOROSCOPY               | 64454                                   | any
          BASIVERTEBRAL        | region LUMBAR; levels 2                        | 64628                                   | any
          BASIVERTEBRAL        | region LUMBAR; levels 1                        | 64628                                   | any
          BASIVERTEBRAL        | region SACRAL; levels 4                        | 64628, +64629 x2                        | any
          MILD                 |                                                | 0275T                                   | any
          VERTEBROPLASTY       | region THORACIC; levels 1; guidance FLUOROSCOPY| 22510                                   | region THORACIC
          VERTEBROPLASTY       | region LUMBAR; levels 3; guidance CT           | 22511, +22512 x2                        | region LUMBAR
          KYPHOPLASTY          | region THORACIC; levels 2; guidance FLUOROSCOPY| 22513, +22515                           | region THORACIC
          KYPHOPLASTY          | region LUMBAR; levels 1; guidance FLUOROSCOPY  | 22514                                   | region LUMBAR
          SGB                  | side LEFT; guidance ULTRASOUND                 | 64510, 76942                            | any
          SGB                  | side RIGHT; guidance FLUOROSCOPY               | 64510, +77002                           | any
          LSB                  | side LEFT; guidance CT                         | 64520, 77012                            | any
          LSB                  | side BILATERAL; guidance FLUOROSCOPY           | 64520-50, +77002                        | any
          SUPERIOR-HYPOGASTRIC | guidance FLUOROSCOPY                           | 64517, +77002                           | any
          CELIAC               | guidance ULTRASOUND                            | 64530, 76942                            | any
          SPG                  | side BILATERAL; guidance LANDMARK              | 64505-50                                | any
          PNB                  | side LEFT; guidance LANDMARK                   | 64450                                   | any
          PNB                  | side RIGHT; guidance ULTRASOUND                | 64450, 76942                            | any
          OCCIPITAL            | side BILATERAL; guidance ULTRASOUND            | 64405-50, 76942                         | any
          SUPRASCAPULAR        | side LEFT; guidance FLUOROSCOPY                | 64418, +77002                           | any
          SCS-TRIAL            | region THORACIC; guidance FLUOROSCOPY; leads 2 | 63650 x2                                | any
          SCS-IMPLANT          | region THORACIC; guidance FLUOROSCOPY; leads 2 | 63650 x2, 63685                         | any
          SCS-PADDLE           | region THORACIC                                | 63655                                   | any
          SCS-REVISION         | guidance FLUOROSCOPY                           | 63663                                   | any
          SCS-PROGRAMMING      | reprogrammed 0                                 | 95970                                   | reprogrammed 0
          SCS-PROGRAMMING      | reprogrammed 1                                 | 95971                                   | reprogrammed 1
          PNS-LEAD             | side LEFT; guidance ULTRASOUND; leads 2        | 64555 x2                                | any
          ITP-IMPLANT          | programmable 1                                 | 62362                                   | programmable 1
          ITP-IMPLANT          | programmable 0                                 | 62361                                   | programmable 0
          ITP-RESERVOIR        |                                                | 62360                                   | any
          ITP-REFILL           | reprogrammed 0                                 | 95991                                   | reprogrammed 0
          ITP-REFILL           | reprogrammed 1                                 | 62370                                   | reprogrammed 1
          ITP-ANALYSIS         | reprogrammed 0                                 | 62367                                   | reprogrammed 0
          ITP-ANALYSIS         | reprogrammed 1                                 | 62368                                   | reprogrammed 1
          JOINT-SMALL          | side LEFT; guidance LANDMARK                   | 20600                                   | guidance LANDMARK
          JOINT-SMALL          | side RIGHT; guidance ULTRASOUND                | 20604                                   | guidance ULTRASOUND
          JOINT-INTER          | side LEFT; guidance LANDMARK                   | 20605                                   | guidance LANDMARK
          JOINT-INTER          | side LEFT; guidance ULTRASOUND                 | 20606                                   | guidance ULTRASOUND
          JOINT-LARGE          | side RIGHT; guidance LANDMARK                  | 20610                                   | guidance LANDMARK,FLUOROSCOPY
          JOINT-LARGE          | side LEFT; guidance FLUOROSCOPY                | 20610, +77002                           | guidance LANDMARK,FLUOROSCOPY
          JOINT-LARGE          | side BILATERAL; guidance ULTRASOUND            | 20611-50                                | guidance ULTRASOUND
          TENDON-SHEATH        | side LEFT; guidance ULTRASOUND                 | 20550, 76942                            | any
          TENDON-ORIGIN        | side RIGHT; guidance LANDMARK                  | 20551                                   | any
          CARPAL-TUNNEL        | side BILATERAL; guidance LANDMARK              | 20526-50                                | any
          CARPAL-TUNNEL        | side RIGHT; guidance ULTRASOUND                | 20526, 76942                            | any
          TPI-1-2              | guidance LANDMARK                              | 20552                                   | any
          TPI-3                | guidance ULTRASOUND                            | 20553, 76942                            | any
          MSK-US               | side LEFT; complete 1                          | 76881                                   | complete 1
          MSK-US               | side LEFT                                      | 76882                                   | complete 0
          EDX-CONSULT          | side BILATERAL; studies 2; emg-limbs 1         | 95907, +95886                           | studies 1-2
          EDX-CONSULT          | side LEFT; studies 4; emg-limbs 1              | 95908, +95886                           | studies 3-4
          EDX-CONSULT          | side LEFT; studies 6; emg-limbs 2; non-limb-emg 1 | 95909, +95886 x2, +95887             | studies 5-6
          EDX-CONSULT          | side RIGHT; studies 7; limited-emg-limbs 1     | 95910, +95885                           | studies 7-8
          EDX-CONSULT          | side RIGHT; studies 10; emg-limbs 4            | 95911, +95886 x4                        | studies 9-10
          EDX-CONSULT          | side RIGHT; studies 12; emg-limbs 1; limited-emg-limbs 1 | 95912, +95886, +95885         | studies 11-12
          EDX-CONSULT          | side BILATERAL; studies 14; emg-limbs 2        | 95913, +95886 x2                        | studies 13+
          NCS-ONLY             | side LEFT; studies 1                           | 95907                                   | studies 1-2
          NCS-ONLY             | side LEFT; studies 5                           | 95909                                   | studies 5-6
          NCS-ONLY             | side LEFT; studies 13                          | 95913                                   | studies 13+
          EMG-ONLY             | side LEFT; emg-limbs 1                         | 95860                                   | emg-limbs 1
          EMG-ONLY             | side LEFT; emg-limbs 2                         | 95861                                   | emg-limbs 2
          EMG-ONLY             | side BILATERAL; emg-limbs 3                    | 95863                                   | emg-limbs 3
          EMG-ONLY             | side BILATERAL; emg-limbs 4                    | 95864                                   | emg-limbs 4
          BOTOX-EXT            | side LEFT; guidance EMG; limbs-1-4 1; units 200 | 64642, +95874                          | limbs-1-4 1+; limbs-5-plus 0
          BOTOX-EXT            | side LEFT; guidance STIMULATION; limbs-1-4 2; units 300 | 64642, +64643, +95873          | limbs-1-4 1+; limbs-5-plus 0
          BOTOX-EXT            | side RIGHT; guidance ULTRASOUND; limbs-5-plus 1; units 400 | 64644, 76942                | limbs-5-plus 1+
          BOTOX-EXT            | side RIGHT; guidance LANDMARK; limbs-5-plus 2; limbs-1-4 1; units 600 | 64644, +64645, +64643 | limbs-5-plus 1+
          BOTOX-TRUNK          | guidance EMG; muscles 5; units 100             | 64646, +95874                           | muscles 1-5
          BOTOX-TRUNK          | guidance LANDMARK; muscles 6; units 200        | 64647                                   | muscles 6+
          BOTOX-NECK           | side LEFT; guidance EMG; units 200             | 64616, +95874                           | any
          BOTOX-NECK           | side BILATERAL; guidance EMG; units 300        | 64616-50, +95874                        | any
          JOINT-LARGE          | side BILATERAL; guidance FLUOROSCOPY           | 20610-50, +77002                        | guidance LANDMARK,FLUOROSCOPY
          BOTOX-MIGRAINE       | units 155                                      | 64615                                   | any
          PHENOL-NERVE         | side LEFT; guidance STIMULATION; nerves 2      | 64640 x2                                | any
          PHENOL-NERVE         | side RIGHT; guidance ULTRASOUND; nerves 1      | 64640, 76942                            | any
          """)
  void codesFollowFromWhatWasDone(String procedure, String done, String codes, String rule) {
    ProcedureType type = SeedCatalog.type(procedure);
    CodingFacts facts = facts(done);
    assertThat(SeedCatalog.RULES.ruleFor(type, facts))
        .hasValueSatisfying(r -> assertThat(r.whenText()).isEqualTo(rule));
    CodedAs coded = SeedCatalog.RULES.code(type, facts);
    assertThat(coded.label()).isEqualTo(codes);
    assertThat(coded.rules()).isEqualTo("core:1");
    assertThat(coded.primary().isAddOn()).as("the primary code is never an add-on").isFalse();
  }

  @ParameterizedTest(name = "{0} with {1} is refused")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          EMG-ONLY  | side LEFT; emg-limbs 0                                  | counts | Count the limbs studied by needle EMG
          BOTOX-EXT | guidance EMG; limbs-1-4 0; limbs-5-plus 0; units 100   | counts | Count the limbs injected
          """)
  void combinationsThatCannotBeCodedAreRefusedNamingTheDetail(
      String procedure, String done, String field, String message) {
    ProcedureType type = SeedCatalog.type(procedure);
    assertThatThrownBy(() -> SeedCatalog.RULES.code(type, facts(done)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errors().get(0).field()).isEqualTo(field);
              assertThat(e.errors().get(0).message()).startsWith(message);
            });
  }

  /** "side LEFT; levels 2; studies 6" as facts. */
  static CodingFacts facts(String done) {
    Guidance guidance = null;
    SpineRegion region = null;
    Laterality side = null;
    int levels = 0;
    Map<Quantity, Integer> counts = new EnumMap<>(Quantity.class);
    for (String part : done == null ? new String[0] : done.split(";")) {
      String[] words = part.strip().split(" ");
      switch (words[0]) {
        case "guidance" -> guidance = Guidance.valueOf(words[1]);
        case "region" -> region = SpineRegion.valueOf(words[1]);
        case "side" -> side = Laterality.valueOf(words[1]);
        case "levels" -> levels = Integer.parseInt(words[1]);
        default -> counts.put(Quantity.byKey(words[0]).orElseThrow(), Integer.parseInt(words[1]));
      }
    }
    return new CodingFacts(guidance, region, side, levels, counts);
  }
}
