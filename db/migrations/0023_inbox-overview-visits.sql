CREATE TABLE `overview_visits` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`seen_at` text NOT NULL,
	`changes_since` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
