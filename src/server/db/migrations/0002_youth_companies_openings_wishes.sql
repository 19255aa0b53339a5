CREATE TYPE "public"."opening_status" AS ENUM('open', 'paused', 'filled', 'closed');--> statement-breakpoint
CREATE TYPE "public"."wish_status" AS ENUM('open', 'answered', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."consent_kind" AS ENUM('profile_visible_to_companies', 'contact_by_companies', 'research_participation');--> statement-breakpoint
CREATE TYPE "public"."trial_arm" AS ENUM('intervention', 'control');--> statement-breakpoint
CREATE TYPE "public"."youth_status" AS ENUM('applicant', 'active', 'paused', 'completed', 'dropped_out');--> statement-breakpoint
CREATE TABLE "companies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"cvr" text NOT NULL,
	"p_numbers" text[] DEFAULT '{}'::text[] NOT NULL,
	"name" text NOT NULL,
	"industry" text,
	"address" text,
	"postal_code" text,
	"employee_count" integer,
	"description" text,
	"offers" text,
	"coordinator_user_id" uuid,
	"network_member_since" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "company_contacts" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"company_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"job_title" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "openings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"title" text NOT NULL,
	"occupation_field" text NOT NULL,
	"description" text NOT NULL,
	"tasks" text,
	"learning" text,
	"qualities_wanted" text[] DEFAULT '{}'::text[] NOT NULL,
	"hours_per_week" integer NOT NULL,
	"duration_weeks" integer,
	"seats" integer DEFAULT 1 NOT NULL,
	"earliest_start" date,
	"workplace_postal_code" text NOT NULL,
	"mentor_name" text,
	"support_offered" text[] DEFAULT '{}'::text[] NOT NULL,
	"requires_driving_licence" boolean DEFAULT false NOT NULL,
	"languages_required" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" "opening_status" DEFAULT 'open' NOT NULL,
	"wish_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "openings_hours_at_least_15" CHECK ("openings"."hours_per_week" >= 15),
	CONSTRAINT "openings_seats_at_least_1" CHECK ("openings"."seats" >= 1)
);
--> statement-breakpoint
CREATE TABLE "occupation_fields" (
	"code" text PRIMARY KEY NOT NULL,
	"name_da" text NOT NULL,
	"name_en" text NOT NULL,
	"isco_code" text NOT NULL,
	"introduced_in_version" integer NOT NULL,
	"retired_in_version" integer
);
--> statement-breakpoint
CREATE TABLE "postal_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strengths" (
	"code" text PRIMARY KEY NOT NULL,
	"name_da" text NOT NULL,
	"name_en" text NOT NULL,
	"introduced_in_version" integer NOT NULL,
	"retired_in_version" integer
);
--> statement-breakpoint
CREATE TABLE "wishes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"youth_id" uuid NOT NULL,
	"occupation_field" text NOT NULL,
	"description" text NOT NULL,
	"hours_per_week" integer,
	"area_postal_code" text,
	"status" "wish_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "youth" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"birth_date" date NOT NULL,
	"phone" text,
	"postal_code" text NOT NULL,
	"cpr_encrypted" text,
	"cpr_lookup_hash" text,
	"counsellor_user_id" uuid,
	"status" "youth_status" DEFAULT 'applicant' NOT NULL,
	"trial_arm" "trial_arm",
	"enrolled_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "youth_user_id_unique" UNIQUE("user_id"),
	CONSTRAINT "youth_cpr_lookup_hash_unique" UNIQUE("cpr_lookup_hash")
);
--> statement-breakpoint
CREATE TABLE "youth_consents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"youth_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"kind" "consent_kind" NOT NULL,
	"granted" boolean NOT NULL,
	"text_version" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "youth_progress_scores" (
	"id" uuid PRIMARY KEY NOT NULL,
	"youth_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"recorded_on" date NOT NULL,
	"direction" integer NOT NULL,
	"persistence" integer NOT NULL,
	"curiosity" integer NOT NULL,
	"resilience" integer NOT NULL,
	"self_esteem" integer NOT NULL,
	"recorded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "youth_progress_scores_range" CHECK ("youth_progress_scores"."direction" between 1 and 10 and "youth_progress_scores"."persistence" between 1 and 10 and "youth_progress_scores"."curiosity" between 1 and 10 and "youth_progress_scores"."resilience" between 1 and 10 and "youth_progress_scores"."self_esteem" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "youth_resource_profiles" (
	"youth_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"about_me" text,
	"strengths" text[] DEFAULT '{}'::text[] NOT NULL,
	"interests" text[] DEFAULT '{}'::text[] NOT NULL,
	"experiences" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"wants_to_learn" text,
	"hours_per_week" integer,
	"weekdays" integer[] DEFAULT '{}'::int[] NOT NULL,
	"max_travel_km" integer,
	"driving_licence" boolean,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"earliest_start" date,
	"visibility" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "youth_sensitive_information" (
	"youth_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"health_encrypted" text,
	"treatment_encrypted" text,
	"other_support_encrypted" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_user_id" uuid
);
--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_coordinator_user_id_users_id_fk" FOREIGN KEY ("coordinator_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_contacts" ADD CONSTRAINT "company_contacts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_contacts" ADD CONSTRAINT "company_contacts_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_contacts" ADD CONSTRAINT "company_contacts_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "openings" ADD CONSTRAINT "openings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "openings" ADD CONSTRAINT "openings_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "openings" ADD CONSTRAINT "openings_wish_id_wishes_id_fk" FOREIGN KEY ("wish_id") REFERENCES "public"."wishes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "openings" ADD CONSTRAINT "openings_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wishes" ADD CONSTRAINT "wishes_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wishes" ADD CONSTRAINT "wishes_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth" ADD CONSTRAINT "youth_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth" ADD CONSTRAINT "youth_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth" ADD CONSTRAINT "youth_counsellor_user_id_users_id_fk" FOREIGN KEY ("counsellor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_consents" ADD CONSTRAINT "youth_consents_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_consents" ADD CONSTRAINT "youth_consents_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_consents" ADD CONSTRAINT "youth_consents_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_progress_scores" ADD CONSTRAINT "youth_progress_scores_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_progress_scores" ADD CONSTRAINT "youth_progress_scores_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_progress_scores" ADD CONSTRAINT "youth_progress_scores_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_resource_profiles" ADD CONSTRAINT "youth_resource_profiles_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_resource_profiles" ADD CONSTRAINT "youth_resource_profiles_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_sensitive_information" ADD CONSTRAINT "youth_sensitive_information_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_sensitive_information" ADD CONSTRAINT "youth_sensitive_information_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_sensitive_information" ADD CONSTRAINT "youth_sensitive_information_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "companies_municipality_cvr_unique" ON "companies" USING btree ("municipality_id","cvr");--> statement-breakpoint
CREATE INDEX "companies_municipality_idx" ON "companies" USING btree ("municipality_id","id");--> statement-breakpoint
CREATE INDEX "company_contacts_company_idx" ON "company_contacts" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "openings_municipality_idx" ON "openings" USING btree ("municipality_id","status","id");--> statement-breakpoint
CREATE INDEX "openings_company_idx" ON "openings" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "wishes_municipality_idx" ON "wishes" USING btree ("municipality_id","status","id");--> statement-breakpoint
CREATE INDEX "youth_municipality_idx" ON "youth" USING btree ("municipality_id","id");--> statement-breakpoint
CREATE INDEX "youth_counsellor_idx" ON "youth" USING btree ("counsellor_user_id");--> statement-breakpoint
CREATE INDEX "youth_consents_youth_idx" ON "youth_consents" USING btree ("youth_id","kind","recorded_at");--> statement-breakpoint
CREATE INDEX "youth_progress_youth_idx" ON "youth_progress_scores" USING btree ("youth_id","recorded_on");