CREATE TYPE "public"."matchmaking_event_status" AS ENUM('planned', 'ranking', 'proposed', 'published');--> statement-breakpoint
CREATE TYPE "public"."absence_kind" AS ENUM('sick', 'other');--> statement-breakpoint
CREATE TYPE "public"."internship_side" AS ENUM('youth', 'company');--> statement-breakpoint
CREATE TYPE "public"."internship_status" AS ENUM('proposed', 'approved', 'active', 'extended', 'completed', 'ended_early');--> statement-breakpoint
CREATE TYPE "public"."youth_readiness" AS ENUM('job_ready', 'education_ready', 'other');--> statement-breakpoint
CREATE TABLE "matchmaking_company_rankings" (
	"event_id" uuid NOT NULL,
	"opening_id" uuid NOT NULL,
	"youth_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"rank" integer NOT NULL,
	CONSTRAINT "matchmaking_company_rankings_event_id_opening_id_youth_id_pk" PRIMARY KEY("event_id","opening_id","youth_id"),
	CONSTRAINT "matchmaking_company_rankings_rank_unique" UNIQUE("event_id","opening_id","rank"),
	CONSTRAINT "matchmaking_company_rankings_rank" CHECK ("matchmaking_company_rankings"."rank" >= 1)
);
--> statement-breakpoint
CREATE TABLE "matchmaking_event_openings" (
	"event_id" uuid NOT NULL,
	"opening_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"capacity" integer NOT NULL,
	CONSTRAINT "matchmaking_event_openings_event_id_opening_id_pk" PRIMARY KEY("event_id","opening_id"),
	CONSTRAINT "matchmaking_event_openings_capacity" CHECK ("matchmaking_event_openings"."capacity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "matchmaking_event_youth" (
	"event_id" uuid NOT NULL,
	"youth_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	CONSTRAINT "matchmaking_event_youth_event_id_youth_id_pk" PRIMARY KEY("event_id","youth_id")
);
--> statement-breakpoint
CREATE TABLE "matchmaking_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"title" text NOT NULL,
	"event_date" date NOT NULL,
	"place" text NOT NULL,
	"ranking_opens_at" timestamp with time zone NOT NULL,
	"ranking_closes_at" timestamp with time zone NOT NULL,
	"status" "matchmaking_event_status" DEFAULT 'planned' NOT NULL,
	"proposal_summary" jsonb,
	"proposed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matchmaking_events_window" CHECK ("matchmaking_events"."ranking_closes_at" > "matchmaking_events"."ranking_opens_at")
);
--> statement-breakpoint
CREATE TABLE "matchmaking_proposals" (
	"event_id" uuid NOT NULL,
	"youth_id" uuid NOT NULL,
	"opening_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"choice" integer NOT NULL,
	"left_out" boolean DEFAULT false NOT NULL,
	"match_id" uuid,
	CONSTRAINT "matchmaking_proposals_event_id_youth_id_pk" PRIMARY KEY("event_id","youth_id")
);
--> statement-breakpoint
CREATE TABLE "matchmaking_youth_rankings" (
	"event_id" uuid NOT NULL,
	"youth_id" uuid NOT NULL,
	"opening_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"rank" integer NOT NULL,
	CONSTRAINT "matchmaking_youth_rankings_event_id_youth_id_opening_id_pk" PRIMARY KEY("event_id","youth_id","opening_id"),
	CONSTRAINT "matchmaking_youth_rankings_rank_unique" UNIQUE("event_id","youth_id","rank"),
	CONSTRAINT "matchmaking_youth_rankings_rank" CHECK ("matchmaking_youth_rankings"."rank" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "internship_absences" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"internship_id" uuid NOT NULL,
	"kind" "absence_kind" NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"note" text,
	"recorded_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internship_absences_dates" CHECK ("internship_absences"."to_date" >= "internship_absences"."from_date")
);
--> statement-breakpoint
CREATE TABLE "internship_check_ins" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"internship_id" uuid NOT NULL,
	"side" "internship_side" NOT NULL,
	"week_start" date NOT NULL,
	"rating" integer NOT NULL,
	"comment" text,
	"author_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internship_check_ins_one_per_week" UNIQUE("internship_id","side","week_start"),
	CONSTRAINT "internship_check_ins_rating" CHECK ("internship_check_ins"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "internship_evaluations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"internship_id" uuid NOT NULL,
	"side" "internship_side" NOT NULL,
	"went_well" text NOT NULL,
	"showed" text NOT NULL,
	"author_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internship_evaluations_one_per_side" UNIQUE("internship_id","side")
);
--> statement-breakpoint
CREATE TABLE "internship_extensions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"internship_id" uuid NOT NULL,
	"previous_end_date" date NOT NULL,
	"new_end_date" date NOT NULL,
	"assessment_note" text NOT NULL,
	"rule_findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"override_reason" text,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "internships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"match_id" uuid NOT NULL,
	"opening_id" uuid NOT NULL,
	"youth_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"status" "internship_status" DEFAULT 'proposed' NOT NULL,
	"start_date" date NOT NULL,
	"original_end_date" date NOT NULL,
	"planned_end_date" date NOT NULL,
	"hours_per_week" integer NOT NULL,
	"purpose" text NOT NULL,
	"tasks" text,
	"mentor_name" text,
	"mentor_user_id" uuid,
	"rule_set_id" text NOT NULL,
	"rule_findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"override_reason" text,
	"overridden_by_user_id" uuid,
	"proposed_by_user_id" uuid NOT NULL,
	"youth_approved_at" timestamp with time zone,
	"staff_approved_at" timestamp with time zone,
	"staff_approved_by_user_id" uuid,
	"ended_at" timestamp with time zone,
	"ended_early_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internships_hours_positive" CHECK ("internships"."hours_per_week" > 0),
	CONSTRAINT "internships_end_after_start" CHECK ("internships"."planned_end_date" >= "internships"."start_date")
);
--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD COLUMN "internship" boolean;--> statement-breakpoint
ALTER TABLE "openings" ADD COLUMN "seats_taken" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "youth" ADD COLUMN "readiness" "youth_readiness" DEFAULT 'other' NOT NULL;--> statement-breakpoint
ALTER TABLE "matchmaking_company_rankings" ADD CONSTRAINT "matchmaking_company_rankings_event_id_matchmaking_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."matchmaking_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_company_rankings" ADD CONSTRAINT "matchmaking_company_rankings_opening_id_openings_id_fk" FOREIGN KEY ("opening_id") REFERENCES "public"."openings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_company_rankings" ADD CONSTRAINT "matchmaking_company_rankings_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_company_rankings" ADD CONSTRAINT "matchmaking_company_rankings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_event_openings" ADD CONSTRAINT "matchmaking_event_openings_event_id_matchmaking_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."matchmaking_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_event_openings" ADD CONSTRAINT "matchmaking_event_openings_opening_id_openings_id_fk" FOREIGN KEY ("opening_id") REFERENCES "public"."openings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_event_openings" ADD CONSTRAINT "matchmaking_event_openings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_event_youth" ADD CONSTRAINT "matchmaking_event_youth_event_id_matchmaking_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."matchmaking_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_event_youth" ADD CONSTRAINT "matchmaking_event_youth_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_event_youth" ADD CONSTRAINT "matchmaking_event_youth_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_events" ADD CONSTRAINT "matchmaking_events_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_events" ADD CONSTRAINT "matchmaking_events_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_proposals" ADD CONSTRAINT "matchmaking_proposals_event_id_matchmaking_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."matchmaking_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_proposals" ADD CONSTRAINT "matchmaking_proposals_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_proposals" ADD CONSTRAINT "matchmaking_proposals_opening_id_openings_id_fk" FOREIGN KEY ("opening_id") REFERENCES "public"."openings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_proposals" ADD CONSTRAINT "matchmaking_proposals_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_proposals" ADD CONSTRAINT "matchmaking_proposals_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_youth_rankings" ADD CONSTRAINT "matchmaking_youth_rankings_event_id_matchmaking_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."matchmaking_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_youth_rankings" ADD CONSTRAINT "matchmaking_youth_rankings_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_youth_rankings" ADD CONSTRAINT "matchmaking_youth_rankings_opening_id_openings_id_fk" FOREIGN KEY ("opening_id") REFERENCES "public"."openings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_youth_rankings" ADD CONSTRAINT "matchmaking_youth_rankings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_absences" ADD CONSTRAINT "internship_absences_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_absences" ADD CONSTRAINT "internship_absences_internship_id_internships_id_fk" FOREIGN KEY ("internship_id") REFERENCES "public"."internships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_absences" ADD CONSTRAINT "internship_absences_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_check_ins" ADD CONSTRAINT "internship_check_ins_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_check_ins" ADD CONSTRAINT "internship_check_ins_internship_id_internships_id_fk" FOREIGN KEY ("internship_id") REFERENCES "public"."internships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_check_ins" ADD CONSTRAINT "internship_check_ins_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_evaluations" ADD CONSTRAINT "internship_evaluations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_evaluations" ADD CONSTRAINT "internship_evaluations_internship_id_internships_id_fk" FOREIGN KEY ("internship_id") REFERENCES "public"."internships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_evaluations" ADD CONSTRAINT "internship_evaluations_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_extensions" ADD CONSTRAINT "internship_extensions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_extensions" ADD CONSTRAINT "internship_extensions_internship_id_internships_id_fk" FOREIGN KEY ("internship_id") REFERENCES "public"."internships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_extensions" ADD CONSTRAINT "internship_extensions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_opening_id_openings_id_fk" FOREIGN KEY ("opening_id") REFERENCES "public"."openings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_mentor_user_id_users_id_fk" FOREIGN KEY ("mentor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_overridden_by_user_id_users_id_fk" FOREIGN KEY ("overridden_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_proposed_by_user_id_users_id_fk" FOREIGN KEY ("proposed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_staff_approved_by_user_id_users_id_fk" FOREIGN KEY ("staff_approved_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matchmaking_event_youth_youth_idx" ON "matchmaking_event_youth" USING btree ("youth_id");--> statement-breakpoint
CREATE INDEX "matchmaking_events_municipality_idx" ON "matchmaking_events" USING btree ("municipality_id","event_date");--> statement-breakpoint
CREATE INDEX "matchmaking_proposals_opening_idx" ON "matchmaking_proposals" USING btree ("event_id","opening_id");--> statement-breakpoint
CREATE INDEX "internship_absences_internship_idx" ON "internship_absences" USING btree ("internship_id","from_date");--> statement-breakpoint
CREATE INDEX "internships_municipality_idx" ON "internships" USING btree ("municipality_id","status","planned_end_date");--> statement-breakpoint
CREATE INDEX "internships_youth_idx" ON "internships" USING btree ("youth_id");--> statement-breakpoint
CREATE INDEX "internships_company_idx" ON "internships" USING btree ("company_id","status");--> statement-breakpoint
CREATE INDEX "internships_match_idx" ON "internships" USING btree ("match_id");--> statement-breakpoint
ALTER TABLE "openings" ADD CONSTRAINT "openings_seats_taken_within_seats" CHECK ("openings"."seats_taken" between 0 and "openings"."seats");