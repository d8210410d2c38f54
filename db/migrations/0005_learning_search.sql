-- Erfaringsbank search: finished experiments' learning cards, closed projects' closing learnings and
-- outlook entries in one FTS5 index. rowid = id * 10 + kind (1 experiment, 2 project, 3 inspiration).
-- unicode61 folds case for æ, ø and å too; remove_diacritics 0 keeps å apart from a.
CREATE VIRTUAL TABLE `learning_search` USING fts5(
  `kind` UNINDEXED,
  `ref_id` UNINDEXED,
  `title`,
  `body`,
  tokenize = 'unicode61 remove_diacritics 0'
);
--> statement-breakpoint
CREATE TRIGGER `learning_search_experiment_insert` AFTER INSERT ON `experiments` WHEN new.state = 'finished'
BEGIN
  INSERT INTO learning_search (rowid, kind, ref_id, title, body)
  VALUES (new.id * 10 + 1, 'experiment', new.id, new.title,
    new.hypothesis || ' ' || new.observation || ' ' || new.learning || ' ' || new.technology);
END;
--> statement-breakpoint
CREATE TRIGGER `learning_search_experiment_update` AFTER UPDATE ON `experiments`
BEGIN
  DELETE FROM learning_search WHERE rowid = old.id * 10 + 1;
  INSERT INTO learning_search (rowid, kind, ref_id, title, body)
  SELECT new.id * 10 + 1, 'experiment', new.id, new.title,
    new.hypothesis || ' ' || new.observation || ' ' || new.learning || ' ' || new.technology
  WHERE new.state = 'finished';
END;
--> statement-breakpoint
CREATE TRIGGER `learning_search_experiment_delete` AFTER DELETE ON `experiments`
BEGIN
  DELETE FROM learning_search WHERE rowid = old.id * 10 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `learning_search_project_insert` AFTER INSERT ON `projects`
WHEN new.phase = 'closed' AND coalesce(new.closing_learning, '') <> ''
BEGIN
  INSERT INTO learning_search (rowid, kind, ref_id, title, body)
  VALUES (new.id * 10 + 2, 'project', new.id, new.title, new.summary || ' ' || new.closing_learning);
END;
--> statement-breakpoint
CREATE TRIGGER `learning_search_project_update` AFTER UPDATE ON `projects`
BEGIN
  DELETE FROM learning_search WHERE rowid = old.id * 10 + 2;
  INSERT INTO learning_search (rowid, kind, ref_id, title, body)
  SELECT new.id * 10 + 2, 'project', new.id, new.title, new.summary || ' ' || new.closing_learning
  WHERE new.phase = 'closed' AND coalesce(new.closing_learning, '') <> '';
END;
--> statement-breakpoint
CREATE TRIGGER `learning_search_project_delete` AFTER DELETE ON `projects`
BEGIN
  DELETE FROM learning_search WHERE rowid = old.id * 10 + 2;
END;
--> statement-breakpoint
CREATE TRIGGER `learning_search_inspiration_insert` AFTER INSERT ON `inspirations`
BEGIN
  INSERT INTO learning_search (rowid, kind, ref_id, title, body)
  VALUES (new.id * 10 + 3, 'inspiration', new.id, new.title, new.organisation || ' ' || new.takeaway);
END;
--> statement-breakpoint
CREATE TRIGGER `learning_search_inspiration_update` AFTER UPDATE ON `inspirations`
BEGIN
  DELETE FROM learning_search WHERE rowid = old.id * 10 + 3;
  INSERT INTO learning_search (rowid, kind, ref_id, title, body)
  VALUES (new.id * 10 + 3, 'inspiration', new.id, new.title, new.organisation || ' ' || new.takeaway);
END;
--> statement-breakpoint
CREATE TRIGGER `learning_search_inspiration_delete` AFTER DELETE ON `inspirations`
BEGIN
  DELETE FROM learning_search WHERE rowid = old.id * 10 + 3;
END;
