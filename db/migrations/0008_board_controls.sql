CREATE TABLE `login_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_key` text NOT NULL,
	`ip` text NOT NULL,
	`occurred_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_failures_account_idx` ON `login_failures` (`account_key`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `login_failures_account_ip_idx` ON `login_failures` (`account_key`,`ip`,`occurred_at`);--> statement-breakpoint
CREATE TABLE `login_throttles` (
	`account_key` text PRIMARY KEY NOT NULL,
	`locked_until` text NOT NULL,
	`lock_count` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `project_change_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`changes` text NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`requested_by_id` integer NOT NULL,
	`requested_at` text NOT NULL,
	`decided_by_id` integer,
	`decided_at` text,
	`decision_comment` text,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requested_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_change_requests_project_idx` ON `project_change_requests` (`project_id`);--> statement-breakpoint
CREATE INDEX `project_change_requests_status_idx` ON `project_change_requests` (`status`);--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `change_request_id` integer REFERENCES project_change_requests(id);--> statement-breakpoint
CREATE INDEX `agenda_items_change_request_idx` ON `agenda_items` (`change_request_id`);--> statement-breakpoint
ALTER TABLE `benefit_measurements` ADD `version` integer DEFAULT 1 NOT NULL;