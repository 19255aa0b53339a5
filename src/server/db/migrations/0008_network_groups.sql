CREATE TYPE "public"."attendance_status" AS ENUM('present', 'absent_with_notice', 'absent');--> statement-breakpoint
CREATE TYPE "public"."group_meeting_status" AS ENUM('planned', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."network_group_status" AS ENUM('active', 'closed');--> statement-breakpoint
CREATE TABLE "group_board_posts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"parent_post_id" uuid,
	"author_user_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"hidden_at" timestamp with time zone,
	"hidden_by_user_id" uuid,
	"hidden_reason" text,
	CONSTRAINT "group_board_posts_body_length" CHECK (char_length("group_board_posts"."body") between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "group_meeting_attendance" (
	"meeting_id" uuid NOT NULL,
	"youth_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"status" "attendance_status" NOT NULL,
	"recorded_by_user_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_meeting_attendance_meeting_id_youth_id_pk" PRIMARY KEY("meeting_id","youth_id")
);
--> statement-breakpoint
CREATE TABLE "group_meeting_notices" (
	"meeting_id" uuid NOT NULL,
	"youth_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_meeting_notices_meeting_id_youth_id_pk" PRIMARY KEY("meeting_id","youth_id")
);
--> statement-breakpoint
CREATE TABLE "group_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"slot_date" date,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"place" text,
	"video_link" text,
	"theme" text,
	"agenda" text,
	"status" "group_meeting_status" DEFAULT 'planned' NOT NULL,
	"cancel_reason" text,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_reflections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"youth_id" uuid NOT NULL,
	"text" text NOT NULL,
	"shared_with_counsellor" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_reflections_text_length" CHECK (char_length("group_reflections"."text") between 1 and 4000)
);
--> statement-breakpoint
CREATE TABLE "network_group_facilitators" (
	"group_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	CONSTRAINT "network_group_facilitators_group_id_user_id_pk" PRIMARY KEY("group_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "network_group_memberships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"youth_id" uuid NOT NULL,
	"joined_on" date NOT NULL,
	"left_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_groups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"name" text NOT NULL,
	"weekday" integer NOT NULL,
	"start_time" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"place" text,
	"video_link" text,
	"starts_on" date NOT NULL,
	"status" "network_group_status" DEFAULT 'active' NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_groups_weekday" CHECK ("network_groups"."weekday" between 1 and 7),
	CONSTRAINT "network_groups_start_time" CHECK ("network_groups"."start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "network_groups_duration" CHECK ("network_groups"."duration_minutes" between 15 and 480),
	CONSTRAINT "network_groups_place_or_link" CHECK ("network_groups"."place" is not null or "network_groups"."video_link" is not null)
);
--> statement-breakpoint
ALTER TABLE "group_board_posts" ADD CONSTRAINT "group_board_posts_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_board_posts" ADD CONSTRAINT "group_board_posts_group_id_network_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."network_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_board_posts" ADD CONSTRAINT "group_board_posts_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_board_posts" ADD CONSTRAINT "group_board_posts_hidden_by_user_id_users_id_fk" FOREIGN KEY ("hidden_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_meeting_attendance" ADD CONSTRAINT "group_meeting_attendance_meeting_id_group_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."group_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_meeting_attendance" ADD CONSTRAINT "group_meeting_attendance_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_meeting_attendance" ADD CONSTRAINT "group_meeting_attendance_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_meeting_attendance" ADD CONSTRAINT "group_meeting_attendance_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_meeting_notices" ADD CONSTRAINT "group_meeting_notices_meeting_id_group_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."group_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_meeting_notices" ADD CONSTRAINT "group_meeting_notices_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_meeting_notices" ADD CONSTRAINT "group_meeting_notices_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_meetings" ADD CONSTRAINT "group_meetings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_meetings" ADD CONSTRAINT "group_meetings_group_id_network_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."network_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_reflections" ADD CONSTRAINT "group_reflections_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_reflections" ADD CONSTRAINT "group_reflections_meeting_id_group_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."group_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_reflections" ADD CONSTRAINT "group_reflections_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group_facilitators" ADD CONSTRAINT "network_group_facilitators_group_id_network_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."network_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group_facilitators" ADD CONSTRAINT "network_group_facilitators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group_facilitators" ADD CONSTRAINT "network_group_facilitators_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group_memberships" ADD CONSTRAINT "network_group_memberships_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group_memberships" ADD CONSTRAINT "network_group_memberships_group_id_network_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."network_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group_memberships" ADD CONSTRAINT "network_group_memberships_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_groups" ADD CONSTRAINT "network_groups_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_groups" ADD CONSTRAINT "network_groups_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_board_posts_group_idx" ON "group_board_posts" USING btree ("group_id","created_at");--> statement-breakpoint
CREATE INDEX "group_board_posts_parent_idx" ON "group_board_posts" USING btree ("parent_post_id");--> statement-breakpoint
CREATE INDEX "group_meeting_attendance_youth_idx" ON "group_meeting_attendance" USING btree ("youth_id");--> statement-breakpoint
CREATE UNIQUE INDEX "group_meetings_one_per_slot" ON "group_meetings" USING btree ("group_id","slot_date") WHERE "group_meetings"."slot_date" is not null;--> statement-breakpoint
CREATE INDEX "group_meetings_group_idx" ON "group_meetings" USING btree ("group_id","starts_at");--> statement-breakpoint
CREATE INDEX "group_meetings_municipality_idx" ON "group_meetings" USING btree ("municipality_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "group_reflections_one_per_meeting" ON "group_reflections" USING btree ("meeting_id","youth_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_group_memberships_one_active" ON "network_group_memberships" USING btree ("youth_id") WHERE "network_group_memberships"."left_on" is null;--> statement-breakpoint
CREATE INDEX "network_group_memberships_group_idx" ON "network_group_memberships" USING btree ("group_id","left_on");--> statement-breakpoint
CREATE INDEX "network_groups_municipality_idx" ON "network_groups" USING btree ("municipality_id","status");