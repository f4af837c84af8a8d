-- Found with the benchmark (bench/, docs/performance.md): the director's heat map reads a program's
-- signed ratings of one review period. Without an index that starts with the program and the
-- period's end, the optimiser began from the forms and walked every evaluation of the program
-- (838 ms on the default institution); with it, a range of the period's evaluations (54 ms).
CREATE INDEX ix_evaluation_program_period ON evaluation (program_id, period_end, status);
