-- Approved minutes are locked: their agenda items and decisions can no longer change.
CREATE TRIGGER `agenda_items_locked_insert` BEFORE INSERT ON `agenda_items`
WHEN (SELECT minutes_locked_at FROM meetings WHERE id = new.meeting_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'minutes are locked');
END;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_locked_update` BEFORE UPDATE ON `agenda_items`
WHEN (SELECT minutes_locked_at FROM meetings WHERE id = old.meeting_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'minutes are locked');
END;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_locked_delete` BEFORE DELETE ON `agenda_items`
WHEN (SELECT minutes_locked_at FROM meetings WHERE id = old.meeting_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'minutes are locked');
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_locked_insert` BEFORE INSERT ON `decisions`
WHEN (SELECT m.minutes_locked_at FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = new.agenda_item_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'minutes are locked');
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_locked_update` BEFORE UPDATE ON `decisions`
WHEN (SELECT m.minutes_locked_at FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = old.agenda_item_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'minutes are locked');
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_locked_delete` BEFORE DELETE ON `decisions`
WHEN (SELECT m.minutes_locked_at FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = old.agenda_item_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'minutes are locked');
END;
--> statement-breakpoint
CREATE TRIGGER `minutes_approvals_locked_delete` BEFORE DELETE ON `minutes_approvals`
WHEN (SELECT minutes_locked_at FROM meetings WHERE id = old.meeting_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'minutes are locked');
END;
