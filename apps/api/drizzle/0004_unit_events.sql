CREATE TABLE `org_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`effective_on` text NOT NULL,
	`legal_basis` text NOT NULL,
	`source_name` text,
	`summary` text NOT NULL,
	`applied_by_id` integer,
	`applied_at` text NOT NULL,
	FOREIGN KEY (`applied_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `task_transfers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` integer NOT NULL,
	`from_unit_id` integer NOT NULL,
	`to_unit_id` integer NOT NULL,
	`event_id` integer,
	`at` text NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `unit_events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `task_transfers_task_idx` ON `task_transfers` (`task_id`,`id`);--> statement-breakpoint
CREATE INDEX `task_transfers_from_idx` ON `task_transfers` (`from_unit_id`);--> statement-breakpoint
CREATE TABLE `unit_event_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`from_unit_id` integer,
	`to_unit_id` integer,
	`partial` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `unit_events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `uel_event_idx` ON `unit_event_links` (`event_id`);--> statement-breakpoint
CREATE INDEX `uel_from_idx` ON `unit_event_links` (`from_unit_id`);--> statement-breakpoint
CREATE INDEX `uel_to_idx` ON `unit_event_links` (`to_unit_id`);--> statement-breakpoint
CREATE TABLE `unit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`effective_on` text NOT NULL,
	`legal_basis` text NOT NULL,
	`note` text,
	`change_id` integer,
	`created_by_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`change_id`) REFERENCES `org_changes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `unit_events_change_idx` ON `unit_events` (`change_id`);--> statement-breakpoint
CREATE INDEX `unit_events_date_idx` ON `unit_events` (`effective_on`);--> statement-breakpoint
CREATE TABLE `unit_names` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`valid_to` text NOT NULL,
	`event_id` integer,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `unit_events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `unit_names_unit_idx` ON `unit_names` (`unit_id`,`valid_to`);