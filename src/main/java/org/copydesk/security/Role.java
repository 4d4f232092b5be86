package org.copydesk.security;

/**
 * The newsroom roles. The names are also the Jakarta Security group and role names, so an EJB's
 * {@code @RolesAllowed} uses the constants below.
 */
public enum Role {
  REPORTER,
  EDITOR,
  FACT_CHECKER,
  ADMIN;

  public static final String REPORTER_NAME = "REPORTER";
  public static final String EDITOR_NAME = "EDITOR";
  public static final String FACT_CHECKER_NAME = "FACT_CHECKER";
  public static final String ADMIN_NAME = "ADMIN";
}
