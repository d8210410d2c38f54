ALTER TABLE `departments` ADD `head_user_id` integer;--> statement-breakpoint
ALTER TABLE `departments` ADD `active` integer DEFAULT true NOT NULL;