CREATE TYPE "public"."network_meeting_answer" AS ENUM('yes', 'no', 'maybe');--> statement-breakpoint
CREATE TYPE "public"."network_meeting_status" AS ENUM('planned', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."reminder_kind" AS ENUM('meeting_tomorrow', 'meeting_moved', 'meeting_cancelled');--> statement-breakpoint
CREATE TYPE "public"."reminder_subject" AS ENUM('group_meeting', 'network_meeting');--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"token_encrypted" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "company_referrals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"youth_id" uuid NOT NULL,
	"from_company_id" uuid NOT NULL,
	"from_user_id" uuid NOT NULL,
	"to_company_id" uuid NOT NULL,
	"note" text NOT NULL,
	"youth_dismissed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "company_referrals_note_length" CHECK (char_length("company_referrals"."note") between 1 and 1000),
	CONSTRAINT "company_referrals_other_company" CHECK ("company_referrals"."from_company_id" <> "company_referrals"."to_company_id")
);
--> statement-breakpoint
CREATE TABLE "network_meeting_invitations" (
	"meeting_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"attended" boolean,
	"attendance_recorded_by_user_id" uuid,
	"attendance_recorded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_meeting_invitations_meeting_id_company_id_pk" PRIMARY KEY("meeting_id","company_id")
);
--> statement-breakpoint
CREATE TABLE "network_meeting_responses" (
	"meeting_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"answer" "network_meeting_answer" NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "network_meeting_responses_meeting_id_user_id_pk" PRIMARY KEY("meeting_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "network_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"place" text,
	"host_company_id" uuid,
	"agenda" text,
	"status" "network_meeting_status" DEFAULT 'planned' NOT NULL,
	"cancel_reason" text,
	"minutes" text,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_meetings_duration" CHECK ("network_meetings"."duration_minutes" between 15 and 600),
	CONSTRAINT "network_meetings_place_or_host" CHECK ("network_meetings"."place" is not null or "network_meetings"."host_company_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "reminders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "reminder_kind" NOT NULL,
	"subject_type" "reminder_subject" NOT NULL,
	"subject_id" uuid NOT NULL,
	"details" jsonb NOT NULL,
	"dedupe_key" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"dismissed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD COLUMN "reminder" boolean;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD COLUMN "referral" boolean;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_referrals" ADD CONSTRAINT "company_referrals_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_referrals" ADD CONSTRAINT "company_referrals_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_referrals" ADD CONSTRAINT "company_referrals_from_company_id_companies_id_fk" FOREIGN KEY ("from_company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_referrals" ADD CONSTRAINT "company_referrals_from_user_id_users_id_fk" FOREIGN KEY ("from_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_referrals" ADD CONSTRAINT "company_referrals_to_company_id_companies_id_fk" FOREIGN KEY ("to_company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meeting_invitations" ADD CONSTRAINT "network_meeting_invitations_meeting_id_network_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."network_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meeting_invitations" ADD CONSTRAINT "network_meeting_invitations_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meeting_invitations" ADD CONSTRAINT "network_meeting_invitations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meeting_invitations" ADD CONSTRAINT "network_meeting_invitations_attendance_recorded_by_user_id_users_id_fk" FOREIGN KEY ("attendance_recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meeting_responses" ADD CONSTRAINT "network_meeting_responses_meeting_id_network_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."network_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meeting_responses" ADD CONSTRAINT "network_meeting_responses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meeting_responses" ADD CONSTRAINT "network_meeting_responses_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meeting_responses" ADD CONSTRAINT "network_meeting_responses_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meetings" ADD CONSTRAINT "network_meetings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meetings" ADD CONSTRAINT "network_meetings_host_company_id_companies_id_fk" FOREIGN KEY ("host_company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meetings" ADD CONSTRAINT "network_meetings_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "company_referrals_youth_idx" ON "company_referrals" USING btree ("youth_id","created_at");--> statement-breakpoint
CREATE INDEX "company_referrals_to_company_idx" ON "company_referrals" USING btree ("to_company_id","created_at");--> statement-breakpoint
CREATE INDEX "network_meeting_invitations_company_idx" ON "network_meeting_invitations" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "network_meeting_responses_company_idx" ON "network_meeting_responses" USING btree ("meeting_id","company_id");--> statement-breakpoint
CREATE INDEX "network_meetings_municipality_idx" ON "network_meetings" USING btree ("municipality_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reminders_dedupe_key" ON "reminders" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "reminders_pending_idx" ON "reminders" USING btree ("due_at") WHERE "reminders"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "reminders_user_idx" ON "reminders" USING btree ("user_id","created_at");