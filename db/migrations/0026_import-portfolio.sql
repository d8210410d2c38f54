CREATE TABLE `import_batch_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`action` text NOT NULL,
	`sheet_row` integer,
	`label` text DEFAULT '' NOT NULL,
	`before` text,
	`after_version` text NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `import_batch_rows_batch_idx` ON `import_batch_rows` (`batch_id`);--> statement-breakpoint
CREATE INDEX `import_batch_rows_entity_idx` ON `import_batch_rows` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`imported_by_id` integer NOT NULL,
	`imported_at` text NOT NULL,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`mapping` text NOT NULL,
	`counts` text NOT NULL,
	`rolled_back_at` text,
	`rolled_back_by_id` integer,
	FOREIGN KEY (`imported_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rolled_back_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_batches_imported_idx` ON `import_batches` (`imported_at`);--> statement-breakpoint
CREATE TABLE `import_mappings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`mapping` text NOT NULL,
	`created_by_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_mappings_name_unique` ON `import_mappings` (`name`);--> statement-breakpoint
CREATE TABLE `import_uploads` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uploaded_by_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`bytes` blob NOT NULL,
	`settings` text DEFAULT '{}' NOT NULL,
	`expires_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`uploaded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_uploads_user_idx` ON `import_uploads` (`uploaded_by_id`);--> statement-breakpoint
CREATE INDEX `import_uploads_expires_idx` ON `import_uploads` (`expires_at`);--> statement-breakpoint
ALTER TABLE `status_reports` ADD `source` text DEFAULT 'form' NOT NULL;