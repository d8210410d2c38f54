CREATE TABLE `benefit_measurements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`benefit_id` integer NOT NULL,
	`date` text NOT NULL,
	`value` real NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`recorded_by_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`benefit_id`) REFERENCES `benefits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `benefit_measurements_benefit_idx` ON `benefit_measurements` (`benefit_id`,`date`);--> statement-breakpoint
CREATE TABLE `benefit_rebaselines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`benefit_id` integer NOT NULL,
	`old_baseline_value` real,
	`old_baseline_date` text,
	`old_target_value` real,
	`old_target_date` text,
	`new_baseline_value` real NOT NULL,
	`new_baseline_date` text NOT NULL,
	`new_target_value` real NOT NULL,
	`new_target_date` text NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`requested_by_id` integer NOT NULL,
	`requested_at` text NOT NULL,
	`decided_by_id` integer,
	`decided_at` text,
	`decision_comment` text,
	FOREIGN KEY (`benefit_id`) REFERENCES `benefits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requested_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `benefit_rebaselines_benefit_idx` ON `benefit_rebaselines` (`benefit_id`);--> statement-breakpoint
CREATE INDEX `benefit_rebaselines_status_idx` ON `benefit_rebaselines` (`status`);