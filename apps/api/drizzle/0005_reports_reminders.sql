CREATE TABLE `report_extensions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`reason` text NOT NULL,
	`requested_deadline` text NOT NULL,
	`status` text NOT NULL,
	`requested_by_id` integer NOT NULL,
	`requested_at` text NOT NULL,
	`decided_by_id` integer,
	`decided_at` text,
	`granted_deadline` text,
	`decision_note` text,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_extensions_report_idx` ON `report_extensions` (`report_id`);--> statement-breakpoint
CREATE TABLE `report_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer,
	`report_id` integer,
	`sha256` text NOT NULL,
	`name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`uploaded_by_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `report_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_files_request_idx` ON `report_files` (`request_id`);--> statement-breakpoint
CREATE INDEX `report_files_report_idx` ON `report_files` (`report_id`);--> statement-breakpoint
CREATE TABLE `report_request_units` (
	`request_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	PRIMARY KEY(`request_id`, `unit_id`),
	FOREIGN KEY (`request_id`) REFERENCES `report_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rru_unit_idx` ON `report_request_units` (`unit_id`);--> statement-breakpoint
CREATE TABLE `report_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`status` text NOT NULL,
	`directive_id` integer,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`frequency` text,
	`series_id` integer,
	`round_key` text,
	`contents` text DEFAULT 'both' NOT NULL,
	`delivery` text,
	`period_from` text,
	`period_to` text,
	`deadline` text NOT NULL,
	`outline` text NOT NULL,
	`fields` text NOT NULL,
	`note` text,
	`responsible_id` integer,
	`created_by_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`opened_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`directive_id`) REFERENCES `directives`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`series_id`) REFERENCES `report_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_requests_status_idx` ON `report_requests` (`status`,`deadline`);--> statement-breakpoint
CREATE INDEX `report_requests_directive_idx` ON `report_requests` (`directive_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `report_requests_round_idx` ON `report_requests` (`series_id`,`round_key`);--> statement-breakpoint
CREATE TABLE `report_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`no` integer NOT NULL,
	`nothing_to_report` integer NOT NULL,
	`explanation` text,
	`narrative` text NOT NULL,
	`figures` text NOT NULL,
	`late_reason` text,
	`submitted_at` text NOT NULL,
	`submitted_by_id` integer,
	`late` integer NOT NULL,
	`review` text,
	`review_reason` text,
	`new_deadline` text,
	`reviewed_at` text,
	`reviewed_by_id` integer,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_versions_no_idx` ON `report_versions` (`report_id`,`no`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`status` text NOT NULL,
	`deadline` text NOT NULL,
	`nothing_to_report` integer DEFAULT false NOT NULL,
	`explanation` text,
	`narrative` text NOT NULL,
	`figures` text NOT NULL,
	`late_reason` text,
	`submissions` integer DEFAULT 0 NOT NULL,
	`first_submitted_at` text,
	`submitted_at` text,
	`submitted_by_id` integer,
	`reviewed_at` text,
	`reviewed_by_id` integer,
	`return_reason` text,
	`autosaved_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `report_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_request_unit_idx` ON `reports` (`request_id`,`unit_id`);--> statement-breakpoint
CREATE INDEX `reports_unit_idx` ON `reports` (`unit_id`,`status`);--> statement-breakpoint
CREATE TABLE `email_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`status` text NOT NULL,
	`error` text,
	`created_at` text NOT NULL,
	`sent_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `email_log_status_idx` ON `email_log` (`status`,`id`);--> statement-breakpoint
CREATE TABLE `holidays` (
	`date` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`source` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `job_state` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text,
	`link` text,
	`entity_type` text,
	`entity_id` integer,
	`created_at` text NOT NULL,
	`read_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`,`read_at`,`id`);--> statement-breakpoint
CREATE TABLE `reminder_log` (
	`key` text PRIMARY KEY NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` integer NOT NULL,
	`stage` text NOT NULL,
	`day` text NOT NULL,
	`sent_at` text NOT NULL,
	`recipients` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `users` ADD `email` text;--> statement-breakpoint
ALTER TABLE `users` ADD `email_off` integer DEFAULT false NOT NULL;