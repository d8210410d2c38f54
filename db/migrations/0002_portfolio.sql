CREATE TABLE `benefits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`title` text NOT NULL,
	`type` text NOT NULL,
	`owner_id` integer,
	`receiving_department_id` integer,
	`indicator` text DEFAULT '' NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`method` text DEFAULT '' NOT NULL,
	`direction` text DEFAULT 'up' NOT NULL,
	`baseline_value` real,
	`baseline_date` text,
	`target_value` real,
	`target_date` text,
	`annual_value_kr` integer,
	`budget_takeout_kr` integer,
	`budget_takeout_year` integer,
	`budget_takeout_confirmed` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'proposed' NOT NULL,
	`measurement_frequency_months` integer DEFAULT 3 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`receiving_department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `benefits_project_idx` ON `benefits` (`project_id`);--> statement-breakpoint
CREATE INDEX `benefits_owner_idx` ON `benefits` (`owner_id`);--> statement-breakpoint
CREATE TABLE `gate_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`from_phase` text NOT NULL,
	`to_phase` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`request_comment` text DEFAULT '' NOT NULL,
	`checklist` text DEFAULT '[]' NOT NULL,
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
CREATE INDEX `gate_requests_project_idx` ON `gate_requests` (`project_id`);--> statement-breakpoint
CREATE INDEX `gate_requests_status_idx` ON `gate_requests` (`status`);--> statement-breakpoint
CREATE TABLE `involvements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`date` text NOT NULL,
	`group` text NOT NULL,
	`form` text NOT NULL,
	`summary` text NOT NULL,
	`outcome` text DEFAULT '' NOT NULL,
	`state` text DEFAULT 'planned' NOT NULL,
	`created_by_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `involvements_project_idx` ON `involvements` (`project_id`);--> statement-breakpoint
CREATE INDEX `involvements_group_idx` ON `involvements` (`group`);--> statement-breakpoint
CREATE TABLE `risks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`category` text NOT NULL,
	`probability` integer NOT NULL,
	`consequence` integer NOT NULL,
	`action` text DEFAULT '' NOT NULL,
	`owner_id` integer,
	`residual_probability` integer,
	`residual_consequence` integer,
	`status` text DEFAULT 'open' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `risks_project_idx` ON `risks` (`project_id`);--> statement-breakpoint
CREATE INDEX `risks_status_idx` ON `risks` (`status`,`probability`,`consequence`);--> statement-breakpoint
CREATE TABLE `status_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`report_date` text NOT NULL,
	`state` text DEFAULT 'draft' NOT NULL,
	`time_light` text NOT NULL,
	`time_comment` text DEFAULT '' NOT NULL,
	`economy_light` text NOT NULL,
	`economy_comment` text DEFAULT '' NOT NULL,
	`delivery_light` text NOT NULL,
	`delivery_comment` text DEFAULT '' NOT NULL,
	`risk_light` text NOT NULL,
	`risk_comment` text DEFAULT '' NOT NULL,
	`benefits_light` text NOT NULL,
	`benefits_comment` text DEFAULT '' NOT NULL,
	`overall_light` text NOT NULL,
	`overall_comment` text DEFAULT '' NOT NULL,
	`proposals` text DEFAULT '{}' NOT NULL,
	`override_reasons` text DEFAULT '{}' NOT NULL,
	`author_id` integer NOT NULL,
	`published_at` text,
	`published_by_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `status_reports_project_idx` ON `status_reports` (`project_id`,`state`,`report_date`);--> statement-breakpoint
CREATE INDEX `status_reports_published_idx` ON `status_reports` (`state`,`published_at`);