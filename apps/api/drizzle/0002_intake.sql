CREATE TABLE `phrase_choices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`phrase_key` text NOT NULL,
	`phrase` text NOT NULL,
	`unit_id` integer,
	`group_id` integer,
	`chosen_by_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `unit_groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`chosen_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `phrase_choices_key_uq` ON `phrase_choices` (`phrase_key`);--> statement-breakpoint
CREATE TABLE `stored_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sha256` text NOT NULL,
	`name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`kind` text NOT NULL,
	`directive_id` integer,
	`uploaded_by_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`directive_id`) REFERENCES `directives`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`uploaded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stored_files_directive_idx` ON `stored_files` (`directive_id`);--> statement-breakpoint
CREATE INDEX `stored_files_sha_idx` ON `stored_files` (`sha256`);