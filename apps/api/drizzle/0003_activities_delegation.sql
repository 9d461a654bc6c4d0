CREATE TABLE `activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`task_id` integer NOT NULL,
	`date_from` text NOT NULL,
	`date_to` text,
	`form` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`quantity` real,
	`measure` text,
	`reach` integer,
	`links` text NOT NULL,
	`created_by_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`deleted_by_id` integer,
	`version` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deleted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activities_unit_idx` ON `activities` (`unit_id`,`date_from`);--> statement-breakpoint
CREATE INDEX `activities_task_idx` ON `activities` (`task_id`);--> statement-breakpoint
CREATE TABLE `activity_items` (
	`activity_id` integer NOT NULL,
	`task_item_id` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `task_item_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`task_item_id`) REFERENCES `task_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_items_item_idx` ON `activity_items` (`task_item_id`);--> statement-breakpoint
CREATE TABLE `evidence_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer,
	`sha256` text NOT NULL,
	`name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`uploaded_by_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_activity_idx` ON `evidence_files` (`activity_id`);--> statement-breakpoint
DROP INDEX `tasks_directive_unit_uq`;--> statement-breakpoint
ALTER TABLE `tasks` ADD `parent_task_id` integer REFERENCES tasks(id);--> statement-breakpoint
ALTER TABLE `tasks` ADD `delegation_note` text;--> statement-breakpoint
CREATE INDEX `tasks_directive_unit_idx` ON `tasks` (`directive_id`,`unit_id`);--> statement-breakpoint
CREATE INDEX `tasks_parent_idx` ON `tasks` (`parent_task_id`);--> statement-breakpoint
ALTER TABLE `task_items` ADD `parent_item_id` integer REFERENCES task_items(id);