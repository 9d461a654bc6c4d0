DROP INDEX `tasks_unit_idx`;--> statement-breakpoint
CREATE INDEX `tasks_unit_idx` ON `tasks` (`unit_id`,`deadline`);