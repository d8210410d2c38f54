CREATE TABLE `agenda_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`queue_kind` text,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`proposed_decision` text DEFAULT '' NOT NULL,
	`project_id` integer,
	`gate_request_id` integer,
	`rebaseline_id` integer,
	`experiment_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`gate_request_id`) REFERENCES `gate_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rebaseline_id`) REFERENCES `benefit_rebaselines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`experiment_id`) REFERENCES `experiments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agenda_items_meeting_idx` ON `agenda_items` (`meeting_id`,`position`);--> statement-breakpoint
CREATE INDEX `agenda_items_gate_idx` ON `agenda_items` (`gate_request_id`);--> statement-breakpoint
CREATE INDEX `agenda_items_rebaseline_idx` ON `agenda_items` (`rebaseline_id`);--> statement-breakpoint
CREATE INDEX `agenda_items_experiment_idx` ON `agenda_items` (`experiment_id`);--> statement-breakpoint
CREATE INDEX `agenda_items_project_idx` ON `agenda_items` (`project_id`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agenda_item_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`recorded_by_id` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decisions_item_unique` ON `decisions` (`agenda_item_id`);--> statement-breakpoint
CREATE TABLE `meeting_participants` (
	`meeting_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `user_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_participants_user_idx` ON `meeting_participants` (`user_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`date` text NOT NULL,
	`time` text DEFAULT '09:00' NOT NULL,
	`location` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`agenda_published_at` text,
	`agenda_published_by_id` integer,
	`minutes_locked_at` text,
	`created_by_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`agenda_published_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meetings_date_idx` ON `meetings` (`date`);--> statement-breakpoint
CREATE TABLE `minutes_approvals` (
	`meeting_id` integer NOT NULL,
	`director_id` integer NOT NULL,
	`approved_at` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `director_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`director_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `private_notes` (
	`agenda_item_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`body` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`agenda_item_id`, `user_id`),
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
