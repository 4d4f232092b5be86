package org.copydesk.story;

import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the search index that V19 made ({@code story_term}) for the stories a database already
 * has. On a large database the first start after the upgrade takes a while, and other instances
 * wait for it (SchemaMigration lets them wait on Flyway's lock as long as it takes). Instances of
 * the earlier version still saving during a rolling upgrade would leave what they store unindexed:
 * upgrade them all at once. Named for Flyway's versioning (the class name is the version and
 * description); registered in {@code SchemaMigration}.
 */
public class V20__Story_terms_filled extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    StoryTermsFill.fill(context.getConnection(), false);
  }
}
