package org.continuum.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ApiTokenRepository {

  Optional<ApiToken> findByHash(String tokenHash);

  List<ApiToken> findUsableByAccount(long accountId, Instant now);

  void add(ApiToken token);
}
