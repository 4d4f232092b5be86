-- The wire services most regional papers take copy and pictures from. Terms are summaries written
-- for Copydesk, to be replaced by each newsroom's own contract terms in the admin pages.
INSERT INTO wire_service (id, name, short_name, kind, credit_format, usage_terms, active) VALUES
  (1, 'Associated Press', 'AP', 'NEWS_AGENCY', 'By {writers}, The Associated Press', 'Member use in print and on the member''s own sites; credit required on every use.', TRUE),
  (2, 'Reuters', 'REUTERS', 'NEWS_AGENCY', 'By {writers}, Reuters', 'Subscriber use; credit "Reuters" required; no resale.', TRUE),
  (3, 'Bloomberg News', 'BLOOMBERG', 'NEWS_AGENCY', 'By {writers}, Bloomberg News', 'Received through a distributor; credit Bloomberg News and the distributor.', TRUE),
  (4, 'Agence France-Presse', 'AFP', 'NEWS_AGENCY', 'By {writers}, Agence France-Presse', 'Subscriber use; credit AFP on text and pictures.', TRUE),
  (5, 'Getty Images', 'GETTY', 'PHOTO_AGENCY', '{photographer}/Getty Images', 'Editorial use only; pay per published picture; credit the photographer and Getty Images.', TRUE),
  (6, 'Tribune News Service', 'TNS', 'DISTRIBUTOR', '{credit}/TNS', 'Distributes partner content; credit the originating service and TNS.', TRUE),
  (7, 'Andrews McMeel Syndication', 'AMS', 'SYNDICATE', '{writers}, Andrews McMeel Syndication', 'Columns and features under syndication contract; credit required.', TRUE);

-- Start the sequence past the rows above (EclipseLink takes ids N-49..N from a value N).
ALTER SEQUENCE wire_service_seq RESTART WITH 150;
