-- Search across everything: search_documents (migration 0020) holds one plain document per readable thing,
-- written by the triggers below (each type's text is the SELECT inside them), so every connection keeps it current.
-- The stemmed FTS5 index search_index (rowid = search_documents.id) is brought up to date by the app from the
-- dirty documents before each search (lib/search/sync.ts). The Erfaringsbank's own learning_search goes.
DROP TRIGGER IF EXISTS `learning_search_experiment_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `learning_search_experiment_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `learning_search_experiment_delete`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `learning_search_project_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `learning_search_project_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `learning_search_project_delete`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `learning_search_inspiration_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `learning_search_inspiration_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `learning_search_inspiration_delete`;
--> statement-breakpoint
DROP TABLE IF EXISTS `learning_search`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(`title`, `body`, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
--> statement-breakpoint
CREATE TRIGGER `search_projects_insert` AFTER INSERT ON `projects`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'project' AS type, p.id AS ref_id, p.title AS title,
      p.code || ' ' || p.summary
        || coalesce(' ' || (SELECT group_concat(tt.name, ' ') FROM project_tags pt JOIN technology_tags tt ON tt.id = pt.tag_id WHERE pt.project_id = p.id), '')
        || coalesce(' ' || p.closing_learning, '') AS body,
      'all' AS visibility, p.code AS link_key, p.code || ' · ' || d.name AS context, p.department_id AS department_id
    FROM projects p JOIN departments d ON d.id = p.department_id) WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'learning_project' AS type, p.id AS ref_id, p.title AS title, p.summary || ' ' || p.closing_learning AS body,
      'all' AS visibility, p.code AS link_key, p.code AS context
    FROM projects p WHERE p.phase = 'closed' AND trim(coalesce(p.closing_learning, '')) <> '') WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
  UPDATE search_documents SET dirty = 1, deleted = 1
  WHERE type = 'learning_project' AND ref_id = NEW.id AND deleted = 0 AND NOT EXISTS (SELECT 1 FROM (SELECT 'learning_project' AS type, p.id AS ref_id, p.title AS title, p.summary || ' ' || p.closing_learning AS body,
      'all' AS visibility, p.code AS link_key, p.code AS context
    FROM projects p WHERE p.phase = 'closed' AND trim(coalesce(p.closing_learning, '')) <> '') WHERE ref_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_projects_update` AFTER UPDATE OF title, code, summary, closing_learning, phase, department_id ON `projects`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'project' AS type, p.id AS ref_id, p.title AS title,
      p.code || ' ' || p.summary
        || coalesce(' ' || (SELECT group_concat(tt.name, ' ') FROM project_tags pt JOIN technology_tags tt ON tt.id = pt.tag_id WHERE pt.project_id = p.id), '')
        || coalesce(' ' || p.closing_learning, '') AS body,
      'all' AS visibility, p.code AS link_key, p.code || ' · ' || d.name AS context, p.department_id AS department_id
    FROM projects p JOIN departments d ON d.id = p.department_id) WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'learning_project' AS type, p.id AS ref_id, p.title AS title, p.summary || ' ' || p.closing_learning AS body,
      'all' AS visibility, p.code AS link_key, p.code AS context
    FROM projects p WHERE p.phase = 'closed' AND trim(coalesce(p.closing_learning, '')) <> '') WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
  UPDATE search_documents SET dirty = 1, deleted = 1
  WHERE type = 'learning_project' AND ref_id = NEW.id AND deleted = 0 AND NOT EXISTS (SELECT 1 FROM (SELECT 'learning_project' AS type, p.id AS ref_id, p.title AS title, p.summary || ' ' || p.closing_learning AS body,
      'all' AS visibility, p.code AS link_key, p.code AS context
    FROM projects p WHERE p.phase = 'closed' AND trim(coalesce(p.closing_learning, '')) <> '') WHERE ref_id = NEW.id);
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'benefit' AS type, b.id AS ref_id, b.title AS title, b.indicator || ' ' || b.method || ' ' || b.unit AS body,
      'all' AS visibility, p.code AS link_key, p.code || ' · ' || p.title AS context, b.project_id AS project_id
    FROM benefits b JOIN projects p ON p.id = b.project_id) WHERE project_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_projects_delete` AFTER DELETE ON `projects`
BEGIN
  UPDATE search_documents SET dirty = 1, deleted = 1 WHERE type = 'project' AND ref_id = OLD.id;
  UPDATE search_documents SET dirty = 1, deleted = 1 WHERE type = 'learning_project' AND ref_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_benefits_insert` AFTER INSERT ON `benefits`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'benefit' AS type, b.id AS ref_id, b.title AS title, b.indicator || ' ' || b.method || ' ' || b.unit AS body,
      'all' AS visibility, p.code AS link_key, p.code || ' · ' || p.title AS context, b.project_id AS project_id
    FROM benefits b JOIN projects p ON p.id = b.project_id) WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_benefits_update` AFTER UPDATE OF title, indicator, method, unit, project_id ON `benefits`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'benefit' AS type, b.id AS ref_id, b.title AS title, b.indicator || ' ' || b.method || ' ' || b.unit AS body,
      'all' AS visibility, p.code AS link_key, p.code || ' · ' || p.title AS context, b.project_id AS project_id
    FROM benefits b JOIN projects p ON p.id = b.project_id) WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_benefits_delete` AFTER DELETE ON `benefits`
BEGIN
  UPDATE search_documents SET dirty = 1, deleted = 1 WHERE type = 'benefit' AND ref_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_experiments_insert` AFTER INSERT ON `experiments`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'experiment' AS type, e.id AS ref_id, e.title AS title,
      e.hypothesis || ' ' || e.test || ' ' || e.metric || ' ' || e.success_criterion || ' ' || e.technology || ' '
        || e.involvement_planned || ' ' || e.observation || ' ' || e.learning AS body,
      'all' AS visibility, '' AS link_key, z.name AS context, e.zone_id AS zone_id
    FROM experiments e JOIN zones z ON z.id = e.zone_id) WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'learning_experiment' AS type, e.id AS ref_id, e.title AS title,
      e.hypothesis || ' ' || e.observation || ' ' || e.learning || ' ' || e.technology AS body,
      'all' AS visibility, '' AS link_key, z.name AS context, e.zone_id AS zone_id
    FROM experiments e JOIN zones z ON z.id = e.zone_id WHERE e.state = 'finished') WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
  UPDATE search_documents SET dirty = 1, deleted = 1
  WHERE type = 'learning_experiment' AND ref_id = NEW.id AND deleted = 0 AND NOT EXISTS (SELECT 1 FROM (SELECT 'learning_experiment' AS type, e.id AS ref_id, e.title AS title,
      e.hypothesis || ' ' || e.observation || ' ' || e.learning || ' ' || e.technology AS body,
      'all' AS visibility, '' AS link_key, z.name AS context, e.zone_id AS zone_id
    FROM experiments e JOIN zones z ON z.id = e.zone_id WHERE e.state = 'finished') WHERE ref_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_experiments_update` AFTER UPDATE OF title, hypothesis, test, metric, success_criterion, technology, involvement_planned, observation, learning, state, zone_id ON `experiments`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'experiment' AS type, e.id AS ref_id, e.title AS title,
      e.hypothesis || ' ' || e.test || ' ' || e.metric || ' ' || e.success_criterion || ' ' || e.technology || ' '
        || e.involvement_planned || ' ' || e.observation || ' ' || e.learning AS body,
      'all' AS visibility, '' AS link_key, z.name AS context, e.zone_id AS zone_id
    FROM experiments e JOIN zones z ON z.id = e.zone_id) WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'learning_experiment' AS type, e.id AS ref_id, e.title AS title,
      e.hypothesis || ' ' || e.observation || ' ' || e.learning || ' ' || e.technology AS body,
      'all' AS visibility, '' AS link_key, z.name AS context, e.zone_id AS zone_id
    FROM experiments e JOIN zones z ON z.id = e.zone_id WHERE e.state = 'finished') WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
  UPDATE search_documents SET dirty = 1, deleted = 1
  WHERE type = 'learning_experiment' AND ref_id = NEW.id AND deleted = 0 AND NOT EXISTS (SELECT 1 FROM (SELECT 'learning_experiment' AS type, e.id AS ref_id, e.title AS title,
      e.hypothesis || ' ' || e.observation || ' ' || e.learning || ' ' || e.technology AS body,
      'all' AS visibility, '' AS link_key, z.name AS context, e.zone_id AS zone_id
    FROM experiments e JOIN zones z ON z.id = e.zone_id WHERE e.state = 'finished') WHERE ref_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_experiments_delete` AFTER DELETE ON `experiments`
BEGIN
  UPDATE search_documents SET dirty = 1, deleted = 1 WHERE type = 'experiment' AND ref_id = OLD.id;
  UPDATE search_documents SET dirty = 1, deleted = 1 WHERE type = 'learning_experiment' AND ref_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_inspirations_insert` AFTER INSERT ON `inspirations`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'inspiration' AS type, i.id AS ref_id, i.title AS title, i.organisation || ' ' || i.takeaway AS body,
      'all' AS visibility, '' AS link_key, i.organisation AS context
    FROM inspirations i) WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_inspirations_update` AFTER UPDATE OF title, organisation, takeaway ON `inspirations`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'inspiration' AS type, i.id AS ref_id, i.title AS title, i.organisation || ' ' || i.takeaway AS body,
      'all' AS visibility, '' AS link_key, i.organisation AS context
    FROM inspirations i) WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_inspirations_delete` AFTER DELETE ON `inspirations`
BEGIN
  UPDATE search_documents SET dirty = 1, deleted = 1 WHERE type = 'inspiration' AND ref_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_ideas_insert` AFTER INSERT ON `ideas`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'idea' AS type, i.id AS ref_id, i.title AS title, i.description || coalesce(' ' || i.rejection_reason, '') AS body,
      'all' AS visibility, '' AS link_key, '' AS context
    FROM ideas i) WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_ideas_update` AFTER UPDATE OF title, description, rejection_reason ON `ideas`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'idea' AS type, i.id AS ref_id, i.title AS title, i.description || coalesce(' ' || i.rejection_reason, '') AS body,
      'all' AS visibility, '' AS link_key, '' AS context
    FROM ideas i) WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_ideas_delete` AFTER DELETE ON `ideas`
BEGIN
  UPDATE search_documents SET dirty = 1, deleted = 1 WHERE type = 'idea' AND ref_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_zones_insert` AFTER INSERT ON `zones`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'zone' AS type, z.id AS ref_id, z.name AS title, z.theme || ' ' || z.purpose AS body,
      'all' AS visibility, z.slug AS link_key, z.theme AS context
    FROM zones z) WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_zones_update` AFTER UPDATE OF name, theme, purpose, slug ON `zones`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'zone' AS type, z.id AS ref_id, z.name AS title, z.theme || ' ' || z.purpose AS body,
      'all' AS visibility, z.slug AS link_key, z.theme AS context
    FROM zones z) WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'experiment' AS type, e.id AS ref_id, e.title AS title,
      e.hypothesis || ' ' || e.test || ' ' || e.metric || ' ' || e.success_criterion || ' ' || e.technology || ' '
        || e.involvement_planned || ' ' || e.observation || ' ' || e.learning AS body,
      'all' AS visibility, '' AS link_key, z.name AS context, e.zone_id AS zone_id
    FROM experiments e JOIN zones z ON z.id = e.zone_id) WHERE zone_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'learning_experiment' AS type, e.id AS ref_id, e.title AS title,
      e.hypothesis || ' ' || e.observation || ' ' || e.learning || ' ' || e.technology AS body,
      'all' AS visibility, '' AS link_key, z.name AS context, e.zone_id AS zone_id
    FROM experiments e JOIN zones z ON z.id = e.zone_id WHERE e.state = 'finished') WHERE zone_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_zones_delete` AFTER DELETE ON `zones`
BEGIN
  UPDATE search_documents SET dirty = 1, deleted = 1 WHERE type = 'zone' AND ref_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_meetings_insert` AFTER INSERT ON `meetings`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'meeting' AS type, m.id AS ref_id, m.title AS title, m.location AS body,
      CASE WHEN m.agenda_published_at IS NULL THEN 'meeting_unpublished' ELSE 'meeting_published' END AS visibility,
      CAST(m.id AS TEXT) AS link_key, m.date AS context
    FROM meetings m) WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_meetings_update` AFTER UPDATE OF title, location, date, agenda_published_at ON `meetings`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'meeting' AS type, m.id AS ref_id, m.title AS title, m.location AS body,
      CASE WHEN m.agenda_published_at IS NULL THEN 'meeting_unpublished' ELSE 'meeting_published' END AS visibility,
      CAST(m.id AS TEXT) AS link_key, m.date AS context
    FROM meetings m) WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'agenda_item' AS type, a.id AS ref_id, a.title AS title,
      a.summary || ' ' || a.proposed_decision || coalesce(' ' || (SELECT dc.text FROM decisions dc WHERE dc.agenda_item_id = a.id), '') AS body,
      CASE WHEN m.agenda_published_at IS NULL THEN 'meeting_unpublished' ELSE 'meeting_published' END AS visibility,
      CAST(a.meeting_id AS TEXT) AS link_key, m.date || ' ' || m.title AS context, a.meeting_id AS meeting_id
    FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id) WHERE meeting_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_meetings_delete` AFTER DELETE ON `meetings`
BEGIN
  UPDATE search_documents SET dirty = 1, deleted = 1 WHERE type = 'meeting' AND ref_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_agenda_items_insert` AFTER INSERT ON `agenda_items`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'agenda_item' AS type, a.id AS ref_id, a.title AS title,
      a.summary || ' ' || a.proposed_decision || coalesce(' ' || (SELECT dc.text FROM decisions dc WHERE dc.agenda_item_id = a.id), '') AS body,
      CASE WHEN m.agenda_published_at IS NULL THEN 'meeting_unpublished' ELSE 'meeting_published' END AS visibility,
      CAST(a.meeting_id AS TEXT) AS link_key, m.date || ' ' || m.title AS context, a.meeting_id AS meeting_id
    FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id) WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_agenda_items_update` AFTER UPDATE OF title, summary, proposed_decision, meeting_id ON `agenda_items`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'agenda_item' AS type, a.id AS ref_id, a.title AS title,
      a.summary || ' ' || a.proposed_decision || coalesce(' ' || (SELECT dc.text FROM decisions dc WHERE dc.agenda_item_id = a.id), '') AS body,
      CASE WHEN m.agenda_published_at IS NULL THEN 'meeting_unpublished' ELSE 'meeting_published' END AS visibility,
      CAST(a.meeting_id AS TEXT) AS link_key, m.date || ' ' || m.title AS context, a.meeting_id AS meeting_id
    FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id) WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_agenda_items_delete` AFTER DELETE ON `agenda_items`
BEGIN
  UPDATE search_documents SET dirty = 1, deleted = 1 WHERE type = 'agenda_item' AND ref_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_users_insert` AFTER INSERT ON `users`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'person' AS type, u.id AS ref_id, u.name AS title, u.title || coalesce(' ' || d.name, '') AS body,
      CASE WHEN u.active THEN 'all' ELSE 'inactive_person' END AS visibility,
      '' AS link_key, u.title || coalesce(' · ' || d.name, '') AS context, u.department_id AS department_id
    FROM users u LEFT JOIN departments d ON d.id = u.department_id) WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_users_update` AFTER UPDATE OF name, title, department_id, active ON `users`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'person' AS type, u.id AS ref_id, u.name AS title, u.title || coalesce(' ' || d.name, '') AS body,
      CASE WHEN u.active THEN 'all' ELSE 'inactive_person' END AS visibility,
      '' AS link_key, u.title || coalesce(' · ' || d.name, '') AS context, u.department_id AS department_id
    FROM users u LEFT JOIN departments d ON d.id = u.department_id) WHERE ref_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_users_delete` AFTER DELETE ON `users`
BEGIN
  UPDATE search_documents SET dirty = 1, deleted = 1 WHERE type = 'person' AND ref_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_project_tags_insert` AFTER INSERT ON `project_tags`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'project' AS type, p.id AS ref_id, p.title AS title,
      p.code || ' ' || p.summary
        || coalesce(' ' || (SELECT group_concat(tt.name, ' ') FROM project_tags pt JOIN technology_tags tt ON tt.id = pt.tag_id WHERE pt.project_id = p.id), '')
        || coalesce(' ' || p.closing_learning, '') AS body,
      'all' AS visibility, p.code AS link_key, p.code || ' · ' || d.name AS context, p.department_id AS department_id
    FROM projects p JOIN departments d ON d.id = p.department_id) WHERE ref_id = NEW.project_id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_project_tags_delete` AFTER DELETE ON `project_tags`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'project' AS type, p.id AS ref_id, p.title AS title,
      p.code || ' ' || p.summary
        || coalesce(' ' || (SELECT group_concat(tt.name, ' ') FROM project_tags pt JOIN technology_tags tt ON tt.id = pt.tag_id WHERE pt.project_id = p.id), '')
        || coalesce(' ' || p.closing_learning, '') AS body,
      'all' AS visibility, p.code AS link_key, p.code || ' · ' || d.name AS context, p.department_id AS department_id
    FROM projects p JOIN departments d ON d.id = p.department_id) WHERE ref_id = OLD.project_id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_technology_tags_update` AFTER UPDATE OF name ON `technology_tags`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'project' AS type, p.id AS ref_id, p.title AS title,
      p.code || ' ' || p.summary
        || coalesce(' ' || (SELECT group_concat(tt.name, ' ') FROM project_tags pt JOIN technology_tags tt ON tt.id = pt.tag_id WHERE pt.project_id = p.id), '')
        || coalesce(' ' || p.closing_learning, '') AS body,
      'all' AS visibility, p.code AS link_key, p.code || ' · ' || d.name AS context, p.department_id AS department_id
    FROM projects p JOIN departments d ON d.id = p.department_id) WHERE ref_id IN (SELECT project_id FROM project_tags WHERE tag_id = NEW.id)
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_departments_update` AFTER UPDATE OF name ON `departments`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'project' AS type, p.id AS ref_id, p.title AS title,
      p.code || ' ' || p.summary
        || coalesce(' ' || (SELECT group_concat(tt.name, ' ') FROM project_tags pt JOIN technology_tags tt ON tt.id = pt.tag_id WHERE pt.project_id = p.id), '')
        || coalesce(' ' || p.closing_learning, '') AS body,
      'all' AS visibility, p.code AS link_key, p.code || ' · ' || d.name AS context, p.department_id AS department_id
    FROM projects p JOIN departments d ON d.id = p.department_id) WHERE department_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'person' AS type, u.id AS ref_id, u.name AS title, u.title || coalesce(' ' || d.name, '') AS body,
      CASE WHEN u.active THEN 'all' ELSE 'inactive_person' END AS visibility,
      '' AS link_key, u.title || coalesce(' · ' || d.name, '') AS context, u.department_id AS department_id
    FROM users u LEFT JOIN departments d ON d.id = u.department_id) WHERE department_id = NEW.id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_decisions_insert` AFTER INSERT ON `decisions`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'agenda_item' AS type, a.id AS ref_id, a.title AS title,
      a.summary || ' ' || a.proposed_decision || coalesce(' ' || (SELECT dc.text FROM decisions dc WHERE dc.agenda_item_id = a.id), '') AS body,
      CASE WHEN m.agenda_published_at IS NULL THEN 'meeting_unpublished' ELSE 'meeting_published' END AS visibility,
      CAST(a.meeting_id AS TEXT) AS link_key, m.date || ' ' || m.title AS context, a.meeting_id AS meeting_id
    FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id) WHERE ref_id = NEW.agenda_item_id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_decisions_update` AFTER UPDATE OF text, agenda_item_id ON `decisions`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'agenda_item' AS type, a.id AS ref_id, a.title AS title,
      a.summary || ' ' || a.proposed_decision || coalesce(' ' || (SELECT dc.text FROM decisions dc WHERE dc.agenda_item_id = a.id), '') AS body,
      CASE WHEN m.agenda_published_at IS NULL THEN 'meeting_unpublished' ELSE 'meeting_published' END AS visibility,
      CAST(a.meeting_id AS TEXT) AS link_key, m.date || ' ' || m.title AS context, a.meeting_id AS meeting_id
    FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id) WHERE ref_id = NEW.agenda_item_id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'agenda_item' AS type, a.id AS ref_id, a.title AS title,
      a.summary || ' ' || a.proposed_decision || coalesce(' ' || (SELECT dc.text FROM decisions dc WHERE dc.agenda_item_id = a.id), '') AS body,
      CASE WHEN m.agenda_published_at IS NULL THEN 'meeting_unpublished' ELSE 'meeting_published' END AS visibility,
      CAST(a.meeting_id AS TEXT) AS link_key, m.date || ' ' || m.title AS context, a.meeting_id AS meeting_id
    FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id) WHERE ref_id = OLD.agenda_item_id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
CREATE TRIGGER `search_decisions_delete` AFTER DELETE ON `decisions`
BEGIN
  INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context, dirty, deleted)
  SELECT type, ref_id, title, body, visibility, link_key, context, 1, 0 FROM (SELECT 'agenda_item' AS type, a.id AS ref_id, a.title AS title,
      a.summary || ' ' || a.proposed_decision || coalesce(' ' || (SELECT dc.text FROM decisions dc WHERE dc.agenda_item_id = a.id), '') AS body,
      CASE WHEN m.agenda_published_at IS NULL THEN 'meeting_unpublished' ELSE 'meeting_published' END AS visibility,
      CAST(a.meeting_id AS TEXT) AS link_key, m.date || ' ' || m.title AS context, a.meeting_id AS meeting_id
    FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id) WHERE ref_id = OLD.agenda_item_id
  ON CONFLICT (type, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, visibility = excluded.visibility,
    link_key = excluded.link_key, context = excluded.context, dirty = 1, deleted = 0
  WHERE search_documents.deleted = 1 OR search_documents.title IS NOT excluded.title OR search_documents.body IS NOT excluded.body
    OR search_documents.visibility IS NOT excluded.visibility OR search_documents.link_key IS NOT excluded.link_key
    OR search_documents.context IS NOT excluded.context;
END;
--> statement-breakpoint
-- The documents of everything already there.
INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context) SELECT type, ref_id, title, body, visibility, link_key, context FROM (SELECT 'project' AS type, p.id AS ref_id, p.title AS title,
      p.code || ' ' || p.summary
        || coalesce(' ' || (SELECT group_concat(tt.name, ' ') FROM project_tags pt JOIN technology_tags tt ON tt.id = pt.tag_id WHERE pt.project_id = p.id), '')
        || coalesce(' ' || p.closing_learning, '') AS body,
      'all' AS visibility, p.code AS link_key, p.code || ' · ' || d.name AS context, p.department_id AS department_id
    FROM projects p JOIN departments d ON d.id = p.department_id);
--> statement-breakpoint
INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context) SELECT type, ref_id, title, body, visibility, link_key, context FROM (SELECT 'learning_project' AS type, p.id AS ref_id, p.title AS title, p.summary || ' ' || p.closing_learning AS body,
      'all' AS visibility, p.code AS link_key, p.code AS context
    FROM projects p WHERE p.phase = 'closed' AND trim(coalesce(p.closing_learning, '')) <> '');
--> statement-breakpoint
INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context) SELECT type, ref_id, title, body, visibility, link_key, context FROM (SELECT 'benefit' AS type, b.id AS ref_id, b.title AS title, b.indicator || ' ' || b.method || ' ' || b.unit AS body,
      'all' AS visibility, p.code AS link_key, p.code || ' · ' || p.title AS context, b.project_id AS project_id
    FROM benefits b JOIN projects p ON p.id = b.project_id);
--> statement-breakpoint
INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context) SELECT type, ref_id, title, body, visibility, link_key, context FROM (SELECT 'experiment' AS type, e.id AS ref_id, e.title AS title,
      e.hypothesis || ' ' || e.test || ' ' || e.metric || ' ' || e.success_criterion || ' ' || e.technology || ' '
        || e.involvement_planned || ' ' || e.observation || ' ' || e.learning AS body,
      'all' AS visibility, '' AS link_key, z.name AS context, e.zone_id AS zone_id
    FROM experiments e JOIN zones z ON z.id = e.zone_id);
--> statement-breakpoint
INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context) SELECT type, ref_id, title, body, visibility, link_key, context FROM (SELECT 'learning_experiment' AS type, e.id AS ref_id, e.title AS title,
      e.hypothesis || ' ' || e.observation || ' ' || e.learning || ' ' || e.technology AS body,
      'all' AS visibility, '' AS link_key, z.name AS context, e.zone_id AS zone_id
    FROM experiments e JOIN zones z ON z.id = e.zone_id WHERE e.state = 'finished');
--> statement-breakpoint
INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context) SELECT type, ref_id, title, body, visibility, link_key, context FROM (SELECT 'inspiration' AS type, i.id AS ref_id, i.title AS title, i.organisation || ' ' || i.takeaway AS body,
      'all' AS visibility, '' AS link_key, i.organisation AS context
    FROM inspirations i);
--> statement-breakpoint
INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context) SELECT type, ref_id, title, body, visibility, link_key, context FROM (SELECT 'idea' AS type, i.id AS ref_id, i.title AS title, i.description || coalesce(' ' || i.rejection_reason, '') AS body,
      'all' AS visibility, '' AS link_key, '' AS context
    FROM ideas i);
--> statement-breakpoint
INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context) SELECT type, ref_id, title, body, visibility, link_key, context FROM (SELECT 'zone' AS type, z.id AS ref_id, z.name AS title, z.theme || ' ' || z.purpose AS body,
      'all' AS visibility, z.slug AS link_key, z.theme AS context
    FROM zones z);
--> statement-breakpoint
INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context) SELECT type, ref_id, title, body, visibility, link_key, context FROM (SELECT 'meeting' AS type, m.id AS ref_id, m.title AS title, m.location AS body,
      CASE WHEN m.agenda_published_at IS NULL THEN 'meeting_unpublished' ELSE 'meeting_published' END AS visibility,
      CAST(m.id AS TEXT) AS link_key, m.date AS context
    FROM meetings m);
--> statement-breakpoint
INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context) SELECT type, ref_id, title, body, visibility, link_key, context FROM (SELECT 'agenda_item' AS type, a.id AS ref_id, a.title AS title,
      a.summary || ' ' || a.proposed_decision || coalesce(' ' || (SELECT dc.text FROM decisions dc WHERE dc.agenda_item_id = a.id), '') AS body,
      CASE WHEN m.agenda_published_at IS NULL THEN 'meeting_unpublished' ELSE 'meeting_published' END AS visibility,
      CAST(a.meeting_id AS TEXT) AS link_key, m.date || ' ' || m.title AS context, a.meeting_id AS meeting_id
    FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id);
--> statement-breakpoint
INSERT INTO search_documents (type, ref_id, title, body, visibility, link_key, context) SELECT type, ref_id, title, body, visibility, link_key, context FROM (SELECT 'person' AS type, u.id AS ref_id, u.name AS title, u.title || coalesce(' ' || d.name, '') AS body,
      CASE WHEN u.active THEN 'all' ELSE 'inactive_person' END AS visibility,
      '' AS link_key, u.title || coalesce(' · ' || d.name, '') AS context, u.department_id AS department_id
    FROM users u LEFT JOIN departments d ON d.id = u.department_id);
