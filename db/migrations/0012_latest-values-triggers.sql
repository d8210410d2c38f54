-- The learning search only cares about a project's title, summary, phase and closing learning; the
-- latest-report columns below change far more often.
DROP TRIGGER `learning_search_project_update`;
--> statement-breakpoint
CREATE TRIGGER `learning_search_project_update` AFTER UPDATE OF title, summary, phase, closing_learning ON `projects`
BEGIN
  DELETE FROM learning_search WHERE rowid = old.id * 10 + 2;
  INSERT INTO learning_search (rowid, kind, ref_id, title, body)
  SELECT new.id * 10 + 2, 'project', new.id, new.title, new.summary || ' ' || new.closing_learning
  WHERE new.phase = 'closed' AND coalesce(new.closing_learning, '') <> '';
END;
--> statement-breakpoint
-- projects.latest_* follow each project's latest published status report; benefits.latest_* follow each
-- benefit's latest measurement. The triggers keep them right whichever code writes the rows.
CREATE TRIGGER status_reports_latest_after_insert AFTER INSERT ON status_reports
BEGIN
  UPDATE projects SET (latest_report_id, latest_light, latest_published_at) = (
    SELECT id, overall_light, published_at FROM status_reports
    WHERE project_id = NEW.project_id AND state = 'published' ORDER BY published_at DESC, id DESC LIMIT 1
  ) WHERE id = NEW.project_id;
END;
--> statement-breakpoint
CREATE TRIGGER status_reports_latest_after_update AFTER UPDATE ON status_reports
BEGIN
  UPDATE projects SET (latest_report_id, latest_light, latest_published_at) = (
    SELECT id, overall_light, published_at FROM status_reports
    WHERE project_id = projects.id AND state = 'published' ORDER BY published_at DESC, id DESC LIMIT 1
  ) WHERE id IN (NEW.project_id, OLD.project_id);
END;
--> statement-breakpoint
CREATE TRIGGER status_reports_latest_after_delete AFTER DELETE ON status_reports
BEGIN
  UPDATE projects SET (latest_report_id, latest_light, latest_published_at) = (
    SELECT id, overall_light, published_at FROM status_reports
    WHERE project_id = OLD.project_id AND state = 'published' ORDER BY published_at DESC, id DESC LIMIT 1
  ) WHERE id = OLD.project_id;
END;
--> statement-breakpoint
CREATE TRIGGER benefit_measurements_latest_after_insert AFTER INSERT ON benefit_measurements
BEGIN
  UPDATE benefits SET (latest_measured_on, latest_measured_value) = (
    SELECT date, value FROM benefit_measurements WHERE benefit_id = NEW.benefit_id ORDER BY date DESC, id DESC LIMIT 1
  ) WHERE id = NEW.benefit_id;
END;
--> statement-breakpoint
CREATE TRIGGER benefit_measurements_latest_after_update AFTER UPDATE ON benefit_measurements
BEGIN
  UPDATE benefits SET (latest_measured_on, latest_measured_value) = (
    SELECT date, value FROM benefit_measurements WHERE benefit_id = benefits.id ORDER BY date DESC, id DESC LIMIT 1
  ) WHERE id IN (NEW.benefit_id, OLD.benefit_id);
END;
--> statement-breakpoint
CREATE TRIGGER benefit_measurements_latest_after_delete AFTER DELETE ON benefit_measurements
BEGIN
  UPDATE benefits SET (latest_measured_on, latest_measured_value) = (
    SELECT date, value FROM benefit_measurements WHERE benefit_id = OLD.benefit_id ORDER BY date DESC, id DESC LIMIT 1
  ) WHERE id = OLD.benefit_id;
END;
--> statement-breakpoint
UPDATE projects SET (latest_report_id, latest_light, latest_published_at) = (
  SELECT id, overall_light, published_at FROM status_reports
  WHERE project_id = projects.id AND state = 'published' ORDER BY published_at DESC, id DESC LIMIT 1
);
--> statement-breakpoint
UPDATE benefits SET (latest_measured_on, latest_measured_value) = (
  SELECT date, value FROM benefit_measurements WHERE benefit_id = benefits.id ORDER BY date DESC, id DESC LIMIT 1
);
