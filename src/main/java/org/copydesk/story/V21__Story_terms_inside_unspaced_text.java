package org.copydesk.story;

import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds the terms that begin inside runs of Chinese, Japanese, Thai and the other scripts written
 * without spaces (SearchTerms), which V20 did not write: without them a search found such text only
 * from the start of a run, often a whole sentence. Stories with none of those letters are read but
 * left as they are. As with V20, upgrade every instance at once: one of the earlier version still
 * saving such text would store paragraphs without those terms, and a later save, which takes the
 * replaced paragraph's words as indexed, would not add them either. Registered in
 * {@code SchemaMigration}, like V20.
 */
public class V21__Story_terms_inside_unspaced_text extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    StoryTermsFill.fill(context.getConnection(), true);
  }
}
