CREATE TABLE `search_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`ref_id` integer NOT NULL,
	`title` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`visibility` text DEFAULT 'all' NOT NULL,
	`link_key` text DEFAULT '' NOT NULL,
	`context` text DEFAULT '' NOT NULL,
	`dirty` integer DEFAULT true NOT NULL,
	`deleted` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_documents_ref_unique` ON `search_documents` (`type`,`ref_id`);--> statement-breakpoint
CREATE INDEX `search_documents_dirty_idx` ON `search_documents` (`id`) WHERE dirty = 1;