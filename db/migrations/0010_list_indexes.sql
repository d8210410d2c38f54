DROP INDEX `ideas_status_idx`;--> statement-breakpoint
CREATE INDEX `ideas_created_idx` ON `ideas` (`created_at`);--> statement-breakpoint
CREATE INDEX `ideas_status_idx` ON `ideas` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `users_name_idx` ON `users` (`name`);--> statement-breakpoint
CREATE INDEX `users_last_login_idx` ON `users` (`last_login_at`);