CREATE TABLE `unit_group_members` (
	`group_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	PRIMARY KEY(`group_id`, `unit_id`),
	FOREIGN KEY (`group_id`) REFERENCES `unit_groups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ugm_unit_idx` ON `unit_group_members` (`unit_id`);--> statement-breakpoint
CREATE TABLE `unit_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unit_groups_code_unique` ON `unit_groups` (`code`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`aliases` text DEFAULT '[]' NOT NULL,
	`kind` text NOT NULL,
	`parent_id` integer,
	`district_code` text,
	`district_name` text,
	`valid_from` text,
	`valid_to` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_code_unique` ON `units` (`code`);--> statement-breakpoint
CREATE INDEX `units_parent_idx` ON `units` (`parent_id`);--> statement-breakpoint
CREATE INDEX `units_district_idx` ON `units` (`district_code`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`password_hash` text NOT NULL,
	`full_name` text NOT NULL,
	`role` text NOT NULL,
	`unit_id` integer,
	`is_head` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE TABLE `directives` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`status` text NOT NULL,
	`number` text,
	`symbol` text,
	`kind` text,
	`issuer` text,
	`place` text,
	`issued` text,
	`issued_on` text,
	`subject` text NOT NULL,
	`signer` text NOT NULL,
	`references` text NOT NULL,
	`recipients` text NOT NULL,
	`cc` text NOT NULL,
	`preamble` text,
	`parts` text NOT NULL,
	`closing` text NOT NULL,
	`report` text NOT NULL,
	`due_date` text,
	`created_by_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`published_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `directives_status_idx` ON `directives` (`status`,`issued_on`);--> statement-breakpoint
CREATE TABLE `task_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` integer NOT NULL,
	`position` integer NOT NULL,
	`part_key` text NOT NULL,
	`label` text,
	`section` text,
	`title` text NOT NULL,
	`text` text NOT NULL,
	`deadline` text,
	`status` text DEFAULT 'not_started' NOT NULL,
	`note` text,
	`reason` text,
	`updated_at` text,
	`updated_by_id` integer,
	`version` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `task_items_task_idx` ON `task_items` (`task_id`,`position`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`directive_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`source` text NOT NULL,
	`deadline` text,
	`received_at` text,
	`received_by_id` integer,
	`items_total` integer NOT NULL,
	`items_done` integer DEFAULT 0 NOT NULL,
	`completed_at` text,
	`created_at` text NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`directive_id`) REFERENCES `directives`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`received_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tasks_directive_unit_uq` ON `tasks` (`directive_id`,`unit_id`);--> statement-breakpoint
CREATE INDEX `tasks_unit_idx` ON `tasks` (`unit_id`,`completed_at`,`deadline`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_id` integer,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer,
	`directive_id` integer,
	`unit_id` integer,
	`before` text,
	`after` text,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_directive_idx` ON `audit_log` (`directive_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity_type`,`entity_id`);