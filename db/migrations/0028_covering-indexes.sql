DROP INDEX `benefits_project_idx`;--> statement-breakpoint
ALTER TABLE `benefits` ADD `measurement_due_key` integer GENERATED ALWAYS AS ((case when coalesce(latest_measured_on, baseline_date) is null then null else (cast(substr(coalesce(latest_measured_on, baseline_date), 1, 4) as integer) * 12 + cast(substr(coalesce(latest_measured_on, baseline_date), 6, 2) as integer) + measurement_frequency_months) * 100 + cast(substr(coalesce(latest_measured_on, baseline_date), 9, 2) as integer) end)) VIRTUAL;--> statement-breakpoint
CREATE INDEX `benefits_behind_idx` ON `benefits` (`status`,`latest_deviation`,`project_id`,`measurement_due_key`,`latest_achievement_percent`);--> statement-breakpoint
CREATE INDEX `benefits_due_idx` ON `benefits` (`status`,`measurement_due_key`,`project_id`,`latest_deviation`,`latest_achievement_percent`);--> statement-breakpoint
CREATE INDEX `benefits_project_idx` ON `benefits` (`project_id`,`status`,`latest_deviation`,`latest_achievement_percent`);--> statement-breakpoint
DROP INDEX `involvements_project_idx`;--> statement-breakpoint
CREATE INDEX `involvements_project_idx` ON `involvements` (`project_id`,`group`);--> statement-breakpoint
DROP INDEX `risks_status_idx`;--> statement-breakpoint
CREATE INDEX `risks_status_idx` ON `risks` (`status`,`probability`,`consequence`,`residual_probability`,`residual_consequence`,`project_id`);