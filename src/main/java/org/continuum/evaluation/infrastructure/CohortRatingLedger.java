package org.continuum.evaluation.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * The evaluations one transaction moves into or out of cohort_rating. Their rows are written just
 * before the transaction commits, after the last flush, from the answers as the database then holds
 * them: the ratings commit or roll back with the signature or amendment that changed them.
 */
final class CohortRatingLedger implements BeforeTransactionCompletionProcess {

  /** The milestone ratings of one evaluation, as the heat map counts them. */
  static final String ADD =
      "INSERT INTO cohort_rating (program_id, period_end, evaluation_id, item_seq, trainee_id,"
          + " subcompetency_code, rating) SELECT e.program_id, e.period_end, e.id, a.item_seq,"
          + " e.trainee_id, fi.subcompetency_code, a.answer_value FROM evaluation e"
          + " JOIN evaluation_answer a ON a.evaluation_id = e.id"
          + " JOIN evaluation_form_item fi ON fi.form_id = e.form_id AND fi.seq = a.item_seq"
          + " WHERE e.id = ? AND e.period_end IS NOT NULL AND fi.item_type = 'MILESTONE'"
          + " AND fi.subcompetency_code IS NOT NULL AND a.answer_value IS NOT NULL"
          + " AND a.answer_value <> 'NYA'";

  static final String REMOVE = "DELETE FROM cohort_rating WHERE evaluation_id = ?";

  /** Evaluation id to whether it was evidence before the transaction. */
  private final Map<Long, Boolean> before = new HashMap<>();

  /** Evaluation id to whether it is evidence now; in id order, so rows are locked in order. */
  private final Map<Long, Boolean> now = new TreeMap<>();

  private final Runnable onDone;

  CohortRatingLedger(Runnable onDone) {
    this.onDone = onDone;
  }

  void became(long evaluationId, boolean evidence) {
    before.putIfAbsent(evaluationId, !evidence);
    now.put(evaluationId, evidence);
  }

  /** The evaluations whose ratings enter the table (true) or leave it (false), in id order. */
  Map<Long, Boolean> netChanges() {
    Map<Long, Boolean> net = new TreeMap<>(now);
    net.entrySet().removeIf(e -> e.getValue().equals(before.get(e.getKey())));
    return net;
  }

  @Override
  public void doBeforeTransactionCompletion(SessionImplementor session) {
    onDone.run();
    Map<Long, Boolean> net = netChanges();
    if (!net.isEmpty()) {
      session.doWork(connection -> write(connection, net));
    }
  }

  private static void write(Connection connection, Map<Long, Boolean> net) throws SQLException {
    try (PreparedStatement remove = connection.prepareStatement(REMOVE);
        PreparedStatement add = connection.prepareStatement(ADD)) {
      for (Map.Entry<Long, Boolean> change : net.entrySet()) {
        PreparedStatement statement = change.getValue() ? add : remove;
        statement.setLong(1, change.getKey());
        statement.addBatch();
      }
      remove.executeBatch();
      add.executeBatch();
    }
  }
}
