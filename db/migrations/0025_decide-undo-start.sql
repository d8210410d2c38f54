CREATE TABLE `undone_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agenda_item_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`recorded_by_id` integer NOT NULL,
	`recorded_at` text NOT NULL,
	`undone_by_id` integer NOT NULL,
	`undone_at` text NOT NULL,
	`reason` text NOT NULL,
	`manual_steps` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`undone_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `undone_decisions_item_idx` ON `undone_decisions` (`agenda_item_id`);--> statement-breakpoint
ALTER TABLE `decisions` ADD `effect_snapshot` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `started_early_at` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `started_early_by_id` integer REFERENCES users(id);