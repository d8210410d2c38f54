ALTER TABLE `benefits` ADD `latest_measured_on` text;--> statement-breakpoint
ALTER TABLE `benefits` ADD `latest_measured_value` real;--> statement-breakpoint
ALTER TABLE `projects` ADD `latest_report_id` integer;--> statement-breakpoint
ALTER TABLE `projects` ADD `latest_light` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `latest_published_at` text;--> statement-breakpoint
CREATE INDEX `projects_latest_light_idx` ON `projects` (`latest_light`);